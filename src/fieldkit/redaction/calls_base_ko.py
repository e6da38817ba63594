"""What the Korean calling rules share (``cues_ko.py``, ``glued_names_ko.py``): the
anchored patterns, the question whether a cue's word is a name or an ordinary word
(uncertain), and the word lists of kinship and of words that say whose or which.  Split from
``cues_ko.py`` in round 16 of issue 11, when the rules for names glued to a kinship word
moved out and the module had grown past 450 lines."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import korean
from fieldkit.redaction.cues import closed_words, cue_words
from fieldkit.redaction.data import word_set
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.phrases import longest_first
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.titles_ko import after_title

__all__ = [
    "ADNOMINAL",
    "alt",
    "anchored_before",
    "call_hit",
    "call_rx",
    "given_shaped",
    "household_name",
    "kinship_words",
    "modifier_words",
    "trade_word",
    "uncertain_name",
    "with_affectionate_i",
]


def alt(words: tuple[str, ...] | list[str] | frozenset[str]) -> str:
    return longest_first(words)


_AFFECTIONATE_AFTER = (
    "가 는 를 와 도 만 의 네 하고 한테 한테서 한테도 에게 에게서 처럼 보다 까지 부터 "
    "네집 네가 네는 가요 는요 "
    "하구"  # round 26: the spoken 하고 (복실이하구 나하구)
)


_CALLING = r"(?:불렀|부르|불러|불리|불린|불렸|불림|부른|부릅|놀렸|놀리|소리쳤|소리치|외쳤|찾았)"


def _named_nouns() -> tuple[str, ...]:
    """Role and kinship nouns, and the nouns for a person a naming cue names (애, 여자,
    사람: 같이 일하던 애가 미소라고, 웃는 게 예뻤어요), less 이름 and 분."""
    c = cue_words()
    people = tuple(w for w in c.get("naming_noun", "ko") if w not in ("이름", "분"))
    return c.get("role", "ko") + people


@lru_cache(maxsize=1)
def call_rx() -> dict[str, re.Pattern[str]]:
    """Each rule is an *anchor* (a word the regex engine can skip to: 라고, a title, a
    verb of calling) and a pattern for the text just before it, ending there (``$``).
    A pattern that opens with a look-behind is tried at every position, which made the
    first versions of these rules cost a sixth of all redaction time."""
    c = cue_words()
    return {
        "vocative": re.compile(r"[아야](?=\s?[,!…]|\s하고(?![가-힣]))"),
        "vocative_stem": re.compile(r"(?<![가-힣])([가-힣]{2,3})$"),
        "vocative_call": re.compile(rf"\s하고\s?(?:[가-힣]+\s)?{_CALLING}"),
        "affectionate": re.compile(rf"이(?:{alt(_AFFECTIONATE_AFTER.split())})(?![가-힣])"),
        "affectionate_stem": re.compile(r"(?<![가-힣0-9])([가-힣]{1,3})$"),
        "kinship": re.compile(rf"(?:{alt(c.get('kinship', 'ko'))})"),
        "after_title": after_title(),
        "surname_before": re.compile(
            r"(?<![가-힣0-9A-Za-z\u4e00-\u9fff])([가-힣\u4e00-\u9fff])\s$"
        ),
        "name_before": re.compile(r"(?<![가-힣0-9])([가-힣]{2,4})\s$"),
        "calling": re.compile(_CALLING),
        "called": re.compile(
            r"(?<![가-힣\u4e00-\u9fff])([가-힣]{2,5}?|[\u4e00-\u9fff]{1,4})(?:[아야])?,?\s"
            r"(?:하고|이라고|라고)\s(?:다들\s|모두\s)?$"
        ),
        "called_as": re.compile(r"(?<![가-힣])([가-힣]{2,5}?)(?:으로|로)\s$"),
        "rago": re.compile("라고"),
        "role_is_named": re.compile(
            rf"(?:{alt(_named_nouns())})(?:이|가|은|는)\s([가-힣]{{2,4}}?)(?:이)?$"
        ),
        "chinese_nickname": re.compile(r"(?:샤오|라오)[가-힣]{1,8}"),
    }


def anchored_before(
    folded: str, anchors: re.Pattern[str], before: re.Pattern[str], width: int
) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """(anchor, what ends just before it) for every anchor with ``before`` in front."""
    for anchor in anchors.finditer(folded):
        found = before.search(folded, max(0, anchor.start() - width), anchor.start())
        if found is not None:
            yield anchor, found


def uncertain_name(stem: str, res: Resources) -> bool | None:
    """None: no name; else whether the stem is an ordinary word (redacted, uncertain)."""
    if stem in closed_words("ko") or stem in res.keep_native or stem in res.gaz_hangul:
        return None
    if stem[-1] == "들" and stem[:-1] in res.lex_ko:
        return None
    if korean.no_name_after_cue(stem, res, closed_words("ko")):
        return None
    return stem in res.lex_ko or korean.ordinary(stem, res) or korean.spelled_ordinary(stem, res)


def call_hit(
    start: int, stem: str, res: Resources, rule: str, *, strong: bool = True
) -> Hit | None:
    uncertain = uncertain_name(stem, res)
    if uncertain is None or (uncertain and not strong):
        return None
    return person_by_cue(start, start + len(stem), rule, uncertain)


def with_affectionate_i(hit: Hit) -> Hit:
    """The name with its affectionate 이 (하늘이가 -> [인물-1]가): the suffix is part of how
    she is called, so no annotation convention sees it left behind; the name alone
    (``core``) is what propagation looks for."""
    return hit._replace(end=hit.end + 1, core=(hit.start, hit.end))


@lru_cache(maxsize=1)
def kinship_words() -> frozenset[str]:
    return frozenset(cue_words().get("kinship", "ko"))


_OWN_KIN = word_set(
    "엄마 아빠 어머니 아버지 어미 아비 에미 애비 오마니 아바이 남편 마누라 새끼 자식 딸 아들"
)
"""Parents, children and spouses: no one's title (지 언니 may be Ms Ji; 지 엄마 is no one's)."""


def own_kin(surname: str, title: str) -> bool:
    """지 엄마, 지 아버지: the spoken and northern "her own" (제) before a parent, a child or
    a spouse, not the surname 池 (지 선생님, 지 언니 stay the surname): round 39."""
    return surname == "지" and title in _OWN_KIN


@lru_cache(maxsize=1)
def modifier_words() -> frozenset[str]:
    c = cue_words()
    return frozenset((*c.get("modifier", "ko"), *c.get("title", "ko"), *c.get("role", "ko")))


def given_shaped(stem: str, res: Resources) -> bool:
    return stem in res.given_ko or all(ch in korean.given_syllables() for ch in stem)


_TRADES = ("장사", "장수", "가게", "상회", "집", "방")
"""Endings of a trade or a shop (떡장사, 국수집, 약방, 반찬가게): the noun says what she
sells or where, as 식당 아줌마 does."""


def trade_word(stem: str, res: Resources) -> bool:
    """떡장사 아줌마, 국수집 할머니, 약방 아주머니: a word and a trade or shop ending before a
    kin title names her by her trade, not by name (round 17); the word before the ending
    must be a word (순방 is no 순 + 방 shop here: 순 is no ware)."""
    for trade in _TRADES:
        if len(stem) > len(trade) and stem.endswith(trade):
            return stem[: -len(trade)] in res.lex_ko_common
    return False


ADNOMINAL = frozenset("은는던운된한인진린른난온간든쁜픈할될갈일를")


_HOUSES = frozenset(
    str.split(
        "우리 저희 너희 니 너 걔 얘 쟤 그 시댁 친정 본가 처가 외가 이웃 앞집 뒷집 옆집 윗집 아랫집"
    )
)


def household_name(bare: str, res: Resources) -> bool:
    """송이네 어마이, 영옥이네 이모: a word and 네 ("X's household") before a kin title is a
    person's name, however the dictionary reads it (송이 "a cluster"), unless it is a pronoun,
    a house (옆집네), a role or title (주인네 아줌마) or a trade (떡집네): round 37."""
    if len(bare) < 2 or bare in _HOUSES or bare in closed_words("ko"):
        return False
    if bare in modifier_words() or bare in kinship_words() or trade_word(bare, res):
        return False
    return not korean.verb_like(bare, res)
