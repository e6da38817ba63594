"""Coverage-guided fuzzing (atheris / libFuzzer) of fieldkit's untrusted-input readers.

    .venv/bin/pip install atheris            # bench-only; not a project dependency
    .venv/bin/python bench/fuzz.py TARGET /tmp/fuzz-TARGET bench/fuzz_corpus/TARGET \
        -atheris_runs=100000

libFuzzer writes the inputs it finds interesting into the first corpus directory, so give it
a scratch one first and the committed seeds (bench/fuzz_corpus/TARGET) second.

Targets: questionnaire, expression, import, redaction, bundle.  Each target feeds
the fuzzer's bytes to one reader; the documented ``FieldkitError`` family is the
expected way to refuse input; anything else is a crash that libFuzzer reports
(and saves as a reproducer).  At exit the script prints how many inputs were
tried and the errors by kind, for docs/performance.md.
"""

from __future__ import annotations

import atexit
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from fieldkit.errors import FieldkitError
    from fieldkit.questionnaire import Flow, builtin_questionnaire, expr
    from fieldkit.questionnaire.load import check_questionnaire_text
    from fieldkit.session.importer import parse_import_bytes, plan_interviews

COUNTS: Counter[str] = Counter()


def fuzz_questionnaire(data: bytes) -> None:
    text = data.decode("utf-8", "replace")
    check_questionnaire_text(text, ".json" if text.lstrip().startswith("{") else ".toml")


def fuzz_expression(data: bytes) -> None:
    tree = expr.parse(data.decode("utf-8", "replace"))
    expr.evaluate(tree, lambda name: None, current=1)
    expr.evaluate(tree, lambda name: ["a", "b"], current="x")
    # repeats, choice filters and regex(): a nodeset for every reference, an instance's
    # position, a choice's attributes; regex() patterns the fuzzer writes go to RE2
    nodes = expr.Nodeset([1, "2", None, {"amount": 3, "currency": "CNY"}])
    expr.evaluate(tree, lambda name: nodes, current="a" * 64, position=2, fields={"p": "x"})


_FLOW: list[Flow] = []


def fuzz_import(data: bytes) -> None:
    if not _FLOW:
        _FLOW.append(Flow(builtin_questionnaire()))
    plan_interviews(_FLOW[0], parse_import_bytes(data)[1])


def _redaction_target() -> Callable[[bytes], None]:
    from fieldkit.redaction import KnownTerm, Redactor

    engine = Redactor.default()
    known = [KnownTerm("Kim Ok-sun", "person"), KnownTerm("Hoeryong", "place")]

    def fuzz_redaction(data: bytes) -> None:
        text = data.decode("utf-8", "replace")
        result = engine.redact(text, known=known, secret=b"k" * 32)
        assert "Kim Ok-sun" not in result.text and "Hoeryong" not in result.text
        engine.scan(result.text, strict=True)

    return fuzz_redaction


def _bundle_target() -> Callable[[bytes], None]:
    """The bundle body inside the age envelope: framing, lengths, canonical manifest."""
    from fieldkit.bundle.manifest import decode_body, parse_manifest

    def fuzz_bundle(data: bytes) -> None:
        body = decode_body(data)
        parse_manifest(body.manifest_bytes)

    return fuzz_bundle


TARGETS: dict[str, Callable[[], Callable[[bytes], None]]] = {
    "questionnaire": lambda: fuzz_questionnaire,
    "expression": lambda: fuzz_expression,
    "import": lambda: fuzz_import,
    "redaction": _redaction_target,
    "bundle": _bundle_target,
}


def _report(name: str) -> None:
    total = sum(COUNTS.values())
    kinds = ", ".join(f"{kind} {n}" for kind, n in COUNTS.most_common())
    print(f"\n[{name}] inputs tried: {total}; outcomes: {kinds}", file=sys.stderr)


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: {Path(__file__).name} {{{','.join(TARGETS)}}} [libFuzzer flags]")
    name = sys.argv.pop(1)
    target = TARGETS[name]()

    def one_input(data: bytes) -> None:
        try:
            target(data)
        except FieldkitError as error:
            COUNTS[type(error).__name__] += 1
            return
        COUNTS["accepted"] += 1

    atexit.register(_report, name)
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
