"""Round 32 speed (Korean, mixed and Chinese path): gates that replace a plain computation.

``gazetteer._hanzi_scan`` skips a position whose two characters open no spelling
(``gazetteer_parts.hanzi_openings``) and calls ``_hanzi`` only for a name it could find
(listed, or closed by a suffix character that ``_hanzi`` may cut); the native scan reads
the view's Hanzi runs.  ``normalize._fold_slowly`` folds runs of Hanzi and CJK punctuation
in one ``translate`` as it did ASCII and Hangul (a Chinese line takes the slow path for one
fullwidth comma).  These tests compare, never time: each gives what the plain
computation (copied here as it was before) gives, on the development passages and on
texts made of pieces (``bench/redaction_outputs.py`` checks the whole engine's outputs).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from fieldkit.redaction import Redactor, gazetteer, normalize
from fieldkit.redaction.chinese import surname_before
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.textview import forget, view
from speed_helpers import folded_passages, made_texts, passages

_HANZI_PIECES = (
    "延吉市场",
    "天桥岭镇村民",
    "罗南区",
    "罗南",
    "郭长海",
    "长海",
    "欧阳建华",
    "姚青山",
    "长白山宾馆",
    "通化市",
    "通化",
    "到通化",
    "安图的",
    "安图县",
    "延边朝鲜族自治州",
    "延边",
    "珲春",
    "图们",
    "上高中",
    "赤峰",
    "沈阳",
    "哈尔滨市",
    "我",
    "的",
    "人",
    "村",
    "市",
    "。",
    " ",
    "적봉 ",
    "중국말로 ",
    " 밑에 ",
    "3",
    "\n",
)


@pytest.fixture(scope="module")
def res() -> Resources:
    return Redactor.default().res


def _hanzi_texts() -> list[str]:
    """Every development passage with Hanzi, and made texts of Hanzi pieces."""
    with_hanzi = [t for t in folded_passages() if re.search(r"[\u4e00-\u9fff]", t)]
    return [*with_hanzi, *made_texts(3201, _HANZI_PIECES, count=3000, size=8)]


def _hanzi_scan_was(folded: str, index: int, end: int, res: Resources) -> Iterator[Hit]:
    """The scan before round 32: ``_hanzi`` at every position and size."""
    while index < end - 1:
        for size in range(min(end - index, 8), 1, -1):
            hit = gazetteer._hanzi(folded, index, index + size, res)
            if hit and hit.label == "PLACE" and size == 2 and surname_before(folded, index, res):
                hit = Hit(
                    start=index - 1,
                    end=hit.end,
                    label="PERSON",
                    detector="name",
                    rule="zh_surname_place",
                    uncertain=True,
                )
            if hit:
                yield hit
                index = hit.end
                break
        else:
            index += 1


def test_hanzi_scan_is_the_plain_scan(res: Resources) -> None:
    """Every run of every text: the gated scan finds what ``_hanzi`` at every size finds."""
    found = 0
    for text in _hanzi_texts():
        for run in re.finditer(r"[\u4e00-\u9fff]+", text):
            plain = list(_hanzi_scan_was(text, run.start(), run.end(), res))
            assert list(gazetteer._hanzi_scan(text, run.start(), run.end(), res)) == plain, text
            found += len(plain)
    assert found > 1000  # the texts do hold places, cut suffixes and surnames


def _native_was(folded: str, res: Resources) -> Iterator[Hit]:
    """``find_gazetteer_native`` before round 32: the Hanzi runs by ``re.finditer``."""
    g = gazetteer
    listed, marked = res.gaz_hangul, res.gaz_marked
    openings, longer, longest = g._openings(res)
    for start, end in view(folded).hangul_runs:
        if folded[start : start + 2] not in openings:
            continue
        shortest = start + 3 if start and folded[start - 1].isdigit() else start + 2
        reach = g._SHORT
        if end - start > g._SHORT and folded[start : start + g._SHORT + 1] in longer:
            reach = longest
        for stop in range(min(end, start + reach), shortest - 1, -1):
            name = folded[start:stop]
            if name not in listed and name not in marked:
                continue
            hit = g._hangul(folded, start, stop, res)
            if hit:
                yield hit
                break
    if not view(folded).has_hanzi:
        return
    for match in re.finditer(r"[\u4e00-\u9fff]+", folded):
        yield from _hanzi_scan_was(folded, match.start(), match.end(), res)


def test_native_scan_is_the_plain_scan(res: Resources) -> None:
    """The whole native scan, Hangul and Hanzi, against its plain copy."""
    for text in _hanzi_texts():
        assert list(gazetteer.find_gazetteer_native(text, res)) == list(_native_was(text, res))
        forget()


# --- the slow fold's runs of Hanzi ------------------------------------------------------------


def _fold_by_cluster(chunk: str, base: int) -> tuple[str, list[int]]:
    """``_fold_slowly`` as before round 31: one cluster at a time."""
    pieces: list[str] = []
    starts: list[int] = []
    for match in normalize._CLUSTER().finditer(chunk):
        folded = normalize._fold_char(match.group()) or " "
        pieces.append(folded)
        starts.extend([base + match.start()] * len(folded))
    return "".join(pieces), starts


_CJK_ODD = (
    "漢", "延吉", "，", "。", "、", "\u3000", "「", "」", "〩", "〪", "\u302e", "漢\u0301",
    "，\u0301", "가", "\u1100\u1161", "e\u0301", "a", " ", "\n", "Ａ", "①", "﹐", "！", "鿿",
    "\u4e00", "\u9fff\u20d0", "ﬁ",
)  # fmt: skip


def test_a_cjk_run_character_folds_as_translate_does() -> None:
    """Every Hanzi and CJK punctuation mark the run takes: one character, as translate folds it."""
    table = normalize._table()
    for code in (*range(0x3000, 0x302A), *range(0x4E00, 0xA000)):
        char = chr(code)
        assert normalize._PIECE().fullmatch(char) is not None
        assert normalize._fold_char(char) == char.translate(table), hex(code)
        assert len(char.translate(table)) == 1


def test_slow_fold_of_cjk_lines_is_cluster_by_cluster() -> None:
    """Every slow line of the passages, and made lines of Hanzi, marks and odd characters."""
    lines = 0
    for text in passages():
        for line in normalize._LINE().finditer(text):
            if line.group() and not normalize._fast(line.group()):
                lines += 1
                got = normalize._fold_slowly(line.group(), line.start())
                assert got == _fold_by_cluster(line.group(), line.start()), line.group()
    assert lines > 20
    for number, text in enumerate(made_texts(3202, _CJK_ODD, count=3000, size=14)):
        assert normalize._fold_slowly(text, number) == _fold_by_cluster(text, number), text
