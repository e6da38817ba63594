"""A capitalised word after an article (issue 11, round 29, lane E).

English names of people take no article: "the Grace of God", "the Mission, as she called
it", "a Crystal in every bar" are a noun or a thing's name, not someone named.  A single
capitalised word straight after *the*, *a* or *an* that is an English word or an English
given name is therefore no person for the catch-all (which flags unknown capitals
uncertain).  A word the word lists do not hold stays flagged (the Jinda factory, the
Chongori camp: a proper name before its kind noun), and so does a surname (the Pak family);
a name the rules find by a cue, a title or a surname is found by those rules, not here.
"""

from __future__ import annotations

from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["after_article"]

_ARTICLE_BEFORE = lazy_pattern(r"(?<!\w)(?:[Tt][Hh][Ee]|[Aa][Nn]?) $")
"""*the*, *a* or *an* as a whole word, one space before the token (any case: THE, The)."""


def after_article(folded: str, start: int, res: Resources) -> bool:
    """Whether the token at ``start`` is an English word or given name after an article
    and one space (not a surname: the Pak family, the Park from the last session)."""
    if _ARTICLE_BEFORE().search(folded, max(0, start - 4), start) is None:
        return False
    end = start
    while end < len(folded) and (folded[end].isalpha() or folded[end] in "-'’"):
        end += 1
    word = folded[start:end].casefold()
    if word in res.sur_ko_latin or word in res.sur_zh_latin:
        return False
    return word in res.lex_en or word in res.given_en
