"""Organisations named beside their kind in ways the kind-noun rules do not read (round 7).

* a Hangul name glued to a Latin business kind (금사랑KTV, 별빛PC방): the Hangul is the name;
* a name in apposition to an organisation noun, or told by "was" in the same sentence (the
  NGO, Open Gate, met us; the group that paid the Laos leg was Tumen Love), and the Korean
  단체는 X, 단체 이름은 X: the organisation's name, whatever the word list says of its words.

Each rule opens on its own characters (KTV, the organisation noun) and reads from there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from fieldkit.redaction import known_ko, korean
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["find_named_orgs"]

_LATIN_KIND = lazy_pattern(r"(?<=[가-힣])(?:KTV|ktv|PC방|pc방)")
_ORG_NOUN_EN = lazy_pattern(
    r"\b(?:NGO|NGOs|organi[sz]ation|charity|mission|foundation|agency|ministry|network|group)\b"
)
_APPOSITION = lazy_pattern(r",\s((?:[A-Z][A-Za-z'&]*\s?){1,4})(?=[,.;)])")
_WAS = lazy_pattern(r"\bwas\s((?:[A-Z][A-Za-z'&]*\s?){1,4}|[가-힣]{2,10})(?=[,.;)\s]|$)")
_SENTENCE_END = lazy_pattern(r"[.!?\n]")
_ORG_NOUN_KO = lazy_pattern(
    r"(?:단체|선교회|선교단체|재단|협회|후원회)(?:는|은|가|이|\s?이름은|\s?이름이)\s"
    r"([가-힣A-Za-z]{2,10}?)(?:이고|이었|이에요|예요|였|이야|라고|이라고|이다|다|[,.\s]|$)"
)


def _hangul_glued(folded: str, res: Resources) -> Iterator[Hit]:
    for match in _LATIN_KIND().finditer(folded):
        start = match.start()
        while start and "가" <= folded[start - 1] <= "힣":
            start -= 1
        if match.start() - start >= 2:
            word = folded[start : match.start()]
            yield Hit.at(
                (start, match.start()),
                label="ORG",
                detector="org",
                rule="hangul_name_glued_to_latin_kind",
                uncertain=word in res.lex_ko,
            )


def _english(folded: str) -> Iterator[Hit]:
    for noun in _ORG_NOUN_EN().finditer(folded):
        end = _SENTENCE_END().search(folded, noun.end())
        stop = end.start() if end else len(folded)
        named = _APPOSITION().match(folded, noun.end())
        if named is None:
            named = _WAS().search(folded, noun.end(), stop)
        if named is None:
            continue
        name = named.group(1).rstrip()
        if not name:
            continue
        start = named.start(1)
        yield Hit.at(
            (start, start + len(name)), label="ORG", detector="org", rule="org_named_after_noun"
        )


_EN_GATE = frozenset(
    (
        *str.split("ngo ngos organisation organization charity mission foundation agency"),
        *str.split("ministry network group"),
    )
)


def find_named_orgs(folded: str, res: Resources, words: frozenset[str]) -> Iterator[Hit]:
    """The rules of this module (see its doc); ``words`` are the text's lower-case Latin
    words, which open the English rule."""
    if "KTV" in folded or "ktv" in folded or "PC방" in folded or "pc방" in folded:
        yield from _hangul_glued(folded, res)
    if words & _EN_GATE:
        yield from _english(folded)
    if "단체" in folded or "회" in folded or "재단" in folded:
        for match in _ORG_NOUN_KO().finditer(folded):
            name = match.group(1)
            token = re.match(r"[가-힣]+", folded[match.start(1) :])
            whole = token.group() if token else name
            if korean.verb_like(name, res) or name in res.lex_ko or known_ko.verb_form(whole, res):
                continue  # 단체는 없었어요, 협회는 좋았다: a verb; 단체는 교회: an ordinary word
            yield Hit.at(match.span(1), label="ORG", detector="org", rule="org_named_after_noun")
