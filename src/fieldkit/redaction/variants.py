"""Expand known terms into every spelling a narrative may use, as one regex.

What the interviewer typed in the identity section must not survive in any
form, so each known term is expanded before matching:

* a person: romanisations both ways (Hangul <-> Latin, McCune-Reischauer,
  Revised, informal), North/South spellings, Hanzi <-> pinyin and the Korean
  reading of Hanzi, the given name alone, the surname with a title;
* a place: its spellings with or without an administrative suffix, plus every
  spelling the gazetteer knows for it;
* a contact: the digits with any separators and an optional country code.

``known.KnownMatcher`` compiles the expansion once per set of terms.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence

from fieldkit.redaction import data, hangul
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.model import KnownTerm
from fieldkit.redaction.normalize import fold

__all__ = ["alternation", "flexible_literal", "place_core", "term_patterns"]


SEP = r"[-' ]?"
_LATIN_BEFORE = r"(?<![A-Za-z])"
_LATIN_AFTER = r"(?![A-Za-z])"
_HAS_HANGUL = lazy_pattern(r"[가-힣]")
_HAS_HANZI = lazy_pattern(r"[\u4e00-\u9fff]")
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


def alternation(patterns: Iterable[str]) -> str:
    """One non-capturing group of ``patterns``, longest first (duplicates dropped)."""
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
        sur = alternation(re.escape(s) for s in latin_surnames)
        prefix = alternation(re.escape(t) for t in titles[("prefix", "en")])
        suffix = alternation(re.escape(t.lstrip("-")) for t in titles[("suffix", "en")])
        out.append(_latin(rf"{prefix}\.?\s+{sur}"))
        out.append(_latin(rf"{sur}[-\s]?{suffix}"))
    if hangul_surnames:
        sur = alternation(re.escape(s) for s in hangul_surnames)
        out.append(rf"{sur}\s?{alternation(re.escape(t) for t in titles[('suffix', 'ko')])}")
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
        sur_alt = alternation(re.escape(s) for s in sur_hangul)
        giv_alt = alternation(re.escape(g) for g in _hangul_forms(given))
        b.raw(rf"{sur_alt}\s?{giv_alt}")
        if len(given) >= 2:
            b.raw(giv_alt)
        giv_latin = hangul.romanised_pattern(given)
        if sur_latin:
            sur = alternation(re.escape(s) for s in sur_latin)
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


def _unlisted_surname(b: _Builder, tokens: list[str]) -> None:
    """A name with no listed surname (Zorvexa Quilliam): each distinctive word alone (not
    an ordinary English word), the words the other way round, either end after a title."""
    ordinary = data.lexicon("en")
    for token in tokens:
        if len(token) >= 4 and token.casefold() not in ordinary:
            b.latin(flexible_literal(token))
    b.latin(flexible_literal(" ".join(reversed(tokens))))
    b.parts.extend(_title_patterns(sorted({tokens[0], tokens[-1]}), []))


def _person_latin(b: _Builder, name: str) -> None:
    tokens = [t for t in re.split(r"[\s,]+", fold(name)) if t]
    b.latin(flexible_literal(name))
    surname, given, rows, korean = _split_latin_name(tokens)
    if not rows and len(tokens) >= 2:
        _unlisted_surname(b, tokens)
    given_text = "-".join(given)
    given_patterns = [flexible_literal(given_text)] if given_text else []
    hangul_given = hangul.latin_to_hangul(given_text) if (korean or not rows) and given else []
    given_patterns += [hangul.romanised_pattern(h) for h in hangul_given]
    giv = alternation(given_patterns)
    sur_latin = sorted({s for r in rows for s in r.latin} | ({surname} if surname else set()))
    if surname and giv:
        sur = alternation(re.escape(s) for s in sur_latin)
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
    sur = alternation(re.escape(s) for s in surnames)
    if not sur:
        return []
    pre = alternation(re.escape(t) for t in titles[("prefix", "zh")])
    suf = alternation(re.escape(t) for t in titles[("suffix", "zh")])
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
    pinyin = [readings.get(c, ((), ()))[0] for c in given]
    giv_pinyin = SEP.join(alternation(re.escape(p) for p in options) for options in pinyin)
    if sur_pinyin and giv_pinyin:
        sur = alternation(re.escape(s) for s in sur_pinyin)
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


def place_core(text: str) -> str:
    """A place's name without its administrative suffix: Sodu-ri -> Sodu, 상동리 -> 상동."""
    core = _PLACE_SUFFIX_LATIN.sub("", fold(text).strip())
    if len(core) > 2:
        core = _PLACE_SUFFIX_HANGUL.sub("", core)
        core = _PLACE_SUFFIX_HANZI.sub("", core) if len(core) > 2 else core
    return core


def _place(b: _Builder, text: str) -> None:
    core = place_core(text)
    forms = {core}
    for index in data.gazetteer_index().get(core.casefold(), ()):
        place = data.gazetteer()[index]
        forms.update(data.fold_name(n) for n in (*place.latin, *place.hangul, *place.hanzi))
    # Hangul readings are guessed from a Latin spelling only when the gazetteer gives none.
    guess = not any(_HAS_HANGUL().search(form) for form in forms)
    for form in sorted(forms):
        _place_form(b, form, guess_hangul=guess)


def _place_form(b: _Builder, form: str, *, guess_hangul: bool) -> None:
    if _HAS_HANGUL().search(form):
        for variant in _hangul_forms(form.replace(" ", "")):
            b.raw(re.escape(variant) + _ANY_PLACE_SUFFIX)
        b.latin(hangul.romanised_pattern(form) + _ANY_PLACE_SUFFIX)
    elif _HAS_HANZI().search(form):
        b.raw(re.escape(form) + _ANY_PLACE_SUFFIX)
    else:
        b.latin(flexible_literal(form) + _ANY_PLACE_SUFFIX)
        if not guess_hangul:
            return
        # Every Hangul reading, so the interviewer's own spelling of a village finds it in
        # Korean text (Chongbong-ri: 청봉리 among 24); the Latin respellings of the first few
        # readings only, as each is a large pattern and they mostly spell the same sounds.
        readings = hangul.latin_to_hangul(form, limit=64)
        for reading in readings[:8]:
            b.latin(hangul.romanised_pattern(reading) + _ANY_PLACE_SUFFIX)
        for reading in readings:
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


def term_patterns(term: KnownTerm) -> list[str]:
    """Every regex alternative (unanchored, mixed case) that stands for ``term``."""
    b = _Builder()
    text = term.text.strip()
    if not text:
        return []
    if term.label == "person":
        if _HAS_HANZI().search(text):
            _person_hanzi(b, text)
        elif _HAS_HANGUL().search(text):
            _person_hangul(b, text)
        else:
            _person_latin(b, text)
    elif term.label == "place":
        _place(b, text)
    elif term.label == "contact":
        _contact(b, text)
    b.latin(flexible_literal(text)) if text.isascii() else b.raw(flexible_literal(text))
    return b.parts
