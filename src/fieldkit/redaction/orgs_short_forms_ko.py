"""An organisation's full name with its short form in brackets (issue 11, round 14, second
wave, lane ORG AND PLACES).

Korean writes an institution's official name once, with the short form everyone uses after
it in brackets: 햇빛나눔센터(햇빛센터), 한길정보고등학교(한길정보고), 남도복지재단(남도재단).
A Korean short form is made by keeping syllables of the full name in their order (the
name's first syllables and the kind's: 햇빛 + 센터; the first syllable of each word: 탈북
여성지원협회 -> 탈여협).  So when the bracket holds a shorter word whose syllables are all
found, in order, in the word before it, and the word before ends in a kind of organisation
(``orgs.tsv``'s business nouns, 센터, an industry word), both are the organisation's name:
the full name whole and its short form, certain.  The short form is then looked for
elsewhere by propagation like any name.

Never: a bracket that is no short form (식당(중국집): 중 and 집 not in order; 교회(한인): not
shorter), a full name that is a kind the dictionary holds (지역아동센터(아동센터)), a name
whose only name part is a listed town (부천하나센터(부천센터): the town is the place rules'
own, the centre kept by the policy) or a kept word (하나원), a name part that is a closed or
where-word (우리교회(우리)).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import data
from fieldkit.redaction.anchored import finditer_from, positions
from fieldkit.redaction.cuewords import closed_words
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.orgs_centres_ko import service_name_part
from fieldkit.redaction.orgs_industry import INDUSTRY
from fieldkit.redaction.resources import Resources

__all__ = ["find_short_forms"]

_BRACKETED = lazy_pattern(r"(?<![가-힣])([가-힣]{3,14})\s?[(（]([가-힣]{2,8})[)）]")


def _bracketed(folded: str) -> Iterator[re.Match[str]]:
    """``_BRACKETED.finditer``, tried only at the Hangul word that ends at each bracket, or a
    space before it (round 17, speed: the pattern opens with a look-behind, which ``re``
    tried at every position of a long document)."""
    starts = []
    for at in positions(folded, ("(", "（")):
        start = at - 1 if at and folded[at - 1].isspace() else at
        while start and "가" <= folded[start - 1] <= "힣":
            start -= 1
        starts.append(start)
    return finditer_from(_BRACKETED(), folded, starts)


@lru_cache(maxsize=1)
def _kinds() -> tuple[str, ...]:
    """Kinds an organisation's name ends in, longest first (센터, 중학교, 식품 ...)."""
    words = {
        w
        for kind, lang, row in data.rows("orgs.tsv")
        if lang == "ko" and kind == "business"
        for w in row.split("|")
        if len(w) >= 2
    }
    words.update(INDUSTRY)
    words.add("센터")
    return tuple(sorted(words, key=len, reverse=True))


def find_short_forms(folded: str, res: Resources) -> list[Hit]:
    """X(Y) where Y abbreviates the organisation X (module doc).  Gate: a bracket."""
    out: list[Hit] = []
    if "(" not in folded and "（" not in folded:
        return out
    for match in _bracketed(folded):
        full, short = match.group(1), match.group(2)
        if not _abbreviates(short, full) or full in res.lex_ko or full in res.keep_native:
            continue
        kind = next((k for k in _kinds() if full.endswith(k) and len(full) > len(k)), None)
        if kind is None or not _named(full[: -len(kind)], kind, res):
            continue
        for group in (1, 2):
            out.append(
                Hit(
                    start=match.start(group),
                    end=match.end(group),
                    label="ORG",
                    detector="cue",
                    rule="short_form_org_ko",
                    uncertain=False,
                )
            )
    return out


def _abbreviates(short: str, full: str) -> bool:
    """``short`` keeps syllables of ``full`` in their order and is shorter."""
    if len(short) >= len(full) or short == full:
        return False
    at = 0
    for syllable in short:
        at = full.find(syllable, at) + 1
        if not at:
            return False
    return True


def _named(head: str, kind: str, res: Resources) -> bool:
    """What comes before the kind is a name: not a where-word, closed word or town alone."""
    name = service_name_part(head) if kind == "센터" else head
    if len(name) < 2 or name in closed_words("ko") or name in res.keep_native:
        return False
    return name not in res.gaz_hangul and name not in res.gaz_marked
