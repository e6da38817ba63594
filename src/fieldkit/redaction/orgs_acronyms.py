"""A group's full Latin name and its acronym, the words an NGO's name ends in, the name its
address spells (issue 11, round 14c, lane ORG).

Three English conventions name an organisation in any language's sentence:

- **the full name, then its acronym in brackets**: Bright Path Network (BPN), Freedom for
  Northern Women (FNW), Hope Across Borders(HAB)와: the acronym's capitals are the initials of
  the run's capitalised words, in order (function words such as in, for, of may be skipped or
  count), so the run is a name that has an acronym, i.e. an institution, and both are ``ORG``
  (a person has no acronym; a place's is the place rules').
- **a run that ends in a word an NGO's name ends in**: Korea, International, Network,
  Alliance, Mission, Ministries, Partners, Foundation, Fund (Bright Hands Korea, Open Gate
  Ministries): a capitalised run of two words or more before it is that group's name.
  Never a place (North Korea, South Korea, the Republic of Korea: the first word a direction
  or a state's), a listed place or a lone word before the ending (In Korea: a function word
  opening a sentence is no part of a name).

Never a run of given names and surnames (John Smith (JS): a person's initials).

- **a name its web or mail address spells**: the worker at Bright Harbour:
  k.lee@brightharbour.org: a capitalised run whose words, joined in lower case, are the
  domain of an address in the same text is the group that owns the address.

Gate: a capital letter; the first needs a bracket, the third an address.  Certain: the
convention is the cue.
"""

from __future__ import annotations

import re

from fieldkit.redaction import data
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.textview import view

__all__ = ["find_acronym_orgs"]

_WORD = r"[A-Z][A-Za-z'&]+"
_LINK = r"(?:in|for|of|and|the|on|to|&)"
_FIRST = r"[A-Z](?<![A-Za-z-][A-Z])[A-Za-z'&]+"
"""``(?<![A-Za-z-])`` and a word, opened on its capital (round 14, speed: a pattern opening
on a look-behind is tried at every position, this one at capitals only)."""
_RUN = rf"{_FIRST}(?: (?:{_LINK} )?{_WORD}){{1,6}}"
_BRACKETED = re.compile(rf"({_RUN}) ?\(([A-Za-z]{{2,8}})\)")

_ENDINGS = (
    "Korea International Network Alliance Mission Missions Ministries Ministry Partners "
    "Foundation Fund Coalition Initiative Society Project Relief Aid"
)
_ENDED = re.compile(
    rf"((?:{_FIRST} (?:{_LINK} )?)(?:{_WORD} (?:{_LINK} )?){{0,4}}"
    rf"(?:{'|'.join(_ENDINGS.split())}))(?![A-Za-z])"
)
_STATES = frozenset(
    str.split("North South East West Northern Southern Republic People's Democratic The United")
)


def _initials(run: str) -> str:
    """The capitals opening the run's words (Liberty in North Korea -> LNK)."""
    return "".join(w[0] for w in run.split() if w[0].isupper())


def _abbreviates(acronym: str, run: str) -> bool:
    """Whether the acronym's capitals are the run's initials (LiNK, CBK), in order."""
    capitals = "".join(c for c in acronym if c.isupper())
    every = "".join(w[0].upper() for w in run.split())
    return len(capitals) >= 2 and capitals in (_initials(run), every)


def _trim(run: str, acronym: str) -> str:
    """The run's tail whose initials the acronym spells (said Bright Path Network (BPN):
    only the last three words)."""
    words = run.split()
    capitals = "".join(c for c in acronym if c.isupper())
    for start in range(len(words)):
        tail = " ".join(words[start:])
        if _abbreviates(capitals, tail) and words[start][0].isupper():
            return tail
    return ""


def find_acronym_orgs(folded: str, res: Resources) -> list[Hit]:
    """The three conventions (module doc)."""
    out: list[Hit] = []
    latin = view(folded).has_latin  # both patterns open with a capital (round 28, speed)
    if latin and "(" in folded:
        out += _bracketed(folded, res)
    if latin:
        out += _ended(folded, res)
    if "@" in folded or "www." in folded or "://" in folded:
        out += _domain_named(folded)
    return out


_DOMAIN = lazy_pattern(r"(?:@|www\.|://)([a-z0-9-]{6,40})\.")
_CAPITALISED = lazy_pattern(rf"({_FIRST}(?: {_WORD}){{1,5}})(?![A-Za-z])")


def _domain_named(folded: str) -> list[Hit]:
    """A capitalised run spelled out by an address's domain in the same text (the worker at
    Bright Harbour: k.lee@brightharbour.org): the address is the group's, so is the name."""
    out: list[Hit] = []
    domains = {m.group(1).replace("-", "") for m in _DOMAIN().finditer(folded.lower())}
    for match in _CAPITALISED().finditer(folded):
        words = match.group(1).split()
        for start in range(len(words) - 1):
            tail = " ".join(words[start:])
            if "".join(words[start:]).lower() in domains:
                out.append(
                    Hit(
                        start=match.end(1) - len(tail),
                        end=match.end(1),
                        label="ORG",
                        detector="org",
                        rule="domain_named_org",
                    )
                )
                break
    return out


def _person(run: str, res: Resources) -> bool:
    """A short run opening with a given name or surname (John Smith (JS), Kim Min Su): a
    person's initials, unless it ends in a group's word (Grace Mission (GM))."""
    words = run.split()
    first = words[0].lower()
    names = first in data.given_en() or first in res.sur_ko_latin or first in res.sur_zh_latin
    return names and len(words) <= 3 and words[-1] not in _ENDINGS.split()


def _bracketed(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    for match in _BRACKETED.finditer(folded):
        run, acronym = match.group(1), match.group(2)
        tail = _trim(run, acronym)
        if not tail or _person(tail, res):
            continue
        start = match.end(1) - len(tail)
        out.append(
            Hit(start=start, end=match.end(1), label="ORG", detector="org", rule="acronym_org")
        )
        out.append(Hit.at(match.span(2), label="ORG", detector="org", rule="acronym_org"))
    return out


def _ended(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    for match in _ENDED.finditer(folded):
        run = match.group(1)
        words = run.split()
        while words and (words[0] in _STATES or words[0].lower() in res.function_en):
            words = words[1:]
        if len(words) < 2 or any(w in _STATES for w in words[:-1]):
            continue  # North Korea, the Republic of Korea: a state
        if " ".join(words) in res.gaz_latin or " ".join(words[:-1]) in res.gaz_latin:
            continue  # a listed place, or a place's branch (Seoul Korea)
        text = " ".join(words)
        out.append(
            Hit(
                start=match.end(1) - len(text),
                end=match.end(1),
                label="ORG",
                detector="org",
                rule="ngo_ending_org",
            )
        )
    return out
