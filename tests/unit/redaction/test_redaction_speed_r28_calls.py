"""Round 28 speed: a Korean answer skips the scans it cannot match.

Most of the some fifty cue rules find nothing in a short answer, yet each scanned it.
Round 28 puts a cheap test before a scan: a literal every match of the pattern holds
(``"한자로" in text``), a quotation mark, or what the text view knows once per call (a
Hanzi, a digit, a Latin letter: ``TextView.has_latin`` is new).  These tests compare,
never time: where a gate is shut, its pattern finds nothing, on the development passages
and on texts made of pieces that open each gate (``bench/redaction_outputs.py`` checks
the whole engine's outputs; ``test_redaction_speed_r14`` runs the engine with every view
gate forced open).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from fieldkit.redaction import (
    fields_ko,
    one_syllable_ko,
    orgs_acronyms,
    orgs_kinds,
    orgs_ko,
    orgs_signs_ko,
    persons_ko,
    predicates_ko,
    round13_zh,
    strong_cues_ko,
)
from fieldkit.redaction.normalize import fold
from fieldkit.redaction.textview import TextView
from speed_helpers import made_texts, passages

_PIECES = (
    "가명 '미소'로 ",
    '별명은 "곰" ',
    "‘해오름’ 식당 ",
    "「대명」 공장 ",
    "가게 이름은 들꽃네. ",
    "상호는 한빛이에요 ",
    "간판이 ",
    "金河수산이라구 ",
    "청진제2중학교 ",
    "18호관리소 ",
    "4.25담배공장 ",
    "陈가였는데 ",
    "성함이 김영수라 ",
    "본명은 박하늘이고 ",
    "뚱보라고 불렀다 ",
    "곰이라구 했어요 ",
    "바트라는 몽골 남자 ",
    "한보람(여, 36세) ",
    "답: 박지성 ",
    "문：이름은? ",
    "이름이 봄이야요 ",
    "성룡이, 한자로 成龙 ",
    "봄아 봄아 ",
    "별야,\n별야 ",
    "남자애를 다 비라고 불렀어요 ",
    "부르는 ",
    "서울지방법원 ",
    "법 ",
    "딸 은하 - ",
    "아들 철수 12세 ",
    "– ",
    "Bright Path Network (BPN) ",
    "Hope Korea NGO ",
    "Baekdu KTV ",
    "K, 김 ",
    "Lee 선생 ",
    '"가자" 했어요 ',
    "“ ",
    "그 사람이 ",
    "연길에서 ",
    "12 ",
)

_HAS = {
    "hanzi": lambda t: TextView(t).has_hanzi,
    "digit": lambda t: TextView(t).has_digit,
    "latin": lambda t: TextView(t).has_latin,
}

_GATES: dict[str, tuple[Callable[[str], bool], Callable[[], re.Pattern[str]]]] = {
    "orgs_ko quote": (
        lambda t: not orgs_ko._OPENING.isdisjoint(t),
        lambda: orgs_ko._rx()["quote"],
    ),
    "orgs_ko quoted_before": (
        lambda t: not orgs_ko._OPENING.isdisjoint(t),
        lambda: orgs_ko._rx()["quoted_before"],
    ),
    "orgs_ko named": (
        lambda t: "이름" in t or "상호" in t or "간판" in t,
        lambda: orgs_ko._rx()["named"],
    ),
    "orgs_ko hanzi_glued": (_HAS["hanzi"], lambda: orgs_ko._rx()["hanzi_glued"]),
    "orgs_ko numbered": (_HAS["digit"], lambda: orgs_ko._rx()["numbered"]),
    "strong_cues_ko naming_quoted": (
        lambda t: not strong_cues_ko._QUOTE_SET.isdisjoint(t),
        lambda: strong_cues_ko._rx()["naming_quoted"],
    ),
    "strong_cues_ko quoted": (
        lambda t: not strong_cues_ko._QUOTE_SET.isdisjoint(t),
        lambda: strong_cues_ko._rx()["quoted"],
    ),
    "strong_cues_ko rago": (
        lambda t: "라고" in t or "라구" in t,
        lambda: strong_cues_ko._rx()["rago"],
    ),
    "strong_cues_ko named_full": (
        lambda t: "성함" in t or "본명" in t or "실명" in t or "이름" in t,
        lambda: strong_cues_ko._rx()["named_full"],
    ),
    "strong_cues_ko rane": (lambda t: "라는" in t, lambda: strong_cues_ko._rx()["rane"]),
    "strong_cues_ko sex_age": (
        lambda t: "(" in t and TextView(t).has_digit,
        lambda: strong_cues_ko._rx()["sex_age"],
    ),
    "strong_cues_ko hanzi household": (
        _HAS["hanzi"],
        lambda: re.compile(r"[\u4e00-\u9fff]가"),
    ),
    "persons_ko alias": (
        lambda t: "'" in t or "‘" in t or '"' in t or "“" in t,
        lambda: persons_ko._rx()["alias"],
    ),
    "persons_ko answer": (lambda t: ":" in t or "：" in t, lambda: persons_ko._rx()["answer"]),
    "persons_ko named_copula": (
        lambda t: "이름" in t or "본명" in t or "가명" in t or "별명" in t,
        lambda: persons_ko._rx()["named_copula"],
    ),
    "persons_ko hanzi_spelled": (
        lambda t: "한자로" in t,
        lambda: persons_ko._rx()["hanzi_spelled"],
    ),
    "one_syllable_ko repeated call": (
        lambda t: one_syllable_ko._CALL_END.search(t) is not None,
        one_syllable_ko._REPEATED_CALL,
    ),
    "one_syllable_ko called": (lambda t: "불" in t or "부르" in t, one_syllable_ko._CALLED),
    "orgs_kinds courts": (lambda t: "법" in t, lambda: orgs_kinds._COURT_WORD),
    "orgs_kinds seam": (_HAS["latin"], lambda: orgs_kinds._SEAM),
    "orgs_kinds lone syllable": (_HAS["latin"], lambda: orgs_kinds._LONE_SYLLABLE),
    "orgs_signs_ko capital": (_HAS["latin"], lambda: orgs_signs_ko._CAPITAL),
    "orgs_acronyms bracketed": (_HAS["latin"], lambda: orgs_acronyms._BRACKETED),
    "orgs_acronyms ended": (_HAS["latin"], lambda: orgs_acronyms._ENDED),
    "round13_zh kind anchors": (
        _HAS["latin"],
        lambda: re.compile("|".join(map(re.escape, round13_zh._KIND_ANCHORS))),
    ),
    "fields_ko row end": (
        lambda t: TextView(t).has_digit or "-" in t or "–" in t or "—" in t,
        lambda: fields_ko._rx()["row_end"],
    ),
    "predicates_ko quotation gate": (
        lambda t: '"' in t or "“" in t,
        lambda: predicates_ko._GATE_QUOTE,
    ),
}


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [fold(t) for t in passages()] + made_texts(28, _PIECES, 3000, 6)


@pytest.mark.parametrize("name", list(_GATES))
def test_a_shut_gate_skips_only_texts_the_pattern_cannot_match(name: str, texts: list[str]) -> None:
    gate, pattern = _GATES[name]
    shut = [t for t in texts if not gate(t)]
    assert shut and len(shut) < len(texts)  # the gate both opens and shuts on these texts
    assert [t for t in shut if pattern().search(t) is not None] == []


@pytest.mark.parametrize("name", list(_GATES))
def test_each_gated_pattern_still_finds_something(name: str, texts: list[str]) -> None:
    """The pieces reach each pattern: the gate test above is not vacuous."""
    gate, pattern = _GATES[name]
    assert any(pattern().search(t) is not None for t in texts if gate(t))


def test_latin_is_an_ascii_letter() -> None:
    """``has_latin`` is ``[A-Za-z]``: not a fullwidth letter, not the Kelvin sign."""
    assert TextView("김 K 선생").has_latin
    assert not TextView("김 Ｋ 선생 \u212a").has_latin
    assert not TextView("").has_latin


_HEADER_WORD_AS_IT_WAS = re.compile(r"\b(?:name|alias|nickname|pseudonym)", re.IGNORECASE)
_HEADER_PIECES = (
    "Name",
    "NAME",
    "name",
    "Nickname",
    "ALIAS",
    "Pseudonym",
    "pseudoNYM",
    "surname",
    "_name",
    "rename",
    "Real name",
    "naME",
    "na\u1e40e",
    "Nic\u212aname",
    "Ali\u0131s",
    "Ali\u0130s",
    "P\u017feudonym",
    "\u0130",
    "é",
    "9",
    " ",
    "\n",
    "|",
    ",",
    "-",
    "'",
    "x",
)


def test_header_word_finds_what_the_case_blind_pattern_found(texts: list[str]) -> None:
    """``tables_en._HEADER_WORD`` (round 28) matches the texts the pattern as it was
    matched, at the same places, on made texts full of letters case-folding oddities
    (ı, İ, ſ, the Kelvin sign) and word characters before the word."""
    from fieldkit.redaction import tables_en

    made = made_texts(2028, _HEADER_PIECES, 4000, 5)
    for text in [*texts, *made]:
        old = [m.span() for m in _HEADER_WORD_AS_IT_WAS.finditer(text)]
        assert [m.span() for m in tables_en._HEADER_WORD().finditer(text)] == old, text


def test_only_ascii_letters_match_n_a_p_case_blind() -> None:
    """Why ``[NnAaPp]`` may open ``_HEADER_WORD``: no other code point matches n, a or p
    under ``re.IGNORECASE`` (an exhaustive check, about a second)."""
    import sys

    for letter in "nap":
        blind = re.compile(letter, re.IGNORECASE)
        found = [c for c in map(chr, range(sys.maxunicode + 1)) if blind.fullmatch(c)]
        assert found == sorted({letter, letter.upper()}), letter


_GLUED_PIECES = (
    "브로커최씨아저씨가 ",
    "거기한팀장님이 ",
    "여기도사장님이 ",
    "김씨",
    "씨씨",
    "팀장",
    "사장님",
    "선생",
    "저기서박선생님은 ",
    "중개인리사장이 ",
    "한",
    "이",
    " ",
    "가",
)


def test_glued_titles_pattern_finds_what_it_found(texts: list[str]) -> None:
    """``glued_titles_ko._rx`` with its look-ahead of the titles' first syllables (round 28)
    finds the matches, groups and all, of the pattern as it was."""
    from fieldkit.redaction import glued_titles_ko
    from fieldkit.redaction.cuewords import alternation, cue_words

    titles = alternation(("씨", *cue_words().get("title", "ko")))
    as_it_was = re.compile(rf"([가-힣])({titles})")
    made = made_texts(2029, _GLUED_PIECES, 3000, 6)
    for text in [*texts, *made]:
        old = [m.regs for m in as_it_was.finditer(text)]
        assert [m.regs for m in glued_titles_ko._rx().finditer(text)] == old, text
    assert any(as_it_was.search(text) for text in made)


_PLACE_PIECES = (
    "통화에서 ",
    "통화역",
    "혜산시",
    "무산군에 ",
    "연길로 ",
    "회령",
    "가",
    "에서",
    " ",
    "쪽",
)


def test_locative_pattern_finds_what_it_found(texts: list[str]) -> None:
    """``cue_rx().locative`` with its look-ahead of what can follow a place's name (round
    28) finds the matches, groups and all, of the pattern as it was (round 39: with the
    quoting copula after a suffix, 남양노동자구라는데, in both)."""
    from fieldkit.redaction.cues_roles_ko import _QUOTED, cue_rx
    from fieldkit.redaction.cuewords import alternation, cue_words

    place_after = alternation(cue_words().get("place_after", "ko"))
    suffix = alternation(cue_words().get("place_suffix", "ko"))
    as_it_was = re.compile(
        rf"([가-힣](?<![가-힣].)[가-힣]{{1,5}}?)"
        rf"(?:({suffix})(?:{place_after}|{_QUOTED})?|{place_after})"
        r"(?![가-힣])"
    )
    made = made_texts(2030, _PLACE_PIECES, 3000, 6)
    for text in [*texts, *made]:
        old = [m.regs for m in as_it_was.finditer(text)]
        assert [m.regs for m in cue_rx().locative.finditer(text)] == old, text


_TITLED_PIECES = (
    "김 선생님",
    "영희 씨가",
    "왕 사장",
    "순희언니",
    "철수 반장이",
    "가",
    " ",
    "님",
    "\n",
)


def test_titled_name_pattern_finds_what_it_found(texts: list[str]) -> None:
    """``names_hangul``'s ``ko_titled`` with its look-ahead of a title's first syllable
    (round 28) finds the matches, groups and all, of the pattern as it was."""
    from fieldkit.redaction import data, korean, names_hangul
    from fieldkit.redaction.phrases import longest_first

    ko_suffix = longest_first(data.titles()[("suffix", "ko")])
    after_title = rf"(?=$|[^가-힣]|(?:{longest_first(list(korean.PARTICLES))})(?![가-힣]))"
    as_it_was = re.compile(
        rf"([가-힣](?<![가-힣].)[가-힣]{{1,3}}?)\s?(?:{ko_suffix})(?:님)?{after_title}"
    )
    made = made_texts(2031, _TITLED_PIECES, 3000, 6)
    for text in [*texts, *made]:
        old = [m.regs for m in as_it_was.finditer(text)]
        assert [m.regs for m in names_hangul._regexes()["ko_titled"].finditer(text)] == old, text
    assert any(as_it_was.search(text) for text in made)
