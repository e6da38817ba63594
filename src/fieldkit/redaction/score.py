"""Score the engine against an annotated corpus: recall per label, silent misses, precision,
keep-list loss; per language and per tag.

The corpus format is described in ``tests/data/redaction/README.md``.  Figures:

* **full-span recall** per gold label (PERSON, PLACE, ORG, ADDRESS, contacts, dates): a gold
  span counts as found only when redacted spans cover every one of its characters (any
  label: what matters is that the text is gone);
* **silent misses**: gold spans with no redacted span over them at all, not even an
  uncertain one, so the interviewer's review never sees them; overall and in a
  strong-cue context (``cuecontext``: after a title, role or naming cue, before an
  honorific, a gazetteer place before a locative particle), where the target is zero;
* **precision**: the share of redacted spans that overlap some gold span;
* **keep-list loss**: the share of keep-list characters (provinces, rivers,
  ethnic groups, years, ages, amounts) that ended up inside a redacted span;
* **known-term survivals**: outputs in which a supplied known term (or a
  variant) can still be found.  The target is zero.

Figures are given for the whole corpus, for each language (English, Korean, mixed,
Chinese) and for each tag (``famous``, ``wordname``, ``org``, ``cue`` ...).  Run
``python -m fieldkit.redaction.score [-v] [--json] tests/data/redaction/corpus_*.txt``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from fieldkit.redaction.cuecontext import strong_cue_context
from fieldkit.redaction.engine import PLACEHOLDER, Redactor
from fieldkit.redaction.keep import keep_spans
from fieldkit.redaction.known import compile_known
from fieldkit.redaction.model import KnownTerm, parse_known
from fieldkit.redaction.normalize import Folded

__all__ = ["Passage", "Score", "main", "parse_corpus", "score", "score_predictions"]

_GOLD = re.compile(r"\{\{([A-Z_]+):(.+?)\}\}")


@dataclass(frozen=True, kw_only=True)
class Passage:
    """One annotated passage: clean text, gold spans and known terms."""

    id: str
    lang: str
    tags: frozenset[str]
    text: str
    gold: tuple[tuple[int, int, str], ...]
    known: tuple[KnownTerm, ...] = ()


@dataclass
class Score:
    """Accumulated figures for a set of passages."""

    found: dict[str, int] = field(default_factory=dict)
    total: dict[str, int] = field(default_factory=dict)
    predicted: int = 0
    true_positive: int = 0
    keep_chars: int = 0
    keep_lost: int = 0
    known_survivals: int = 0
    passages: int = 0
    cued: int = 0
    """Gold spans in a strong-cue context."""
    misses: list[tuple[str, str, str]] = field(default_factory=list)
    silent: list[tuple[str, str, str, bool]] = field(default_factory=list)
    """(passage, label, text, in a strong-cue context) of every silent miss."""
    false_positives: list[tuple[str, str]] = field(default_factory=list)

    @property
    def silent_misses(self) -> int:
        return len(self.silent)

    @property
    def silent_cued(self) -> int:
        return sum(1 for *_rest, cued in self.silent if cued)

    def recall(self, label: str) -> float:
        return self.found.get(label, 0) / self.total[label] if self.total.get(label) else 1.0

    @property
    def precision(self) -> float:
        return self.true_positive / self.predicted if self.predicted else 1.0

    @property
    def keep_loss(self) -> float:
        return self.keep_lost / self.keep_chars if self.keep_chars else 0.0


def _parse_known(line: str) -> tuple[KnownTerm, ...]:
    return tuple(parse_known(item) for item in line.split(";") if item.strip())


def _passage(header: str, body: list[str]) -> Passage:
    ident, lang, *tags = header.split()
    known: tuple[KnownTerm, ...] = ()
    if body and body[0].startswith("@known "):
        known = _parse_known(body.pop(0)[len("@known ") :])
    raw = "\n".join(body).strip("\n")
    text, gold, cursor = [], [], 0
    out_len = 0
    for match in _GOLD.finditer(raw):
        text.append(raw[cursor : match.start()])
        out_len += match.start() - cursor
        gold.append((out_len, out_len + len(match.group(2)), match.group(1)))
        text.append(match.group(2))
        out_len += len(match.group(2))
        cursor = match.end()
    text.append(raw[cursor:])
    return Passage(
        id=ident, lang=lang, tags=frozenset(tags), text="".join(text), gold=tuple(gold), known=known
    )


def parse_corpus(source: str) -> list[Passage]:
    """Every passage in one corpus file's text."""
    passages: list[Passage] = []
    header: str | None = None
    body: list[str] = []
    for line in source.splitlines():
        if line.startswith("=== "):
            if header is not None:
                passages.append(_passage(header, body))
            header, body = line[4:], []
        elif header is not None:
            body.append(line)
    if header is not None:
        passages.append(_passage(header, body))
    return passages


