"""Organisations told by their kind in three more ways (issue 11, round 9), and a person:

* **a court and its branch** (수원지방법원 안산지원, 대구지법 서부지원): the town a district,
  family or high court is named after, and the branch's town before 지원, are places (the
  court's kind stays in the text: [장소-1]지방법원 [장소-2]지원); a branch named after a
  compass district (서부지원, 동부지원) is no town;
* **a Hanzi organisation name, its kind, and a Hangul word in brackets** (金达莱노래방(진달래),
  华丰공장(화풍)): the bracket glosses the name (its reading, Korean or Mandarin, or its
  Korean word): an organisation too, uncertain when it is an ordinary word and no
  reading; never a place or a kept word there;
* **a Hangul name spaced before a Korean kind noun inside an English sentence** (I went to
  하나로 교회 on Sundays): there is no Korean grammar around it, so the name is not read as
  a word and its particle (하나 + 로); it is the organisation, uncertain when the word lists
  hold it.

* **a restaurant named after a town, with 관** (평양관에서, 청진관이었지: the state
  restaurants abroad are so named), and since round 11 with 옥 or 각 (평양옥이요,
  청진각에서: the old names of Korean restaurants, 옥 "house", 각 "pavilion"): a
  gazetteer town glued to 관, the whole no word of the lists (영사관, 도서관, 체육관
  are), before a particle, a copula or the word's end: the restaurant, certain when the
  town is only a place;

Two more rules read a name in an English sentence by the same seams:

* **a name before a bracket that says what it is** (Crossing Hope (an NGO based in
  Seoul), Dawn House (a shelter)): the capitalised words before "(a/an/the" and an
  organisation noun are its name;
* **a Korean title and a lone surname in an English sentence** (목사님 강, who hid them;
  집사님 박 hid her): a Korean title or office, a space, one Hangul syllable that is a
  surname and an English word or a comma after it: a person, certain (in a Korean sentence
  the same syllable is as often a word: 강 "river", 박 "gourd").

Each rule opens on its own characters (법원/지법/지원, a bracket after a Hanzi run, a
Latin-Hangul seam) and reads from there.
"""

from __future__ import annotations

import re
from functools import lru_cache

from fieldkit.redaction import dictionary_ko
from fieldkit.redaction.chinese_given import mandarin_readings
from fieldkit.redaction.cuewords import alternation, closed_words, cue_words, gazetteer_entry
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.org_nouns import korean_nouns
from fieldkit.redaction.propagate_ko import hanzi_reading_seeds
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.textview import view

__all__ = ["find_kind_orgs"]

_HAN = "\u4e00-\u9fff"
_COURT_WORD = re.compile(r"지방법원|지법|가정법원|고등법원|고법")
_COURT_TOWN = lazy_pattern(r"(?<![가-힣])[가-힣]{2,3}$")
_BRANCH = lazy_pattern(r"\s?([가-힣]{2,3}?)지원(?=[가-힣\s,.)]|$)")
_COMPASS = frozenset(str.split("동부 서부 남부 북부 중부"))
_READING = lazy_pattern(
    rf"(?<![{_HAN}])([{_HAN}]{{2,4}})([가-힣{_HAN}]{{1,4}})\(([가-힣]{{2,5}})\)"
)
_SEAM = re.compile(r"[A-Za-z],? [가-힣]")


def _place(span: tuple[int, int], rule: str, uncertain: bool, detail: str = "") -> Hit:
    return Hit.at(
        span, label="PLACE", detector="cue", rule=rule, uncertain=uncertain, detail=detail
    )


def _courts(folded: str, res: Resources) -> list[Hit]:
    """Found from the court's word, its town read back and its branch read forward."""
    out: list[Hit] = []
    for court in _COURT_WORD.finditer(folded):
        spans = []
        town = _COURT_TOWN().search(folded, max(0, court.start() - 3), court.start())
        if town is not None:
            spans.append(town.span())
        branch = _BRANCH().match(folded, court.end())
        if branch is not None:
            spans.append(branch.span(1))
        for span in spans:
            name = folded[span[0] : span[1]]
            if name in _COMPASS:
                continue
            entry = gazetteer_entry(name, res)
            if entry is None and (name in res.lex_ko or name in res.keep_native):
                continue  # 서울지방법원 is found by the gazetteer; 이번 지원 is no court
            out.append(_place(span, "court_town", entry is None, entry[0] if entry else ""))
    return out


