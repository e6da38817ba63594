"""English and mixed-text cues of round 11 (issue 11, lane EN).

Each rule finds its own rare anchor and reads from there:

* **a name in capitals after a spelling cue** (spelled CHOI MI RAN, Name: LEE SUN HWA, in
  her passport HAN SOON OK): a Korean surname and one or two romanised syllables in
  capitals are a person even when the syllables are also English words (SOON, OK); without
  the cue ``romanised_en`` still refuses a run of English words (KIM SAID NO).  Anchor: the
  cue word.
* **a title and one initial** (Mrs. J, Mr. K., Ms. P said): the title and the letter are the
  person, the full stop after the letter stays in the text.  Anchor: the title's dot or space
  before one capital letter.
* **an agency in capitals before the people it sends** (received by IOMX staff, two UNHCR
  officers): a run of three to six capitals before staff, officers, officials, workers or
  caseworkers is an organisation; generic acronyms (NGO, ID, DPRK, ROK ...) are not.
* **a business name holding a digit before its kind** (a GS25 convenience store, the 7Star
  hotel): the capitalised word with a digit is the organisation's name; the kind noun stays.
* **a Hanzi place alone in English text** (took the bus to 长春): a run of Hanzi with no
  Hanzi beside it, that the gazetteer spells as a place, is a place; certain after a place
  preposition (to, in, from, near, at), uncertain elsewhere.
* **a handle joined by an underscore** (write to bora_77 on KakaoTalk): an ``ONLINE_ID``;
  prose never joins words so, account names do.  Not inside a path, an address or a file
  name (blog.naver.com/x_y, x_y.pdf).
* **a quoted stage name** (her stage name was "KoKo"): a quoted word of one or two
  capitalised words within a sentence or two after *stage name* or *nickname* is a person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import data
from fieldkit.redaction.anchored import finditer_from, positions, starts_before, word_start
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.records_en import record_keys
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.romanised_en import romanised_syllable
from fieldkit.redaction.textview import view

__all__ = ["find_round11_en"]

# --- names in capitals after a spelling cue -------------------------------------------------

_SPELLING_CUE = lazy_pattern(
    r"\b(?i:spelled|spelt|spelling|written|romani[sz]ed|passport|name)\b"
    r"(?:\s+(?i:as|is|was|reads))?\s*[:=]?\s*[\"“']?(?=[A-Z]{2})"
)
_CAPS_AFTER = lazy_pattern(r"([A-Z]{1,6}(?:[ \-][A-Z]{1,6}){1,3})(?![\w'@-])")


def _cue_matches(
    regex: re.Pattern[str], folded: str, literals: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """``regex.finditer(folded)`` for a pattern that opens with one of ``literals`` in any
    case (round 12, speed: ``str.find`` in the lower-cased text instead of the pattern tried
    at every character).  ``re`` also matches ``ı ſ K İ`` to ASCII letters in any case:
    a text holding one of them is read the slow way."""
    lower = folded.lower()
    if len(lower) != len(folded) or any(c in folded for c in _ODD_CASES):
        return regex.finditer(folded)
    return finditer_from(regex, folded, positions(lower, literals))


_ODD_CASES = "\u0130\u0131\u017f\u212a"
_SPELLING_LITERALS = ("spel", "written", "romani", "passport", "name")


def _spelled_caps(folded: str, res: Resources) -> Iterator[Hit]:
    for cue in _cue_matches(_SPELLING_CUE(), folded, _SPELLING_LITERALS):
        run = _CAPS_AFTER().match(folded, cue.end())
        if run is None:
            continue
        parts = re.split(r"[ \-]", run.group(1).casefold())
        if _surname_and_given(parts, res):
            yield person_by_cue(*run.span(1), "spelled_caps", False)


def _surname_and_given(parts: list[str], res: Resources) -> bool:
    """A Korean surname first or last, the other parts romanised syllables (one to three)."""

    def given_ok(given: list[str]) -> bool:
        return bool(given) and all(romanised_syllable(p) for p in given)

    return (parts[0] in res.sur_ko_latin and given_ok(parts[1:])) or (
        parts[-1] in res.sur_ko_latin and given_ok(parts[:-1])
    )


# --- a title and one initial ----------------------------------------------------------------

_TITLE_INITIAL = re.compile(
    r"\b(?:Mrs|Mr|Ms|Miss|Mx|Dr|Madam|Auntie|Aunt|Sister|Pastor|Deacon)\.?\s+([A-Z])"
    r"(?=\.(?:\s|$)|[,;:)]|\s+[a-z]|$)"
)


_TITLE_LITERALS = ("Mr", "Ms", "Miss", "Mx", "Dr", "Madam", "Aunt", "Sister", "Pastor", "Deacon")


def _title_initial(folded: str) -> Iterator[Hit]:
    for match in finditer_from(_TITLE_INITIAL, folded, positions(folded, _TITLE_LITERALS)):
        yield person_by_cue(match.start(), match.end(1), "title_initial", False)


# --- agencies in capitals and business names with a digit ----------------------------------

_AGENCY = lazy_pattern(
    r"(?<![\w@-])([A-Z]{3,6})\s+(?:staff|officers?|officials?|workers?|caseworkers?|personnel)\b"
)
_GENERIC_ACRONYMS = frozenset(
    str.split(
        "NGO NGOS DPRK ROK PRC USA UK EU ID IDS NK SK CEO HQ TV IT HR ICU ER KTV SMS QQ VIP "
        "UFO GPS ATM PDF"
    )
)


_AGENCY_AT = lazy_pattern(r"\s+(?:staff|officer|official|worker|caseworker|personnel)")
"""The space before the word for the people sent: the agency's capitals are the run of word
characters just before it (round 12, speed)."""


def _agencies(folded: str) -> Iterator[Hit]:
    for match in finditer_from(_AGENCY(), folded, starts_before(folded, _AGENCY_AT())):
        if match.group(1) in _GENERIC_ACRONYMS:
            continue
        yield Hit.at(match.span(1), label="ORG", detector="cue", rule="agency_staff")


@lru_cache(maxsize=1)
def _digit_name_rx() -> re.Pattern[str]:
    kinds = next(
        (row[2] for row in data.rows("orgs.tsv") if row[:2] == ["business", "en"]), ""
    ).split("|")
    alternation = "|".join(
        sorted((re.escape(k) for k in kinds if k and k[0].isalpha()), key=len, reverse=True)
    )
    return re.compile(
        r"(?<![\w@-])([A-Z][A-Za-z]*\d[A-Za-z\d]*|\d+[A-Z][A-Za-z]+)\s+(?i:" + alternation + r")\b"
    )


def _digit_names(folded: str) -> Iterator[Hit]:
    """Read from the digits the names hold (round 17, speed: the pattern opens with a
    look-behind, which ``re`` tried at every position of a long document): a name's first
    digit follows a letter, or its last digit comes before a capital (``_DIGIT_IN_NAME``),
    and the name starts where the word holding that digit starts."""
    starts = (word_start(folded, digit.start()) for digit in _DIGIT_IN_NAME.finditer(folded))
    for match in finditer_from(_digit_name_rx(), folded, starts):
        name = match.group(1)
        if not any(c.isupper() for c in name) or not any(c.isalpha() for c in name):
            continue
        if re.fullmatch(r"\d+(?:st|nd|rd|th|s)", name, re.IGNORECASE):
            continue  # "2nd floor", "1990s hotel"
        yield Hit.at(match.span(1), label="ORG", detector="cue", rule="digit_name_kind")


_MIXED_HANDLE = lazy_pattern(r"([A-Za-z][a-z]*\d[a-z\d]*)(?![A-Za-z\d_@/-]|\.\w)")
_NOT_HANDLES = frozenset(
    str.split("covid sha base iphone ipad windows win xbox galaxy note pixel redmi ipv utf mp")
)
"""Words with digits that are no account: a virus, a hash, a phone model, an encoding."""


def _mixed_handles(folded: str) -> Iterator[Hit]:
    """choi77hs, kim0312, han2015: a Latin word that opens with a letter and mixes two
    lower-case letters or more with two digits or more is an account name; no word of prose
    is spelled so (round 36, set CG: a changed handle kept silently, ``choi77hs로 바꿨어요``).
    A Korean particle may follow it glued, as after any Latin word; an e-mail, a path or a
    link is the URL rules'."""
    last = 0
    for digit in _DIGIT_IN_NAME.finditer(folded):
        start = digit.start()
        while start and folded[start - 1].isascii() and folded[start - 1].isalnum():
            start -= 1
        if start < last or (start and folded[start - 1] in "_@./:#-"):
            continue
        match = _MIXED_HANDLE().match(folded, start)
        if match is None or match.end() <= digit.start():
            continue
        last, word = match.end(), match.group(1)
        letters = sum(c.isalpha() for c in word)
        if letters < 2 or len(word) - letters < 2 or len(word) < 5:
            continue
        if _LETTERS.match(word.lower()).group() in _NOT_HANDLES:  # type: ignore[union-attr]
            continue
        yield Hit.at(match.span(1), label="ONLINE_ID", detector="cue", rule="mixed_handle")


