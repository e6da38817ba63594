"""Round 32 speed (Korean, mixed and Chinese path): gates that replace a plain computation.

``gazetteer._hanzi_scan`` skips a position whose two characters open no spelling
(``gazetteer_parts.hanzi_openings``) and calls ``_hanzi`` only for a name it could find
(listed, or closed by a suffix character that ``_hanzi`` may cut); the native scan reads
the view's Hanzi runs.  ``normalize._fold_slowly`` folds runs of Hanzi and CJK punctuation
in one ``translate`` as it did ASCII and Hangul (a Chinese line takes the slow path for one
fullwidth comma).  ``hangul_words.words`` walks a text's Hangul words once for the
gazetteer, the name-like words and the bare 동, which read only the words their registered
test passes, and for the Korean catch-all, which reads a word without a context only when
the word alone is a hit.  ``propagate._members`` asks the people of a list and the
glossed names only of a text with Hangul.  These tests compare, never time: each gives
what the plain computation (copied here as it was before) gives, on the development passages and on
texts made of pieces (``bench/redaction_outputs.py`` checks the whole engine's outputs).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from fieldkit.redaction import (
    Redactor,
    catchall_ko,
    gazetteer,
    hangul_words,
    memory,
    namelike_ko,
    normalize,
    places_dong_ko,
    propagate,
)
from fieldkit.redaction.chinese import surname_before
from fieldkit.redaction.engine import _Field
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.keep import KeepSpans
from fieldkit.redaction.known import compile_known
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


# --- one table of Hangul words ----------------------------------------------------------------

_KO_PIECES = (
    "신촌 쪽 ",
    "일산에 살아요 ",
    "여의도 순복음교회 ",
    "상계에서 살아요 ",
    "신촌으로 이사 ",
    "목동 아파트 ",
    "하얼빈에서 ",
    "연변조선족자치주 ",
    "연길시 ",
    "3000위안 ",
    "③하얼빈 ",
    "5호 ",
    "회령에서 ",
    "안도에 ",
    "'장사꾼'이라 ",
    "3호실 ",
    "영애하구 ",
    "순희가 왔어요 ",
    "김민수라고 ",
    "민수라고 ",
    "철수네 엄마 ",
    "이름이 영호였어요 ",
    "'큰손' ",
    "은실, ",
    "왕 따거가 ",
    "그 ",
    "제가 ",
    "1992년생 ",
    ", ",
    "\n",
)


def _korean_texts() -> list[str]:
    """Every development passage with Hangul, and made texts of Korean pieces."""
    with_hangul = [t for t in folded_passages() if re.search("[가-힣]", t)]
    return [*with_hangul, *made_texts(3203, _KO_PIECES, count=3000, size=8)]


def _namelike_words_was(folded: str, res: Resources) -> list[namelike_ko._Word]:
    found = []
    for start, end in view(folded).hangul_runs:
        if start and folded[start - 1].isdigit():
            continue
        quotes = namelike_ko._QUOTES
        if start > 1 and folded[start - 1] in quotes and "가" <= folded[start - 2] <= "힣":
            continue
        decided = namelike_ko._candidate(folded[start:end], res)
        if decided is not None:
            found.append(namelike_ko._Word(start, start + len(decided[0]), *decided))
    return found


def _bare_dong_was(folded: str, res: Resources) -> Iterator[Hit]:
    d = places_dong_ko
    for start, _end in view(folded).hangul_runs:
        name = d._bare_name(folded[start:_end], res)
        if name is None:
            continue
        if not (d._LIVING().match(folded, start + len(name)) or d._VENUE().match(folded, _end)):
            continue
        yield Hit(
            start=start,
            end=start + len(name),
            label="PLACE",
            detector="gazetteer",
            rule="dong_ko_bare",
            uncertain=True,
            detail=d._names()[name + "동"],
        )


def test_word_table_loops_are_the_plain_loops(res: Resources) -> None:
    """The gazetteer's Hangul scan, the name-like words and the bare 동 over the table of
    words, against their loops over every word (the bare 동 without ``_bare_name``'s gate
    made inline in round 31), on each text as the engine reads it and afresh."""
    counts = [0, 0, 0]
    for text in _korean_texts():
        for _ in range(2):  # the second time from the table kept on the view
            plain = list(_native_was(text, res))
            assert list(gazetteer.find_gazetteer_native(text, res)) == plain, text
            assert namelike_ko._words(text, res) == _namelike_words_was(text, res), text
            bare = list(places_dong_ko._bare_dong(text, res))
            assert bare == list(_bare_dong_was(text, res)), text
        counts[0] += len(plain)
        counts[1] += len(namelike_ko._words(text, res))
        counts[2] += len(bare)
        forget()
    assert min(counts) > 50, counts  # each loop finds something in these texts


def test_word_table_follows_its_tests(res: Resources) -> None:
    """A test registered after a table was kept gets its own list; the kept answers are
    dropped for it, and the workspace's ``forget_texts`` empties them."""
    text = "신촌 쪽에 살아요 하얼빈에서"
    before = hangul_words.words(text, res, 0)
    try:
        late = hangul_words.register(lambda word, _res: word.endswith("요"))
        assert hangul_words.words(text, res, late) == [(6, 9, "살아요")]
        assert hangul_words.words(text, res, 0) == before
    finally:
        hangul_words._TESTS.pop()
        hangul_words._FACTS.forget_words()
        forget()
    hangul_words.words(text, res, 0)
    assert hangul_words._FACTS.words
    memory.forget_texts()
    assert not hangul_words._FACTS.words


