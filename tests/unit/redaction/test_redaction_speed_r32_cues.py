"""Round 32 speed: the Korean cue rules' rare anchor lists read in one scan per text.

``anchors_ko.holds`` says whether a text holds a word of one of nine lists (offices, the
role nouns after a Chinese surname, rank words, church offices, the roles of a formal
statement, epithets and habit suffixes, children in birth order, mask characters), from
one look-ahead scan of all of them; nine rules return at once when their list is absent,
as their own scan would have found nothing.  ``predicates_ko``'s gate tests the
characters its branches open with first.  These tests compare each shortcut with the
plain computation, on the development passages and on texts made of the lists' words,
their halves and their neighbours (``bench/redaction_outputs.py`` checks the whole engine).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest

from fieldkit.redaction import (
    address_terms_ko,
    anchors_ko,
    epithets_ko,
    glued_titles_ko,
    orgs_legal_forms_ko,
    persons_ko,
    predicates_ko,
    ranks_ko,
    slots_ko,
    slots_patterns_ko,
    strong_cues_ko,
    surnames_ko,
    textview,
    titles_ko,
)
from fieldkit.redaction.cuewords import cue_words
from fieldkit.redaction.engine import Redactor
from fieldkit.redaction.resources import Resources
from speed_helpers import folded_passages, made_texts


@pytest.fixture(scope="module")
def res() -> Resources:
    return Redactor.default().res


def _rule_words() -> list[str]:
    """The words the gated rules' own patterns open with, read from the rules' sources (not
    from ``anchors_ko``, so a word its lists leave out is tried here)."""
    c = cue_words()
    words = {*c.get("office", "ko"), *c.get("rank_word", "ko"), *persons_ko.CHURCH_OFFICES}
    words |= {
        *address_terms_ko.ROLES_AFTER_SURNAME.split(),
        *strong_cues_ko.RECORD_ROLES.split("|"),
    }
    words |= {*epithets_ko.EPITHETS, *epithets_ko.HABIT_SUFFIXES, *surnames_ko.MASK_CHARS}
    words |= set(slots_patterns_ko.BIRTH_ORDER.split("|"))
    return sorted(words)


def _pieces() -> tuple[str, ...]:
    """Every listed word, its halves, words made of two listed words run together (a
    word inside a longer one: 기사장, 목사님), and what may stand around them."""
    words = _rule_words()
    halves = [part for w in words for part in (w[: len(w) // 2], w[len(w) // 2 :]) if part]
    return (*words, *halves, " ", " ", ".", ",", "가", "이", "님", "는 ", "\n", "리 ", "뤄 ", "김")


def _texts(seed: int) -> list[str]:
    return folded_passages() + made_texts(seed, _pieces(), count=3000, size=4)


def test_lists_held_are_the_plain_any() -> None:
    """Each list's bit is set exactly when some word of the list is in the text, kept on
    the view or not."""
    lists = anchors_ko.lists()
    held = dict.fromkeys(lists, 0)
    for text in _texts(321):
        for bit, words in lists.items():
            expected = any(word in text for word in words)
            assert anchors_ko.holds(text, bit) is expected, (bit, text)
            held[bit] += expected
        textview.view(text)
        for bit, words in lists.items():
            assert anchors_ko.holds(text, bit) is any(word in text for word in words), text
        textview.forget()
    assert all(count > 0 for count in held.values()), held


def test_holds_keeps_one_answer_per_text() -> None:
    """The bits are read once for the kept text and dropped with it."""
    text = "정경위가 왔어요"
    known = textview.view(text)
    assert anchors_ko.holds(text, anchors_ko.OFFICE)
    assert len(known.memo) == 1
    textview.forget()
    assert textview.current(text) is None


_GATED: list[tuple[str, object, Callable]] = [
    ("surnames_ko._glued_offices", surnames_ko, surnames_ko._glued_offices),
    (
        "address_terms_ko._chinese_surname_roles",
        address_terms_ko,
        address_terms_ko._chinese_surname_roles,
    ),
    ("ranks_ko._rank_words", ranks_ko, ranks_ko._rank_words),
    ("strong_cues_ko._spaced_ranks", strong_cues_ko, strong_cues_ko._spaced_ranks),
    ("strong_cues_ko._records", strong_cues_ko, strong_cues_ko._records),
    ("surnames_ko._anonymised", surnames_ko, surnames_ko._anonymised),
    ("slots_ko._children", slots_ko, slots_ko._children),
    ("epithets_ko.find_epithets_ko", epithets_ko, epithets_ko.find_epithets_ko),
]


def _church(text: str, _res: Resources) -> list:
    return persons_ko._church_names(text)


_GATED.append(("persons_ko._church_names", persons_ko, _church))

_RULE_PIECES = (
    "정경위가 ",
    "박형사님 ",
    "선우주임이 ",
    "뤄 경찰이 ",
    "가오 의사가 ",
    "리 상위, ",
    "김상사가 ",
    "조 중사는 ",
    "김 집사님이 ",
    "박 목사님은 ",
    "피해자 김하늘은 ",
    "진술인 박순희가 ",
    "한보람(여, 36세) ",
    "그 사람 ",
    "기사장 ",
    "털보가 운전했는데 ",
    "짱구가 ",
    "욕심쟁이가 ",
    "심술꾸러기는 ",
    "큰애는 영희, ",
    "둘째 철수(12) ",
    "김○○ 씨가 ",
    "K씨가 ",
    "리모 씨는 ",
    "박** ",
    "왔어요. ",
    " ",
)


def _listed_in_context() -> tuple[str, ...]:
    """Every listed word where its rule reads it: after a spaced or glued surname, before
    a particle, a comma or a name (a word left out of a list is found missing here)."""
    words = _rule_words()
    shapes = ("김 {}님이 ", "정{}가 ", "리 {}, ", "뤄 {}이 ", "{} 김하늘은 ", "요셉 {}님은 ")
    shapes += ("{}는 영희, ", "김{}씨가 ", "{}가 운전했는데 ", "욕심{}가 ")
    return tuple(shape.format(word) for word in words for shape in shapes)


@pytest.mark.parametrize("name, module, rule", _GATED, ids=[g[0] for g in _GATED])
def test_gated_rules_find_what_they_find_ungated(
    name: str, module: object, rule: Callable, res: Resources, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each gated rule finds what it finds with every list taken as held (the plain scan)."""
    texts = _texts(322) + made_texts(323, _RULE_PIECES, count=3000, size=4)
    texts += made_texts(325, _listed_in_context(), count=3000, size=3)
    with monkeypatch.context() as patched:
        patched.setattr(module, "holds", lambda text, bit: True)
        expected = [rule(text, res) for text in texts]
    found = 0
    for text, plain in zip(texts, expected, strict=True):
        assert rule(text, res) == plain, (name, text)
        found += bool(plain)
    assert found, name


