"""Ambiguous gazetteer spellings with a locative particle or a place suffix (통화에서,
통화역): split from ``cues_naming_ko`` in round 31, which had grown past 400 lines; the
number test before a cue word serves both."""

from __future__ import annotations

from fieldkit.redaction import hangul, korean
from fieldkit.redaction.cues_roles_ko import cue_rx
from fieldkit.redaction.cuewords import closed_words, gazetteer_entry, gazetteer_place
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["after_number", "korean_places"]

_NUMBER_BEFORE = lazy_pattern(r"(?:\d|[\d,.]+\s?(?:십|백|천|만|억)+)\s?$")


def after_number(folded: str, start: int) -> bool:
    """A number just before ``start``, in digits or with a Korean unit (5천 위안): what
    follows is a unit or a currency (round 16: 5천 위안에 팔렸다)."""
    return _NUMBER_BEFORE().search(folded, max(0, start - 12), start) is not None


_GOING_OR_LIVING = lazy_pattern(
    r"(?<![가-힣])([가-힣]{2,5})\s(?:(?:가는|가던|오는|오던)\s?(?:버스|기차|열차|차|배|택시|길)"
    r"|(?:사는|살던|살았던)\s?[가-힣])"
)
"""A place without its particle before a verb of going with a vehicle or a road (통화 가는 버스)
or of living, before the noun it describes (부평 사는 탈북민): round 34."""


def _going_or_living(folded: str, res: Resources) -> list[Hit]:
    """An ambiguous gazetteer spelling before a verb of going or living (``_GOING_OR_LIVING``):
    a place, uncertain (the word may still be the ordinary one: 안주 사는 돈)."""
    out: list[Hit] = []
    for match in _GOING_OR_LIVING().finditer(folded):
        stem = match.group(1)
        entry = gazetteer_entry(stem, res)
        if entry is None or not entry[1] or stem in closed_words("ko"):
            continue
        rule = "gazetteer_going_ordinary"
        out.append(gazetteer_place(match.span(1), rule, entry, uncertain=True))
    return out


def korean_places(folded: str, res: Resources) -> list[Hit]:
    """A gazetteer spelling that is also an ordinary word, with a locative particle or a
    place suffix (통화에서, 통화역): a place, uncertain unless a suffix says so; or before a
    verb of going or living (``_going_or_living``)."""
    out: list[Hit] = _going_or_living(folded, res)
    closed = closed_words("ko")
    for match in cue_rx().locative.finditer(folded):
        stem, suffix = match.group(1), match.group(2) or ""
        entry = gazetteer_entry(stem, res)
        if entry is None or not entry[1] or stem in closed:
            continue  # not a place, or one the gazetteer finds itself (not ambiguous)
        if after_number(folded, match.start()):
            continue  # 5,000위안에, 5천 위안에: a currency after a number (tested after the
            # look-ups, which leave few: round 30, speed)
        if not match.group(2) and hangul.word_from(folded, match.start(1)) in res.lex_ko:
            continue  # 스스로, 서로: a word of its own, no place and its particle (round 17)
        end = match.end(1) + len(suffix)
        if suffix and korean.verb_like(folded[match.start(1) : match.end()], res):
            continue  # 안다구 했다: a verb (Yanbian 안다고), not 안다 + 구
        rule = "gazetteer_place_suffix" if suffix else "gazetteer_locative_ordinary"
        out.append(gazetteer_place((match.start(1), end), rule, entry, uncertain=not suffix))
    return out
