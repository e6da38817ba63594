"""The one who bought or sold her, named (issue 11, round 14, lane ORG-AND-OTHERS).

Chinese testimony names the buyer, the seller or the guide in a cleft sentence: 买她的是X,
卖我的人是X, 带路的那个男人是X.  The slot after 是 holds the person, and when the clause
ends right after two to four Hanzi that open with a surname, those are a full name.  The
running-Chinese name rule (``chinese.py``) cuts a run at kept and ordinary words, so a name
whose first characters make a word (韩国明 opens with 韩国 "Korea", 金星海 with 金星
"Venus") lost its surname there; in this slot the whole run is the name.  Never a kept or
ordinary word as a whole (韩国人, 朝鲜族), nor a run after 个 or 一 ("was a ...").
Anchor: 的...是 after a verb of the closed class below.
"""

from __future__ import annotations

from collections.abc import Iterator

from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["find_cleft_names"]

_CLEFT = lazy_pattern(
    r"(?:买|卖|骗|拐|带|抓|救|收留|雇|娶|接|送|介绍|领|管|打)了?(?:她|他|我|我们|她们|路)?的"
    r"(?:人|男人|女人|那个人|那个男人|那个女人|主人|买主)?是"
    r"([\u4e00-\u9fff]{2,4})(?=[，。；、！？,.;!?\s)）]|$)"
)
"""A verb of trafficking or helping, its object, 的 (and a person noun), 是, then a run of
Hanzi that ends the clause."""

_NOT_NAME_END = frozenset("人家族们的")


def find_cleft_names(folded: str, res: Resources) -> Iterator[Hit]:
    """买她的是X: the whole run after the cleft's 是 is a name (see the module doc)."""
    if "是" not in folded:
        return
    for match in _CLEFT().finditer(folded):
        run = match.group(1)
        surname = 2 if run[:2] in res.sur_zh_hanzi else 1 if run[0] in res.sur_zh_hanzi else 0
        if not surname or len(run) - surname not in (1, 2) or run[-1] in _NOT_NAME_END:
            continue
        if run in res.lex_zh or run in res.keep_native or run in res.gaz_hanzi:
            continue
        yield Hit.at(match.span(1), label="PERSON", detector="cue", rule="cleft_name_zh")
