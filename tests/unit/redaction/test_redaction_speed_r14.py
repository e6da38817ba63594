"""Round 14 speed: what the engine finds is what it found; only where it looks changed.

Three kinds of change, each compared here with what it replaced (comparisons, never timings;
``bench/redaction_outputs.py`` checks the whole engine on every corpus):

* rules that need Hangul or Hanzi ask the text view (``textview``), which knows once per
  call which scripts the text holds, and skip a text without them: with the view forced to
  say "every script" (the gates open), the engine's outputs are the same;
* four patterns open on their anchor instead of a look-behind (tried at every position): the
  same matches as the patterns as they were;
* the English name cue is tried only where ``anchored.phrase_starts`` finds a cue phrase:
  the same matches as the plain scan, and no reading at all of a text ``str.find`` cannot
  read case-insensitively (İ, ı, ſ, the Kelvin sign).

The start-up changes (the build's collector pause, the data readers) leave every table
as it was: ``build`` restores the collector as it found it.
"""

from __future__ import annotations

import gc
import re

import pytest

from fieldkit.redaction import (
    Redactor,
    addresses,
    apposed_ko,
    cues_en,
    data,
    fields_ko,
    keep,
    lists_ko,
    names,
    orgs_acronyms,
    orgs_kinds,
    orgs_ko,
    orgs_signs_ko,
    patterns,
    places_stems_ko,
    propagate_ko,
    round11_en,
    round13_zh,
    strong_cues_ko,
)
from fieldkit.redaction.anchored import finditer_from, phrase_starts
from fieldkit.redaction.normalize import fold
from fieldkit.redaction.resources import build
from speed_helpers import found_matches, made_texts, passages

_SECRET = b"r14-speed-comparison-secret-0000"

_INVENTED = (
    "I met 보라 at church, and 은솔이 was from Hyesan.",
    "We sang at the 달빛 karaoke. Her name was 설화 then.",
    "The Dongsan KTV and the Baekdu Hotel; 我在松花宾馆KTV上班.",
    "Mr. Oh-jin Ryu met Sun-mi by the river. She calls herself Dalnim.",
    "NAMED Okran. known AS Pyol. Called her Minah. by the name Haeul.",
    "Unit 4B, flat 12C; room A7 and the 9th; tag X9-k.",
    "혜진이랑 소라하고 같이 갔어요. 다솜, 가을, 하늘이 다 왔어요.",
    "위챗 아이디는 moon_77 이에요. 微信号 sky88.",
    "\u0130stanbul, \u0131zmir, \u017fome and 5 \u212aelvin: called Ana.",
    "She was Called Mira; the name of the village was Sinpo; u\u017fed.",
    "박 과장 Kim and 최 반장 Lee came.",
)


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return passages() + list(_INVENTED)


class _EveryScript:
    """A text view that says the text holds every script: each gate stays open."""

    has_hangul = has_hanzi = has_digit = has_latin = True


_GATED = (
    addresses,
    apposed_ko,
    cues_en,
    fields_ko,
    keep,
    lists_ko,
    orgs_acronyms,
    orgs_kinds,
    orgs_ko,
    orgs_signs_ko,
    patterns,
    propagate_ko,
    round11_en,
    round13_zh,
    strong_cues_ko,
)
"""Round 28 added the modules that ask the view for a Latin letter or a digit first."""


def _outputs(texts: list[str]) -> list[tuple[str, tuple[object, ...]]]:
    engine = Redactor.default()
    out = []
    for text in texts:
        result = engine.redact(text, secret=_SECRET)
        out.append((result.text, result.spans))
    return out


