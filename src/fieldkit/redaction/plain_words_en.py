"""English words the catch-all took for names, by their slot (issue 11, round 14, precision).

Set K's English and mixed false positives were capitalised words whose slot in the sentence
says what they are, whoever writes:

- a **month after a determiner** (the same April, that April, last April): a date word; a
  woman called April takes no "the same";
- a capitalised word before a **plural noun of time** (Sunny days, Rainy nights, Long
  winters): an adjective, since a name does not modify "days";
- **Han the people** in the plural or as what one becomes (the Han families, became Han,
  turned Han): the ethnic group, while the singular ``the Han family`` stays a surname
  (round 13 took ``a Han man``, ``Han Chinese``, ``ethnic Han``);
- a capitalised run after "the" that **modifies a person noun** (the Hong Kong film star, the
  New York lawyer): where someone is from or works, not an organisation; the organisation
  rules keep ``the Golden Lotus massage parlour`` (a business noun follows it).

Set N (round 14, second wave) added four more:

- the **words of a report** for the person it is about (Interviewee, Respondent, Informant,
  Claimant ...): a role, opening a sentence with its capital;
- a word right before **Province**: a province, kept by policy (Hamgyong Province);
- a **nationality joined to a participle** (Chinese-born, Korean-speaking): an adjective;
  a romanised given name (Mi-ok) keeps its hyphen, since its first part is no nationality;
- a **generic acronym** as a name before a business noun (the NGO's shelter): the kind of
  body, not its name (the organisation rule's hit too).

Only uncertain hits are read, except the generic acronym: a cue's name is never removed here.
"""

from __future__ import annotations

import re

from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["plain_word_en"]

_MONTHS = frozenset(
    str.split(
        "January February March April May June July August September October November December"
    )
)
_BEFORE_MONTH = lazy_pattern(
    r"\b(?:the\s+same|that\s+same|the\s+following|the\s+next|the\s+last|that|this|last|next|"
    r"every|each|early|late|mid)\s+$",
    re.IGNORECASE,
)
_TIME_PLURAL = re.compile(
    r" (?:days|nights|mornings|evenings|afternoons|weeks|months|years|winters|summers|"
    r"springs|autumns|seasons)\b"
)
_HAN_PEOPLE = lazy_pattern(r" (?:families|households|clans|villages|villagers|settlers)\b")
_BECOME = lazy_pattern(r"\b(?:became|become|becomes|becoming|turned|turning)\s+$", re.IGNORECASE)
_DETERMINER = lazy_pattern(r"\b(?:the|their|those|these|some|many|all)\s+$", re.IGNORECASE)
_PERSON_AFTER = lazy_pattern(
    r"(?: [a-z]+)? (?:star|stars|actor|actors|actress|singer|singers|lawyer|lawyers|doctor|"
    r"doctors|businessman|businessmen|businesswoman|man|woman|men|women|people|girl|girls|boy|"
    r"boys|officer|officers|police|tourist|tourists|accent|celebrity|celebrities)\b"
)


REPORT_ROLES = frozenset(
    str.split(
        "Interviewee Interviewer Respondent Informant Narrator Claimant Applicant Complainant "
        "Translator Interpreter Caseworker Counsellor Counselor"
    )
)
"""How a report names the person it is about or the one who wrote it down: a role."""

_KIND_ACRONYMS = frozenset(str.split("NGO NGOs INGO KTV CEO"))
_POSSESSIVE = re.compile("(?:'s|\u2019s|s')$")
_PROVINCE_AFTER = re.compile(r" [Pp]rovince\b")
_JOINED = re.compile(r"([A-Z][a-z]+)-[a-z]+")


def _month(text: str, hit: Hit) -> bool:
    if text[hit.start : hit.end] not in _MONTHS:
        return False
    return _BEFORE_MONTH().search(text, max(0, hit.start - 16), hit.start) is not None


def _han_people(text: str, hit: Hit) -> bool:
    if text[hit.start : hit.end] != "Han":
        return False
    before = text[max(0, hit.start - 12) : hit.start]
    if _BECOME().search(before):
        return True  # became Han: what one's papers say, not who
    return _DETERMINER().search(before) is not None and bool(_HAN_PEOPLE().match(text, hit.end))


def _origin_before_person(text: str, hit: Hit) -> bool:
    return hit.rule == "the_capitalised_run" and bool(_PERSON_AFTER().match(text, hit.end))


def _kind_acronym(word: str) -> bool:
    """NGO's, the NGOs: a kind of body, with or without its possessive."""
    return _POSSESSIVE.sub("", word) in _KIND_ACRONYMS or word in _KIND_ACRONYMS


def _report_or_adjective(word: str, res: Resources) -> bool:
    if word in REPORT_ROLES:
        return True
    joined = _JOINED.fullmatch(word)
    return joined is not None and joined.group(1) in res.keep_latin


def plain_word_en(text: str, hit: Hit, res: Resources) -> bool:
    """True when the uncertain person, place or organisation hit is a plain English word in
    its slot (a date, an adjective, the ethnic group, where someone is from, a role)."""
    word = text[hit.start : hit.end]
    if hit.label in ("PERSON", "ORG") and _kind_acronym(word):
        return True
    if not hit.uncertain:
        return False
    if hit.label == "ORG":
        return _origin_before_person(text, hit)
    if hit.label in ("PERSON", "PLACE") and _PROVINCE_AFTER.match(text, hit.end):
        return True  # Hamgyong Province: provinces are kept
    if hit.detector != "catchall" or hit.label not in ("PERSON", "PLACE"):
        return False
    if _month(text, hit) or _han_people(text, hit) or _report_or_adjective(word, res):
        return True
    return " " not in word and bool(_TIME_PLURAL.match(text, hit.end))
