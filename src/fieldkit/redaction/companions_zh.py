"""A given name in the companion slot of a Chinese motion clause (issue 11, round 14c).

Chinese says who went with whom by a pivot: A 带 B 去了 X, A 陪 B 回来, A 跟 B 一起走了.
The slot between the accompanying verb (带, 带着, 领, 领着, 陪, 陪着, 跟, 和, 同, 与) and the
motion that follows (去, 来, 到, 回, 走, 逃, 离开, 进, 上, 过, 住, 一起, 一块) holds who was
taken or went along: a person, or a thing taken (带钱去, 带孩子走: words).  Two Hanzi there
that are no word, function word, place, role or number are a given name (uncertain), the
same test ``chinese_given`` applies after a cue verb; a doubled or diminutive name (小红, 丽丽)
counts though the word list holds it.

``chinese_given`` already reads 跟/和 + name before 去, 来, 说 ...; it stops before 一起,
since 一 opens numbers, and it does not take 带, 领 or 陪 as cues (带路, 带走 are verbs, and
a surname after them would be certain).  The verb must not close a word with the character
before it (地带, 一带, 温和, 共同, 本领), nor open a place or word with the characters after
it (从和龙领回来: 和龙 is a county): there it is no verb.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from fieldkit.redaction.anchored import literal_test
from fieldkit.redaction.chinese_given import not_a_given_name
from fieldkit.redaction.cuewords import gazetteer_entry
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["find_companions"]

_HAN = "\u4e00-\u9fff"
_SLOT = lazy_pattern(
    rf"(带着|领着|陪着|带|领|陪|跟|和|同|与)([{_HAN}]{{2}})"
    r"(?=一起|一块|离开|[去来到回走逃进上过住])"
)
_VERBS = ("带", "领", "陪", "跟", "和", "同", "与")
_HAS_VERB = literal_test(_VERBS)


def _verb_in_word(folded: str, match: re.Match[str], res: Resources) -> bool:
    """地带, 温和, 共同: the verb closes a word with the character before it; 从和龙领回来:
    a one-character verb opens a place or a word with the characters after it (和龙, 同江)."""
    start = match.start()
    if start > 0 and folded[start - 1 : start + 1] in res.lex_zh:
        return True
    if len(match.group(1)) > 1:
        return False  # 带着, 陪着: the aspect particle closes the verb
    if folded[start : start + 2] in res.lex_zh:
        return True
    return any(gazetteer_entry(folded[start : start + n], res) is not None for n in (2, 3))


def find_companions(folded: str, res: Resources) -> Iterator[Hit]:
    """Given names in the companion slot (module docstring)."""
    if not _HAS_VERB(folded):
        return
    for match in _SLOT().finditer(folded):
        if _verb_in_word(folded, match, res):
            continue
        if not_a_given_name(match.group(2), res):
            continue
        yield Hit.at(
            match.span(2), label="PERSON", detector="name", rule="zh_companion", uncertain=True
        )
