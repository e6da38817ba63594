"""Docs that are tested (issue 16): every shell block of README.md and docs/guide-*.md runs.

Each document runs in a fresh folder of its own, top to bottom, as a newcomer would type it:
``fieldkit`` on PATH (and ``.venv/bin/fieldkit`` in the folder, for the README), the scripted
passphrase in ``FIELDKIT_PASSPHRASE``, "y" on standard input for the questions that ask, the
interviewer's and the coordinator's workspaces in the folder.  What a guide assumes happened
elsewhere (the coordinator's project for the interviewer's guide; merged bundles for the
auditor's; interviews done in the app before an export) is prepared by the test, never written
into the guide.  The guides' placeholders are replaced by the real values of the run: the key
code a coordinator reads out (``1A3F7-KX2M9-...``), a laptop's enrolment code (``9MFTQ-...``),
the coordinator folder (``DIR``).

A command is expected to exit 0 unless its comment says otherwise (``# exit 1 on a small
sample``).  Every fenced block of these documents has a language, so a command cannot hide in
an untagged block; the few blocks that cannot run here are listed in ``SKIPPED`` with the
reason, and a stale entry fails too.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from helpers import DATA, PASSPHRASE, TESTS, subprocess_env

ROOT = TESTS.parent
DOCUMENTS = [
    "README.md",
    *sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "docs").glob("guide-*.md")),
]
FENCE = re.compile(r"^```([^\n`]*)\n(.*?)^```[ \t]*$", re.M | re.S)
SHELL = {"sh", "bash", "shell"}
SKIPPED = {
    "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/fieldkit": "installs the "
    "package (checked by hand and by CI's .ci/run) and opens the interactive app",
    "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/pytest": "is this "
    "test suite (CI's .ci/run runs exactly this line)",
    "fieldkit audit review --coordinator DIR": "opens the interactive app (tests/functional/"
    "test_audit_review.py drives that screen)",
}
KEY_CODE = "1A3F7-KX2M9-..."
ENROLMENT_CODE = "9MFTQ-..."
EXPECTED = re.compile(r"#.*\bexit (\d+)")


def blocks(document: str) -> list[tuple[str, str]]:
    """``(language, text)`` of every fenced block, in order."""
    text = (ROOT / document).read_text(encoding="utf-8")
    return [(m.group(1).strip(), m.group(2)) for m in FENCE.finditer(text)]


def commands(block: str) -> list[str]:
    """The block's command lines, continuation lines joined, blank and comment lines dropped."""
    joined = re.sub(r"\\\n\s*", "", block)
    return [
        line.strip()
        for line in joined.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


@dataclass
class World:
    """One document's folder, environment and what its commands have printed so far."""

    folder: Path
    env: dict[str, str]
    printed: list[str] = field(default_factory=list)

    def fieldkit(self, *args: str) -> str:
        result = subprocess.run(
            [str(Path(sys.executable).parent / "fieldkit"), *args],
            cwd=self.folder, env=self.env, capture_output=True, text=True, input="y\n" * 5,
            timeout=300,
        )  # fmt: skip
        assert result.returncode == 0, f"setup: fieldkit {' '.join(args)}: {result.stderr}"
        self.printed.append(result.stdout)
        return result.stdout

    def value(self, pattern: str) -> str:
        for output in reversed(self.printed):
            found = re.search(pattern, output)
            if found:
                return found.group(1)
        raise AssertionError(f"no earlier command printed {pattern!r}")

    def substitute(self, line: str) -> str:
        if KEY_CODE in line:
            line = line.replace(KEY_CODE, self.fieldkit("coordinator", "code").strip())
        if ENROLMENT_CODE in line:
            line = line.replace(ENROLMENT_CODE, self.value(r"Enrolment code: (\S+)"))
        return re.sub(
            r"--coordinator DIR\b", f"--coordinator {self.env['FIELDKIT_COORDINATOR_HOME']}", line
        )

    def run(self, line: str) -> None:
        wanted = int(EXPECTED.search(line).group(1)) if EXPECTED.search(line) else 0
        result = subprocess.run(
            ["bash", "-c", self.substitute(line)],
            cwd=self.folder, env=self.env, capture_output=True, text=True, input="y\n" * 5,
            timeout=300,
        )  # fmt: skip
        self.printed.append(result.stdout + result.stderr)
        assert result.returncode == wanted, (
            f"{line!r} exited {result.returncode}, expected {wanted}:\n{result.stdout[-2000:]}\n"
            f"{result.stderr[-2000:]}"
        )
        assert "internal error" not in result.stderr and "Traceback" not in result.stderr
        if line.startswith("export "):  # a variable set for the rest of the block
            for name, value in re.findall(
                r"(\w+)=('[^']*'|\"[^\"]*\"|\S+)", line[len("export ") :]
            ):
                self.env[name] = os.path.expandvars(
                    value.strip("'\"").replace("$PWD", str(self.folder))
                )


def _world(tmp_path: Path) -> World:
    folder = tmp_path / "newcomer"
    folder.mkdir()
    (folder / "tests" / "data").mkdir(parents=True)
    shutil.copy(DATA / "report_interviews.json", folder / "tests" / "data")
    (folder / ".venv" / "bin").mkdir(parents=True)
    (folder / ".venv" / "bin" / "fieldkit").symlink_to(Path(sys.executable).parent / "fieldkit")
    env = subprocess_env(
        FIELDKIT_HOME=str(folder / "interviewer"),
        FIELDKIT_COORDINATOR_HOME=str(folder / "coordinator"),
        FIELDKIT_PASSPHRASE=PASSPHRASE,
        HOME=str(tmp_path / "home"),
        LANG="C.UTF-8",
        PATH=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
    )
    for name in ("FIELDKIT_LANG", "LC_ALL", "FIELDKIT_DEBUG"):
        env.pop(name, None)
    return World(folder, env)


def _interviews_done_in_the_app(world: World) -> None:
    """What an interviewer has typed before she exports: the sample's answers without their
    long texts (the sample's stories hold uncertain spans a person reviews in the app)."""
    from fieldkit.questionnaire import builtin_questionnaire

    long_texts = {q.id for q in builtin_questionnaire().questions() if q.type == "long_text"}
    data = json.loads((DATA / "report_interviews.json").read_text(encoding="utf-8"))
    for interview in data["interviews"]:
        interview["answers"] = {
            q: v for q, v in interview["answers"].items() if q not in long_texts
        }
    (world.folder / "done-in-the-app.json").write_text(json.dumps(data), encoding="utf-8")
    world.fieldkit("interview", "import", "done-in-the-app.json")


def _coordinator_project(world: World) -> None:
    world.fieldkit(
        "coordinator", "init", "--name", "Lives for Sale 2026", "--out", "project.fieldkit"
    )


def _merged_bundles(world: World) -> None:
    _coordinator_project(world)
    world.fieldkit("init")
    code = world.fieldkit("coordinator", "code").strip()
    joined = world.fieldkit("join", "project.fieldkit", "--code", code, "--yes")
    enrolment = re.search(r"Enrolment code: (\S+)", joined)
    assert enrolment
    world.fieldkit("coordinator", "enroll", enrolment.group(1), "--name", "laptop 3")
    _interviews_done_in_the_app(world)
    world.fieldkit("export", "--out", "2026-03-laptop3.age")
    world.fieldkit("merge", "2026-03-laptop3.age")


BEFORE_DOCUMENT = {
    "docs/guide-interviewer.md": _coordinator_project,
    "docs/guide-auditor.md": _merged_bundles,
}
BEFORE_COMMAND = {"fieldkit export --out": _interviews_done_in_the_app}
"""A command prefix and what happened in the app before it (once per document)."""


def test_every_block_of_the_newcomer_documents_has_a_language() -> None:
    untagged = [
        (d, text.splitlines()[0] if text else "")
        for d in DOCUMENTS
        for lang, text in blocks(d)
        if not lang
    ]
    assert not untagged, f"tag each block ```sh (it runs) or ```text (output): {untagged}"


def test_every_skipped_command_is_still_in_a_document() -> None:
    every = {
        line
        for d in DOCUMENTS
        for lang, text in blocks(d)
        if lang in SHELL
        for line in commands(text)
    }
    assert set(SKIPPED) <= every, set(SKIPPED) - every


@pytest.mark.slow
@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_shell_block_of_the_document_runs(document: str, tmp_path: Path) -> None:
    world = _world(tmp_path)
    if document in BEFORE_DOCUMENT:
        BEFORE_DOCUMENT[document](world)
    done: set[str] = set()
    ran = 0
    for lang, text in blocks(document):
        if lang not in SHELL:
            continue
        for line in commands(text):
            if line in SKIPPED:
                continue
            for prefix, setup in BEFORE_COMMAND.items():
                if line.startswith(prefix) and prefix not in done:
                    setup(world)
                    done.add(prefix)
            world.run(line)
            ran += 1
    assert ran, f"{document} has no shell command that runs"
    if document == "docs/guide-auditor.md":  # the small-sample result it quotes is the real one
        said = {
            line for out in world.printed for line in out.splitlines() if line.startswith("audit:")
        }
        text = (ROOT / document).read_text(encoding="utf-8")
        assert any(line in text for line in said), f"the guide quotes none of {said}"


def test_the_auditors_guide_names_the_quasi_identifiers_the_audit_uses() -> None:
    """guide-auditor.md once said all 19 `quasi` questions are checked; the audit uses the ones
    marked `quasi_identifier`, and the husband's ethnicity is one of them."""
    from fieldkit.audit.run import quasi_questions
    from fieldkit.questionnaire import Flow, builtin_questionnaire

    qn = builtin_questionnaire()
    used = [q.id for q in quasi_questions(Flow(qn))]
    declared = [q for q in qn.questions() if q.sensitivity == "quasi"]
    guide = " ".join((ROOT / "docs" / "guide-auditor.md").read_text(encoding="utf-8").split())
    named = f"({len(used)} in the built-in set: " + ", ".join(f"`{q}`" for q in used) + ")"
    assert named in guide
    assert f"declares {len(declared)} questions `quasi`" in guide
    outside = re.search(r"an answer outside the \w+ such as [^,]+, `(\w+)`", guide)
    assert outside and outside.group(1) not in used
    assert outside.group(1) in {q.id for q in declared}
