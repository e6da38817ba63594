"""Expand known terms into every spelling a narrative may use, as one regex.

What the interviewer typed in the identity section must not survive in any
form, so each known term is expanded before matching:

* a person: romanisations both ways (Hangul <-> Latin, McCune-Reischauer,
  Revised, informal), North/South spellings, Hanzi <-> pinyin and the Korean
  reading of Hanzi, the given name alone, the surname with a title;
* a place: its spellings with or without an administrative suffix, plus every
  spelling the gazetteer knows for it;
* a contact: the digits with any separators and an optional country code.

The expansion is compiled once per set of terms (``lru_cache``) because the
live preview calls the engine on every keystroke with the same terms.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from fieldkit.redaction import data, hangul
from fieldkit.redaction.firstchars import first_chars
from fieldkit.redaction.model import KnownTerm
from fieldkit.redaction.normalize import fold

__all__ = ["KnownMatcher", "compile_known", "flexible_literal"]


SEP = r"[-' ]?"
_LATIN_BEFORE = r"(?<![A-Za-z])"
_LATIN_AFTER = r"(?![A-Za-z])"
_HAS_HANGUL = re.compile(r"[가-힣]")
_HAS_HANZI = re.compile(r"[\u4e00-\u9fff]")
_TWO_SYLLABLE_SURNAMES = ("남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방")
_PLACE_SUFFIX_LATIN = re.compile(
    r"[-\s]+(?:ri|ni|dong|tong|gun|kun|si|shi|up|eup|ub|rodongjagu|nodongjagu|gu|ku|guyok|kuyok|"
    r"guyeok|myon|myeon|county|city|town|village|district|township|prefecture|street|road|"
    r"station|workers'? district)$",
    re.IGNORECASE,
)
_PLACE_SUFFIX_HANGUL = re.compile(
    r"(로동자구|노동자구|구역|마을|리|동|군|시|읍|구|면|촌|현|진|향)$"
)
_PLACE_SUFFIX_HANZI = re.compile(r"(村|镇|鎮|乡|鄉|县|縣|市|区|區|街|路|屯|庄|里|洞|郡|邑)$")
_ANY_PLACE_SUFFIX = (
    r"(?:[-\s]?(?:ri|ni|dong|gun|si|shi|up|eup|rodongjagu|nodongjagu|gu|guyok|kuyok|myon|myeon)"
    r"|\s(?:County|City|Town|Village|District|Township|county|city|town|village|district))?"
    r"(?:로동자구|노동자구|구역|마을|리|동|군|시|읍|구|면|촌|村|镇|乡|县|市|区|屯)?"
)


def flexible_literal(text: str) -> str:
    """``text`` as a regex where spaces, hyphens and apostrophes may vary or vanish."""
    tokens = [t for t in re.split(r"[\s\-'.]+", fold(text)) if t]
    return r"[\s\-'.]*".join(re.escape(t) for t in tokens)


def _latin(pattern: str) -> str:
    return f"{_LATIN_BEFORE}(?:{pattern}){_LATIN_AFTER}"


def _alt(patterns: Iterable[str]) -> str:
    unique = sorted({p for p in patterns if p}, key=lambda p: (-len(p), p))
    return "(?:" + "|".join(unique) + ")" if unique else ""


def _hangul_forms(text: str) -> list[str]:
    """``text`` with each syllable in both North and South spelling (capped)."""
    options = [sorted(hangul.dueum_variants(s)) for s in text]
    return ["".join(p) for p in itertools.islice(itertools.product(*options), 32)]


def _surname_rows(latin: str) -> list[data.Surname]:
    low = latin.casefold()
    rows = [s for s in data.surnames_ko() if low in (x.casefold() for x in s.latin)]
    return rows


def _zh_surname_rows(token: str) -> list[data.Surname]:
    low = token.casefold()
    return [
        s
        for s in data.surnames_zh()
        if low in (x.casefold() for x in s.latin) or token in s.native or token in s.hanzi
    ]


def _title_patterns(latin_surnames: Sequence[str], hangul_surnames: Sequence[str]) -> list[str]:
    """Surname with a title: "Ms. Kim", "Kim-ssi", "김씨", "김 언니", "老王"."""
    out = []
    titles = data.titles()
    if latin_surnames:
        sur = _alt(re.escape(s) for s in latin_surnames)
        prefix = _alt(re.escape(t) for t in titles[("prefix", "en")])
        suffix = _alt(re.escape(t.lstrip("-")) for t in titles[("suffix", "en")])
        out.append(_latin(rf"{prefix}\.?\s+{sur}"))
        out.append(_latin(rf"{sur}[-\s]?{suffix}"))
    if hangul_surnames:
        sur = _alt(re.escape(s) for s in hangul_surnames)
        out.append(rf"{sur}\s?{_alt(re.escape(t) for t in titles[('suffix', 'ko')])}")
    return out


class _Builder:
    """Collects the regex alternatives for one known term."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def latin(self, pattern: str) -> None:
        if pattern:
            self.parts.append(_latin(pattern))

    def native(self, text: str) -> None:
        if text:
            self.parts.append(re.escape(text))

    def raw(self, pattern: str) -> None:
        if pattern:
            self.parts.append(pattern)


