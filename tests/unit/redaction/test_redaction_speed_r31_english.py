"""Round 31 speed: the English path's shortcuts, each compared with the plain computation.

``catchall._LatinScan._scan`` says which runs of capitalised tokens hold a token outside the
keep intervals; ``hits`` decides only those (a run kept whole is all skipped by
``flagged``).  The tests compare its flags with ``KeepSpans.contains`` token by token and the
hits with the runs all decided, on the development passages and on made texts
(``bench/redaction_outputs.py`` checks the whole engine's outputs).

``normalize._fold_slowly`` folds a run of ASCII characters and Hangul syllables with no mark
after it in one ``translate``: compared with the fold cluster by cluster, offsets included,
on every line of the passages that takes the slow path and on made lines of marks, jamo and
compatibility characters; and each character of the run's class folds alone as ``translate``
folds it.
"""

from __future__ import annotations

from collections.abc import Iterator

from fieldkit.redaction import catchall, normalize
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.keep import KeepSpans, keep_spans
from fieldkit.redaction.normalize import fold
from fieldkit.redaction.resources import Resources
from speed_helpers import made_texts, passages

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


# --- the slow fold's runs --------------------------------------------------------------------


def _fold_by_cluster(chunk: str, base: int) -> tuple[str, list[int]]:
    """``_fold_slowly`` as before round 31: one cluster at a time."""
    pieces: list[str] = []
    starts: list[int] = []
    for match in normalize._CLUSTER().finditer(chunk):
        folded = normalize._fold_char(match.group()) or " "
        pieces.append(folded)
        starts.extend([base + match.start()] * len(folded))
    return "".join(pieces), starts


_ODD = (
    "a", "Z", "9", " ", "\t", "`", "\n", "e\u0301", "o\u0306", "\u0301", "가", "힣", "\u1100",
    "\u1161", "\u11a8", "\u1100\u1161\u11a8", "한\u11a8", "ﬁ", "①", "Ａ", "é", "—", "’", "ŏ",
    "\u00a0", "\u3000", "漢", "x\u20d0", "\ufe20", "İ", "ß", ".",
)  # fmt: skip


def test_slow_fold_runs_on_the_passages() -> None:
    lines = 0
    for text in passages():
        for line in normalize._LINE().finditer(text):
            if line.group() and not normalize._fast(line.group()):
                lines += 1
                got = normalize._fold_slowly(line.group(), line.start())
                assert got == _fold_by_cluster(line.group(), line.start()), line.group()
    assert lines > 20


def test_slow_fold_runs_on_made_lines() -> None:
    for number, text in enumerate(made_texts(3131, _ODD, count=3000, size=14)):
        assert normalize._fold_slowly(text, number) == _fold_by_cluster(text, number), text


def test_a_run_character_folds_as_translate_does() -> None:
    table = normalize._table()
    for code in (*range(0x80), *range(0xAC00, 0xD7A4)):
        assert normalize._fold_char(chr(code)) == chr(code).translate(table), hex(code)
