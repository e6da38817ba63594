"""The catch-all's Hanzi runs: Hanzi inside an English or Korean sentence (``catchall``).

Moved out of ``catchall`` in round 31 (speed), when the Latin scan grew past the size of a
module; the rule is unchanged.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from fieldkit.redaction.chinese import role_spans
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.keep import KeepSpans
from fieldkit.redaction.org_nouns import kind_nouns
from fieldkit.redaction.plain_words_zh import repeated_words
from fieldkit.redaction.resources import Resources

__all__ = ["hanzi_runs"]


def hanzi_runs(
    folded: str, res: Resources, keep: KeepSpans, chinese: list[tuple[int, int]]
) -> Iterator[Hit]:
    """Runs of Hanzi outside Chinese sentences, cut at keep-list words, at pronouns and
    particles (她, 们, 的) and at role nouns (人贩子, 老板), which no name contains."""
    function = res.function_zh
    starts = [s for s, _ in chinese]
    for match in re.finditer(r"[\u4e00-\u9fff]{2,}", folded):
        at = bisect.bisect_right(starts, match.start()) - 1
        if at >= 0 and match.start() < chinese[at][1]:
            continue
        roles = {i for s, e in role_spans(folded, *match.span()) for i in range(s, e)}
        start = match.start()
        for index in range(match.start(), match.end() + 1):
            at_end = index == match.end()
            if not at_end and not (
                folded[index] in function or index in roles or keep.contains(index, index + 1)
            ):
                continue
            size = index - start
            run = folded[start:index]
            kind = run in kind_nouns("zh")  # 松花江饺子馆: the org rule takes the name (r18)
            if not kind and (
                (size >= 2 and run not in res.lex_zh and not repeated_words(run, res))
                or (size == 1 and _lone_surname(folded, start, res))
            ):
                label = "PERSON" if folded[start] in res.sur_zh_hanzi and size <= 3 else "OTHER"
                yield Hit(
                    start=start,
                    end=index,
                    label=label,
                    detector="catchall",
                    rule="hanzi_run",
                    uncertain=True,
                )
            start = index + 1


def _lone_surname(folded: str, index: int, res: Resources) -> bool:
    """A single surname between keep-list words counts; one cut off by a particle does not."""
    beside = folded[index - 1 : index] + folded[index + 1 : index + 2]
    return folded[index] in res.sur_zh_hanzi and not any(c in res.function_zh for c in beside)