def _person_hangul(b: _Builder, name: str) -> None:
    name = name.replace(" ", "")
    surname = next((s for s in _TWO_SYLLABLE_SURNAMES if name.startswith(s) and len(name) > 2), "")
    if not surname and len(name) >= 2 and any(name[0] in r.native for r in data.surnames_ko()):
        surname = name[0]
    given = name[len(surname) :]
    rows = [r for r in data.surnames_ko() if surname and surname[0] in r.native]
    sur_hangul = sorted({v for r in rows for n in r.native for v in hangul.dueum_variants(n)})
    sur_latin = sorted({s for r in rows for s in r.latin})
    sur_hangul = sur_hangul or ([surname] if surname else [])
    for full in _hangul_forms(name):
        b.native(full)
    if surname and given:
        sur_alt = _alt(re.escape(s) for s in sur_hangul)
        giv_alt = _alt(re.escape(g) for g in _hangul_forms(given))
        b.raw(rf"{sur_alt}\s?{giv_alt}")
        if len(given) >= 2:
            b.raw(giv_alt)
        giv_latin = hangul.romanised_pattern(given)
        if sur_latin:
            sur = _alt(re.escape(s) for s in sur_latin)
            b.latin(rf"{sur}[\s,]+{giv_latin}")
            b.latin(rf"{giv_latin}\s+{sur}")
        if len(given) >= 2:
            b.latin(giv_latin)
    else:
        b.latin(hangul.romanised_pattern(name))
    b.parts.extend(_title_patterns(sur_latin, sur_hangul))


def _split_latin_name(tokens: list[str]) -> tuple[str, list[str], list[data.Surname], bool]:
    """(surname, given tokens, surname rows, is_korean) for a Latin name."""
    for index in (0, len(tokens) - 1):
        rows = _surname_rows(tokens[index])
        if rows and len(tokens) > 1:
            return tokens[index], tokens[:index] + tokens[index + 1 :], rows, True
    for index in (0, len(tokens) - 1):
        zh = _zh_surname_rows(tokens[index])
        if zh and len(tokens) > 1:
            return tokens[index], tokens[:index] + tokens[index + 1 :], zh, False
    return "", tokens, [], False


def _person_latin(b: _Builder, name: str) -> None:
    tokens = [t for t in re.split(r"[\s,]+", fold(name)) if t]
    b.latin(flexible_literal(name))
    surname, given, rows, korean = _split_latin_name(tokens)
    given_text = "-".join(given)
    given_patterns = [flexible_literal(given_text)] if given_text else []
    hangul_given = hangul.latin_to_hangul(given_text) if (korean or not rows) and given else []
    given_patterns += [hangul.romanised_pattern(h) for h in hangul_given]
    giv = _alt(given_patterns)
    sur_latin = sorted({s for r in rows for s in r.latin} | ({surname} if surname else set()))
    if surname and giv:
        sur = _alt(re.escape(s) for s in sur_latin)
        b.latin(rf"{sur}[\s,]+{giv}")
        b.latin(rf"{giv}\s+{sur}")
    if giv and (len(given_text) >= 4 or len(hangul_given[:1][0] if hangul_given else "") >= 2):
        b.latin(giv)
    sur_hangul = sorted(
        {v for r in rows if korean for n in r.native for v in hangul.dueum_variants(n)}
    )
    for h in hangul_given:
        for s in sur_hangul or [""]:
            b.raw(rf"{re.escape(s)}\s?{re.escape(h)}" if s else "")
        if len(h) >= 2:
            b.native(h)
    if not korean and rows:
        b.parts.extend(_hanzi_titles([n for r in rows for n in r.native]))
    b.parts.extend(_title_patterns(sur_latin if surname else [], sur_hangul))


