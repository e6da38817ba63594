"""Role and kinship words stay outside a person's placeholder.

"The broker Zhao Guifang sold me" becomes "The broker [PERSON-1] sold me", not
"The [PERSON-1] sold me": the role carries the story and identifies no one.
Honorifics bound to the name (Ms., Mr., Comrade, -ssi, 씨, 님, 先生, 老) stay inside
the span (``honorific`` rows of ``data/titles.tsv``); every other title and the
role nouns are cut off a person span's ends.  A title after the name is cut
only after a lone surname (王老板, 문 집사님, Kim ajumma), and never a title of one
syllable (형, 哥, 妹, hyung): those are given names too (김형, 李春妹), and cutting
them off would expose one.  A word that is also a surname (Son) is never cut, unless it
is written in lower case (my son Kwang-il: round 26): a surname is capitalised.
"""

from __future__ import annotations

import re
from functools import lru_cache

from fieldkit.redaction import data, hangul
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.phrases import longest_first
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.surnames_ko import WORD_SURNAMES

__all__ = ["birth_order", "english_roles", "trim_roles", "with_spaced_surname"]


def _alt(words: set[str]) -> str:
    return longest_first(words)


def _roles(*keys: tuple[str, str]) -> set[str]:
    """The titles and role nouns of ``keys`` (kind, language) that are not honorifics."""
    titles = data.titles()
    honorific = {
        w.lstrip("-").casefold()
        for (kind, _), ws in titles.items()
        if kind == "honorific"
        for w in ws
    }
    found = {w.lstrip("-") for key in keys for w in titles.get(key, ())}
    return {w for w in found if w.casefold() not in honorific}


@lru_cache(maxsize=1)
def english_roles() -> frozenset[str]:
    """English role and kinship words, lower-case (broker, auntie, deacon), less surnames
    (Son): on its own such a word is no name, also beside a placeholder ("Auntie [PERSON-1]")."""
    surnames = {s.casefold() for r in (*data.surnames_ko(), *data.surnames_zh()) for s in r.latin}
    return frozenset(w.casefold() for w in _roles(("prefix", "en"), ("role", "en"))) - surnames


_KIN_ORDER = frozenset(
    {"younger", "older", "elder", "eldest", "youngest", "oldest", "big", "little"}
    | {"first", "second", "third", "fourth", "fifth"}
)
_IN_LAW = re.compile(r"([a-z]+)-in-laws?(?:'s)?")


def birth_order(word: str) -> bool:
    """Younger, Big, Third...: a word that is a role word only before a kinship word, so only
    then is the next word worth reading (``role_word``'s ``after``)."""
    return word.casefold() in _KIN_ORDER


def role_word(word: str, after: str = "") -> bool:
    """``word`` is a role or kinship word, also in its possessive (the Pastor's wife), as an
    in-law (Brother-in-law) or as a birth order before one (Younger Brother, Big Sister, Third Aunt:
    ``after`` is the next word): a note that capitalises how a family is called names no one
    (round 27).  Before any other word Little and Big open nicknames (Little Swallow), and a
    name after the kinship word stays a name (Big Sister Hong: Hong)."""
    roles = english_roles()
    low = word.casefold().replace("’", "'")
    if low in roles or (low.endswith("'s") and low[:-2] in roles):
        return True
    in_law = _IN_LAW.fullmatch(low) if "-in-law" in low else None  # round 28, speed
    if in_law is not None:
        return in_law.group(1) in roles
    after = after.casefold()
    return low in _KIN_ORDER and (after in roles or after.rstrip("s") in roles)


@lru_cache(maxsize=1)
def _romanised_titles() -> frozenset[str]:
    return frozenset(w.casefold() for w in _roles(("suffix", "en")))


def romanised_title(word: str) -> bool:
    """A Korean title said in English (sajang, samonim, jipsa-nim): what she calls someone
    after a naming cue is the office, not a name (round 27)."""
    return word.casefold() in _romanised_titles()


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a role before the name, a role after it), each one regex."""
    before = _roles(("prefix", "en"), ("role", "en")) | {
        w for w in _roles(("role", "zh")) if len(w) > 1
    }
    after = {
        w
        for w in _roles(("suffix", "en"), ("suffix", "ko"), ("suffix", "zh"), ("role", "zh"))
        if not _one_syllable(w)
    }
    latin = {w for w in after if w.isascii()}
    return (
        re.compile(rf"(?i:{_alt(before)})(?:\.?\s+|(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff]))"),
        re.compile(rf"(?:[\s\-](?i:{_alt(latin)})|\s?(?:{_alt(after - latin)})님?)$"),
    )


def _one_syllable(word: str) -> bool:
    if not word.isascii():
        return len(word) == 1
    return any(len(r) == 1 for r in hangul.latin_to_hangul(word, limit=8))


def _lone_surname(text: str, res: Resources) -> bool:
    if len(text) == 1 and "가" <= text <= "힣":
        return True
    low = text.casefold()  # round 32, speed: two lookups, not a union of both sets per call
    return text in res.sur_zh_hanzi or low in res.sur_ko_latin or low in res.sur_zh_latin


_WHOLE = "called_person"
"""그 사람을 천사장이라 불렀다: what a person is called is the whole word, title and all
(round 12 of issue 11; 천사장 is also "archangel", the pun is the nickname)."""


def trim_roles(folded: str, hit: Hit, res: Resources) -> Hit:
    """``hit`` without a role or kinship word at either end (person hits only)."""
    if hit.label != "PERSON" or hit.end - hit.start < 3 or hit.rule.startswith(_WHOLE):
        return hit
    before, after = _patterns()
    start, end = hit.start, hit.end
    lead = before.match(folded, start, end)
    if lead is not None and lead.end() < end:
        word = lead.group().rstrip(". \t")
        start = start if _lone_surname(word, res) and not word.islower() else lead.end()
    tail = after.search(folded, start, end)
    if tail is not None and _lone_surname(folded[start : tail.start()].strip(), res):
        end = tail.start()
    if (start, end) == (hit.start, hit.end):
        return hit
    core = hit.core if hit.core and start <= hit.core[0] and hit.core[1] <= end else None
    return hit._replace(start=start, end=end, core=core)


def with_spaced_surname(folded: str, hit: Hit, res: Resources) -> Hit:
    """``hit`` with the lone surname a space before its given name (리 춘화라는, 김 영희가):
    the whole name in one span, the given name its core, so that the surname never stands
    beside the placeholder.  Only a surname that is no common word (not 한 "one" or 전 "I")
    and stands alone (not 나 "I" of 나 구슬이야, 이 "this", 예 "yes"), and only before a Hangul
    given name of two syllables (round 21)."""
    start = hit.start
    if hit.label != "PERSON" or start < 2 or hit.end - start != 2 or folded[start - 1] != " ":
        return hit
    surname = folded[start - 2]
    if surname not in res.sur_ko_hangul or surname in WORD_SURNAMES or surname in "이나여예":
        return hit
    if start > 2 and folded[start - 3].isalnum():
        return hit  # 우리 영희: 리 ends a word
    if not all("가" <= ch <= "힣" for ch in folded[start : hit.end]):
        return hit
    return hit._replace(start=start - 2, core=hit.core or (start, hit.end))
