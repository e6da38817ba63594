"""English cues the capitalised rules cannot see: notes typed in lower case, and names
written in Hangul or Hanzi inside an English sentence.

A note typed fast on a phone has no capitals ("the broker brought me to mr liu, full
name liu baoshan ... we walked all night to xiaoshahe"); a mixed testimony names a
person in Korean or Chinese script right after an English cue ("the old women called
her 참새", "the man who bought me was 차태현, Cha Tae-hyun").  Detector ``cue``:

* a title or role word (mr, auntie, sister, husband, son ...) or 小/老 (xiao, lao)
  before a lower-case word that reads as romanised Korean or pinyin: a person;
* in a sentence typed in lower case, a Chinese surname before a pinyin given name (liu
  baoshan): a person; a pinyin word of two syllables or more after in/to/from/near: a
  place;
* a naming cue (called, named, her name) before a Hangul or Hanzi word: a person; a
  Hangul name beside its romanisation (차태현, Cha Tae-hyun): the same person
  (``cues_native_en``, split out in round 30, review).

Lower-case words that are English words are left alone, except after a title, where a
Korean surname (ok, an) is uncertain.  Every hit here is redacted; the ones that rest on
a parse alone are uncertain.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import naming_en
from fieldkit.redaction.anchored import finditer_from, positions, starts_word
from fieldkit.redaction.cues_native_en import find_native_names, native_cue_words
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.islands_mixed import hangul_islands
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.phrases import trie_pattern
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.roles import romanised_title
from fieldkit.redaction.romanised_en import find_romanised_names
from fieldkit.redaction.romanised_joined_en import find_joined_given_names
from fieldkit.redaction.textview import view

__all__ = ["find_english_cues"]

_PINYIN = lazy_pattern(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|"
    r"ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u))+"
)
_TITLES = (
    "mr|mrs|ms|miss|auntie|aunty|aunt|uncle|grandma|granny|grandpa|sister|brother|officer|"
    "comrade|madam|pastor|deacon|husband|wife|son|daughter|broker|trafficker|boss|landlord|"
    "landlady|neighbour|neighbor|friend|cousin|niece|nephew|xiao|lao|old|little"
)
_TITLE_WORDS = frozenset(_TITLES.split("|"))
_HONORIFICS = frozenset(str.split("mr mrs ms miss madam comrade"))
"""Before a name and nothing else: mr young is a person even though young is a word."""
_KIN_ROLES = frozenset(str.split("husband wife son daughter friend cousin niece nephew"))
"""Roles after which an English given name that is also a word is rather a word (her
friend will, my son said): they take romanised and pinyin names only."""


@lru_cache(maxsize=1024)
def _titled_rx(titles: frozenset[str]) -> re.Pattern[str]:
    """The title words a text holds, before a lower-case word (the whole list tried at
    every position was a tenth of this module's time)."""
    return re.compile(rf"({trie_pattern(titles)})\.?\s([a-z]{{2,12}})(?![\w'@-]|\.\w)")


_LOCATIVE = lazy_pattern(
    r"(?<![\w'])(?:to|in|from|near|outside|behind|via|towards?)\s([a-z]{2,16}(?:'[a-z]{2,8})?)"
    r"(?![\w'@-]|\.\w)"
)
_LOWER_SENTENCE = re.compile(r"(?:^|[.!?\n])[\s\"“'‘(]*([a-z][^.!?\n]*)")
"""A sentence typed in lower case: where a note's names and places lose their capitals
(the rules that rest on a pinyin parse alone look only there)."""


def _pinyin(word: str, syllables: int = 1) -> bool:
    if not _PINYIN().fullmatch(word):
        return False
    return syllables == 1 or len(re.findall(r"[aeiouv]+", word)) >= syllables


def _place_spelling(word: str) -> bool:
    """Two pinyin syllables (jixi), or (round 11) a romanised Korean word of three
    syllables or more (osandok, sambongri): a lower-case town after a place preposition."""
    if _pinyin(word.replace("'", ""), 2):
        return True
    return len(word) >= 6 and len(re.findall(r"[aeiouwy]+", word)) >= 3 and _romanised(word)


@lru_cache(maxsize=4096)
def _romanised(word: str) -> bool:
    from fieldkit.redaction import hangul

    return bool(hangul.latin_to_hangul(word, 4))


_NEVER = frozenset(
    str.split(
        "in to so do an is it he me we us on at as or by of no go her his him she they them "
        "the and was had has who too yet up"
    )
)
"""Lower-case words after a role that are grammar (her husband in 2003), even where a
surname is spelled so (In, So, Do, An)."""


_VERB_NEXT = re.compile(r" (?:a|an|the|her|his|their|its)\b")
"""After a lower-case word, what makes it a verb (ran a, sang a song, sold the), not a name: a
name is followed by its verb, not by an article."""
_ADVERBS = frozenset(str.split("back out up down over along around away off home"))
_ADVERB_NEXT = re.compile(r" (?:away|off|into|home|for|to|with)\b")
"""A lower-case adverb of direction before a preposition (sent a broker back for me): no name.
Any other word before one may be a name (auntie ok for a week)."""


_ZH_TITLES = ("xiao", "lao", "old", "little")
_ZH_TITLE_SET = frozenset(_ZH_TITLES)


def _title_matches(
    rx: re.Pattern[str], folded: str, titles: frozenset[str], starts: list[int] | None = None
) -> Iterator[re.Match[str]]:
    """Every title and the word after it; a title after a title is tried as a title too
    (my husband lao zhao: "husband lao", then "lao zhao"; round 30: broker uncle kim,
    "broker uncle", then "uncle kim": stacked titles, as a chat types them).  ``starts``:
    where the titles occur (``_titled``), if known."""
    found = rx.finditer(folded) if starts is None else finditer_from(rx, folded, starts)
    for match in found:  # at C speed until a title follows a title
        yield match
        if match.group(2) in titles:
            at = match.start(2)
            break
    else:
        return
    while (after := rx.search(folded, at)) is not None:
        yield after
        at = after.start(2) if after.group(2) in titles else after.end()


def _titled(folded: str, res: Resources, words: frozenset[str]) -> Iterator[Hit]:
    titles = words & _TITLE_WORDS
    if not titles:
        return
    rx = _titled_rx(titles)
    stacked = len(titles) > 1 or titles & _ZH_TITLE_SET  # xiao xiao li: one title, twice
    starts = positions(folded, tuple(titles))  # round 32, speed: each match opens with one
    matches = (
        _title_matches(rx, folded, titles, starts) if stacked else finditer_from(rx, folded, starts)
    )
    for match in matches:
        if not starts_word(folded, match.start()):
            continue
        title, word = match.group(1), match.group(2)
        english = word in res.lex_en
        surname = word in res.sur_ko_latin or word in res.sur_zh_latin
        if title in _ZH_TITLES:
            if word in res.sur_zh_latin and word not in res.sur_ambiguous:
                yield Hit(
                    start=match.start(),
                    end=match.end(),
                    label="PERSON",
                    detector="cue",
                    rule="lower_titled",
                    uncertain=False,
                )
            continue
        given = (word in res.given_en and title not in _KIN_ROLES) or (
            title in _HONORIFICS and word not in res.function_en
        )
        if (english and not (surname or given)) or word in _NEVER or romanised_title(word):
            continue  # mr right, my son in, her husband to, his wife samonim
        if _VERB_NEXT.match(folded, match.end()) or (
            word in _ADVERBS and _ADVERB_NEXT.match(folded, match.end())
        ):
            continue  # the broker's daughter ran a shop, sent a broker back for (round 27)
        if not (surname or given or _pinyin(word) or _romanised(word)):
            continue
        yield Hit.at(
            match.span(2), label="PERSON", detector="cue", rule="lower_titled", uncertain=english
        )


_SURNAME_RX: dict[int, re.Pattern[str]] = {}


def _surname_rx(res: Resources) -> re.Pattern[str]:
    """Lower-case Chinese surnames that are no English word (wang, liu; not he, ma)."""
    rx = _SURNAME_RX.get(id(res))
    if rx is None:
        names = sorted(res.sur_zh_latin - res.sur_ambiguous - res.lex_en, key=len, reverse=True)
        alt = "|".join(re.escape(n) for n in names if n.isalpha() and n.islower())
        rx = re.compile(rf"(?<![\w'])({alt})\s([a-z]{{4,12}})(?![\w'@-]|\.\w)")
        _SURNAME_RX.clear()
        _SURNAME_RX[id(res)] = rx
    return rx


def _surname_given(folded: str, res: Resources, start: int, end: int) -> Iterator[Hit]:
    for match in _surname_rx(res).finditer(folded, start, end):
        given = match.group(2)
        if given in res.lex_en or not _pinyin(given, 2):
            continue
        yield Hit.at(
            match.span(), label="PERSON", detector="cue", rule="lower_surname_given", uncertain=True
        )


def _places(folded: str, res: Resources, start: int, end: int) -> Iterator[Hit]:
    for match in _LOCATIVE().finditer(folded, start, end):
        word = match.group(1)
        marked = res.gaz_marked.get(word.replace("'", ""), ("", ""))[1] == "*"
        if marked and ("'" in word or word not in res.lex_en):
            pass  # a gazetteer spelling that is also a name (ji'an): a place here
        elif word in res.lex_en or word in res.function_en or not _place_spelling(word):
            continue
        yield Hit.at(
            match.span(1), label="PLACE", detector="cue", rule="lower_pinyin_place", uncertain=True
        )


_NAMED_LOWER = re.compile(
    r"(?:called (?:her|him|herself|himself)|calls? (?:her|him)|named|called|"
    r"nicknamed|known as|went by|goes by|go by|name (?:is|was))\s"
    r"([a-z]{2,12}(?:-[a-z]{2,8})?)((?:\s[a-z]{2,8}(?:-[a-z]{2,8})?){0,2})(?![\w'@-]|\.\w)"
)
_NOT_AFTER_NAMING = frozenset(
    str.split(
        "me us them it this that these those the a an my his her their our your after for "
        "out back up off by in on to at as and or but so then again home police him herself "
        "himself myself themselves everyone everybody someone somebody people anyone nobody "
        "one ones what who whom whose which when where because about like "
        "really actually just probably still also only simply truly not never "
        "written spelled spelt given changed registered recorded listed printed"
    )
)


def _named(folded: str, res: Resources) -> Iterator[Hit]:
    """A lower-case name after a naming cue: named kim chul, called zhang wei, called
    grace (a given name that is an English word: uncertain); a surname takes the
    romanised or pinyin syllables after it (kim sun-hui)."""
    for match in _NAMED_LOWER.finditer(folded):
        if not starts_word(folded, match.start()):
            continue  # renamed, uncalled
        first = match.group(1)
        if first in _NOT_AFTER_NAMING or first in res.function_en or romanised_title(first):
            continue  # who they called samonim: the office (round 27)
        english = first in res.lex_en
        surname = first in res.sur_ko_latin or first in res.sur_zh_latin
        given = first in res.given_en
        before_surname = naming_en.surname_follows(match.group(2), res)
        if english and not (
            surname or given or before_surname or naming_en.names_a_word(folded, match)
        ):
            continue
        if not (english or surname or given or _pinyin(first) or _romanised(first)):
            continue
        end = match.end(1)
        if surname or not english or before_surname:
            for index, part in enumerate(match.group(2).split()):
                surname_part = before_surname and index == 0
                if not surname_part and (
                    part in res.lex_en or part in _NEVER or not (_pinyin(part) or _romanised(part))
                ):
                    break
                end = folded.index(part, end) + len(part)
        yield Hit(
            start=match.start(1),
            end=end,
            label="PERSON",
            detector="cue",
            rule="lower_named",
            uncertain=english and end == match.end(1),
        )


_NAMING_WORDS = frozenset(str.split("called named nicknamed known went goes go calls call name"))


def find_english_cues(folded: str, res: Resources, words: frozenset[str]) -> Iterator[Hit]:
    """Lower-case names and places, and native-script names after English cues
    (``words``: the text's lower-case Latin words, ``phrases.words_of``)."""
    known = view(folded)  # round 14, speed: the scripts are known, not searched for again
    if (known.has_hangul or known.has_hanzi) and words & native_cue_words():
        yield from find_native_names(folded, res, words)
    if known.has_hangul:
        yield from hangul_islands(folded, res)
    yield from _titled(folded, res, words)
    yield from find_romanised_names(folded, res)  # round 9: ok-hee, KIM OK HEE
    yield from find_joined_given_names(folded, res, words)  # round 20: Hyesun Park, sunhee
    if words & _NAMING_WORDS:
        yield from _named(folded, res)
    starts = [0, *positions(folded, (".", "!", "?", "\n"))]  # round 28, speed: its openings
    for sentence in finditer_from(_LOWER_SENTENCE, folded, starts):
        yield from _surname_given(folded, res, *sentence.span(1))
        yield from _places(folded, res, *sentence.span(1))