_LETTERS = re.compile("[a-z]+")


# --- two capitalised ordinary words before "to" or "staff" ------------------------------------

_BEFORE_TO = re.compile(r" (?:to|staff|volunteers)\b")
_TWO_WORDS_BACK = re.compile(r"(?<=[a-z,] )([A-Z][a-z]{2,14}) ([A-Z][a-z]{2,14})$")


def _two_word_orgs(folded: str, res: Resources) -> Iterator[Hit]:
    for anchor in _BEFORE_TO.finditer(folded):
        last = folded.rfind(" ", 0, anchor.start())  # round 28, speed: the second word's space
        if not "A" <= folded[last + 1 : last + 2] <= "Z":
            continue  # no capital opens the word before the anchor: no match
        match = _TWO_WORDS_BACK.search(folded, max(0, anchor.start() - 32), anchor.start())
        if match is None:
            continue
        words = (match.group(1), match.group(2))
        if any(w.casefold() not in res.lex_en or w.casefold() in res.given_en for w in words):
            continue  # a person (Grace Lee) or a name the other rules read
        if any(w.casefold() in res.function_en or w in res.keep_latin for w in words):
            continue  # a month, a weekday, a nationality
        if res.gaz_latin.get(" ".join(words)) is not None:
            continue  # a place the gazetteer knows
        yield Hit.at(
            match.span(), label="ORG", detector="cue", rule="two_words_before_to", uncertain=True
        )


