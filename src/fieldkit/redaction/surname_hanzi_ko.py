"""A Chinese surname written alone in Hanzi inside a Korean sentence (round 37 of issue 11).

Women name Chinese husbands, buyers and brokers by surname, and write the surname in the
script they saw it in: 성이 孙이라 다들 쑨씨라고 했어요, 李는 밀산 사람, 王(한족, 차) ->
남편, 한자로는 陈.  One Chinese character standing alone in Korean text is seldom anything
but a name, and the surname list (``surnames_zh.tsv``) says which characters may be one.

Read: a listed surname with no Hanzi on either side, after a space, a bracket, a quote, an
arrow or the text's start, and before a subject, topic or object particle, the copula, 씨,
a bracket, a comma or a full stop.  Never before 으로, 에 or 에서 (金으로 만든: "of gold").
Uncertain, since a character may be a word (金 "gold", 王 "king"); certain after 성이 or
성은 ("the surname is"), which says what it is.
"""

from __future__ import annotations

from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["find_lone_hanzi_surnames"]

_ALONE = lazy_pattern(
    r"(?:^|(?<=[\s(\[\"'“‘>→·,]))([\u4e00-\u9fff])(?![\u4e00-\u9fff])"
    r"(?=(?:이|가|는|은|를|을|한테|에게|랑|하고|도|의|씨|가가|가네|이라|라|였|이었|이에요|예요"
    r"|이고|인데|이야|이래|래)(?![가-힣])|(?:이라|라|였|이었|인데|이고)|\s?[(,.]|\s?$)"
)
_SURNAME_TALK = lazy_pattern(r"(?:성이|성은|성도|성씨는|성씨가|한자로는|한자로)\s$")


def find_lone_hanzi_surnames(folded: str, res: Resources) -> list[Hit]:
    """The construction of the module doc; the caller runs it on texts with Hanzi."""
    out: list[Hit] = []
    for match in _ALONE().finditer(folded):
        if match.group(1) not in res.sur_zh_hanzi:
            continue
        told = _SURNAME_TALK().search(folded, max(0, match.start() - 6), match.start())
        out.append(person_by_cue(match.start(1), match.end(1), "hanzi_surname_alone", told is None))
    return out
