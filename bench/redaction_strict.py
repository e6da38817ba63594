"""Strict re-scan noise: what ``Redactor.scan(strict=True)`` still flags in redacted text.

The auditor's residual-identifier report (``fieldkit.audit.residual``) runs
``scan(strict=True)`` over every exported narrative, so anything it flags in
text the engine itself redacted is noise the auditor has to read past (or a
real leak).  This redacts, then re-scans:

* every passage of the annotated corpus (``tests/data/redaction``), with its
  ``@known`` terms;
* the narratives (``life_story``, ``key_quotes``, ``interviewer_notes`` ...) of
  ``tests/data/report_interviews.json``, each interview's fields together
  (``redact_many``) with its identity answers as known terms, as export does.

Usage::

    .venv/bin/python bench/redaction_strict.py        # counts
    .venv/bin/python bench/redaction_strict.py -v     # and every hit
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from fieldkit.questionnaire.load import builtin_questionnaire  # noqa: E402
from fieldkit.redaction import KnownTerm, Redactor  # noqa: E402
from fieldkit.redaction.score import parse_corpus  # noqa: E402

_SEPARATORS = re.compile(r"[\n;,、，/]+")  # as fieldkit.session.interview.split_terms


def corpus_outputs(engine: Redactor) -> list[tuple[str, str]]:
    """``(passage id, redacted text)`` for every corpus passage."""
    folder = ROOT / "tests" / "data" / "redaction"
    passages = [
        p for f in sorted(folder.glob("corpus_*.txt")) for p in parse_corpus(f.read_text("utf-8"))
    ]
    return [(p.id, engine.redact(p.text, known=p.known).text) for p in passages]


def interview_outputs(engine: Redactor) -> list[tuple[str, str]]:
    """``(interview/question, redacted text)`` for every narrative of the report fixture."""
    questions = [q for s in builtin_questionnaire().sections for q in s.questions]
    seeds = {q.id: q.redaction_seed for q in questions if q.redaction_seed}
    narrative = {q.id for q in questions if q.sensitivity == "narrative"}
    data = json.loads((ROOT / "tests" / "data" / "report_interviews.json").read_text("utf-8"))
    out = []
    for interview in data["interviews"]:
        answers = interview["answers"]
        known = [
            KnownTerm(term.strip(), label)
            for qid, label in seeds.items()
            if isinstance(answers.get(qid), str)
            for term in _SEPARATORS.split(answers[qid])
            if term.strip()
        ]
        texts = {q: v for q, v in answers.items() if q in narrative and isinstance(v, str)}
        results = engine.redact_many(texts, known=known, secret=b"bench" * 8)
        out += [(f"{interview['ref']}/{q}", r.text) for q, r in results.items()]
    return out


def main() -> None:
    verbose = "-v" in sys.argv
    engine = Redactor.default()
    for name, outputs in (
        ("corpus", corpus_outputs(engine)),
        ("report_interviews", interview_outputs(engine)),
    ):
        rules: Counter[str] = Counter()
        flagged = 0
        for ident, text in outputs:
            spans = engine.scan(text, strict=True)
            flagged += bool(spans)
            for span in spans:
                rules[f"{span.detector}/{span.rule}"] += 1
                if verbose:
                    print(f"  {ident}: {text[span.start : span.end]!r} {span.label} {span.rule}")
        total = sum(rules.values())
        print(f"{name}: {total} strict hits in {flagged} of {len(outputs)} redacted texts")
        for rule, count in rules.most_common():
            print(f"    {count:4d}  {rule}")


if __name__ == "__main__":
    main()