# --- a handle joined by an underscore -------------------------------------------------------

_UNDERSCORED = lazy_pattern(
    r"(?<![\w@./:#-])([A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]*[A-Za-z0-9])(?![A-Za-z0-9_@/-]|\.\w)"
)
"""Round 30: a letter of another script after the handle ends it (wxid_lanhua0921로 하오: a
Korean particle is typed glued to the word it follows, a Latin handle included); only Latin
letters, digits, ``_``, ``@``, ``/`` and ``-`` continue one."""


_KEY_AFTER = lazy_pattern(r"[ \t]*[;:]")
"""What follows a record's field key (record_type; individual): a semicolon or a colon."""

_UNDERSCORE = lazy_pattern("_")
"""A handle's first underscore: the handle starts where the run of word characters before it
starts (its look-behind refuses a word character before it)."""


def _handles(folded: str, res: Resources) -> Iterator[Hit]:
    """mindle_22, sun_flower: prose never joins words with an underscore, account names do
    (a file name, a path or a web address around it is left to the URL rules).  Round 29:
    not the field key of a key-value record (``records_en``: record_type; individual)."""
    keys: list[tuple[int, int]] | None = None
    for match in finditer_from(_UNDERSCORED(), folded, starts_before(folded, _UNDERSCORE())):
        if _header_row(folded, match.start(1)):
            continue
        if _KEY_AFTER().match(folded, match.end(1)):
            keys = record_keys(folded, res) if keys is None else keys
            if match.span(1) in keys:
                continue
        yield Hit.at(match.span(1), label="ONLINE_ID", detector="cue", rule="underscored_handle")


_FIELD = re.compile(r"[a-z][a-z_ ]*")
_SEPARATOR = re.compile(r"[,\t|]")


def _header_row(folded: str, index: int) -> bool:
    """A table's header row (date_in, alias, province_of_origin): three fields or more, all
    lower-case words, some without an underscore, and a next line with as many separators.
    Column names join words with underscores as handles do (round 27)."""
    start = folded.rfind("\n", 0, index) + 1
    end = folded.find("\n", index)
    if end < 0:
        return False
    line = folded[start:end]
    fields = [f.strip() for f in _SEPARATOR.split(line)]
    if len(fields) < 3 or not all(_FIELD.fullmatch(f) for f in fields):
        return False
    if all("_" in f for f in fields):
        return False
    following = folded[end + 1 : folded.find("\n", end + 1) % (len(folded) + 1)]
    return len(_SEPARATOR.findall(following)) >= len(fields) - 1


