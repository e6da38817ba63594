"""English and mixed-text constructions of round 12 (issue 11, lane EN).

Each rule finds its own rare anchor and reads from there:

* **a passport name, surname first, with a comma** (KIM, MI-RAE): a Korean surname in
  capitals, a comma, and one to three romanised syllables in capitals is a person.  Anchor:
  a capital run and a comma.
* **a name given by a relative clause** (a woman they call Big Sister, the man everyone
  called Old Zhou): one or two capitalised words after *noun + they/people/everyone/we
  call(ed)* are a person.  Anchor: the verb *call*.
* **a quoted name named by what-cleft** ("Happy" was what the men called me): the quoted
  word is a person.  Anchor: *was what*.
* **the subject of "was born in/on"** at a sentence start (Soon-ok was born in Musan): a
  person; an English word there (June, Hope) only when the passage writes it again (her
  name is June ... June was born in ...).  Anchor: *was born*.
* **a named district, town, village or county** (Baishan District, Sanhe Village): a word no
  English dictionary holds, before the unit noun, is a place with the noun (the whole unit is
  the name on a map); an English word there (Old Town, Lake District) is left alone.
* **a Chinese rural address** (Group 2, Dongfeng Village, Antu County) and a street name
  before its number (Renmin Road 14-2): an ``ADDRESS``.
* **a lower-case apartment address** (jangmi apt 203-dong 1101-ho): the words before
  *apt* that no English dictionary holds belong to the address.
* **a city after an apartment number** (…, 303-dong 1102-ho, Sejong.): a place.
* **an organisation ending in Network, Foundation, Alliance or Mission** (Hope Road
  Network): the capitalised words and the kind noun are one ``ORG``.
* **a file number** (file AB-09-1123, case no. 2003-118): an ``ID_NUMBER``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from fieldkit.redaction.anchored import matches_near, positions
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.romanised_en import romanised_syllable

__all__ = ["find_round12_en"]

_CAP = r"[A-Z][a-z]+"


# --- names ----------------------------------------------------------------------------------

_PASSPORT = lazy_pattern(r"(?<![\w-])([A-Z]{2,5}), ([A-Z]{1,6}(?:[ \-][A-Z]{1,6}){0,2})(?![\w-])")


def _passport_names(folded: str, res: Resources) -> Iterator[Hit]:
    commas = [i for i in positions(folded, (", ",)) if folded[i - 1 : i].isupper()]
    for match in matches_near(folded, commas, _PASSPORT(), 6, 24):
        given = re.split(r"[ \-]", match.group(2).casefold())
        surname = match.group(1).casefold()
        if surname not in res.sur_ko_latin or surname in res.function_en:
            continue  # OK, I will (an interjection, not the surname Ok)
        if all(len(p) > 1 and p not in res.function_en and romanised_syllable(p) for p in given):
            yield person_by_cue(*match.span(), "passport_surname_comma", False)


_CALLED_CLAUSE = lazy_pattern(
    r"\b(?:man|woman|men|women|guy|girl|lady|broker|one|person|boss)\s+(?:that\s+|whom\s+)?"
    r"(?:they|people|everyone|everybody|we|the others|the girls|the women|the men)\s+"
    r"(?:all\s+)?call(?:ed|s)?\s+(" + _CAP + r"(?: " + _CAP + r")?)\b"
)


def _called_clause(folded: str) -> Iterator[Hit]:
    for match in matches_near(folded, positions(folded, ("call",)), _CALLED_CLAUSE(), 60, 40):
        yield person_by_cue(*match.span(1), "relative_clause_call", False)


_WHAT_CLEFT = lazy_pattern(
    r"[\"“]([A-Z][a-z]{1,14})[\"”],?\s+(?:was|is)\s+what\s+[^.!?\n]{0,60}?\bcall(?:ed|s)?\b"
)


def _what_cleft(folded: str) -> Iterator[Hit]:
    for match in matches_near(folded, positions(folded, (" what ",)), _WHAT_CLEFT(), 24, 80):
        yield person_by_cue(*match.span(1), "quoted_what_called", False)


_BORN = lazy_pattern(
    r"(?:^|(?<=[.!?] )|(?<=\n))(" + _CAP + r") was born (?:in|on|at|near|into|to)\b"
)
_NOT_BORN = frozenset(str.split("it this that he she who what nothing everyone one there which"))


def _born_subjects(folded: str, res: Resources) -> Iterator[Hit]:
    for match in matches_near(folded, positions(folded, (" was born ",)), _BORN(), 20, 20):
        word = match.group(1).casefold()
        if word in _NOT_BORN or word in res.function_en:
            continue
        if word in res.lex_en and len(re.findall(rf"\b{match.group(1)}\b", folded)) < 2:
            continue  # an English word (Hope, June) only when the passage names it again
        yield person_by_cue(*match.span(1), "subject_was_born", False)


# --- places and addresses -------------------------------------------------------------------

_UNIT = lazy_pattern(
    r"(?<![\w-])(" + _CAP + r"(?:[ \-]" + _CAP + r")?) (?:District|Town|Township|Village|County)\b"
)


def _foreign(word: str, res: Resources) -> bool:
    """No English dictionary word, no function word: a romanised place name."""
    folded = word.casefold()
    return folded not in res.lex_en and folded not in res.function_en


def _named_units(folded: str, res: Resources) -> Iterator[Hit]:
    units = (" District", " Town", " Village", " County")
    for match in matches_near(folded, positions(folded, units), _UNIT(), 32, 12):
        words = re.split(r"[ \-]", match.group(1))
        if all(_foreign(w, res) for w in words) or res.gaz_latin.get(match.group(1)):
            yield Hit.at(match.span(), label="PLACE", detector="cue", rule="named_unit")


_RURAL = lazy_pattern(
    r"(?:\b(?:No\.?|Number) ?\d{1,4}, )?\b(?:Group|Team|Unit|Brigade) \d{1,3}, "
    + _CAP
    + r" (?:Village|Town|Township)"
    r"(?:, " + _CAP + r" (?:City|County|Town))?"
)
_STREET_NUMBER = lazy_pattern(
    r"(?<![\w-])" + _CAP + r" (?:Street|Road|Avenue|Lane|Lu|Jie) \d{1,4}(?:-\d{1,4})?(?![\w-])"
)


def _addresses(folded: str) -> Iterator[Hit]:
    groups = ("Group ", "Team ", "Unit ", "Brigade ")
    # from round 34 the house number before the group is the address's (No. 26, Group 4, ...)
    for match in matches_near(folded, positions(folded, groups), _RURAL(), 12, 80):
        yield Hit.at(match.span(), label="ADDRESS", detector="cue", rule="rural_group_address")
    streets = (" Street ", " Road ", " Avenue ", " Lane ", " Lu ", " Jie ")
    for match in matches_near(folded, positions(folded, streets), _STREET_NUMBER(), 20, 20):
        yield Hit.at(match.span(), label="ADDRESS", detector="cue", rule="street_then_number")


_APT = lazy_pattern(r"\b(?:apt|apts|apartment|apartments)\.? \d{1,4}-dong \d{1,4}-ho\b")
_LOWER_WORD_BACK = lazy_pattern(r"([a-z]{2,12}) $")


def _lower_apartments(folded: str, res: Resources) -> Iterator[Hit]:
    for match in matches_near(folded, positions(folded, ("-dong ",)), _APT(), 16, 16):
        start = match.start()
        for _ in range(3):
            word = _LOWER_WORD_BACK().search(folded, max(0, start - 14), start)
            if word is None or not _foreign(word.group(1), res):
                break
            start = word.start()
        if start < match.start():
            yield Hit(
                start=start, end=match.end(), label="ADDRESS", detector="cue", rule="lower_apt"
            )


_CITY_AFTER = lazy_pattern(r"\d-ho, (" + _CAP + r")(?=[.,;)\n]|$)")


def _city_after(folded: str) -> Iterator[Hit]:
    """203-dong 1102-ho, Sejong: the word after a unit number and a comma is the city, even
    a word the keep-list holds for other readings (Sejong the king)."""
    for match in matches_near(folded, positions(folded, ("-ho, ",)), _CITY_AFTER(), 2, 30):
        yield Hit.at(match.span(1), label="PLACE", detector="cue", rule="city_after_address")


# --- organisations and file numbers ---------------------------------------------------------

_ORG_KIND = lazy_pattern(
    r"(?<![\w-])((?:" + _CAP + r" ){1,3})(?:Network|Foundation|Alliance|Mission)\b"
)


def _kind_orgs(folded: str, res: Resources) -> Iterator[Hit]:
    kinds = (" Network", " Foundation", " Alliance", " Mission")
    for match in matches_near(folded, positions(folded, kinds), _ORG_KIND(), 50, 12):
        start = match.start()
        for word in match.group(1).split():
            if word.casefold() not in res.function_en and not res.keep_latin.get(word):
                break
            start += len(word) + 1
        if start < match.start(1) + len(match.group(1)):
            yield Hit(start=start, end=match.end(), label="ORG", detector="cue", rule="kind_org")


_FILE_NUMBER = re.compile(
    r"\b(?i:file|case|ref|reference)(?:\s+(?i:no\.?|number|#))?\s*:?\s+"
    r"([A-Z]{1,4}-\d{2,}(?:-\d{1,6})*|\d{2,6}(?:-\d{1,6})+)(?![\w-])"
)


def _file_numbers(folded: str) -> Iterator[Hit]:
    cues = ("file", "case", "ref", "File", "Case", "Ref")
    for match in matches_near(folded, positions(folded, cues), _FILE_NUMBER, 1, 50):
        yield Hit.at(match.span(1), label="ID_NUMBER", detector="cue", rule="file_number")


_UNIT_WORDS = frozenset(str.split("district town township village county"))
_ADDRESS_WORDS = frozenset(str.split("group team unit brigade street road avenue lane lu jie"))
_KIND_WORDS = frozenset(str.split("network foundation alliance mission"))
_FILE_WORDS = frozenset(str.split("file case ref reference"))


def find_round12_en(folded: str, res: Resources, words: frozenset[str]) -> Iterator[Hit]:
    """The rules of this module (see its doc), each only when the text holds its anchor
    (``words``: the text's lower-case Latin words)."""
    if "," in folded:
        yield from _passport_names(folded, res)
    if "call" in folded:
        yield from _called_clause(folded)
        if "was what" in folded or "is what" in folded:
            yield from _what_cleft(folded)
    if "was born" in folded:
        yield from _born_subjects(folded, res)
    if words & _UNIT_WORDS:
        yield from _named_units(folded, res)
    if words & _ADDRESS_WORDS:
        yield from _addresses(folded)
    if "-ho" in folded:
        yield from _lower_apartments(folded, res)
        yield from _city_after(folded)
    if words & _KIND_WORDS:
        yield from _kind_orgs(folded, res)
    if words & _FILE_WORDS:
        yield from _file_numbers(folded)
