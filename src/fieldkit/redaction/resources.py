"""Everything the detectors look things up in, built once from the data files.

Building this is the engine's start-up cost (the target is under half a
second), so it holds plain sets and dicts and precompiled indexes only.  The
word lists are adjusted here: a surname, a place or a given name is removed from
the "ordinary word" lexicons, so that "Kim" or "Yanji" at the start of a
sentence is never waved through as an ordinary capitalised word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from fieldkit.redaction import data
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.memory import NoCycleCollection
from fieldkit.redaction.normalize import fold
from fieldkit.redaction.phrases import PhraseIndex

__all__ = ["Resources", "build"]


@dataclass(frozen=True, kw_only=True)
class Resources:
    """Lookup tables shared by every detector (read-only)."""

    lex_en: frozenset[str]
    lex_ko: frozenset[str]
    lex_ko_common: frozenset[str]
    """The 15,000 most frequent Korean words: rarer ones are often proper nouns (구례, 봉수)."""
    function_en: frozenset[str]
    """English function words (In, Her, So): never a name when they open a sentence."""
    function_zh: frozenset[str]
    """Chinese pronouns and particles (她, 们, 的): a Hanzi run is cut at them."""
    given_en: frozenset[str]
    """English given names, less the 3,000 most frequent English words (Will, May, Soon)."""
    given_ko: frozenset[str]
    given_west_ko: frozenset[str]
    """Western given names in Hangul (그레이스, 데이빗): no frequency list vetoes them."""
    sur_ko_latin: frozenset[str]
    sur_zh_latin: frozenset[str]
    sur_ambiguous: frozenset[str]
    sur_ko_hangul: frozenset[str]
    sur_zh_hanzi: frozenset[str]
    gaz_latin: PhraseIndex[str]
    gaz_hangul: dict[str, str]
    """Hangul spellings that are only place names -> province ("" when provinces differ)."""
    gaz_hanzi: dict[str, str]
    """Hanzi spellings that are only place names -> province."""
    gaz_marked: dict[str, tuple[str, str]]
    """Spellings that are also words (native, or a Latin ``fold_key``) -> (province, mark):
    ``*`` also a word, ``**`` a frequent word (``gazetteer.tsv``); matched by context."""
    gaz_ambiguous: frozenset[str]
    """The native spellings in ``gaz_marked`` (안도, 동안, 和平): never a certain place, so
    never a reason to drop a name or a reading for the catch-all."""
    keep_latin: PhraseIndex[str]
    keep_native: frozenset[str]
    keep_native_re: re.Pattern[str]

    @cached_property
    def lex_zh(self) -> frozenset[str]:
        """Frequent Chinese words, read when a rule first asks (a text with Hanzi): 28,000 words
        an English or Korean session never needs, out of the start-up (round 14, speed)."""
        return data.lexicon("zh") | data.extra_words().get("zh", frozenset())


_Table = dict[str, list[list[str]]]


def _spellings() -> _Table:
    """The gazetteer's spellings as the engine looks them up, read from
    ``gazetteer_spellings.tsv``: section name -> its rows, split on tabs.

    Round 28, speed: the start-up derived them from the gazetteer each time (the Hangul
    initial-sound and tense variants, the Latin keys, the marks: some 100 ms with the
    gazetteer and the Chinese-word keys read for them); ``bench/redaction_build_spellings.py``
    derives them once, as the code here did (moved there), already sorted into the tables
    below, and a drift test rebuilds and compares.  One split a line: about 10 ms."""
    out: _Table = {}
    for section in data.text("gazetteer_spellings.tsv").split("\n## ")[1:]:
        name, _, body = section.partition("\n")
        out[name] = [line.split("\t") for line in body.split("\n") if line]
    return out


def _gazetteer(
    keep: frozenset[str], table: _Table
) -> tuple[PhraseIndex[str], dict[str, str], dict[str, str], dict[str, tuple[str, str]]]:
    """The Latin index (less the keep-list's phrases), unmarked Hangul and Hanzi spellings,
    and the marked spellings."""
    latin: dict[str, str] = {}
    caps = []
    for phrase, province, capitalised, _unmarked in table["latin"]:
        if phrase.casefold() not in keep:
            latin[phrase] = province
            if capitalised == "1":
                caps.append(phrase)
    marked = {k: (p, m) for k, p, m in table["marked"]}
    hangul_forms = {k: p for k, p in table["hangul"]}
    hanzi = {k: p for k, p in table["hanzi"]}
    return PhraseIndex(latin, frozenset(caps)), hangul_forms, hanzi, marked


_HANZI = lazy_pattern("[\u4e00-\u9fff]")


def build() -> Resources:
    """Load and cross-adjust every table (the engine's start-up), with the cyclic garbage
    collector paused: the tables are some 100,000 new containers, none of them garbage, and
    the full collections their allocation set off cost about a quarter of the build (round
    14, speed).  Reference counting frees as usual; the collector runs again after
    (``memory.NoCycleCollection``, which each engine call uses too since round 18)."""
    with NoCycleCollection():
        return _build()


def _build() -> Resources:
    ko_rows, zh_rows = data.surnames_ko(), data.surnames_zh()
    sur_ko_latin = frozenset(s.casefold() for r in ko_rows for s in r.latin)
    sur_zh_latin = frozenset(s.casefold() for r in zh_rows for s in r.latin)
    frequent = frozenset(data.lexicon_ranked("en")[:3000])
    ambiguous = frozenset(s.casefold() for r in (*ko_rows, *zh_rows) for s in r.ambiguous) | (
        (sur_ko_latin | sur_zh_latin) & frequent
    )
    keep_entries = data.keep_entries()
    keep_latin_words = {w for _c, w in keep_entries if w.isascii()}
    keep_native = frozenset(w for _c, w in keep_entries if not w.isascii())
    keep_fold = frozenset(fold(w).casefold() for w in keep_latin_words)
    table = _spellings()
    gaz_words = {
        phrase.casefold() for phrase, _p, _c, unmarked in table["latin"] if unmarked == "1"
    }
    lex_en = data.lexicon("en") - ((sur_ko_latin | sur_zh_latin) - ambiguous) - gaz_words
    gaz_latin, gaz_hangul, gaz_hanzi, gaz_marked = _gazetteer(keep_fold, table)
    given_ko = data.given_ko()
    extra = data.extra_words()
    # Given names, Korean and Western, are never the words that would veto them (round 22:
    # 그레이스라는 선교사님, 스티브랑 레이첼이었어요 had left silently).
    west = data.western_names_ko()
    lex_ko = (data.lexicon("ko") | extra.get("ko", frozenset())) - given_ko - west
    common = frozenset(data.lexicon_ranked("ko")[:15000]) | extra.get("ko", frozenset())
    return Resources(
        lex_en=frozenset(lex_en),
        lex_ko=frozenset(lex_ko),
        lex_ko_common=common - west,
        function_en=data.function_words()["en"],
        function_zh=data.function_words()["zh"],
        given_en=data.given_en() - frequent,
        given_ko=given_ko,
        given_west_ko=west,
        sur_ko_latin=sur_ko_latin,
        sur_zh_latin=sur_zh_latin,
        sur_ambiguous=ambiguous,
        sur_ko_hangul=frozenset(n for r in ko_rows for n in r.native if len(n) == 1),
        sur_zh_hanzi=frozenset(n for r in zh_rows for n in (*r.native, *r.hanzi)),
        gaz_latin=gaz_latin,
        gaz_hangul=gaz_hangul,
        gaz_hanzi=gaz_hanzi,
        gaz_marked=gaz_marked,
        gaz_ambiguous=frozenset(n for n in gaz_marked if not n.isascii()),
        keep_latin=PhraseIndex(
            {w: "keep" for w in keep_latin_words},
            upper=frozenset(filter(_acronym, keep_latin_words)),
        ),
        keep_native=keep_native,
        keep_native_re=_native_regex(keep_native),
    )


def _acronym(word: str) -> bool:
    """SIM, UN, OK: kept only in capitals (Sim and Un are Korean names, Ok a syllable of one)."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _native_regex(words: frozenset[str]) -> re.Pattern[str]:
    """Hangul entries must start a word (particles may follow); Hanzi match anywhere."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    hangul_alt = "|".join(re.escape(w) for w in ordered if re.match("[가-힣]", w))
    hanzi_alt = "|".join(re.escape(w) for w in ordered if not re.match("[가-힣]", w))
    return re.compile(f"{hangul_alt}|{hanzi_alt}")
