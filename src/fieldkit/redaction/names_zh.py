"""Chinese person names in Hanzi from their titles and cues (split out of ``names.py``).

* a surname with a title before or after it (老王, 小李, 王先生, 欧阳老师): uncertain;
* a name after a naming cue (叫, 名叫, 姓): 姓 takes the surname itself (姓孙), and in formal
  writing the surname before 姓 and a person noun (孙姓男子).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import chinese_given, data
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.nametitles import ZH_TITLE_WORDS
from fieldkit.redaction.phrases import longest_first
from fieldkit.redaction.resources import Resources

__all__ = ["hanzi_names"]


def _zh_function() -> str:
    """Chinese pronouns and particles (她, 的, 了): a name after a cue stops at them."""
    return "".join(sorted(data.function_words()["zh"]))


@lru_cache(maxsize=1)
def _regexes() -> dict[str, re.Pattern[str]]:
    titles = data.titles()
    zh_suffix = longest_first(titles[("suffix", "zh")])
    zh_all = [n for r in data.surnames_zh() for n in (*r.native, *r.hanzi)]
    zh_sur = longest_first(zh_all)
    zh_single = "".join(sorted({n for n in zh_all if len(n) == 1}))
    zh_multi = longest_first([n for n in zh_all if len(n) > 1])
    zh_cue = longest_first(titles[("cue", "zh")])
    return {
        "zh_titled_before": re.compile(rf"[老小阿](?:{zh_sur})"),
        "zh_titled_after": re.compile(rf"[{zh_single}]\s?(?:{zh_suffix})"),
        "zh_titled_after_long": re.compile(rf"(?:{zh_multi})\s?(?:{zh_suffix})"),
        "zh_cue": re.compile(
            rf"({zh_cue})(?:啥)?[\"“'‘「]?((?:(?![{_zh_function()}])[\u4e00-\u9fff]){{1,3}})"
        ),
    }


def hanzi_names(folded: str, res: Resources) -> Iterator[Hit]:
    rx = _regexes()
    for rule in ("zh_titled_before", "zh_titled_after", "zh_titled_after_long"):
        for match in rx[rule].finditer(folded):
            if match.group() not in ZH_TITLE_WORDS:
                yield Hit.at(
                    match.span(), label="PERSON", detector="name", rule="zh_title", uncertain=True
                )
    for match in rx["zh_cue"].finditer(folded):
        name = match.group(2)
        if folded.startswith("姓名", match.start(1)):
            field = _NAME_FIELD.match(folded, match.start(1))
            if field is not None and (field.group(1) or field.group(2)[0] in res.sur_zh_hanzi):
                # 姓名 李春梅, 姓名李娜: a form's name field, no "surnamed" (round 41)
                yield Hit.at(field.span(2), label="PERSON", detector="name", rule="zh_name_field")
            continue
        if match.group(1) == "姓":
            if folded[match.start(1) - 1 : match.end(1)] in res.lex_zh:
                continue  # 老百姓, 贵姓, 同姓: a word, no "surnamed"
            surname = _surnamed(folded, match, res)
            if surname is not None:
                yield Hit.at(surname, label="PERSON", detector="name", rule="zh_cue")
                continue
            if name.startswith(chinese_given.XING_PERSON_NOUNS):
                continue  # 同姓男子 "a man of the same surname": no name after 姓
        if name not in res.keep_native and name not in res.function_zh:
            # after 叫 an ordinary word is still flagged (uncertain): the cue outranks the list
            yield Hit.at(
                match.span(2), label="PERSON", detector="name", rule="zh_cue", uncertain=True
            )


_NAME_FIELD = re.compile(r"姓名(\s?[:：]\s?|\s)?([\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])")


def _surnamed(folded: str, match: re.Match[str], res: Resources) -> tuple[int, int] | None:
    """The surname 姓 points at, listed word or not: after it (姓孙, 姓欧阳) or, in formal
    writing, before it with a person noun after (孙姓男子 "a man surnamed Sun")."""
    name = match.group(2)
    size = 2 if len(name) > 1 and name[:2] in res.sur_zh_hanzi else 1
    if name[:size] in res.sur_zh_hanzi:
        return match.start(2), match.start(2) + size
    return chinese_given.surname_before_xing(folded, match.start(1), res)
