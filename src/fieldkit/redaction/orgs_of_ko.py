"""Korean shelters and groups named "the X of Y" (사랑의 집, 평화의 집, 노아의 방주, 희망의
다리: round 37 of issue 11).

Churches and NGOs name their shelters with two nouns joined by 의, and no word list holds
such a name: each half is an ordinary word.  The name is read only where a cue says it is
one:

* **before a naming ending and a kind of body** (사랑의 집이라는 쉼터, 희망의 다리라는
  단체): the kind says what is named; certain;
* **quoted before a verb of calling** ('소망의 집'이라고 불렀는데, '노아의 방주'라구
  불렀어요): what a group called a place it ran; uncertain, since a phrase may be quoted
  and called so too.

The development sets' silent misses beside a cue held four such names; none of the rules
before read two words across 의.

Round 38: a group named by a river, a mountain or a town and a second noun, before a naming
ending and a kind of body (두만강 사람들이라는 모임, 백두산 친구들이라는 단체): the naming
rules read the second noun alone, a person noun, and found nothing.  The first word must be
one the keep-list holds as a landmark or the gazetteer as a place, so "that people" or "our
mothers" never opens a name; certain, as the kind says what is named.
"""

from __future__ import annotations

from fieldkit.redaction import data
from fieldkit.redaction.cuewords import gazetteer_entry
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["find_of_orgs_ko"]

_KINDS = "쉼터|단체|교회|선교회|센터|공동체|모임|시설|보호소|선교원|학교|기관|재단|곳|데"
_OF_NAME = lazy_pattern(
    r"(?<![가-힣])(['\"‘“]?)([가-힣]{1,4}의\s[가-힣]{1,3}?)(['\"’”]?)"
    r"(?:이라는|라는|이란|란|이라고|라고|이라구|라구)\s?"
    rf"(?:({_KINDS})(?:가|이|는|은|에|에서|를|을|의|도)?(?![가-힣])|(불렀|부르|불러|불렸|했))?"
)
"""A quote, two nouns across 의, the closing quote, a naming ending, then a kind of body
(group 4) or a verb of calling (group 5)."""
_PAIR_NAME = lazy_pattern(
    r"(?<![가-힣])([가-힣]{2,4})\s([가-힣]{1,4}?)(?:이라는|라는|이란|란)\s?"
    rf"(?:{_KINDS})(?:가|이|는|은|에|에서|를|을|의|도)?(?![가-힣])"
)
"""A landmark or a town, a second noun, a naming ending, and a kind of body (round 38)."""
_NOT_OWNER = frozenset(str.split("우리 저희 나 너 그 저 이 자기 남 누구 친구 언니 동생 엄마"))
"""Whose house it was (우리의 집, 친구의 집): a possessive, no name."""


def find_of_orgs_ko(folded: str, res: Resources) -> list[Hit]:
    """The two constructions of the module doc; each asks for the 의 first (speed)."""
    out: list[Hit] = _landmark_pairs(folded, res) if "라는" in folded or "란" in folded else []
    if "의 " not in folded:
        return out
    for match in _OF_NAME().finditer(folded):
        owner = match.group(2).split("의")[0]
        if owner in _NOT_OWNER:
            continue
        quoted = bool(match.group(1)) and bool(match.group(3))
        if match.group(4):
            uncertain = False
        elif match.group(5) and quoted:
            uncertain = True
        else:
            continue
        out.append(
            Hit.at(
                match.span(2), label="ORG", detector="cue", rule="of_name_ko", uncertain=uncertain
            )
        )
    return out


def _landmark_pairs(folded: str, res: Resources) -> list[Hit]:
    """두만강 사람들이라는 모임: a landmark's or a town's name and a noun, named as a body."""
    out: list[Hit] = []
    for match in _PAIR_NAME().finditer(folded):
        first = match.group(1)
        if first not in data.landmarks() and gazetteer_entry(first, res) is None:
            continue
        span = (match.start(1), match.end(2))
        out.append(Hit.at(span, label="ORG", detector="cue", rule="landmark_pair_ko"))
    return out