_GATE_PIECES = (
    "제 친구",
    "내 딸",
    "우리 언니",
    "저희 동생",
    "나의 아들",
    "저의 남편",
    '"',
    "“",
    "별명",
    "이름",
    "가명",
    "애칭",
    "닉네임",
    " 누나",
    "\t막내",
    " 자매",
    "\n사촌",
    "이 엄마",
    "이\n삼촌",
    "저랑",
    "나하고",
    "제",
    "친구",
    "닉",
    "애",
    "가",
    "네임",
    "하고",
    "순이",
    ".",
)


def test_predicate_gate_opens_where_a_gate_does() -> None:
    """The gate's first-character class lets every gate's match through: the gate finds
    nothing exactly when every one of the module's gates finds nothing."""
    gates = {rule[2] for rule in predicates_ko._RULES}
    gates |= {predicates_ko._GATE_PAIR, predicates_ko._GATE_POSSESSOR}
    gates |= {predicates_ko._GATE_WITH_ME}
    texts = folded_passages() + made_texts(324, _GATE_PIECES, count=4000, size=2)
    opened = 0
    for text in texts:
        shut = all(gate.search(text) is None for gate in gates)
        assert (predicates_ko._any_gate().search(text) is None) is shut, text
        opened += not shut
    assert 0 < opened < len(texts)