def _hanzi_titles(surnames: Sequence[str]) -> list[str]:
    titles = data.titles()
    sur = _alt(re.escape(s) for s in surnames)
    if not sur:
        return []
    pre = _alt(re.escape(t) for t in titles[("prefix", "zh")])
    suf = _alt(re.escape(t) for t in titles[("suffix", "zh")])
    return [rf"{pre}{sur}", rf"{sur}{suf}"]


def _person_hanzi(b: _Builder, name: str) -> None:
    name = re.sub(r"\s+", "", name)
    readings = data.hanzi_readings()
    surname = name[:2] if any(name[:2] in r.native for r in data.surnames_zh()) else name[:1]
    given = name[len(surname) :]
    b.native(name)
    if len(given) >= 2:
        b.native(given)
    b.parts.extend(_hanzi_titles([surname]))
    zh_rows = _zh_surname_rows(surname)
    sur_pinyin = {s for r in zh_rows for s in r.latin} or set(_pinyin_of(surname, readings))
    giv_pinyin = SEP.join(_alt(re.escape(p) for p in readings.get(c, ((), ()))[0]) for c in given)
    if sur_pinyin and giv_pinyin:
        sur = _alt(re.escape(s) for s in sur_pinyin)
        b.latin(rf"{sur}[\s,]+{giv_pinyin}")
        b.latin(rf"{giv_pinyin}\s+{sur}")
        if len(given) >= 2:
            b.latin(giv_pinyin)
    korean = _korean_reading(surname, given, readings)
    for reading in korean:
        _person_hangul(b, reading)


def _pinyin_of(
    text: str, readings: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]
) -> list[str]:
    options = [readings.get(c, ((c,), ()))[0] or (c,) for c in text]
    return ["".join(p).capitalize() for p in itertools.islice(itertools.product(*options), 8)]


def _korean_reading(
    surname: str, given: str, readings: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]
) -> list[str]:
    """Korean readings of a Hanzi name: 金英姬 -> 김영희."""
    traditional = {t for r in _zh_surname_rows(surname) for t in r.hanzi} | {surname}
    sur_ko = [r.native[0] for r in data.surnames_ko() if traditional & set(r.hanzi)]
    if not sur_ko:
        sur_ko = list(readings.get(surname, ((), ()))[1][:1]) if len(surname) == 1 else []
    giv_options = [readings.get(c, ((), ()))[1][:2] for c in given]
    if not sur_ko or not all(giv_options):
        return []
    givens = ["".join(p) for p in itertools.islice(itertools.product(*giv_options), 4)]
    return [s + g for s in sur_ko[:1] for g in givens]


def _place(b: _Builder, text: str) -> None:
    core = fold(text).strip()
    core = _PLACE_SUFFIX_LATIN.sub("", core)
    if len(core) > 2:
        core = _PLACE_SUFFIX_HANGUL.sub("", core) if len(core) > 2 else core
        core = _PLACE_SUFFIX_HANZI.sub("", core) if len(core) > 2 else core
    forms = {core}
    for place in data.gazetteer():
        names = (*place.latin, *place.hangul, *place.hanzi)
        if any(fold(n).casefold() == core.casefold() for n in names):
            forms.update(fold(n) for n in names)
    for form in sorted(forms):
        _place_form(b, form)


