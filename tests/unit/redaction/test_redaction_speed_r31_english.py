"""Round 31 speed: the English path's shortcuts, each compared with the plain computation.

``catchall._LatinScan._scan`` says which runs of capitalised tokens hold a token outside the
keep intervals; ``hits`` decides only those (a run kept whole is all skipped by
``flagged``).  The tests compare its flags with ``KeepSpans.contains`` token by token and the
hits with the runs all decided, on the development passages and on made texts
(``bench/redaction_outputs.py`` checks the whole engine's outputs).
"""

from __future__ import annotations

from collections.abc import Iterator

from fieldkit.redaction import catchall
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.keep import KeepSpans, keep_spans
from fieldkit.redaction.normalize import fold
from fieldkit.redaction.resources import Resources
from speed_helpers import made_texts

_CAPITALS = (
    "In ", "The ", "China ", "Seoul ", "Kim ", "Sarah ", "Park", "Q. ", "A. ", "Ri.", "North ",
    "Korea", "-", " ", ". ", "\n", "Jilin City ", "Tumen River ", "June ", "Han ", "Kim은 ",
    "Sarah가 ", "KTV에서 ", "God's ", "I ", "Mr. ", "Younger Brother ", "Ok-sun ", "the ",
    "and ", "said ", "2003 ", "\"", "Hye-in", "Pastor's ", "SIM ", "Chosun ",
)  # fmt: skip


def _hits_decided_whole(scan: catchall._LatinScan) -> Iterator[Hit]:
    """``hits`` as before round 31: every run decided, also one kept whole."""
    for run in scan._runs():
        if len(run) > 1 and "가" <= scan.folded[run[-1].end() : run[-1].end() + 1] <= "힣":
            yield from scan._join(scan._with_glued_end(run))
        else:
            yield from scan._join(scan.flagged(run))


def _compare(text: str, res: Resources, keep: KeepSpans, strict: bool) -> None:
    scan = catchall._LatinScan(text, res, keep, strict)
    runs, live = scan._scan()
    assert live == [any(not keep.contains(*m.span()) for m in run) for run in runs], text
    assert list(scan.hits()) == list(_hits_decided_whole(scan)), text


def test_catchall_live_runs_on_the_passages(texts: list[str], res: Resources) -> None:
    skipped = 0
    for text in texts:
        keep = keep_spans(text, res)
        _compare(text, res, keep, False)
        _compare(text, res, keep, True)
        live = catchall._LatinScan(text, res, keep, False)._scan()[1]
        skipped += live.count(False)
    assert skipped > 1000  # the shortcut is taken


def test_catchall_live_runs_on_made_texts(res: Resources) -> None:
    for number, text in enumerate(made_texts(31, _CAPITALS, count=2000, size=12)):
        folded = fold(text)
        _compare(folded, res, keep_spans(folded, res), number % 2 == 0)
        # intervals of every size, also ones that cut a token or hold several runs
        cuts = [(i, i + 1 + (i * 7) % 13) for i in range(0, len(folded), 3 + number % 5)]
        _compare(folded, res, KeepSpans(cuts), False)
