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

from fieldkit.redaction import data, hangul
from fieldkit.redaction.normalize import fold, fold_key
from fieldkit.redaction.phrases import PhraseIndex

__all__ = ["Resources", "build"]


@dataclass(frozen=True)
class Resources:
    """Lookup tables shared by every detector (read-only)."""

    lex_en: frozenset[str]
    lex_ko: frozenset[str]
    lex_ko_common: frozenset[str]
    """The 15,000 most frequent Korean words: rarer ones are often proper nouns (구례, 봉수)."""
    lex_zh: frozenset[str]
    function_en: frozenset[str]
    """English function words (In, Her, So): never a name when they open a sentence."""
    function_zh: frozenset[str]
    """Chinese pronouns and particles (她, 们, 的): a Hanzi run is cut at them."""
    given_en: frozenset[str]
    """English given names, less the 3,000 most frequent English words (Will, May, Soon)."""
    given_ko: frozenset[str]
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


def _province_of(places: tuple[data.Place, ...]) -> dict[str, str]:
    """Spelling -> province, or "" when two provinces share the spelling."""
    out: dict[str, str] = {}
    for place in places:
        for name in (*place.latin, *place.hangul, *place.hanzi):
            key = data.fold_name(name)
            out[key] = place.province if out.get(key, place.province) == place.province else ""
    return out


def _marks(places: tuple[data.Place, ...]) -> dict[str, str]:
    """Marked spelling (native, or a Latin ``fold_key``) -> ``*`` or ``**``."""
    marks: dict[str, str] = {}
    for place in places:
        for name in place.words:
            key = fold_key(name) if name.isascii() else name
            marks[key] = "**" if name in place.frequent else marks.get(key, "*")
    return marks


def _gazetteer(
    keep: frozenset[str],
) -> tuple[PhraseIndex[str], dict[str, str], dict[str, str], dict[str, tuple[str, str]]]:
    """The Latin index, unmarked Hangul and Hanzi spellings, and the marked spellings."""
    places = data.gazetteer()
    province = _province_of(places)
    marks = _marks(places)
    folded = {n: data.fold_name(n) for p in places for n in p.latin}
    latin = {f: province[f] for f in folded.values() if f.casefold() not in keep}
    caps = frozenset(n for n in latin if fold_key(n) in marks or len(n) <= 3)
    native = {n: province[data.fold_name(n)] for p in places for n in (*p.hangul, *p.hanzi)}
    lex_ko = data.lexicon("ko")
    for place in places:
        for name in place.hangul:
            for syllable in hangul.dueum_variants(name[0]):
                variant = syllable + name[1:]
                if variant not in native:
                    native[variant] = province[data.fold_name(name)]
                    mark = marks.get(name) or ("*" if variant in lex_ko else "")
                    if mark:
                        marks[variant] = mark
    latin_keys = {fold_key(n): p for n, p in latin.items()}
    marked = {k: (native.get(k, latin_keys.get(k, "")), m) for k, m in marks.items()}
    hangul_forms = {n: p for n, p in native.items() if n not in marks and _HANGUL.match(n)}
    hanzi = {n: p for n, p in native.items() if n not in marks and not _HANGUL.match(n)}
    return PhraseIndex(latin, caps), hangul_forms, hanzi, marked


_HANGUL = re.compile("[가-힣]")


def build() -> Resources:
    """Load and cross-adjust every table (the engine's start-up)."""
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
    gaz_words = {
        data.fold_name(n).casefold() for p in data.gazetteer() for n in p.latin if n not in p.words
    }
    lex_en = data.lexicon("en") - ((sur_ko_latin | sur_zh_latin) - ambiguous) - gaz_words
    gaz_latin, gaz_hangul, gaz_hanzi, gaz_marked = _gazetteer(keep_fold)
    given_ko = data.given_ko()
    extra = data.extra_words()
    lex_ko = (data.lexicon("ko") | extra.get("ko", frozenset())) - given_ko
    return Resources(
        lex_en=frozenset(lex_en),
        lex_ko=frozenset(lex_ko),
        lex_ko_common=frozenset(data.lexicon_ranked("ko")[:15000]) | extra.get("ko", frozenset()),
        lex_zh=data.lexicon("zh") | extra.get("zh", frozenset()),
        function_en=data.function_words()["en"],
        function_zh=data.function_words()["zh"],
        given_en=data.given_en() - frequent,
        given_ko=given_ko,
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
