"""Plaintext canary: a whole scripted flow, then every file it could have touched is
searched for the interview's identifying text.

The flow runs the real command line in subprocesses whose HOME, XDG directories
and TMPDIR all point inside one test directory: coordinator init -> interviewer
init -> join -> enrol -> import an interview whose identity section and narrative
carry unique canary names and a canary village -> list/show -> export -> merge ->
report (every format) -> accounts -> data export (CSV, JSONL) -> audit.  Then
every file under that directory (the processes' own temp directory included) is
scanned for the canaries in UTF-8, UTF-16 (both byte orders) and case variants.
Only the import file itself (plaintext the user typed, kept outside the scanned
tree) may hold them.

Only what the test's own processes wrote is scanned: walking the system temp
directory read other programs' files, failed when one vanished mid-walk, and
could not tell whose a file was.  A process that ignored TMPDIR would write to a
place named by a fixed path, which the suite's other tests check (no temp file).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import DATA, PASSPHRASE, SITE

pytestmark = pytest.mark.slow

CANARIES = ["Zorvexa Quilliam", "Zorvexa", "Quilliam", "뵹똑실", "Xembrok-ri", "Xembrok"]


def _variants(canary: str) -> set[bytes]:
    forms = {canary, canary.upper(), canary.lower(), canary.title()}
    encoded = set()
    for form in forms:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            encoded.add(form.encode(encoding))
    return encoded


NEEDLES = {variant: canary for canary in CANARIES for variant in _variants(canary)}


def _scan(path: Path) -> list[str]:
    data = path.read_bytes()
    return [f"{path}: {NEEDLES[n]!r} ({len(n)} bytes)" for n in NEEDLES if n in data]


class Flow:
    """Runs ``python -m fieldkit`` with an environment confined to ``root``."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.env = {
            "PATH": os.environ.get("PATH", ""),
            "PYTHONPATH": str(SITE),  # the suite's cheap KDF (tests/site/sitecustomize.py)
            "HOME": str(root / "home"),
            "XDG_DATA_HOME": str(root / "home" / "data"),
            "XDG_CONFIG_HOME": str(root / "home" / "config"),
            "XDG_CACHE_HOME": str(root / "home" / "cache"),
            "XDG_STATE_HOME": str(root / "home" / "state"),
            "TMPDIR": str(root / "tmp"),
            "FIELDKIT_HOME": str(root / "interviewer"),
            "FIELDKIT_COORDINATOR_HOME": str(root / "coordinator"),
            "FIELDKIT_PASSPHRASE": PASSPHRASE,
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        for key in (
            "HOME",
            "XDG_DATA_HOME",
            "XDG_CONFIG_HOME",
            "XDG_CACHE_HOME",
            "XDG_STATE_HOME",
            "TMPDIR",
        ):
            Path(self.env[key]).mkdir(parents=True, exist_ok=True)

    def run(self, *args: str, stdin: str | None = None) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "fieldkit", *args],
            env=self.env,
            cwd=self.root,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        assert result.returncode == 0, f"{args}: {result.stderr[-2000:]}"
        return result.stdout


def _canary_interview() -> dict[str, object]:
    fixture = json.loads((DATA / "report_interviews.json").read_text(encoding="utf-8"))
    answers = dict(fixture["interviews"][0]["answers"])
    answers.update(
        {
            "name": "Zorvexa Quilliam",
            "aliases": "뵹똑실",
            "home_town": "Xembrok-ri",
            "life_story": "I am Zorvexa Quilliam from Xembrok-ri. In my village they called me "
            "뵹똑실. Zorvexa left Xembrok in 1998.",
        }
    )
    return {
        "format": "fieldkit-interviews/1",
        "interviews": [{"ref": "canary", "status": "complete", "answers": answers}],
    }


def _run_flow(flow: Flow, import_file: Path) -> None:
    out = flow.root / "out"
    out.mkdir()
    flow.run(
        "coordinator",
        "init",
        "--name",
        "Canary project",
        "--uncertain",
        "redact",
        "--out",
        str(flow.root / "project.fieldkit"),
    )
    flow.run("init")
    key_code = flow.run("coordinator", "code").strip()
    joined = flow.run("join", str(flow.root / "project.fieldkit"), "--code", key_code, "--yes")
    code = re.search(r"Enrolment code: ([A-Z0-9]{5}(?:-[A-Z0-9]{5}){4})", joined)
    assert code, joined
    flow.run("coordinator", "enroll", code.group(1), "--name", "laptop-1")
    flow.run("interview", "import", str(import_file))
    flow.run("interview", "list")
    listed = json.loads(flow.run("interview", "list", "--json"))
    flow.run("interview", "show", listed[0]["id"])
    flow.run("export", "--out", str(out / "bundle-1.fieldkit"))
    flow.run("merge", str(out / "bundle-1.fieldkit"))
    for fmt in ("text", "markdown", "csv", "json", "html"):
        flow.run("report", "--format", fmt, "--out", str(out / f"report.{fmt}"))
    flow.run("report", "accounts", "--out", str(out / "accounts.txt"))
    # one record is below any k: written anyway, so that the scan has an export to read
    below_k = "--allow-below-k"
    flow.run("export-data", "--format", "csv", "--out", str(out / "data.csv"), below_k)
    flow.run("export-data", "--format", "jsonl", "--out", str(out / "data.jsonl"), below_k)
    flow.run("redact", "--known", "person:Zorvexa Quilliam", stdin="Zorvexa Quilliam was here")
    flow.run("workspace", "check")


def test_no_canary_anywhere_after_the_whole_flow(tmp_path: Path) -> None:
    import_dir = tmp_path / "typed-by-the-user"
    import_dir.mkdir()
    import_file = import_dir / "canary.json"
    import_file.write_text(json.dumps(_canary_interview(), ensure_ascii=False), "utf-8")
    flow = Flow(tmp_path / "root")
    _run_flow(flow, import_file)

    files = [p for p in flow.root.rglob("*") if p.is_file()]
    hits = [hit for path in files for hit in _scan(path)]
    scanned = sum(p.stat().st_size for p in files)
    print(f"canary scan: {len(files)} files, {scanned:,} bytes, {len(hits)} hits")
    assert hits == []
    assert _scan(import_file), "the scan must be able to find the canary where it is"
    exported = (flow.root / "out" / "data.jsonl").read_text(encoding="utf-8")
    story = json.loads(exported.splitlines()[0])["life_story"]
    print(f"exported story: {story}")
    assert "[PERSON-" in story and "[PLACE-" in story, "the story arrives, redacted"
