"""A name's other spelling in brackets right after it, in any language (round 33).

A record written in English or Korean gives a Chinese-born child's or a husband's name in
its own script after the romanised one: "her son Tiantian (天天, about 5)", "Wang Gang
(王刚)".  Once the name before the bracket is redacted, what the bracket opens with is the
same person or place and goes too: left, it names her child in the export.  A bracket after
a name holds notes as often (사망, 정신지체, 베트남인, 女, 朝鲜族), so a Hangul word there is
the name's only when it is shaped as a full name, or after a place when it is a place's
spelling itself; a Hanzi run of two to four, unless the keep-list holds it (朝鲜族), is the
spelling (天天 is also "every day": uncertain then).
"""

from __future__ import annotations

from fieldkit.redaction import korean
from fieldkit.redaction.cuewords import closed_words, gazetteer_entry
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["bracketed_spellings"]

_BRACKETED = lazy_pattern(r" ?[(（]([\u4e00-\u9fff]{2,4}|[가-힣]{2,4})(?=[,，)）;])")
"""The bracket right after a name and the run it opens with, closed or followed by a comma
(天天, about 5)."""


def bracketed_spellings(text: str, hits: list[Hit], res: Resources) -> list[Hit]:
    """The bracketed spelling after each person or place of ``hits`` not found yet."""
    out: list[Hit] = []
    taken = {(h.start, h.end) for h in hits}
    for hit in hits:
        if hit.label not in ("PERSON", "PLACE"):
            continue
        match = _BRACKETED().match(text, hit.end)
        if match is None or match.span(1) in taken or _covered(hits, *match.span(1)):
            continue
        uncertain = _ordinary(match.group(1), hit, res)
        if uncertain is None:
            continue
        taken.add(match.span(1))
        out.append(
            Hit(
                start=match.start(1),
                end=match.end(1),
                label=hit.label,
                detector="cue",
                rule="bracketed_spelling",
                uncertain=hit.uncertain or uncertain,
                detail=hit.detail,
            )
        )
    return out


def _ordinary(word: str, source: Hit, res: Resources) -> bool | None:
    """Whether the spelling is also an ordinary word (uncertain), or None for a note."""
    if word in res.keep_native or word in closed_words("ko"):
        return None
    if "\u4e00" <= word[0] <= "\u9fff":
        return word in res.lex_zh
    if source.label == "PLACE" and gazetteer_entry(word, res) is not None:
        return word in res.lex_ko
    return False if korean.name_shaped(word, res) else None


def _covered(hits: list[Hit], start: int, end: int) -> bool:
    return any(h.start < end and start < h.end for h in hits)
