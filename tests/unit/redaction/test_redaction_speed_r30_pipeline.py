"""Round 30 speed: the pipeline around the cue rules derives per word, not per hit.

Propagation's seeds are derived once per surface and hit shape and kept across calls
(``propagate_seeds``).  These tests compare, never time: the kept derivation gives the
same seeds, in the same order, as the derivation hit by hit, on the hits the engine finds
in every development passage and on hits of every shape over every word of texts made of
pieces (``bench/redaction_outputs.py`` checks the whole engine's outputs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest

from fieldkit.redaction import Redactor, propagate_seeds
from fieldkit.redaction.engine import _Field
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.known import compile_known
from fieldkit.redaction.memory import forget_texts
from fieldkit.redaction.normalize import Folded
from fieldkit.redaction.resources import Resources
from speed_helpers import made_texts, passages

_PIECES = (
    "김영희가 ",
    "영희는 ",
    "박 준호 ",
    "박준호랑 ",
    "향숙이는 ",
    "향 숙이랑 ",
    "刘德福 ",
    "류덕복이 ",
    "成龙 ",
    "성룡이 ",
    "王 ",
    "왕 사장 ",
    "阳光幼儿园 ",
    "양광이라는게 ",
    "华丰 ",
    "화풍이라 ",
    "곰이라고 불린 ",
    "쏨이라는 ",
    "쏨 아저씨는 ",
    "봄이 엄마가 ",
    "이명화 ",
    "명화가 ",
    "허명철 ",
    "허가 ",
    "미소라고 ",
    "Kim Ok-sun ",
    "Ok-sun ",
    "Baek ",
    "연길에서 ",
    "12 ",
    "\n",
)

_LABELS = ("PERSON", "PLACE", "ORG", "DATE")
_DETECTORS = ("cue", "name", "catchall", "known", "gazetteer")
_RULES = (
    "x",
    "naming_ordinary",
    "subject_of_name_ordinary",
    "affectionate_i",
    "hanzi_name_before_org",
    "surname_before_title",
    "mandarin_name",
    "nickname_quoted",
)


@dataclass
class _Text:
    folded: Folded
    hits: list[Hit] = field(default_factory=list)


@pytest.fixture(scope="module")
def res() -> Resources:
    return Redactor.default().res


@pytest.fixture(scope="module")
def found() -> list[_Text]:
    """One development passage in three (in file order: every language, every set), with
    the hits the engine's detectors find in it."""
    engine = Redactor.default()
    matcher = compile_known(())
    out = []
    every = passages()
    for text in every[::3]:
        one = _Field("text", text)
        out.append(_Text(one.folded, engine._detect(one, matcher, "auto", strict=False)))
    return out


def _every_shape(text: str) -> list[Hit]:
    """Hits of every label, detector, rule, certainty and core over each word."""
    hits = []
    for n, match in enumerate(re.finditer(r"[^\s]+", text)):
        start, end = match.span()
        core = (start, end - 1) if n % 3 == 0 and end - start > 1 else None
        hits.append(
            Hit(
                start=start,
                end=end,
                label=_LABELS[n % len(_LABELS)],
                detector=_DETECTORS[n % len(_DETECTORS)],
                rule=_RULES[n % len(_RULES)],
                uncertain=n % 2 == 1,
                core=core,
            )
        )
    return hits


def _same(fields: list[_Text], res: Resources, release: frozenset[str]) -> None:
    plain = propagate_seeds.seeds_plain(fields, release, res)
    kept = propagate_seeds.seeds(fields, release, res)
    assert list(kept.items()) == list(plain.items())


def test_kept_seeds_are_the_plain_seeds_on_the_passages(found: list[_Text], res: Resources) -> None:
    forget_texts()
    for one in found:
        _same([one], res, frozenset())
    for one in found:  # again, every derivation kept this time
        _same([one], res, frozenset())
    for n in range(0, len(found) - 3, 4):  # an interview's several fields together
        _same(found[n : n + 4], res, frozenset())


def test_kept_seeds_are_the_plain_seeds_on_every_shape(res: Resources) -> None:
    forget_texts()
    for text in made_texts(2030, _PIECES, 1500, 8):
        one = _Text(Folded(text))
        one.hits = _every_shape(one.folded.text)
        _same([one], res, frozenset())
        _same([one], res, frozenset())
        _same([one], res, frozenset({"영희", "김영희", "류덕복"}))


def test_releases_are_not_kept(res: Resources) -> None:
    forget_texts()
    one = _Text(Folded("김영희가 영희는 왔다"))
    one.hits = _every_shape(one.folded.text)
    propagate_seeds.seeds([one], frozenset({"영희"}), res)
    assert not propagate_seeds._DERIVED.words
    propagate_seeds.seeds([one], frozenset(), res)
    assert propagate_seeds._DERIVED.words


def test_forget_texts_empties_the_kept_derivations(res: Resources) -> None:
    one = _Text(Folded("김영희가 영희는 왔다"))
    one.hits = _every_shape(one.folded.text)
    propagate_seeds.seeds([one], frozenset(), res)
    assert propagate_seeds._DERIVED.words
    forget_texts()
    assert not propagate_seeds._DERIVED.words
