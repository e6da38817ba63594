"""Round 28 speed, second wave: cheap tests before the per-hit and per-word work of a
Korean call.

A short Korean answer spends its time in some three hundred small steps, each a regex
or a function call; this wave skips the ones whose answer a cheaper test already gives:
a pattern's required literal or last character (``not_names_ko``, ``apposed_ko``), a
word's own endings looked up instead of each listed kind or title tried in turn
(``orgs_trade_ko.kind_word``, ``titles_ko.before_title``), no folding of a seed when
nothing is released (``propagate``), no sorting of hits when a text holds no list
(``lists_people_ko``).  These tests compare each shortcut with the plain computation as
it was, on the development passages and on texts made of pieces that reach it
(``bench/redaction_outputs.py`` checks the whole engine's outputs).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from fieldkit.redaction import (
    aliases_ko,
    apposed_ko,
    dictionary_ko,
    lists_people_ko,
    not_names_doc_ko,
    not_names_ko,
    orgs_trade_ko,
    plain_nouns_ko,
    propagate,
    titles_ko,
    word_classes_ko,
)
from fieldkit.redaction.cues import find_cued
from fieldkit.redaction.cues_ko import find_korean_calls
from fieldkit.redaction.engine import Redactor
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.normalize import fold, fold_key
from fieldkit.redaction.org_nouns import korean_nouns
from fieldkit.redaction.phrases import words_of
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.textview import forget
from speed_helpers import made_texts, passages

_PIECES = (
    "삼천 위안에 ",
    "만 오천이라고 ",
    "다섯 명이 ",
    "열 ",
    "12 ",
    "5천 위안에 ",
    "3.5만 ",
    "밝은 달이라는 뜻이래요 ",
    "사랑이란 의미 ",
    "은혜 은 자, ",
    "덕 덕 자는 ",
    "하지 마라 ",
    "가지 말고 ",
    "먹지 않고 ",
    "신파라고 하지 ",
    "이련이라고도 했지 ",
    "정월이라는 여자 ",
    "동짓달에 ",
    "설날 ",
    "광명성절 ",
    "박... 박봉수가 ",
    "김, 김영철 씨 ",
    "순희… 순희가 ",
    "철수, 영희, 민수 세 명이 ",
    "순옥이랑 명자 세 명이 ",
    "가발공장 ",
    "발마사지 ",
    "봉제공장 ",
    "식당 ",
    "돼지소장이라 ",
    "김소장 ",
    "부소장님 ",
    "지배인 ",
    "이모 ",
    "언니 ",
    "미소라고 ",
    "그리고 ",
    "이거였는데 ",
    "성탄절이라고 ",
    "산부인과에서 ",
    "王明이 ",
    "\n",
    " ",
)


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [fold(t) for t in passages()] + made_texts(2028, _PIECES, 1500, 6)


@pytest.fixture(scope="module")
def res() -> Resources:
    return Redactor.default().res


def _hangul_words(texts: list[str]) -> list[str]:
    return sorted({w for t in texts for w in re.findall("[가-힣]+", t)})


def _word_hits(text: str) -> Iterator[Hit]:
    """A person hit on every Hangul word, certain and uncertain: every slot the per-hit
    tests could be asked about."""
    for match in re.finditer("[가-힣]+", text):
        for uncertain in (False, True):
            yield Hit.at(
                match.span(), label="PERSON", detector="cue", rule="x", uncertain=uncertain
            )


# What each function was before round 28's second wave, for comparison.


def _kind_word_was(word: str, res: Resources) -> bool:
    for noun in sorted(korean_nouns(), key=len, reverse=True):
        if word.endswith(noun) and len(noun) >= 2:
            stem = word[: -len(noun)]
            return not stem or orgs_trade_ko.trade_and_kind(stem, noun, res)
    return False


def _before_title_was(stem: str, res: Resources) -> str:
    if stem in res.lex_ko:
        return stem
    for title in titles_ko._long_titles():
        if stem.endswith(title) and len(stem) - len(title) >= 2:
            return stem[: -len(title)]
    return stem


def _about_a_name_was(text: str, hit: Hit, word: str) -> bool:
    if word in not_names_ko._NAME_WORDS or text[hit.start : hit.end] in not_names_ko._NAME_WORDS:
        return True
    meaning = not_names_ko._MEANING
    return meaning.match(text, hit.end) is not None or (
        text[hit.start : hit.end].endswith("이") and meaning.match(text, hit.end - 1) is not None
    )


def _hanja_gloss_was(text: str, hit: Hit, word: str, res: Resources) -> bool:
    gloss = not_names_ko._GLOSS.match(text, hit.end)
    glossed = gloss is not None and (gloss.group(1) or gloss.group(2)) in word
    return glossed and (word in res.lex_ko or dictionary_ko.noun(word))


def _verb_slot_was(text: str, hit: Hit, word: str) -> bool:
    negated = not_names_ko._NEGATION.match(text, hit.end) is not None
    if negated and word.endswith("지") and dictionary_ko.stem(word[:-1]):
        return True
    quoted = not_names_ko._QUOTATIVE.search(text, max(0, hit.start - 8), hit.start) is not None
    return quoted and word[0] in "하했한합해" and hit.uncertain


def _quantity_was(text: str, hit: Hit, word: str) -> bool:
    for form in (word, text[hit.start : hit.end + 1]):
        if not_names_ko._counted(form, hit.uncertain):
            return True
    if not text[hit.start - 1 : hit.start].isspace():
        return False
    before = not_names_ko._BEFORE_NUMBER.search(text, max(0, hit.start - 8), hit.start)
    if before is None:
        return False
    if re.sub("(?:짜리|씩|쯤)$", "", word) in not_names_ko._UNITS:
        return True
    number = not_names_ko._NUMBER().fullmatch(word)
    return bool(number) and any(ch in "십백천만억" for ch in word)


def test_kind_word_reads_the_word_as_the_kinds_did(texts: list[str], res: Resources) -> None:
    kinds = sorted(korean_nouns())
    words = _hangul_words(texts) + [k + "공장" for k in kinds] + ["가발" + k for k in kinds]
    words += [*kinds, "", "장", "공"]
    assert [orgs_trade_ko.kind_word(w, res) for w in words] == [
        _kind_word_was(w, res) for w in words
    ]
    assert any(orgs_trade_ko.kind_word(w, res) for w in words)


def test_before_title_cuts_what_the_titles_cut(texts: list[str], res: Resources) -> None:
    titles = titles_ko._long_titles()
    words = _hangul_words(texts) + ["돼지" + t for t in titles] + ["김" + t for t in titles]
    words += ["한" + t + "님" for t in titles] + list(titles) + ["", "소"]
    assert [titles_ko.before_title(w, res) for w in words] == [
        _before_title_was(w, res) for w in words
    ]
    assert any(titles_ko.before_title(w, res) != w for w in words)


def test_released_is_the_folded_seed_in_the_release() -> None:
    words = ["김영희", "Kim", "KIM", "Young-hee", "순희", "", " "]
    for release in (frozenset(), frozenset({"kim", "순희", "younghee"})):
        assert [propagate._released(w, release) for w in words] == [
            fold_key(w) in release for w in words
        ]


def test_listed_people_finds_what_it_found(texts: list[str], res: Resources) -> None:
    def was(text: str, hits: list[Hit]) -> list[Hit]:
        module = lists_people_ko
        taken = module._Spans(h for h in hits if h.label == "PERSON" or h.detector in module._FIRM)
        people = module._Spans(h for h in hits if module._seed(h))
        guesses = module._Spans(h for h in hits if h.label == "PERSON")
        out = []
        for run, items in module._runs(text):
            if len(items) < 2:
                continue
            span = run.span()
            if not module._of_people(text, run, items, people.near(*span), guesses.near(*span)):
                continue
            near = taken.near(run.start(), items[-1][1])
            for start, end in (module._name_of(text, s, e, res) for s, e in items):
                if any(s < end and start < e for s, e in near) or end - start > 4:
                    continue
                if end - start == 1 and text[end : end + 1] != "이":
                    continue
                if module._candidate(text[start:end], res):
                    out.append((start, end))
        return out

    found = 0
    for text in texts[:4000]:
        hits = [*find_cued(text, res, words_of(text)), *find_korean_calls(text, res)]
        forget()
        now = [(h.start, h.end) for h in lists_people_ko.listed_people(text, hits, res)]
        assert now == was(text, hits), text
        found += bool(now)
    assert found


def test_per_hit_tests_answer_as_before(texts: list[str], res: Resources) -> None:
    """``_about_a_name``, ``_hanja_gloss``, ``_verb_slot`` and ``_quantity`` of
    ``not_names_ko``, on a hit over every Hangul word (certain and uncertain)."""
    answered = {"about": 0, "gloss": 0, "verb": 0, "quantity": 0}
    for text in texts:
        for hit in _word_hits(text):
            span = text[hit.start : hit.end]
            word = not_names_ko._word(text, hit)
            pairs = {
                "about": (
                    not_names_ko._about_a_name(text, hit, word),
                    _about_a_name_was(text, hit, word),
                ),
                "gloss": (
                    not_names_ko._hanja_gloss(text, hit, word, res),
                    _hanja_gloss_was(text, hit, word, res),
                ),
                "verb": (
                    not_names_ko._verb_slot(text, hit, span),
                    _verb_slot_was(text, hit, span),
                ),
                "quantity": (
                    not_names_ko._quantity(text, hit, word),
                    _quantity_was(text, hit, word),
                ),
            }
            for name, (now, was) in pairs.items():
                assert bool(now) == bool(was), (name, text, hit)
                answered[name] += bool(now)
    assert all(answered.values()), answered


def test_calendar_words_end_in_the_listed_syllables() -> None:
    """Every branch of ``_CALENDAR`` ends in a literal syllable of ``_CALENDAR_LAST``."""
    parsed = re._parser.parse(not_names_ko._CALENDAR.pattern)  # type: ignore[attr-defined]
    [(op, (_, branches))] = parsed.data
    assert op is re._constants.BRANCH  # type: ignore[attr-defined]
    last = set()
    for branch in branches:
        kind, code = branch.data[-1]
        assert kind is re._constants.LITERAL  # type: ignore[attr-defined]
        last.add(chr(code))
    assert last == set(not_names_ko._CALENDAR_LAST)


def test_calendar_gate_shuts_only_words_the_pattern_cannot_match(texts: list[str]) -> None:
    words = [*_hangul_words(texts), "정월", "섣달", "추석", "동삼", "한가위", "삼월"]
    for word in words:
        if not_names_ko._CALENDAR.fullmatch(word):
            assert word[-1:] in not_names_ko._CALENDAR_LAST


def test_pattern_gates_shut_only_where_the_pattern_cannot_match(texts: list[str]) -> None:
    """Where each gate is shut, its pattern finds nothing: at every position."""
    opened = {"gloss": 0, "number": 0, "broken": 0}
    for text in texts:
        broken_gate = "," in text or "…" in text or ".." in text
        for at in range(len(text) + 1):
            if not_names_ko._GLOSS.match(text, at):
                assert text[at : at + 1].isspace()
                opened["gloss"] += 1
            window = max(0, at - 8)
            if not_names_ko._BEFORE_NUMBER.search(text, window, at):
                assert text[window:at].rstrip()[-1:] in not_names_ko._NUMERAL_LAST
                opened["number"] += 1
            if apposed_ko._BROKEN.search(text, max(0, at - 7), at):
                assert broken_gate
                opened["broken"] += 1
    assert all(opened.values()), opened


def test_word_gates_shut_only_words_the_pattern_cannot_match(texts: list[str]) -> None:
    """``_DEMONSTRATIVE`` (its words' first syllables), ``_HOLIDAY`` (절), ``_DEPARTMENT``
    (과) and ``_HANZI_NAME`` (a Hanzi first), on every token of the texts and its pieces."""
    words = {w for t in texts for w in re.findall(r"\S+", t)}
    words |= {w[:size] for w in list(words) for size in range(1, 6)}
    words |= {"이거였는데", "그거예요", "여기였어요", "성탄절", "산부인과에서", "内科", "王", ""}
    opened = {"demonstrative": 0, "holiday": 0, "department": 0, "hanzi": 0}
    for word in sorted(words):
        if not_names_doc_ko._DEMONSTRATIVE.match(word):
            assert word[:1] in not_names_doc_ko._DEMONSTRATIVE_FIRST
            opened["demonstrative"] += 1
        if word_classes_ko._HOLIDAY.fullmatch(word):
            assert word.endswith("절")
            opened["holiday"] += 1
        if plain_nouns_ko._DEPARTMENT.fullmatch(word):
            assert "과" in word
            opened["department"] += 1
        if aliases_ko._HANZI_NAME.fullmatch(word):
            assert "\u4e00" <= word[:1] <= "\u9fff"
            opened["hanzi"] += 1
    assert all(opened.values()), opened