_DECIDED: dict[tuple[str, str], Hit | None] = {}


def _korean_catchall_was(folded: str, res: Resources, keep: KeepSpans) -> Iterator[Hit]:
    """``korean_catchall`` before round 32: every word's decision, its context derived."""
    c = catchall_ko
    for start, end in view(folded).hangul_runs:
        if start and folded[start - 1].isdigit():
            continue
        key = (folded[start:end], c._context(folded, start, end))
        if key not in _DECIDED:  # this test's own memo: the plain decision, once per key
            _DECIDED[key] = c._korean_hit(key[0], 0, res, context=key[1])
        hit = _DECIDED[key]
        if hit is not None and hit.label == "PERSON" and c.thing_before(folded, start):
            continue
        if hit is not None and not keep.contains(start, start + hit.end):
            yield hit._replace(start=start + hit.start, end=start + hit.end)


def test_korean_catchall_over_the_table_is_the_plain_loop(res: Resources) -> None:
    """With no keep interval and with intervals of every size, each text twice."""
    found = 0
    for number, text in enumerate(_korean_texts()):
        cuts = [(i, i + 1 + (i * 7) % 5) for i in range(0, len(text), 3 + number % 5)]
        for keep in (KeepSpans(()), KeepSpans(cuts), KeepSpans(())):
            plain = list(_korean_catchall_was(text, res, keep))
            assert list(catchall_ko.korean_catchall(text, res, keep)) == plain, text
            found += len(plain)
        forget()
    assert found > 1000


# --- lists and glosses only with Hangul ---------------------------------------------------


def _members_was(text: str, hits: list[Hit], res: Resources) -> None:
    """``propagate``'s first loop before round 32: every rule asked of every text."""
    p = propagate
    if "," in text:
        hits.extend(p.enumerated_names(text, hits, res))
    hits.extend(p.paired_names(text, hits, res))
    hits.extend(p.listed_people(text, hits, res))
    hits.extend(p.counted_people_zh(text, hits))
    hits.extend(p.aliases(text, hits, res))
    hits.extend(p.bracketed_spellings(text, hits, res))  # round 33 (every text, as the others)
    hits.extend(p.glossed_names(text, hits, res))


_LISTED_PIECES = (
    "Sun-hui, ",
    "Mi-ran, ",
    "Pak ",
    "and ",
    "(real name Kim) ",
    "三个人 ",
    "李明、王芳、张伟三个人 ",
    "(본명 박순자) ",
    "순(본명 ",
    "옥이, 금이, 은이 세 자매가 ",
    "핑핑, 平平 ",
    "정희랑 ",
    "\n",
)


def test_members_are_the_plain_rules(res: Resources) -> None:
    """The engine's hits of one passage in five and of made texts, and a person hit over each
    word (lists and glosses need one): the gated rules add what every rule added."""
    engine = Redactor.default()
    matcher = compile_known(())
    texts = [*passages()[::5], *made_texts(3204, _LISTED_PIECES, count=200, size=8)]
    added = 0
    for text in texts:
        field = _Field("text", text)
        found = engine._detect(field, matcher, "auto", strict=False)
        folded = field.folded.text
        words = [
            Hit.at(m.span(), label="PERSON", detector="name", rule="x", uncertain=True)
            for m in re.finditer(r"\S+", folded)
        ]
        for hits in (found, words[::2]):
            new, plain = list(hits), list(hits)
            propagate._members(folded, new, res)
            _members_was(folded, plain, res)
            assert new == plain, text
            added += len(plain) - len(hits)
        forget()
    assert added > 20
