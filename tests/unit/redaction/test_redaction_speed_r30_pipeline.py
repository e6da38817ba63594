"""Round 30 speed: the pipeline around the cue rules derives per word, not per hit.

Propagation's seeds are derived once per surface and hit shape and kept across calls
(``propagate_seeds``); the word classes ``drop_non_names`` asks of a candidate's word alone
are derived once per word and kept (``word_classes_ko.word_facts``,
``not_names_ko._word_facts``).  These tests compare, never time: the kept derivations give
what the plain ones give, and the two filters what they gave before round 30, on the hits
the engine finds in the development passages and on hits of every shape over every word of
texts made of pieces (``bench/redaction_outputs.py`` checks the whole engine's outputs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest

from fieldkit.redaction import (
    Redactor,
    dictionary_ko,
    not_names_ko,
    propagate_seeds,
    word_classes_ko,
)
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


# What the two filters were before round 30, for comparison.


def _class_non_name_was(text: str, hit: Hit, word: str, res: Resources) -> bool:
    w = word_classes_ko
    if hit.label == "PERSON" and w.trade_compound(word, res) and "title" not in hit.rule:
        return True
    if hit.label == "PERSON" and w._adverb_adnominal(text, hit, res):
        return True
    if not hit.uncertain or hit.label not in ("PERSON", "PLACE", "ORG"):
        return False
    spelled = w.verb_spelled(text[hit.start : hit.end]) or w.verb_spelled(word)
    if spelled and not w._name_glued_to_verb(word, res):
        return True
    if w.before_negative(text, hit.start, hit.end) or w._province_cut(text, hit):
        return True
    if hit.label == "PERSON" and w._time_or_side(word, res):
        return True
    if w._people_plural(word):
        return True
    if hit.label == "ORG":
        return False
    if w._role_modifier(text, hit):
        return True
    if hit.label == "PLACE":
        return w._not_a_place(text, hit, word)
    named = any(key in hit.rule for key in ("naming", "title", "honorific", "called"))
    noun = (
        hit.detector == "catchall"
        and hit.rule.startswith(w._CATCHALL_NOUN_RULES)
        and len(word) >= 3
        and dictionary_ko.noun(word)
        and word not in res.given_ko
    )
    if (w._date_word(word) and not named) or w._language(word) or noun:
        return True
    if word.endswith("절") and w._HOLIDAY.fullmatch(word) and word in res.lex_ko:
        return True
    return w._verb_read_as_name(text, hit, word, res)


def _not_a_name_was(text: str, hit: Hit, res: Resources) -> bool:
    n = not_names_ko
    if n.doc_non_name(text, hit, res):
        return True
    word = n._word(text, hit)
    if word in res.given_west_ko:
        return False
    if n.eaten_or_counted(text, hit, res) or n.thing_before_cue(text, hit, res):
        return True
    if _class_non_name_was(text, hit, word, res):
        return True
    if n.plain_noun_ko(text, hit, word, res, n._kind_or_title):
        return True
    if not n._hangul(word):
        return False
    if dictionary_ko.conjunction(word) and word not in res.given_ko:
        return True
    if hit.label == "ORG":
        return hit.uncertain and (n._function_word(word, res) or n._kind_or_title(word))
    if n._about_a_name(text, hit, word) or n._quantity(text, hit, word):
        return True
    if hit.label == "PERSON" and n._hanja_gloss(text, hit, word, res):
        return True
    if n._verb_slot(text, hit, text[hit.start : hit.end]):
        return True
    if hit.label == "PERSON" and n._kind_or_title(word) and not n._honoured(hit):
        return True
    if word[-1:] in n._CALENDAR_LAST and n._CALENDAR.fullmatch(word) and not n._named(hit):
        return True
    return bool(hit.uncertain and n._function_word(word, res))


_FILTER_PIECES = (
    "발마사지라는 데서 ",
    "따라갔으나 ",
    "주십시오 ",
    "도문있을때 ",
    "순희왔어요 ",
    "나쁘진 않았어요 ",
    "자강도 밖으로 ",
    "김장때 ",
    "생일날 ",
    "길림성쪽 ",
    "베트남애들 ",
    "관광객들 ",
    "담당 선생님 ",
    "조장이 ",
    "장난으로 ",
    "신원 관련 ",
    "국경절 ",
    "고난의 행군때 ",
    "일본말 ",
    "옥수수도 ",
    "성탄절이라고 ",
    "마누라는 ",
    "적어 주실 수 ",
    "같이 자란 동무 ",
    "근데 ",
    "진짜 ",
    "느그 엄마 ",
    "과장님이라고 ",
    "정월이라는 여자 ",
    "설날에 ",
    "삼천 위안에 ",
    "천원씩 ",
    "성함이 ",
    "밝은 달이라는 뜻 ",
    "은혜 은 자 ",
    "하지 마라 ",
    "신파라고 하지 ",
    "그레이스 ",
    "서시장 ",
    "순희 ",
    "영희는 ",
    "노래방이라고 ",
    "\n",
)

_FILTER_RULES = ("x", "naming", "title", "honorific_after_name", "mandarin_name", "ssi")


def _filter_hits(text: str) -> list[Hit]:
    """Every word as a person, place and organisation, certain and uncertain, of several
    rules and detectors (some with the particle inside the core, some without)."""
    hits = []
    for n, match in enumerate(re.finditer("[가-힣]+(?: [가-힣]+)?", text)):
        start, end = match.span()
        for label in ("PERSON", "PLACE", "ORG"):
            for uncertain in (False, True):
                hits.append(
                    Hit(
                        start=start,
                        end=end,
                        label=label,
                        detector=("catchall", "cue", "name")[n % 3],
                        rule=_FILTER_RULES[n % len(_FILTER_RULES)]
                        + ("_shaped_word" if n % 3 == 0 else ""),
                        uncertain=uncertain,
                        core=(start, end - 1) if n % 4 == 1 and end - start > 2 else None,
                    )
                )
    return hits


def test_word_facts_are_the_plain_facts(found: list[_Text], res: Resources) -> None:
    forget_texts()
    words = {w for one in found for w in re.findall("[가-힣]+", one.folded.text)}
    words |= {w for t in made_texts(2031, _FILTER_PIECES, 300, 6) for w in t.split()}
    for word in sorted(words) + sorted(words):  # the second time, every one kept
        assert word_classes_ko.word_facts(word, res) == word_classes_ko.word_facts_plain(word, res)
        assert not_names_ko._word_facts(word, res) == not_names_ko._word_facts_plain(word, res)


def test_filters_are_what_they_were_on_the_passages(found: list[_Text], res: Resources) -> None:
    forget_texts()
    for _ in range(2):  # cold, then every word kept
        for one in found:
            text = one.folded.text
            for hit in one.hits:
                if hit.label in ("PERSON", "PLACE", "ORG"):
                    assert not_names_ko._not_a_name(text, hit, res) == _not_a_name_was(
                        text, hit, res
                    ), (text[hit.start : hit.end], hit)


def test_filters_are_what_they_were_on_every_shape(res: Resources) -> None:
    forget_texts()
    for text in made_texts(2032, _FILTER_PIECES, 600, 6):
        folded = Folded(text).text
        for hit in _filter_hits(folded):
            word = not_names_ko._word(folded, hit)
            assert word_classes_ko.class_non_name(folded, hit, word, res) == _class_non_name_was(
                folded, hit, word, res
            )
            assert not_names_ko._not_a_name(folded, hit, res) == _not_a_name_was(folded, hit, res)


def test_forget_texts_empties_the_word_facts(res: Resources) -> None:
    word_classes_ko.word_facts("김장때", res)
    not_names_ko._word_facts("김장때", res)
    forget_texts()
    assert not word_classes_ko._FACTS.words
    assert not not_names_ko._FACTS.words