def _covered(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    chars = set(range(start, end))
    for s, e in spans:
        chars.difference_update(range(s, e))
    return not {i for i in chars if not _is_space(i)} if chars else True


def _is_space(_index: int) -> bool:
    return False


def _score_passage(engine: Redactor, passage: Passage, into: Score) -> None:
    result = engine.redact(passage.text, known=passage.known)
    _score_spans(passage, [(s.start, s.end) for s in result.spans], into)
    if passage.known:
        _score_known(passage, result.text, into)


def _score_spans(passage: Passage, spans: Sequence[tuple[int, int]], into: Score) -> None:
    into.passages += 1
    res = Redactor.default().res
    for start, end, label in passage.gold:
        into.total[label] = into.total.get(label, 0) + 1
        cued = strong_cue_context(passage.text, start, end, label, res)
        into.cued += cued
        if _covered(spans, start, end):
            into.found[label] = into.found.get(label, 0) + 1
            continue
        surface = passage.text[start:end]
        into.misses.append((passage.id, label, surface))
        if not any(s < end and start < e for s, e in spans):
            into.silent.append((passage.id, label, surface, cued))
    for start, end in spans:
        into.predicted += 1
        if any(s < end and start < e for s, e, _l in passage.gold):
            into.true_positive += 1
        else:
            into.false_positives.append((passage.id, passage.text[start:end]))
    _score_keep(passage, spans, into)


def _score_keep(passage: Passage, spans: Sequence[tuple[int, int]], into: Score) -> None:
    folded = Folded(passage.text)
    keep = keep_spans(folded.text, Redactor.default().res)
    for start, end in zip(keep.starts, keep.ends, strict=True):
        if any(s < end and start < e for s, e, _l in passage.gold):
            continue
        chars = set(range(start, end))
        into.keep_chars += len(chars)
        into.keep_lost += sum(1 for i in chars if any(s <= i < e for s, e in spans))


def _score_known(passage: Passage, output: str, into: Score) -> None:
    matcher = compile_known(passage.known)
    masked = PLACEHOLDER.sub(lambda m: " " * len(m.group()), Folded(output).text)
    if matcher.search(masked):
        into.known_survivals += 1


def score(engine: Redactor, passages: Iterable[Passage]) -> Score:
    """Score ``engine`` on ``passages``."""
    total = Score()
    for passage in passages:
        _score_passage(engine, passage, total)
    return total


def score_predictions(
    passages: Iterable[Passage], predictions: dict[str, Sequence[tuple[int, int]]]
) -> Score:
    """Score another tool's spans (``passage id -> [(start, end)]``) the same way."""
    total = Score()
    for passage in passages:
        _score_spans(passage, predictions.get(passage.id, ()), total)
    return total


def format_score(name: str, result: Score) -> str:
    """One block of the text report."""
    lines = [f"{name}: {result.passages} passages"]
    for label in sorted(result.total):
        found, total = result.found.get(label, 0), result.total[label]
        lines.append(f"  recall {label:<10} {result.recall(label):6.3f}  ({found}/{total})")
    lines.append(
        f"  precision          {result.precision:6.3f}  ({result.true_positive}/{result.predicted})"
    )
    lines.append(
        f"  keep-list loss     {result.keep_loss:6.3%}  "
        f"({result.keep_lost}/{result.keep_chars} chars)"
    )
    lines.append(f"  known survivals    {result.known_survivals}")
    lines.append(
        f"  silent misses      {result.silent_misses}  "
        f"(in a strong-cue context: {result.silent_cued} of {result.cued} cued spans)"
    )
    return "\n".join(lines)


def score_dict(result: Score) -> dict[str, object]:
    """The figures of one subset, for ``--json``."""
    return {
        "passages": result.passages,
        "recall": {
            label: {
                "found": result.found.get(label, 0),
                "total": result.total[label],
                "recall": round(result.recall(label), 4),
            }
            for label in sorted(result.total)
        },
        "precision": round(result.precision, 4),
        "predicted": result.predicted,
        "true_positive": result.true_positive,
        "keep_loss": round(result.keep_loss, 5),
        "keep_lost": result.keep_lost,
        "keep_chars": result.keep_chars,
        "known_survivals": result.known_survivals,
        "silent_misses": result.silent_misses,
        "silent_misses_cued": result.silent_cued,
        "cued_spans": result.cued,
    }


_LANGUAGES = {"en": "English", "ko": "Korean", "mixed": "mixed", "zh": "Chinese"}


def subsets(passages: Sequence[Passage]) -> dict[str, list[Passage]]:
    """The breakdowns the report prints: all, each language, the held-out and report
    sets, and each tag."""
    languages = {
        f"language: {name}": [p for p in passages if p.lang == lang]
        for lang, name in _LANGUAGES.items()
    }
    tags = sorted({tag for p in passages for tag in p.tags})
    by_tag = {f"tag: {tag}": [p for p in passages if tag in p.tags] for tag in tags}
    fixed = {
        "all": list(passages),
        "held-out (names and places in no list)": [p for p in passages if "heldout" in p.tags],
        "held-out English": [p for p in passages if "heldout" in p.tags and p.lang == "en"],
        "held-out Korean": [p for p in passages if "heldout" in p.tags and p.lang == "ko"],
        "held-out mixed": [p for p in passages if "heldout" in p.tags and p.lang == "mixed"],
        "held-out Chinese": [p for p in passages if "heldout" in p.tags and p.lang == "zh"],
        "report (CHRNK personal accounts)": [p for p in passages if "report" in p.tags],
        "blind (written after tuning, scored once)": [p for p in passages if "blind" in p.tags],
    }
    out = {"all": fixed.pop("all"), **languages, **fixed, **by_tag}
    return {name: subset for name, subset in out.items() if subset}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m fieldkit.redaction.score",
        description="Score the redaction engine against annotated corpora "
        "(format: tests/data/redaction/README.md): recall per label, silent misses, "
        "precision and keep-list loss, for the whole and per language and tag.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="an annotated corpus file")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    return parser


def _read(files: Sequence[str]) -> list[Passage] | str:
    """Every passage of ``files``, or a message saying which file cannot be read and why."""
    passages: list[Passage] = []
    for name in files:
        try:
            text = Path(name).read_text(encoding="utf-8")
        except FileNotFoundError:
            return f"{name}: no such corpus file; give the path of an annotated corpus"
        except (OSError, UnicodeDecodeError) as exc:
            return f"{name}: cannot be read as UTF-8 text ({exc.__class__.__name__})"
        passages.extend(parse_corpus(text))
    return passages


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m fieldkit.redaction.score [-v] [--json] FILE...``; 2 on a usage error."""
    try:
        args = _parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # --help (0) or a usage error (2), already printed
        return int(exc.code or 0)
    verbose, as_json = args.verbose, args.json
    passages = _read(args.files)
    if isinstance(passages, str):
        print(f"score: {passages}", file=sys.stderr)
        return 2
    engine = Redactor.default()
    results = {name: score(engine, subset) for name, subset in subsets(passages).items()}
    if as_json:
        out: dict[str, object] = {name: score_dict(r) for name, r in results.items()}
        if verbose:
            out["misses"] = [list(m) for m in results["all"].misses]
            out["silent"] = [list(m) for m in results["all"].silent]
            out["false_positives"] = [list(f) for f in results["all"].false_positives]
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    for name, result in results.items():
        print(format_score(name, result))
        if verbose and name == "all":
            for miss in result.misses:
                print("  MISS", *miss)
            for passage, label, text, cued in result.silent:
                print("  SILENT", passage, label, text, "(strong cue)" if cued else "")
            for fp in result.false_positives:
                print("  FP  ", *fp)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