# --- a Hanzi place alone in English text -----------------------------------------------------

_HANZI_ALONE = lazy_pattern(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,5})(?![\u4e00-\u9fff])")
_PLACE_PREPOSITION = lazy_pattern(
    r"\b(?:to|in|into|from|near|at|via|through|outside|towards?)\s+$", re.IGNORECASE
)


_HANZI_RUN = lazy_pattern(r"[\u4e00-\u9fff]+")
"""A match of ``_HANZI_ALONE`` is a whole run of Hanzi: it starts where a run starts."""


def _hanzi_places(folded: str, res: Resources) -> Iterator[Hit]:
    runs = (run.start() for run in _HANZI_RUN().finditer(folded))
    for match in finditer_from(_HANZI_ALONE(), folded, runs):
        before = folded[max(0, match.start() - 12) : match.start()]
        after = folded[match.end() : match.end() + 2]
        if not re.search(r"[A-Za-z]\W*$", before) or re.match(r"\s*[가-힣]", after):
            continue  # only between English words, not glued to Korean grammar
        word = match.group(1)
        province = res.gaz_hanzi.get(word)
        if province is None and word in res.gaz_marked:
            province = res.gaz_marked[word][0]
        if province is None:
            continue
        cued = _PLACE_PREPOSITION().search(before) is not None
        yield Hit.at(
            match.span(1),
            label="PLACE",
            detector="cue",
            rule="hanzi_place_in_english",
            uncertain=not cued,
        )


# --- quoted stage names ---------------------------------------------------------------------

_STAGE_CUE = lazy_pattern(r"\b(?:stage\s+names?|nicknames?|aliases|alias|work\s+names?)\b", re.I)
_QUOTED = lazy_pattern(r"[\"“]([A-Z][A-Za-z]{1,14}(?: [A-Z][A-Za-z]{1,14})?)[\"”]")
_REACH = 160


def _stage_names(folded: str, res: Resources) -> Iterator[Hit]:
    for cue in _cue_matches(_STAGE_CUE(), folded, ("stage", "nickname", "alias", "work")):
        for quoted in _QUOTED().finditer(folded, cue.end(), cue.end() + _REACH):
            words = quoted.group(1).split()
            ordinary = all(w.casefold() in res.lex_en for w in words)
            yield person_by_cue(*quoted.span(1), "quoted_stage_name", ordinary)


_SPELLING_WORDS = frozenset(
    str.split("spelled spelt spelling written romanised romanized passport name")
)
_TITLE_WORDS = frozenset(str.split("mrs mr ms miss mx dr madam auntie aunt sister pastor deacon"))
_STAFF_WORDS = frozenset(
    str.split(
        "staff officer officers official officials worker workers caseworker caseworkers personnel"
    )
)
_STAGE_WORDS = frozenset(str.split("stage nickname nicknames alias aliases work"))
_CAPS_PAIR = lazy_pattern(r"[A-Z]{2}[ \-][A-Z]")
_DIGIT_IN_NAME = re.compile(r"\d(?:(?<=[A-Za-z]\d)|[A-Z])")
"""A letter then a digit, or a digit then a capital (``[A-Za-z]\\d|\\d[A-Z]``), only ever
searched for: opened on the digit, which ``re`` scans for at C speed, instead of trying the
letter at every position (round 14, speed)."""


def find_round11_en(folded: str, res: Resources, words: frozenset[str]) -> Iterator[Hit]:
    """The rules of this module (see its doc), each only when the text holds its anchor
    (``words``: the text's lower-case Latin words)."""
    if words & _SPELLING_WORDS and _CAPS_PAIR().search(folded):
        yield from _spelled_caps(folded, res)
    if words & _TITLE_WORDS:
        yield from _title_initial(folded)
    if words & _STAFF_WORDS:
        yield from _agencies(folded)
        yield from _two_word_orgs(folded, res)
    elif "to" in words:
        yield from _two_word_orgs(folded, res)
    if view(folded).has_digit and _DIGIT_IN_NAME.search(folded):
        yield from _digit_names(folded)
        yield from _mixed_handles(folded)
    if view(folded).has_hanzi:
        yield from _hanzi_places(folded, res)
    if "_" in folded:
        yield from _handles(folded, res)
    if words & _STAGE_WORDS and ('"' in folded or "“" in folded):
        yield from _stage_names(folded, res)
