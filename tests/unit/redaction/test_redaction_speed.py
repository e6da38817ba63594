"""Issue 11 round 7, speed: each shortcut finds exactly what the slower way found.

Every optimisation of that round keeps a rule's output; these tests compare each shortcut
with the plain computation it replaced, on the development corpora and on invented strings
built to hit the edges (hyphens, apostrophes, titles in any case, characters that fold or
case-fold oddly).  ``bench/redaction_outputs.py`` checks the whole engine's output."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from fieldkit.redaction import (
    Redactor,
    addresses,
    family_names_ko,
    keep,
    names,
    names_hangul,
    orgs,
    pattern_windows,
    patterns,
    places,
    propagate,
)
from fieldkit.redaction.anchored import finditer_from, starts_before
from fieldkit.redaction.cues_roles_ko import cue_rx
from fieldkit.redaction.mandarin_ko import mandarin_surnames
from fieldkit.redaction.nametitles import is_title
from fieldkit.redaction.normalize import fold
from fieldkit.redaction.phrases import words_of
from fieldkit.redaction.score import parse_corpus

CORPORA = Path(__file__).resolve().parents[2] / "data" / "redaction"


@pytest.fixture(scope="module")
def texts() -> list[str]:
    passages = [
        p.text
        for f in sorted(CORPORA.glob("corpus_*.txt"))
        for p in parse_corpus(f.read_text("utf-8"))
    ]
    return [fold(t) for t in passages] + [fold("\n\n".join(passages))]


_PIECES = (
    "Mr", "Mrs.", "ms", "MR.", "Auntie", "auntie", "Sister", "Kim", "kim", "ok-lee", "so-ra",
    "Sun-hee", "-ssi", "ssi", "nim", "-nim", "Halmoni", "ajumma", "St.", "first", "Dr",
    "O'Neil", "a-Kim", " Ok-ssi", "park", "Lee", "K", "ſsi", "İ", "x", "_", "'", "-", " ",
    "  ", "\t", "\n",
)  # fmt: skip


def _strings(seed: int, count: int) -> list[str]:
    pick = random.Random(seed)
    return [
        "".join(
            pick.choice(_PIECES) + pick.choice(("", " ", "-", ". "))
            for _ in range(pick.randint(1, 12))
        )
        for _ in range(count)
    ]


def _spans(found: object) -> list[tuple[int, int]]:
    return [m.span() for m in found]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("rule", "anchor", "chars"),
    [("lower_korean_name", "lower_pair", ""), ("ko_title_latin", "ko_title_latin_at", "'-")],
)
def test_name_rules_found_from_their_rare_part_match_the_plain_scan(
    texts: list[str], rule: str, anchor: str, chars: str
) -> None:
    rx = names._regexes()
    for text in [*texts, *_strings(7, 3000)]:
        plain = _spans(rx[rule].finditer(text))
        starts = starts_before(text, rx[anchor], chars)
        assert _spans(finditer_from(rx[rule], text, starts)) == plain, text


def test_romanised_place_suffix_found_from_its_hyphen_matches_the_plain_scan(
    texts: list[str],
) -> None:
    pieces = ("Sodu", "Sodu-ri", "-RI", "-Dong", "Chong-bong", "-gun", "ri", "-ri's", "Kim")
    pick = random.Random(5)
    made = [
        "".join(
            pick.choice((*pieces, "'", "_", "-", " ")) + pick.choice(("", " ", "-"))
            for _ in range(8)
        )
        for _ in range(3000)
    ]
    for text in [*texts, *made]:
        plain = _spans(places._KOREAN_SUFFIX().finditer(text))
        starts = starts_before(text, places._KOREAN_SUFFIX_AT(), "-")
        assert _spans(finditer_from(places._KOREAN_SUFFIX(), text, starts)) == plain, text


def _korean_patterns() -> dict[str, re.Pattern[str]]:
    rx = names_hangul._regexes()
    return {
        "ko_titled": rx["ko_titled"],
        "ko_cue": rx["ko_cue"],
        "ko_surname_title": rx["ko_surname_title"],
        "hangul_suffix": places._HANGUL_SUFFIX,
        "hangul_spaced": places._HANGUL_SPACED,
        "org_hangul": orgs._rx().hangul,
        "locative": cue_rx().locative,
    }


def _look_behind_first(pattern: str) -> str:
    """The pattern as it was: ``(?<![가-힣])`` before the stem instead of after its first
    syllable (a look-behind first is tried at every position)."""

    def widen(m: re.Match[str]) -> str:
        low, high = int(m.group(1)) + 1, int(m.group(2)) + 1
        return f"(?<![가-힣])([가-힣]{{{low},{high}}}"

    out = re.sub(r"\(\[가-힣\]\(\?<!\[가-힣\]\.\)\[가-힣\]\{(\d+),(\d+)\}", widen, pattern)
    return re.sub(r"^\((\[[^]]+\])\)\(\?<!\[가-힣\]\.\)", r"(?<![가-힣])(\1)", out)


@pytest.mark.parametrize("name", list(_korean_patterns()))
def test_korean_stems_checked_after_their_first_syllable_match_the_look_behind_first(
    texts: list[str], name: str
) -> None:
    fast = _korean_patterns()[name]
    plain = re.compile(_look_behind_first(fast.pattern), fast.flags)
    assert plain.pattern != fast.pattern
    pieces = ("김", "순희", "씨", "님", "언니", "이", "가", "는", "리", "마을", " ", "\n", "Kim")
    pick = random.Random(13)
    made = ["".join(pick.choice(pieces) for _ in range(10)) for _ in range(2000)]
    for text in [*texts, *made]:
        found = [(m.span(), m.groups()) for m in fast.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in plain.finditer(text)], text


def test_mandarin_name_words_are_the_words_the_plain_scan_tested(texts: list[str]) -> None:
    surnames = mandarin_surnames()

    def tested(found: object) -> list[tuple[int, int]]:
        return [
            m.span()
            for m in found  # type: ignore[attr-defined]
            if (m.group()[0] in surnames or m.group()[:2] in surnames)
            and not (m.start() and "가" <= m.string[m.start() - 1] <= "힣")
        ]

    pieces = (
        "왕",
        "장",
        "쑨",
        "리",
        "류",
        "자오",
        "더하이",
        "가나다라마바사",
        "씨",
        " ",
        "a",
        "王",
    )
    pick = random.Random(17)
    made = ["".join(pick.choice(pieces) for _ in range(8)) for _ in range(2000)]
    for text in [*texts, *made]:
        fast = tested(family_names_ko._surname_word().finditer(text))
        assert fast == tested(re.finditer(r"[가-힣]{2,6}", text)), text


def test_title_scan_from_the_title_words_matches_every_word_scan(texts: list[str]) -> None:
    rx = names._regexes()
    for text in [*texts, *_strings(11, 3000)]:
        plain = [m.span() for m in rx["title_word"].finditer(text) if is_title(*m.groups())]
        fast = [m.span() for m in names._title_words(text, words_of(text)) if is_title(*m.groups())]
        assert fast == plain, text


def test_finditer_from_keeps_finditers_rule_of_no_overlap() -> None:
    regex = re.compile(r"(?<![a-z])[a-z]+ [a-z]+-[a-z]+")
    text = "kim ok-lee so-ra and lee so-ra"
    expected = _spans(regex.finditer(text))
    assert _spans(finditer_from(regex, text, range(len(text)))) == expected
    assert expected == [(0, 10), (21, 30)]  # "lee so-ra" inside the first match is not one


def test_korean_number_words_start_only_where_the_anchor_looks() -> None:
    endings = ("", "십", "물", "른", "흔", "순", "든", "섯", "곱", "덟", "홉", "살", "백", "만")
    for code in range(0xAC00, 0xD7A4):
        syllable = chr(code)
        if any(keep._KOREAN_NUMBER.match(syllable + end) for end in endings):
            assert keep._KOREAN_NUMBER_AT.match(syllable), syllable
    text = "스물두 살에 삼십 년, 열아홉 명과 다섯 사람이 이틀 동안 여덟시간"
    plain = _spans(keep._KOREAN_NUMBER.finditer(text))
    starts = (m.start() for m in keep._KOREAN_NUMBER_AT.finditer(text))
    assert _spans(finditer_from(keep._KOREAN_NUMBER, text, starts)) == plain
    assert plain


_CONTACTS = (
    "Call +86 139 4318 2275 or 0433-3228017; ID 22240319860517432X, passport E12345678. "
    "On 2003-04-05 and 5/6/2004, 3월 15일, 7月21日. 010-1234-5678 and 19,000 yuan in 1998, "
    "the number was 12 34 56 78 90 12, tel. 139-4318-2275; 880101-2345678."
)


def test_pattern_windows_skipped_hold_no_match(
    texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    samples = [*texts, _CONTACTS, _CONTACTS.replace(" ", "")]
    fast = [list(patterns.find_patterns(t)) for t in samples]

    def every_window(name: str, text: str, family: str, cache: object) -> object:
        return pattern_windows._windows(text, "digit" if family == "digits5" else family)

    monkeypatch.setattr(pattern_windows, "_rule_windows", every_window)
    assert [list(patterns.find_patterns(t)) for t in samples] == fast
    assert any(fast)


def test_domains_found_from_their_dot_match_the_plain_scan(texts: list[str]) -> None:
    (rule,) = (r for r in patterns.RULES if r.name == "domain")
    pieces = ("www", "example", ".com", ".CO", ".kr", ".me", "me", "a-b", "@", "user", "/path")
    pick = random.Random(3)
    made = [
        "".join(
            pick.choice((*pieces, ".", "-", "_", " ", "ı")) + pick.choice(("", "."))
            for _ in range(8)
        )
        for _ in range(3000)
    ]
    for text in [*texts, *made, "mail me at naver.com, or user@mail.co.kr / www.a-b.me/x"]:
        plain = _spans(rule.regex.finditer(text))
        starts = starts_before(text, pattern_windows._DOMAIN_AT, ".-")
        assert _spans(finditer_from(rule.regex, text, starts)) == plain, text


_ADDRESSES = (
    "She lived at 3동 2단원 501호, then 신화로 15번지 and 목동로 12길 5; 5号楼2单元301室, "
    "柳树村3组, 新华路15号院; Building 3, Unit 2, Room 501, 15 Xinhua Road, Mokdong-ro 12-gil 5, "
    "105-dong 1203-ho, Jugong Apartment, 14th inminban, 一百号楼 and 1872-3 301호."
)


def test_address_windows_skipped_hold_no_match(
    texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    samples = [*texts, _ADDRESSES]
    cut = frozenset("在住")

    def found() -> list[list[object]]:
        return [list(addresses.find_addresses(t, words_of(t), cut)) for t in samples]

    fast = found()
    anything = re.compile("")
    monkeypatch.setattr(addresses, "_IN_EVERY_MATCH", (anything,) * 6)
    assert found() == fast
    assert any(fast)


def test_propagation_word_index_finds_what_the_plain_search_finds(
    texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = Redactor.default()
    invented = (
        "人贩子王德福 sold me; later 王德福 came back. Ms. Baek said Baek would call from "
        "+86 139 4318 2275, and +86 139 4318 2275 again. 허명철이 왔고 허가 또 왔다. "
    ) * 3
    samples = [invented, texts[-1]]
    secret = b"speed test"
    monkeypatch.setattr(propagate, "_INDEX_ABOVE", 0)
    indexed = [engine.redact(t, secret=secret) for t in samples]
    monkeypatch.setattr(propagate, "_INDEX_ABOVE", 10**12)
    assert [engine.redact(t, secret=secret) for t in samples] == indexed
    assert "王德福" not in indexed[0].text