_SENDER_PIECES = (
    "두리하나에서 ",
    "새날교회에서 ",
    "보낸 ",
    "보내 준 ",
    "보내준 ",
    "보내 주신 ",
    "보내주신 ",
    "파견한 ",
    "나온 ",
    "온 ",
    "김 ",
    "목사님이 ",
    "직원",
    "사람이 ",
    "에서",
    "에서 ",
    "보내",
    "주식회사 한빛 ",
    " ",
    ".",
)


def test_senders_gate_is_the_plain_one(res: Resources) -> None:
    """The legal-form rule finds what it finds reading the senders wherever 에서 is."""
    texts = folded_passages() + made_texts(326, _SENDER_PIECES, count=4000, size=4)
    found = 0
    for text in texts:
        plain = orgs_legal_forms_ko._after_form(text, res)
        if "에서 " in text:
            plain += orgs_legal_forms_ko._senders(text, res)
        assert orgs_legal_forms_ko.find_legal_form_orgs(text, res) == plain, text
        found += any(hit.rule == "sender_org_ko" for hit in plain)
    assert found


def _titles() -> frozenset[str]:
    return frozenset(cue_words().get("title", "ko"))


def _plain_starts(text: str, words: frozenset[str]) -> list[int]:
    """Where any of ``words`` starts, read with ``str.find`` word by word."""
    found = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.add(at)
            at = text.find(word, at + 1)
    return sorted(found)


def _title_pieces() -> tuple[str, ...]:
    shapes = ("김 {}님이 ", "허{}이 ", "브로커최{}가 ", "거기한{}이 ", "{}", "정 {}이신데 ")
    pieces = tuple(shape.format(title) for title in sorted(_titles()) for shape in shapes)
    return (*pieces, "씨", "씨가 ", "아저씨", "김씨네", " ", "가", "\n", ".")


def test_title_starts_are_every_title_and_ssi() -> None:
    """Every position where a title or 씨 starts, overlapping, kept on the view or not."""
    texts = folded_passages() + made_texts(327, _title_pieces(), count=3000, size=3)
    for text in texts:
        expected = _plain_starts(text, _titles() | {"씨"})
        assert anchors_ko.title_starts(text) == expected, text
        textview.view(text)
        assert anchors_ko.title_starts(text) == expected, text
        assert anchors_ko.title_starts(text) == expected, text  # the kept answer
        textview.forget()


def _plain_finditer(regex: re.Pattern[str], text: str, _starts: object) -> Iterator[re.Match[str]]:
    return regex.finditer(text)


def _spans(found: list[tuple[re.Match[str], str]]) -> list[tuple[tuple[int, int], str, str]]:
    return [(match.span(), match.group(), particle) for match, particle in found]


_TITLE_RULES: list[tuple[str, object, Callable]] = [
    ("titles_ko._find", titles_ko, lambda text, _res: _spans(titles_ko._find(text))),
    ("strong_cues_ko._surname_titles", strong_cues_ko, strong_cues_ko._surname_titles),
    ("glued_titles_ko.find_glued_titles", glued_titles_ko, glued_titles_ko.find_glued_titles),
]


@pytest.mark.parametrize("name, module, rule", _TITLE_RULES, ids=[g[0] for g in _TITLE_RULES])
def test_title_rules_find_what_their_scan_finds(
    name: str, module: object, rule: Callable, res: Resources, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each rule read from the shared title starts finds what it finds scanning the text."""
    texts = folded_passages() + made_texts(328, _title_pieces(), count=3000, size=3)
    with monkeypatch.context() as patched:
        patched.setattr(module, "finditer_from", _plain_finditer)
        expected = [rule(text, res) for text in texts]
    found = 0
    for text, plain in zip(texts, expected, strict=True):
        assert rule(text, res) == plain, (name, text)
        found += bool(plain)
    assert found, name