def _place_form(b: _Builder, form: str) -> None:
    if _HAS_HANGUL.search(form):
        for variant in _hangul_forms(form.replace(" ", "")):
            b.raw(re.escape(variant) + _ANY_PLACE_SUFFIX)
        b.latin(hangul.romanised_pattern(form) + _ANY_PLACE_SUFFIX)
    elif _HAS_HANZI.search(form):
        b.raw(re.escape(form) + _ANY_PLACE_SUFFIX)
    else:
        b.latin(flexible_literal(form) + _ANY_PLACE_SUFFIX)
        for reading in hangul.latin_to_hangul(form, limit=8):
            b.latin(hangul.romanised_pattern(reading) + _ANY_PLACE_SUFFIX)
            b.raw(re.escape(reading) + _ANY_PLACE_SUFFIX)


def _contact(b: _Builder, text: str) -> None:
    folded = fold(text).strip()
    digits = re.sub(r"\D", "", folded)
    if len(digits) >= 5 and len(digits) >= 0.6 * len(re.sub(r"\s", "", folded)):
        national = re.sub(r"^(?:00)?(?:86|82|850)(?=\d{8,})", "", digits).lstrip("0")
        body = r"[\s\-.()]*".join(re.escape(d) for d in national)
        b.raw(rf"(?<!\d)(?:(?:\+|00)?(?:86|82|850)[\s\-.()]*)?(?:0[\s\-.()]*)?{body}(?!\d)")
        return
    b.raw(rf"(?<![\w.]){flexible_literal(folded)}(?![\w])")
    if "@" in folded:
        local = folded.split("@", 1)[0]
        if len(local) >= 4:
            b.raw(rf"(?<![\w.]){re.escape(local)}(?![\w])")


def _term_patterns(term: KnownTerm) -> list[str]:
    b = _Builder()
    text = term.text.strip()
    if not text:
        return []
    if term.label == "person":
        if _HAS_HANZI.search(text):
            _person_hanzi(b, text)
        elif _HAS_HANGUL.search(text):
            _person_hangul(b, text)
        else:
            _person_latin(b, text)
    elif term.label == "place":
        _place(b, text)
    elif term.label == "contact":
        _contact(b, text)
    b.latin(flexible_literal(text)) if text.isascii() else b.raw(flexible_literal(text))
    return b.parts


class KnownMatcher:
    """One compiled regex over every variant of every known term.

    The regex runs on lower-cased folded text without ``re.IGNORECASE`` so that
    a tiny prefilter (the characters any variant can start with) can jump to
    candidate positions at C speed; the big regex is only tried there.
    """

    def __init__(self, terms: tuple[KnownTerm, ...]) -> None:
        self.terms = terms
        groups = []
        firsts: set[str] = set()
        for index, term in enumerate(terms):
            parts = [p.lower() for p in _term_patterns(term)]
            if parts:
                groups.append(f"(?P<k{index}>{_alt(parts)})")
                firsts |= first_chars("|".join(parts)) or {""}
        self.regex = re.compile("|".join(groups)) if groups else None
        any_start = "" in firsts or not firsts
        letters = "".join(sorted(c for c in firsts if c.isascii() and c.isalpha()))
        others = "".join(sorted(c for c in firsts if c and not (c.isascii() and c.isalpha())))
        prefilter = "|".join(
            ([f"(?<![a-z])[{re.escape(letters)}]"] if letters else [])
            + ([f"[{re.escape(others)}]"] if others else [])
        )
        self.prefilter = re.compile("(?s)." if any_start or not prefilter else prefilter)

    def finditer(self, folded: str) -> Iterable[tuple[int, int, int]]:
        """``(start, end, term index)`` for every variant found in folded text."""
        if self.regex is None:
            return
        text = folded.lower()
        if len(text) != len(folded):
            text = "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)
        position, search, match = 0, self.prefilter.search, self.regex.match
        while True:
            candidate = search(text, position)
            if candidate is None:
                return
            found = match(text, candidate.start())
            if found and found.end() > found.start() and found.lastgroup:
                yield found.start(), found.end(), int(found.lastgroup[1:])
                position = found.end()
            else:
                position = candidate.start() + 1

    def search(self, folded: str) -> bool:
        """True when any variant occurs in folded text."""
        return next(iter(self.finditer(folded)), None) is not None


@lru_cache(maxsize=64)
def compile_known(terms: tuple[KnownTerm, ...]) -> KnownMatcher:
    """The matcher for ``terms``, cached: the preview reuses one set many times."""
    return KnownMatcher(terms)