_GLOSS = lazy_pattern(r"\([가-힣]{2,5}\)")


def _readings(folded: str, res: Resources) -> list[Hit]:
    """Found from the bracketed Hangul, the Hanzi name and its kind read back."""
    out: list[Hit] = []
    kinds = korean_nouns()
    index = folded.find("(", 2)
    while index != -1:
        gloss = _GLOSS().match(folded, index)
        index = folded.find("(", index + 1)
        if gloss is None:
            continue
        match = _READING().search(folded, max(0, gloss.start() - 8), gloss.end())
        if match is None or match.end() != gloss.end():
            continue
        hanzi, kind, reading = match.groups()
        if kind not in kinds and not any(kind.endswith(k) for k in kinds):
            continue
        read = reading in hanzi_reading_seeds(hanzi) or reading in mandarin_readings(hanzi)
        if not read and (gazetteer_entry(reading, res) is not None or reading in res.keep_native):
            continue  # 金达莱노래방(옌지): the town, found by the place rules
        for group in (1, 3):
            out.append(
                Hit.at(
                    match.span(group),
                    label="ORG",
                    detector="cue",
                    rule="org_reading_pair" if read else "org_gloss_in_brackets",
                    uncertain=not read and group == 3 and reading in res.lex_ko,
                )
            )
    return out


@lru_cache(maxsize=1)
def _spaced_kind() -> re.Pattern[str]:
    nouns = alternation(korean_nouns())
    return re.compile(rf"([가-힣]{{2,6}}) (?:{nouns})(?![가-힣])(?=[\s,.;:)]|$)")


