"""Issue 11 round 12, Korean speed: each shortcut finds exactly what the slower way found.

No rule changed in that round.  Each test below compares a shortcut with the plain
computation it replaced (written out here as it was), on the development corpora, the
blind sets A-F (development material) and invented strings built from the pieces the
shortcut relies on.  ``bench/redaction_outputs.py`` checks the whole engine."""

from __future__ import annotations

import random
from collections.abc import Iterator

from fieldkit.redaction import not_names_ko, places_stems_ko
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.places_dong_ko import _names as dong_names
from fieldkit.redaction.resources import Resources
from speed_helpers import made_texts


def _made(seed: int, pieces: tuple[str, ...], count: int = 3000, size: int = 8) -> list[str]:
    return made_texts(seed, pieces, count, size)


def _before_shops_as_it_was(folded: str, res: Resources) -> Iterator[Hit]:
    """``places_stems_ko._before_shops`` before round 12: the shop's pattern at every word."""
    for match in places_stems_ko._WORD.finditer(folded):
        word = match.group()
        shop = places_stems_ko._SHOP().match(folded, match.end())
        if shop is None or not places_stems_ko._named(word, shop, res):
            continue
        yield Hit(
            start=match.start(),
            end=match.end(),
            label="PLACE",
            detector="context",
            rule="dong_stem_ko",
            uncertain=True,
        )


def _shop_pieces(res: Resources) -> tuple[str, ...]:
    pick = random.Random(12)
    dongs = pick.sample(sorted(dong_names()), 30)
    stems = [d[:-1] for d in dongs if d[-1] == "동"]
    common = pick.sample(sorted(w for w in res.lex_ko_common if 2 <= len(w) <= 4), 10)
    shops = ("커피", "메가커피에서", "X버거", "편의점에", "집", "식당으로는", "PC방", "점")
    return (*dongs, *stems, *common, *shops, "목동", "신림", " ", "  ", "\n", ",", "에서", "가")


def test_shops_are_tried_only_after_a_listed_dong_as_before(
    texts: list[str], res: Resources
) -> None:
    pieces = _shop_pieces(res)
    pick = random.Random(4)
    words = [p for p in pieces if len(p) >= 2 and "가" <= p[0] <= "힣"]
    shops = ("커피", "메가커피에서", "X버거", "편의점에", "집", "식당으로는", "PC방", "점")
    shaped = [
        pick.choice(("", "가", " ", "1"))
        + pick.choice(words)
        + pick.choice((" ", "  ", "", "\n"))
        + pick.choice(shops)
        + pick.choice((" ", ".", "가", "에서 ", ""))
        for _ in range(3000)
    ]
    made = [*_made(2, pieces), *shaped]
    assert sum(bool(list(_before_shops_as_it_was(t, res))) for t in made) > 50
    for text in [*texts, *made]:
        assert list(places_stems_ko._before_shops(text, res)) == list(
            _before_shops_as_it_was(text, res)
        )


def test_hangul_word_test_is_the_plain_one(texts: list[str]) -> None:
    words = [w for t in texts for w in t.split()]
    made = _made(3, ("가", "힣", "각", "a", "3", " ", "\n", "王", "ㄱ", "\u3000"), 3000, 3)
    for word in [*words, *made, ""]:
        plain = bool(word) and all("가" <= ch <= "힣" for ch in word)
        assert not_names_ko._hangul(word) == plain
