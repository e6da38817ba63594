"""Held-out evaluation of the learned flagger (``bench/flagger_train.py --cv``).

Recall counts a gold PERSON, PLACE or ORG span of a Korean passage found when the spans
cover all its non-space characters (as ``bench/redaction_blind_harness.py`` counts it);
precision is the share of the flagger's spans that touch a gold span of any label.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from pathlib import Path

import pycrfsuite
from flagger_train import passages, train, training_files

from fieldkit.redaction import Redactor
from fieldkit.redaction.flagger import flag
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.keep import keep_spans
from fieldkit.redaction.not_names_ko import drop_non_names
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.roles import trim_roles
from fieldkit.redaction.score import Passage

SHOW = bool(os.environ.get("FLAGGER_SHOW"))
THRESHOLDS = (0.3, 0.5, 0.7)
_LABELS = ("PERSON", "PLACE", "ORG")


def _covered(spans: list[tuple[int, int]], start: int, end: int, text: str) -> bool:
    return all(
        any(s <= i < e for s, e in spans) for i in range(start, end) if not text[i].isspace()
    )


def _score(items: list[Passage], spans: dict[str, list[tuple[int, int]]]) -> Counter[str]:
    tally: Counter[str] = Counter()
    for p in items:
        found = spans.get(p.id, [])
        for start, end, label in p.gold:
            if label in _LABELS:
                tally[label + "/gold"] += 1
                tally[label + "/hit"] += _covered(found, start, end, p.text)
    return tally


def _filtered(text: str, hits: list[Hit], res: Resources) -> list[Hit]:
    """What the engine does to the flagger's hits after it: the Korean non-name filter, the
    keep-list, the role words trimmed off (propagation is not simulated)."""
    keep = keep_spans(text, res)
    hits = [h for h in drop_non_names(text, hits, res) if not keep.contains(h.start, h.end)]
    return [trim_roles(text, h, res) for h in hits]


def _keep(items: list[Passage], spans: dict[str, list[tuple[int, int]]]) -> float:
    """Non-gold, non-space characters covered / all non-gold non-space characters."""
    lost = total = 0
    for p in items:
        gold = {i for s, e, _l in p.gold for i in range(s, e)}
        covered = {i for s, e in spans.get(p.id, []) for i in range(s, e)}
        for i, ch in enumerate(p.text):
            if not ch.isspace() and i not in gold:
                total += 1
                lost += i in covered
    return lost / max(1, total)


def _line(name: str, tally: Counter[str]) -> str:
    cells = [
        f"{lab}={tally[lab + '/hit'] / max(1, tally[lab + '/gold']):.3f}"
        f"({tally[lab + '/hit']}/{tally[lab + '/gold']})"
        for lab in _LABELS
    ]
    return f"{name:28} " + " ".join(cells)


def cross_validate(held: list[str], rules_file: str | None) -> int:
    files = training_files()
    everything = passages(files)
    train_items = [p for s, p in everything if s not in held]
    test_items = [p for s, p in everything if s in held and p.lang == "ko"]
    rules: dict[str, list[tuple[int, int]]] = {}
    if rules_file:
        raw = json.loads(Path(rules_file).read_text(encoding="utf-8"))
        rules = {k: [(s, e) for s, e in v] for k, v in raw.items()}
    res = Redactor.default().res
    with tempfile.TemporaryDirectory() as tmp:
        model = str(Path(tmp) / "cv.crfsuite")
        train(train_items, Path(model))
        tagger = pycrfsuite.Tagger()
        tagger.open(model)
        print(f"trained on {len(train_items)}, held out {len(test_items)} Korean passages")
        if rules:
            print(_line("rules alone", _score(test_items, rules)))
        for threshold in THRESHOLDS:
            _report(test_items, rules, res, tagger, threshold)
    return 0


def _report(  # type: ignore[no-untyped-def]
    items: list[Passage], rules: dict[str, list[tuple[int, int]]], res, tagger, threshold: float
) -> None:
    own: dict[str, list[tuple[int, int]]] = {}
    union: dict[str, list[tuple[int, int]]] = {}
    true = total = 0
    for p in items:
        ruled = rules.get(p.id, [])
        taken = [Hit(start=s, end=e, label="PERSON", detector="name", rule="r") for s, e in ruled]
        alone = _filtered(p.text, flag(p.text, res, [], tagger=tagger, threshold=threshold), res)
        added = _filtered(p.text, flag(p.text, res, taken, tagger=tagger, threshold=threshold), res)
        own[p.id] = [(h.start, h.end) for h in alone]
        union[p.id] = ruled + [(h.start, h.end) for h in added]
        for h in added if rules else alone:
            total += 1
            hit = any(s < h.end and h.start < e for s, e, _l in p.gold)
            true += hit
            if SHOW and not hit:
                around = p.text[max(0, h.start - 15) : h.end + 15]
                print(f"   false {p.text[h.start : h.end]!r} in {around!r}")
    if os.environ.get("FLAGGER_MISSES"):
        for p in items:
            found = union.get(p.id, [])
            for start, end, label in p.gold:
                if label == "PERSON" and not _covered(found, start, end, p.text):
                    around = p.text[max(0, start - 20) : end + 12]
                    print(f"   miss {p.text[start:end]!r} in {around!r}")
    print(_line(f"flagger alone t={threshold}", _score(items, own)))
    if rules:
        print(_line(f"rules + flagger t={threshold}", _score(items, union)))
        lost, with_flagger = _keep(items, rules), _keep(items, union)
        print(f"{'':28} keep loss: rules {lost:.2%}, with the flagger {with_flagger:.2%}")
    what = "added" if rules else "flagged"
    print(f"{'':28} {what} {total}, touching gold {true / max(1, total):.3f}")
