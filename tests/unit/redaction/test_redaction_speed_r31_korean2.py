"""Round 31 speed, second half (Korean path): orders and gates that replace a plain computation.

``merge.merge`` orders hits by two stable sorts on C getters instead of a sort on
``(start, -end)``; ``merge._whole_address`` sorts only clusters that hold an address;
``places.find_places`` builds a list and reuses the view's Hangul test;
``gazetteer.find_gazetteer_native`` tests a word's opening before the digit before it;
``family_names_ko._mandarin_names`` leaves the syllable before to its pattern's look-behind;
``places_dong_ko._bare_dong`` makes ``_bare_name``'s set look-ups inline; ``namelike_ko._words``
reads its cache once per word.
These tests compare, never time: each gives what the plain computation (copied here as it
was before) gives, on the development passages and on texts made of pieces
(``bench/redaction_outputs.py`` checks the whole engine's outputs).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

import pytest

from fieldkit.redaction import (
    Redactor,
    family_names_ko,
    gazetteer,
    merge,
    namelike_ko,
    places,
    places_dong_ko,
)
from fieldkit.redaction.engine import _Field
from fieldkit.redaction.gazetteer import find_gazetteer_native
from fieldkit.redaction.gazetteer_latin import find_gazetteer_latin
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.known import compile_known
from fieldkit.redaction.mandarin_ko import mandarin_surnames
from fieldkit.redaction.model import DETECTORS
from fieldkit.redaction.phrases import words_of
from fieldkit.redaction.places_dong_ko import dong_places
from fieldkit.redaction.places_hanzi import hanzi_places
from fieldkit.redaction.places_ko import spoken_places
from fieldkit.redaction.places_stems_ko import stem_places
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.textview import forget, view
from speed_helpers import folded_passages, made_texts, passages

_PIECES = (
    "리메이가 ",
    "류메이 ",
    "쑨더하이는 ",
    "김쑨더하이 ",
    "장쑤 ",
    "왕리 ",
    "간간이 ",
    "이천원 ",
    "3000위안 ",
    "5호 ",
    "③하얼빈 ",
    "하얼빈에서 ",
    "연변조선족자치주 ",
    "연길시 ",
    "상계동에 ",
    "정왕동 ",
    "종로3가 ",
    "남동공단 ",
    "평화리라요 ",
    "到了昆明 ",
    "延吉 ",
    "Yanji ",
    "in Shenyang ",
    "회령에서 ",
    "청진 ",
    "그 ",
    "제가 ",
    ", ",
    "\n",
)


@pytest.fixture(scope="module")
def res() -> Resources:
    return Redactor.default().res


@pytest.fixture(scope="module")
def found() -> list[list[Hit]]:
    """One development passage in three: the hits the engine's detectors find in it."""
    engine = Redactor.default()
    matcher = compile_known(())
    out = []
    for text in passages()[::3]:
        one = _Field("text", text)
        out.append(engine._detect(one, matcher, "auto", strict=False))
    return out


def _random_hits(draw: random.Random) -> list[Hit]:
    out = []
    for _ in range(draw.randrange(0, 12)):
        at = draw.randrange(30)
        out.append(
            Hit(
                start=at,
                end=at + 1 + draw.randrange(6),
                label=draw.choice(("PERSON", "PLACE", "ADDRESS", "ORG")),
                detector=draw.choice(DETECTORS),
                rule=draw.choice(("x", "y")),
                uncertain=draw.random() < 0.5,
                detail=draw.choice(("", "Jilin", "Hebei", "1987")),
            )
        )
    return out


def _hit_lists(found: list[list[Hit]]) -> Iterator[list[Hit]]:
    yield from found
    draw = random.Random(3107)
    for _ in range(3000):
        yield _random_hits(draw)


# What the shortcuts were before round 31's second half, for comparison.


def _merge_was(hits: list[Hit]) -> list[Hit]:
    """The order of round 30 (a combined cluster is ``merged``'s, compared on its own)."""
    out: list[Hit] = []
    cluster: list[Hit] = []
    end = -1
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if cluster and hit.start >= end:
            out.append(merge.combine(cluster))
            cluster = []
        cluster.append(hit)
        end = max(end, hit.end) if len(cluster) > 1 else hit.end
    if cluster:
        out.append(merge.combine(cluster))
    return out


def _whole_address_was(cluster: list[Hit], start: int, end: int) -> Hit | None:
    addresses = sorted((h for h in cluster if h.label == "ADDRESS"), key=lambda h: h.start)
    reached = start
    for hit in addresses:
        if hit.start > reached:
            return None
        reached = max(reached, hit.end)
    if not addresses or reached < end:
        return None
    return max(addresses, key=lambda h: h.end - h.start)


def test_merge_is_the_plain_merge(found: list[list[Hit]]) -> None:
    for hits in _hit_lists(found):
        new, plain = merge.merge(hits), _merge_was(hits)
        assert new == plain and [type(h) for h in new] == [type(h) for h in plain], hits


