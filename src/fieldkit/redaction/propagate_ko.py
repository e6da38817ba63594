"""More seeds for propagation (round 6 of issue 11): how a Korean testimony refers back to a
person it has named.

* **the Korean reading of a Hanzi name**: 刘德福, then 류덕복 or 유덕복; 成龙, then 성룡.  The
  readings come from ``hanzi.tsv`` (Unihan's kHangul readings), each syllable in its North
  and South spelling (``hangul.dueum_variants``: the table gives 용 for 龙, a northern
  speaker writes 룡).  A reading is looked for like any seed: at the start of a word.
* **a word in a list of names**: 동료 셋: 명숙, 다래, 꽃님 (two or more items of a comma
  list of short Hangul words are people: the others are too, *uncertain*);
* **the surname of a named person, alone**: 허명철 was redacted, then 허가 도문으로 갔다, 허는,
  허한테.  Only with a particle a noun takes (``SURNAME_AFTER``), only the surname of a
  full Korean name found in the same text, and *uncertain* where the surname and its
  particle are also a word (허가 "permission", 방은 "the room").
* **a named given name with its surname** (round 7): 구슬이 was named, then 황구슬: a
  surname glued before a given name already found is the same person's full name.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import data, hangul, korean
from fieldkit.redaction.anchored import finditer_from, positions
from fieldkit.redaction.cuewords import closed_words, cue_words
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.textview import view

__all__ = [
    "NICK_KEY",
    "SURNAME_AFTER",
    "SURNAME_KEY",
    "enumerated_names",
    "glued_after_connective",
    "glued_surname",
    "hanzi_reading_seeds",
    "hanzi_sign_seeds",
    "nickname_after",
    "nickname_seed",
    "role_predicate_at",
    "surname_seed",
    "surname_uncertain",
    "titled_after",
]

SURNAME_KEY = "\x01"
"""A seed key that starts with this is a lone surname: it needs ``SURNAME_AFTER``."""

SURNAME_AFTER = lazy_pattern(
    r"(?:가|는|이|은|를|을|도|의|한테|한테서|에게|에게서|랑|이랑|하고|네|네가|네는|네집)"
    r"(?![가-힣])"
)
NICK_KEY = "\x04"
"""A seed key that starts with this is a one-syllable nickname: it needs ``nickname_after``."""
_NICK_RULES = frozenset(
    (
        "called_quoted",
        "naming_quoted",
        "role_quoted",
        "nickname_kin",
        "named_by_copula",
        "called_syllable",
        "role_before_surname",
        "titled_quoted",
    )
)
"""Round 17: and a name given as a predicate (우리 막내 이름이 봄이에요 ... 봄이랑); round 29: a
syllable called so without quotes (다들 비라고 불렀어요 ... 비가 춤을 잘 춰서); round 31: a
lone surname after a role noun (브로커 황이 왔다 ... 황이 또 왔다), found with its 이 outside."""
_NICK_AFTER = lazy_pattern(
    r"(?:(?:가|는|이|은|를|을|도|의|한테|한테서|에게|에게서|랑|이랑|하고)(?![가-힣])"
    r"|아바이|아매|할매|할배|할머니|할아버지|아저씨|아줌마|아주머니|아지매|영감|언니|오빠|누나|"
    r"형님|이모|삼촌)"
)
_TITLED_AFTER = lazy_pattern(
    r"\s?(?:언니|오빠|누나|형님|이모|삼촌|고모|아줌마|아주머니|아저씨|아지매|할머니|할아버지|할매|"
    r"아바이|아매|동무|동지|선생님|선생|씨|님|사장|소장|반장|대장|지도원)(?![가-힣])"
    r"|\s?(?:언니|오빠|누나|형님|이모|삼촌|고모|아줌마|아주머니|아저씨|할머니|할아버지|동무|씨|님|"
    r"사장|소장|반장|대장)"
    r"(?:이|가|은|는|을|를|도|의|한테|에게|하고|랑|이랑|네)(?![가-힣])"
)


def titled_after(text: str, end: int) -> bool:
    """A kin title or an honorific right after a word a cue named a person (다들 달래라고
    불렀지 ... 달래 언니가): the word is her name again (round 17); a title is never said
    after a common noun used for what it means (달래 is also a wild herb).  Round 25: an
    office too (다들 돼지소장이라 했어요 ... 돼지소장 앞에서는)."""
    return _TITLED_AFTER().match(text, end) is not None


@lru_cache(maxsize=1)
def _role_predicate() -> re.Pattern[str]:
    roles = sorted(set(cue_words().get("role", "ko")) | {"조장", "팀장", "반장"}, key=len)
    return re.compile(
        rf"\s(?:[가-힣]+\s){{0,3}}(?:{'|'.join(reversed(roles))})"
        r"(?:이었|였|이에요|예요|이야|이고|이라|이지|인데)"
    )


def role_predicate_at(text: str, at: int) -> bool:
    """The predicate after a subject, a few words on, is a role (명화가 조장이었고, 바람은 그
    집 며느리였어요): only a person is one (round 17)."""
    return _role_predicate().match(text, at) is not None


_PARTICLE_AFTER = re.compile(rf"(?:{'|'.join(korean.PARTICLES)})?(?![가-힣])")


def glued_surname(text: str, start: int, seed: str, label: str, res: Resources) -> int | None:
    """The start of ``seed``'s full name when a surname is glued before it (황구슬 after
    구슬): a Hangul given name of two syllables that was a person, one surname syllable
    that opens its word, the pair no word, a particle or nothing after it."""
    if label != "PERSON" or len(seed) != 2 or not "가" <= seed[0] <= "힣" or start < 1:
        return None
    if start > 1 and "가" <= text[start - 2] <= "힣":
        return None
    if text[start - 1] not in res.sur_ko_hangul or text[start - 1 : start + 2] in res.lex_ko:
        return None
    return start - 1 if _PARTICLE_AFTER.match(text, start + 2) else None


_HANZI_NAME = lazy_pattern(r"[\u4e00-\u9fff]{2,4}")
_LIMIT = 8


def hanzi_reading_seeds(surface: str) -> list[str]:
    """The Hangul readings of a Hanzi name (at most ``_LIMIT``), in both spellings."""
    if not "\u4e00" <= surface[:1] <= "\u9fff" or _HANZI_NAME().fullmatch(surface) is None:
        return []
    return list(_readings(surface))


def hanzi_sign_seeds(surface: str) -> list[str]:
    """Round 27: the readings of a Hanzi business name found before its kind (阳光 of
    阳光幼儿园, 天池 of 天池饭店 -> 양광, 천지), even where the name is also a word and so
    uncertain: the Korean speaker says the name again in Hangul (양광이라는게).  A kind left on
    the surface is cut off: the kind, read too (천지반점), is not what she repeats."""
    if not "\u4e00" <= surface[:1] <= "\u9fff":
        return []
    from fieldkit.redaction.org_nouns import kind_nouns  # it imports resources, as this does

    kinds = kind_nouns("zh")
    for cut in range(len(surface) - 1, 1, -1):
        if surface[cut:] in kinds:
            return hanzi_reading_seeds(surface[:cut])
    return hanzi_reading_seeds(surface)


@lru_cache(maxsize=4096)
def _readings(surface: str) -> tuple[str, ...]:
    table = data.hanzi_readings()
    options: list[set[str]] = []
    for char in surface:
        readings = table.get(char, ((), ()))[1][:2]
        if not readings:
            return ()
        options.append({v for r in readings for v in hangul.dueum_variants(r)})
    product = itertools.product(*(sorted(o) for o in options))
    return tuple("".join(p) for p in itertools.islice(product, _LIMIT))


def surname_seed(surface: str, hit: Hit, res: Resources) -> str | None:
    """The key of a lone-surname seed for a full Korean name, or None."""
    if hit.label != "PERSON" or hit.uncertain or len(surface) != 3:
        return None
    if not korean.name_shaped(surface, res) or surface[0] not in res.sur_ko_hangul:
        return None
    return SURNAME_KEY + surface[0]


def nickname_seed(surface: str, hit: Hit) -> str | None:
    """Round 11: the key of a one-syllable nickname a quote under a naming cue gave ('곰'이라고
    불린, '곰아바이'라 했지), found again only before a particle or glued to a kinship or elder
    noun (곰이, 곰은, 곰할매): a one-syllable word is looked for nowhere else."""
    if hit.label != "PERSON" or len(surface) != 1 or not "가" <= surface <= "힣":
        return None
    rule = hit.rule.removesuffix("_ordinary")
    return NICK_KEY + surface if rule in _NICK_RULES else None


def nickname_after(text: str, end: int) -> bool:
    """A particle or a kinship or elder noun right after a one-syllable nickname."""
    return _NICK_AFTER().match(text, end) is not None


def surname_uncertain(text: str, start: int, end: int, res: Resources) -> bool:
    """허가, 방은: the surname and its particle are a word too."""
    return text[start:end] in res.lex_ko or text[start] in res.lex_ko


_LIST = lazy_pattern(r"[가-힣]{1,5}(?:,\s?[가-힣]{1,5}){2,}(?![가-힣])")
"""No look-behind (tried at every position of a long text): a run found inside a longer word
is skipped in code."""


def _list_starts(text: str) -> Iterator[int]:
    """Where a list can start: one to five syllables before a comma (round 28, speed: tried
    there only, not at every syllable of the text)."""
    for comma in positions(text, (",",)):
        yield from range(max(0, comma - 5), comma)


_ITEM = lazy_pattern(r"[가-힣]+")


def enumerated_names(text: str, hits: list[Hit], res: Resources) -> list[Hit]:
    """The unfound items of a comma list of names (``module docstring``)."""
    if not view(text).has_hangul:
        return []  # a list of Hangul words (round 14, speed)
    runs = [
        r
        for r in finditer_from(_LIST(), text, _list_starts(text))
        if not r.start() or not "가" <= text[r.start() - 1] <= "힣"
    ]
    if not runs:
        return []
    spans = sorted((h.start, h.end, h.label == "PERSON") for h in hits if h.rule != "learned_ko")
    # the flagger's guesses do not take an item: its span stops before the 이 (별님 of
    # 별님이) where this rule's would not, and the flagger never uncovers what rules cover
    starts = [s for s, _, _ in spans]
    out: list[Hit] = []
    for run in runs:
        items = [m.span() for m in _ITEM().finditer(text, run.start(), run.end())]
        near = spans[
            bisect.bisect_left(starts, run.start() - 40) : bisect.bisect_right(starts, run.end())
        ]
        people = [(s, e) for s, e, person in near if person]
        taken = [(s, e) for s, e, _ in near]
        named = [i for i in items if any(s <= i[0] and i[1] <= e for s, e in people)]
        if len(named) < 2:
            continue
        for start, end in items:
            word = text[start:end]
            if any(s < end and start < e for s, e in taken) or not 2 <= len(word) <= 4:
                continue
            if word in closed_words("ko") or korean.verb_like(word, res):
                continue
            if len(word) >= 3 and word[-1] in "요다":
                continue  # 이름이 다 그래요, 해님이, 달님이: the sentence before the list
            out.append(
                Hit(
                    start=start,
                    end=end,
                    label="PERSON",
                    detector="propagation",
                    rule="enumerated_with_names",
                    uncertain=True,
                )
            )
    return out


_CONNECTIVES = tuple(
    sorted(
        data.word_set(
            "그래서 그런데 근데 그리고 그러다가 그러다 그래도 그러니까 그니까 그러면 그담에"
        ),
        key=len,
        reverse=True,
    )
)
_GLUED_PARTICLES = tuple(sorted(korean.PARTICLES, key=len, reverse=True))


def glued_after_connective(text: str, start: int, end: int) -> bool:
    """그래서영순이를불러서: text typed without spaces glues a name found elsewhere to the
    connective before it; the name counts there when a connective opens the word and a
    particle follows the name (round 27; never a word merely ending like a name)."""
    if end - start < 2 or not text.startswith(_GLUED_PARTICLES, end):
        return False
    for word in _CONNECTIVES:
        at = start - len(word)
        if at >= 0 and text.startswith(word, at):
            return at == 0 or not "가" <= text[at - 1] <= "힣"
    return _inside_a_run(text, start, end)


_RUN = 10
"""Syllables a word must run to before it is read as words typed without spaces."""


def _inside_a_run(text: str, start: int, end: int) -> bool:
    """Round 38: 같이있던애가명숙이였는데: in a run of ten syllables or more, typed without
    spaces, a name found elsewhere counts after a subject's, topic's or object's particle
    glued before it (애가명숙), a particle after it."""
    if not start or text[start - 1] not in "가는를을은도랑" or end - start < 2:
        return False
    run_end = end + len(hangul.word_from(text, end))
    return run_end - hangul.word_back_from(text, start) >= _RUN