def test_script_gates_change_no_output(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    gated = _outputs(texts)
    for module in _GATED:
        monkeypatch.setattr(module, "view", lambda _text: _EveryScript())
    monkeypatch.setattr(places_stems_ko, "_SHOP_NOUN", re.compile(""))  # found in every text
    assert _outputs(texts) == gated
    assert any(spans for _text, spans in gated)


def test_every_shop_noun_opens_the_shop_gate() -> None:
    """``places_stems_ko._SHOP_NOUN`` finds each noun ``_SHOP`` can end a word with."""
    nouns = re.search(r"\(\?:([^()]*)\)\(", places_stems_ko._SHOP().pattern)
    assert nouns is not None and "커피" in nouns.group(1)
    for noun in nouns.group(1).split("|"):
        assert places_stems_ko._SHOP_NOUN.search(noun), noun
    assert places_stems_ko._SHOP_NOUN.search("연길에서 일했어요") is None


def test_gates_skip_only_texts_without_the_script() -> None:
    """Precision of the gates: an English text with a Hangul word still reaches the rules
    that read Hangul; a text without one does not (nothing found either way)."""
    res = Redactor.default().res
    island = fold("I met 보라 at church.")
    words = frozenset(re.findall(r"[a-z0-9]+", island.lower()))
    assert [h.rule for h in cues_en.find_english_cues(island, res, words)] == ["hangul_in_english"]
    plain = fold("I met Bora at church, then Mira, then Sora.")
    assert lists_ko.paired_names(plain, [], res) == []
    assert propagate_ko.enumerated_names(plain, [], res) == []


_PIECES = (
    " ",
    "  ",
    "\n",
    ",",
    ", ",
    ".",
    "-",
    "'",
    "1",
    "12",
    "A",
    "B7",
    "x",
    "k",
    "Kim",
    "Sun",
    "Mi-ran",
    "Ok-hee",
    "Hotel",
    "KTV",
    "Cafe",
    "Bar",
    "Baekdu",
    "the",
    "called",
    "Named",
    "CALLED HER",
    "known as",
    "nicknamed",
    "aka",
    "\u0131",
    "\u212a",
    "보",
    "라",
    "박",
    "과장",
    "王",
)


def _made(seed: int, count: int = 4000, size: int = 10) -> list[str]:
    return made_texts(seed, _PIECES, count, size)


_AS_THEY_WERE = {
    "orgs_kinds _LONE_SYLLABLE": (
        lambda: orgs_kinds._LONE_SYLLABLE,
        r"(?<=\s)([가-힣])(?=,?\s[A-Za-z])",
    ),
    "round13_zh _LATIN_KIND": (
        lambda: round13_zh._LATIN_KIND(),
        # round 33: the kinds Mart, Supermarket, Store, Guesthouse and Elementary
        r"(?<![\w-])([A-Z][a-z]{3,})( (?:KTV|Hotel|Restaurant|Karaoke|Sauna|Bar|Cafe"
        r"|Mart|Supermarket|Store|Guesthouse|Elementary))(?![A-Za-z])",
    ),
    "names hyphen_given": (
        lambda: names._regexes()["hyphen_given"],
        # round 25: a possessive after the name ends it too (Ok-hui's)
        r"(?<![\w'\-])[A-Z][a-z]{0,5}-[A-Za-z][a-z]{0,5}(?:(?=['’]s(?![\w'\-]))|(?![\w'\-]))",
    ),
}


@pytest.mark.parametrize("name", sorted(_AS_THEY_WERE))
def test_pattern_finds_what_it_found(name: str, texts: list[str]) -> None:
    now, was = _AS_THEY_WERE[name]
    regex, old = now(), re.compile(was)
    assert regex.pattern != old.pattern
    found = 0
    for text in [*map(fold, texts), *_made(14), *_made(1414, size=4)]:
        assert found_matches(regex, text) == found_matches(old, text), (name, text[:80])
        found += bool(found_matches(old, text))
    assert found


def test_digit_in_name_searched_as_before(texts: list[str]) -> None:
    """``round11_en._DIGIT_IN_NAME`` is only searched for (does the text hold one?)."""
    old = re.compile(r"[A-Za-z]\d|\d[A-Z]")
    answers = set()
    for text in [*map(fold, texts), *_made(15), *_made(1515, size=3)]:
        answer = round11_en._DIGIT_IN_NAME.search(text) is not None
        assert answer == (old.search(text) is not None), text[:80]
        answers.add(answer)
    assert answers == {True, False}


def test_cue_tried_where_a_phrase_starts(texts: list[str]) -> None:
    regex = names._regexes()["cue"]
    phrases = names._cue_phrases()
    found = 0
    for text in [*map(fold, texts), *_made(16), *_made(1616, size=5)]:
        starts = phrase_starts(text, phrases)
        plain = found_matches(regex, text)
        if starts is not None:
            fast = [(m.span(), m.groups()) for m in finditer_from(regex, text, starts)]
            assert fast == plain, text[:80]
        found += len(plain)
    assert found > 50


def test_phrase_starts_declines_what_find_cannot_read() -> None:
    """İ, ı, ſ and the Kelvin sign match an ASCII letter case-insensitively but lower-case
    to another letter (or two): such a text is scanned whole (``None``)."""
    assert phrase_starts("She was Called Ana", ("called",)) == [8]
    assert phrase_starts("She u\u017fed the name Ana", ("name",)) is None
    assert phrase_starts("\u212aim was called Ana", ("called",)) is None
    assert phrase_starts("\u0130lhan was called Ana", ("called",)) is None
    assert phrase_starts("she was called Ana", ("Called",)) is None
    assert re.search("(?i:used)", "u\u017fed") is not None  # why it must decline


def test_column_fast_path_reads_as_the_loop() -> None:
    """``data._spellings``: a column without a mark is split once; the same as the loop."""
    for column in ("연길|延吉|Yanji", "Yanji||Yenji|", "", "a|b*|c**|d*", "*|x"):
        names_, words, frequent = [], set(), set()
        for raw in filter(None, column.split("|")):
            name = raw.rstrip("*")
            names_.append(name)
            if raw.endswith("*"):
                words.add(name)
            if raw.endswith("**"):
                frequent.add(name)
        assert data._spellings(column) == (tuple(names_), words, frequent)


@pytest.mark.parametrize("enabled", [True, False])
def test_build_leaves_the_collector_as_it_found_it(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        build()
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_chinese_lexicon_read_on_first_use() -> None:
    """``Resources.lex_zh`` is out of the start-up: built on first use, the same words."""
    res = build()
    assert "lex_zh" not in vars(res)
    assert res.lex_zh == data.lexicon("zh") | data.extra_words().get("zh", frozenset())
    assert "lex_zh" in vars(res) and res.lex_zh is res.lex_zh