def _in_english(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    rx = _spaced_kind()
    for seam in _SEAM.finditer(folded):
        match = rx.match(folded, seam.end() - 1)
        if match is None:
            continue
        name = match.group(1)
        if name in res.keep_native or gazetteer_entry(name, res) is not None:
            continue  # 한국 식당, 연길 식당: a kind of restaurant, or the town's (places)
        out.append(
            Hit.at(
                match.span(1),
                label="ORG",
                detector="cue",
                rule="hangul_name_before_kind_in_english",
                uncertain=name in res.lex_ko,
            )
        )
    return out


_BRACKET_OPEN = re.compile(
    r" \((?:an?|the)\s(?:[a-z]+\s)?"
    r"(?:NGO|organi[sz]ation|charity|mission|foundation|church|shelter|group|network|agency)\b"
)
_BRACKET_NAME = lazy_pattern(r"(?<![\w'])((?:[A-Z][A-Za-z'&]*\s){0,3}[A-Z][A-Za-z'&]*)$")


def _bracketed_kind(folded: str) -> list[Hit]:
    """Found from the bracket and its kind, the capitalised name read back."""
    out: list[Hit] = []
    for bracket in _BRACKET_OPEN.finditer(folded):
        match = _BRACKET_NAME().search(folded, max(0, bracket.start() - 60), bracket.start())
        if match is None:
            continue
        start, end = match.span(1)
        while start < end and folded[start:end].split()[0] in ("The", "A", "An", "From"):
            start += len(folded[start:end].split()[0]) + 1
        if start < end:
            out.append(
                Hit.at((start, end), label="ORG", detector="cue", rule="org_before_bracket_kind")
            )
    return out


_LONE_SYLLABLE = re.compile(r"([가-힣])(?<=\s.)(?=,?\s[A-Za-z])")
"""One Hangul syllable between spaces before an English word: the rare anchor; the title
before it is read back (the titles' alternation tried at every position cost a third of a
second on a 1 MB text).  Opened on the syllable, the space before it looked back at (round
14, speed: the look-behind first was tried at every position)."""
_LATIN = re.compile("[A-Za-z]")
"""What ``_LONE_SYLLABLE`` needs after it: a Korean text without a Latin letter is not
scanned (round 15, speed: one C scan for a letter, not a look-behind at every syllable).
Round 28: the rules ask ``textview.TextView.has_latin``, the same search made once per text;
this copy is what the gate test reads."""


@lru_cache(maxsize=1)
def _titles_ko() -> frozenset[str]:
    c = cue_words()
    return frozenset(c.get("title", "ko") + c.get("office", "ko"))


def _titled_surnames(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    for match in _LONE_SYLLABLE.finditer(folded):
        if match.group(1) not in res.sur_ko_hangul:
            continue
        head = folded[max(0, match.start() - 12) : match.start() - 1]
        title = re.search(r"(?<![가-힣])[가-힣]+$", head)
        if title is None or title.group() not in _titles_ko():
            continue
        if _english_before(folded, match.start() - 1 - len(title.group())):
            out.append(
                Hit.at(
                    match.span(1),
                    label="PERSON",
                    detector="cue",
                    rule="korean_title_surname_in_english",
                )
            )
    return out


def _english_before(folded: str, start: int) -> bool:
    """The sentence before ``start`` is English: it holds a Latin word of two letters."""
    window = re.split(r"[.!?\n]", folded[max(0, start - 40) : start])[-1]
    return re.search(r"[A-Za-z]{2}", window) is not None


_HALL = lazy_pattern(r"[관옥각](?=[이에은을으서도까라였야]|[\s,.!?)'\"]|$)")
_HALL_TOWN = lazy_pattern(r"(?<![가-힣])[가-힣]{2,4}$")


def _halls(folded: str, res: Resources) -> list[Hit]:
    """Found from 관 and its ending, the town read back."""
    out: list[Hit] = []
    for hall in _HALL().finditer(folded):
        match = _HALL_TOWN().search(folded, max(0, hall.start() - 4), hall.start())
        if match is None:
            continue
        town = match.group()
        word = town + hall.group()
        if word in res.lex_ko or word in res.keep_native or dictionary_ko.noun(word):
            continue  # 영사관, 도서관, 여관
        if town not in res.gaz_hangul and town not in res.gaz_marked:
            continue
        out.append(
            Hit.at(
                (match.start(), hall.end()),
                label="ORG",
                detector="cue",
                rule="town_restaurant_hall",
                uncertain=town not in res.gaz_hangul,
            )
        )
    return out


def find_kind_orgs(folded: str, res: Resources) -> list[Hit]:
    """The rules of this module (see its doc)."""
    out: list[Hit] = []
    if " (" in folded:
        out += _bracketed_kind(folded)
    known = view(folded)
    if not known.has_hangul:  # known once per call (round 14, speed)
        return out
    if known.has_latin:  # what _LONE_SYLLABLE needs after it (round 15; shared: round 28)
        out += _titled_surnames(folded, res)  # a Hangul surname before an English word
    if "법" in folded:  # in each court word of _COURT_WORD (round 28, speed)
        out += _courts(folded, res)
    if "(" in folded:
        out += _readings(folded, res)
    if "파출소" in folded or "派出所" in folded:
        out += street_stations(folded, res)  # 건공가 파출소 (round 11)
    if "관" in folded or "옥" in folded or "각" in folded:
        out += _halls(folded, res)  # 평양관; 평양옥, 청진각 (round 11)
    if known.has_latin and _SEAM.search(folded):  # _SEAM opens with a Latin letter
        out += _in_english(folded, res)
    return out


_STATION = lazy_pattern("파출소|派出所")
"""The station; a space before it is the rule's to step over (round 13: a pattern opening
with an optional space was tried at every position)."""
_STREET = lazy_pattern(r"(?<![가-힣])([가-힣]{2,4})가$")


def street_stations(folded: str, res: Resources) -> list[Hit]:
    """A Yanbian street before its police station (건공가 파출소, 신흥가파출소: round 11):
    China's street police stations are named after their street (街道, in Korean 가).
    Found from the station and read back; the word before 가 is no word of the lists, no
    given name and no closed word (언니가 파출소에, 영희가 파출소에 are subjects)."""
    out: list[Hit] = []
    for station in _STATION().finditer(folded):
        at = station.start()
        if folded[at - 1 : at].isspace():
            at -= 1  # 건공가 파출소
        found = _STREET().search(folded, max(0, at - 5), at)
        if found is None:
            continue
        bare = found.group(1)
        if bare in res.lex_ko or bare in res.given_ko or bare[:-1] in res.given_ko:
            continue  # 영희가, 순옥이가: a woman, the subject
        if bare in closed_words("ko"):
            continue
        if dictionary_ko.noun(bare) or bare in res.gaz_hangul:
            continue  # (a town before 가 is the town's subject: 연길이 ...; the town rules)
        out.append(
            Hit.at(
                found.span(), label="PLACE", detector="cue", rule="street_station", uncertain=True
            )
        )
    return out
