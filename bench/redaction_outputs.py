"""The output guard for speed work on the redaction engine: a digest of everything it produces.

Not a test and not a benchmark: a check that an optimisation changed no output.  It runs
the engine over every passage of the blind sets (``tests/data/redaction/blind/set_*.txt``)
and of the development corpora (``tests/data/redaction/corpus_*.txt``), each with and
without its known terms and through ``Redactor.scan`` (the strict re-scan of exports), then
over the bench's long documents (the corpora joined into one text, and the 2 MB document
of ``bench/redaction.py``), where the long-text paths of the rules run.  For every call it
records the output text and every span's offsets, label, detector, rule, replacement,
uncertain flag and entity digest (with a fixed secret, so the digests are repeatable), and
prints one SHA-256 over all of them.  Usage::

    .venv/bin/python bench/redaction_outputs.py                    # print the digest
    .venv/bin/python bench/redaction_outputs.py --write .tmp/base.json
    .venv/bin/python bench/redaction_outputs.py --check .tmp/base.json   # exit 1 on a change

``--check`` names every item whose output differs from the recorded one.  The script
re-runs itself with ``PYTHONHASHSEED=0``, so that two runs compare the same computation:
on e52be1c one known-term output (corpus_mixed mx-16) depended on a set's order, fixed
since (84fd708, tests/unit/redaction/test_redaction_determinism.py).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "redaction"
sys.path.insert(0, str(ROOT / "src"))

from fieldkit.redaction import Redactor  # noqa: E402
from fieldkit.redaction.model import RedactionResult, Span  # noqa: E402
from fieldkit.redaction.score import Passage, parse_corpus  # noqa: E402

SECRET = b"fieldkit output guard, fixed secret"
BENCH_CHARS = 2_000_000


def _files() -> list[Path]:
    return sorted(DATA.glob("blind/set_*.txt")) + sorted(DATA.glob("corpus_*.txt"))


def _passages(path: Path) -> list[Passage]:
    return parse_corpus(path.read_text("utf-8"))


def _span(span: Span, entity: bool = True) -> list[object]:
    """The span's every field; the entity digest only where the secret is ours (``scan``
    draws a fresh one per call)."""
    fields: list[object] = [
        span.start,
        span.end,
        span.label,
        span.detector,
        span.rule,
        span.replacement,
        span.uncertain,
    ]
    return [*fields, span.entity] if entity else fields


def _digest(payload: object) -> str:
    raw = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(raw).hexdigest()


def _result(result: RedactionResult) -> str:
    return _digest([result.text, [_span(s) for s in result.spans]])


def items(engine: Redactor, *, long: bool = True) -> Iterator[tuple[str, str]]:
    """(item name, digest of its output) for every call the guard makes."""
    corpus_texts: list[str] = []
    for path in _files():
        for passage in _passages(path):
            name = f"{path.name}:{passage.id}"
            if path.name.startswith("corpus_"):
                corpus_texts.append(passage.text)
            yield name, _result(engine.redact(passage.text, secret=SECRET))
            if passage.known:
                out = engine.redact(passage.text, known=passage.known, secret=SECRET)
                yield name + ":known", _result(out)
            scanned = engine.scan(passage.text)
            yield name + ":scan", _digest([_span(s, entity=False) for s in scanned])
    if not long:
        return
    joined = "\n\n".join(corpus_texts)
    yield "corpora joined", _result(engine.redact(joined, secret=SECRET))
    document = "\n\n".join([joined] * max(1, BENCH_CHARS // len(joined)))
    yield "bench 2 MB document", _result(engine.redact(document, secret=SECRET))


def main() -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        return subprocess.run([sys.executable, *sys.argv], env=env, check=False).returncode
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", metavar="FILE", help="record every item's digest")
    parser.add_argument("--check", metavar="FILE", help="compare with a recorded file")
    parser.add_argument("--short", action="store_true", help="skip the two long documents")
    args = parser.parse_args()
    engine = Redactor.default()
    found = dict(items(engine, long=not args.short))
    total = _digest(sorted(found.items()))
    print(f"{len(found)} outputs, digest {total}")
    if args.write:
        Path(args.write).write_text(json.dumps(found, indent=0, ensure_ascii=False), "utf-8")
    if args.check:
        recorded: dict[str, str] = json.loads(Path(args.check).read_text("utf-8"))
        changed = [k for k in recorded if k in found and found[k] != recorded[k]]
        missing = [k for k in recorded if k not in found and not args.short]
        for name in changed:
            print(f"CHANGED {name}")
        for name in missing:
            print(f"MISSING {name}")
        if changed or missing:
            return 1
        print(f"identical to {args.check} ({len(found)} of {len(recorded)} outputs compared)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