def test_whole_address_is_the_plain_one(found: list[list[Hit]]) -> None:
    for hits in _hit_lists(found):
        if not hits:
            continue
        start, end = min(h.start for h in hits), max(h.end for h in hits)
        assert merge._whole_address(hits, start, end) is _whole_address_was(hits, start, end)


def _find_places_was(folded: str, res: Resources) -> Iterator[Hit]:
    words = words_of(folded)
    yield from find_gazetteer_latin(folded, res, words)
    yield from places._latin_context(folded, res, words)
    if view(folded).has_hangul:
        yield from places._hangul_context(folded, res)
    if view(folded).has_hanzi:
        yield from hanzi_places(folded, res)
    yield from spoken_places(folded, res)
    yield from find_gazetteer_native(folded, res)
    if re.search(r"[가-힣]", folded):
        yield from dong_places(folded, res)
        yield from stem_places(folded, res)


def _texts() -> list[str]:
    return [*folded_passages()[::3], *made_texts(3108, _PIECES, count=1500, size=8)]


def test_find_places_is_the_plain_chain(res: Resources) -> None:
    for text in _texts():
        assert places.find_places(text, res) == list(_find_places_was(text, res)), text
        forget()


def test_gazetteer_native_reads_the_digit_only_where_it_counts(res: Resources) -> None:
    """The reordered loop against its plain copy: same hits, digits before or not."""
    for text in _texts():
        plain = list(_gazetteer_native_was(text, res))
        assert list(gazetteer.find_gazetteer_native(text, res)) == plain, text
        forget()


def _gazetteer_native_was(folded: str, res: Resources) -> Iterator[Hit]:
    g = gazetteer
    listed, marked = res.gaz_hangul, res.gaz_marked
    openings, longer, longest = g._openings(res)
    for start, end in view(folded).hangul_runs:
        shortest = start + 2
        if start and folded[start - 1].isdigit():
            shortest = start + 3
        if folded[start : start + 2] not in openings:
            continue
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
        yield from g._hanzi_scan(folded, match.start(), match.end(), res)


def _mandarin_names_was(folded: str, res: Resources) -> list[Hit]:
    f = family_names_ko
    out: list[Hit] = []
    surnames = mandarin_surnames()
    for word in f._surname_word().finditer(folded):
        token = word.group()
        if token[0] not in surnames and token[:2] not in surnames:
            continue
        if word.start() and "가" <= folded[word.start() - 1] <= "힣":
            continue
        size = f._named_size(token, res)
        if size:
            out.append(f._hit(word.start(), word.start() + size, "mandarin_name", True))
    return out


def test_mandarin_names_are_the_plain_ones(res: Resources) -> None:
    glued = tuple(p.strip() for p in _PIECES)  # pieces glued: a surname after a syllable
    for text in [*_texts(), *made_texts(3109, glued, count=1500, size=6)]:
        assert family_names_ko._mandarin_names(text, res) == _mandarin_names_was(text, res)


_DONGS = (
    "신촌 쪽 ",
    "일산에 살아요 ",
    "여의도 순복음교회 ",
    "신촌동 ",
    "상계에서 살아요 ",
    "신촌으로 이사 ",
    "명동 ",
    *_PIECES,
)


def _bare_dong_was(folded: str, res: Resources) -> list[Hit]:
    d = places_dong_ko
    out = []
    for start, end in view(folded).hangul_runs:
        if not 2 <= end - start <= 5:
            continue
        name = d._bare_name(folded[start:end], res)
        if name is None:
            continue
        if not (d._LIVING().match(folded, start + len(name)) or d._VENUE().match(folded, end)):
            continue
        out.append(
            Hit(
                start=start,
                end=start + len(name),
                label="PLACE",
                detector="gazetteer",
                rule="dong_ko_bare",
                uncertain=True,
                detail=d._names()[name + "동"],
            )
        )
    return out


def test_bare_dong_is_the_plain_one(res: Resources) -> None:
    for text in [*_texts(), *made_texts(3110, _DONGS, count=1500, size=6)]:
        assert list(places_dong_ko._bare_dong(text, res)) == _bare_dong_was(text, res), text
        forget()


def test_namelike_words_are_the_plain_ones(res: Resources) -> None:
    """With the cache warm and cold: its sentinel never stands for a kept decision."""
    n = namelike_ko
    for text in [*_texts(), *made_texts(3111, _DONGS, count=800, size=6)]:
        plain = []
        for start, end in view(text).hangul_runs:
            if start and text[start - 1].isdigit():
                continue
            if start > 1 and text[start - 1] in n._QUOTES and "가" <= text[start - 2] <= "힣":
                continue
            decided = n._candidate(text[start:end], res)
            if decided is not None:
                plain.append(n._Word(start, start + len(decided[0]), *decided))
        assert n._words(text, res) == plain, text
        n._CACHE.forget_words()
        assert n._words(text, res) == plain, text
        forget()
