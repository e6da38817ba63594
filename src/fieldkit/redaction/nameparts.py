"""What a mention of a person or a place is made of, to tell which mentions are one entity.

A person mention is parsed, after its title is dropped ("Ms.", "-ssi", "씨",
"老", "先生"), into a surname and a given name:

* the surname as rows of the surname tables, so Lee, Yi, Ri, 이, 리 and 李 are
  one surname; a name with no listed surname (Zorvexa Quilliam) takes its last
  word as the surname;
* the given name as *forms*, tagged by script: ``l:`` its Latin spelling
  (folded, without hyphens or spaces), ``h:`` Hangul, ``z:`` Hanzi.  A Latin
  spelling also carries the Hangul it may stand for, and Hanzi its pinyin and
  Korean reading, as *cross* forms: they link two scripts (Kim Chun-sil and
  김춘실), never two spellings in one script (Sun-hee and Son-hui stay apart).

A place mention is reduced to its name without an administrative suffix
(Xembrok-ri -> Xembrok, 운평동 -> 운평), the same forms, and its gazetteer entry.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from fieldkit.redaction import data, hangul
from fieldkit.redaction.normalize import fold_key
from fieldkit.redaction.variants import place_core

__all__ = [
    "Forms",
    "PersonName",
    "given_part",
    "ordinary_given_part",
    "person_name",
    "place_forms",
    "strip_title",
]

_HANGUL = re.compile(r"^[가-힣]+$")
_HANZI = re.compile(r"^[\u4e00-\u9fff]+$")
_LATIN = re.compile(r"^[A-Za-z][A-Za-z'\-\s,.]*$")


@dataclass(frozen=True)
class Forms:
    """How a name is written (``own``) and how it may be written in another script."""

    own: frozenset[str] = frozenset()
    cross: frozenset[str] = frozenset()

    def meets(self, other: Forms) -> bool:
        """The same name: one spelling in common, or one links the other's script."""
        return bool(self.own & other.own or self.cross & other.own or self.own & other.cross)


@dataclass(frozen=True)
class PersonName:
    """A parsed person mention.  ``full`` when it has a surname and a given name."""

    surname: frozenset[str]
    given: Forms
    words: frozenset[str]
    """Forms a one-word mention of this person may take: each given-name word."""
    full: bool

    def same_person(self, other: PersonName) -> bool:
        """Two full names of one person: the same surname and the same given name."""
        return bool(self.surname & other.surname) and self.given.meets(other.given)

    def part_of(self, full: PersonName) -> bool:
        """This one-word mention (a surname, a given name) is a part of ``full``."""
        if self.surname & full.surname or self.given.own & (full.surname | full.words):
            return True
        return self.given.meets(full.given)


@lru_cache(maxsize=1)
def _surname_rows() -> dict[str, frozenset[str]]:
    """Latin (lower-case), Hangul and Hanzi spellings -> surname row ids."""
    out: dict[str, set[str]] = {}
    for prefix, rows in (("ko", data.surnames_ko()), ("zh", data.surnames_zh())):
        for index, row in enumerate(rows):
            ident = f"{prefix}{index}"
            for spelling in row.latin:
                out.setdefault(spelling.casefold(), set()).add(ident)
            for native in row.native:
                variants = {native} if prefix == "zh" else _dueum(native)
                for form in variants:
                    out.setdefault(form, set()).add(ident)
            for character in row.hanzi:
                out.setdefault(character, set()).add(ident)
    return {k: frozenset(v) for k, v in out.items()}


_CONTRASTIVE = frozenset({"Big", "Little", "Old"})
"""Words that tell two people of one name apart ("Big Ok" and "Little Ok" were two women):
a cue that a name follows, but part of the name when mentions are linked, never stripped."""


@lru_cache(maxsize=1)
def _titles() -> tuple[re.Pattern[str], re.Pattern[str]]:
    titles = data.titles()

    def alt(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))

    en_suffix = tuple(t.lstrip("-") for t in titles[("suffix", "en")])
    en_prefix = tuple(t for t in titles[("prefix", "en")] if t not in _CONTRASTIVE)
    before = (
        rf"^(?:(?i:{alt(en_prefix)})\.?\s+|(?:{alt(titles[('prefix', 'ko')])})\s?"
        rf"|(?:{alt(titles[('prefix', 'zh')])})(?=[\u4e00-\u9fff]))"
    )
    after = (
        rf"(?:[\s\-](?i:{alt(en_suffix)})|\s?(?:{alt(titles[('suffix', 'ko')])})(?:님)?"
        rf"|\s?(?:{alt(titles[('suffix', 'zh')])}))$"
    )
    return re.compile(before), re.compile(after)


@lru_cache(maxsize=8192)
def strip_title(surface: str) -> str:
    """The name without a title before or after it ("Ms. Baek" -> "Baek", "김씨" -> "김")."""
    before, after = _titles()
    name = surface.strip()
    for pattern in (before, after):
        stripped = pattern.sub("", name).strip(" ,.")
        if stripped:
            name = stripped
    return name


def _dueum(syllable: str) -> frozenset[str]:
    return frozenset(v + syllable[1:] for v in hangul.dueum_variants(syllable[0]))


@lru_cache(maxsize=4096)
def _readings(latin: str) -> frozenset[str]:
    return frozenset(f"h:{r}" for r in hangul.latin_to_hangul(latin, 64))


def _hanzi_forms(text: str) -> Forms:
    """Hanzi: its Korean reading is as exact as the Hanzi; its pinyin links Latin."""
    readings = data.hanzi_readings()
    pinyin = [readings.get(c, ((), ()))[0] or (c,) for c in text]
    korean = [readings.get(c, ((), ()))[1][:2] or (c,) for c in text]
    spelled = {"l:" + "".join(p) for p in itertools.islice(itertools.product(*pinyin), 8)}
    read = {"h:" + "".join(p) for p in itertools.islice(itertools.product(*korean), 8)}
    return Forms(frozenset({f"z:{text}"} | read), frozenset(spelled))


def _given_forms(text: str) -> Forms:
    if _HANGUL.match(text):
        return Forms(frozenset(f"h:{v}" for v in _dueum(text)))
    if _HANZI.match(text):
        return _hanzi_forms(text)
    key = fold_key(text)
    return Forms(frozenset({f"l:{key}"}), _readings(key))


def _split_native(name: str) -> tuple[str, str]:
    """(surname, given) of a Hangul or Hanzi name; surname "" when none is listed."""
    rows = _surname_rows()
    if len(name) >= 3 and name[:2] in rows:
        return name[:2], name[2:]
    if name[0] in rows or _dueum(name[0]) & rows.keys():
        return name[0], name[1:]
    return "", name


def _surname_ids(word: str) -> frozenset[str]:
    rows = _surname_rows()
    ids = rows.get(word.casefold() if word.isascii() else word, frozenset())
    if word and not word.isascii() and not ids:
        ids = frozenset().union(*(rows.get(v, frozenset()) for v in _dueum(word)))
    return ids


@lru_cache(maxsize=8192)
def person_name(surface: str) -> PersonName | None:
    """The parts of a person mention (folded text), or None when it is no name shape."""
    name = strip_title(surface)
    if _HANGUL.match(name.replace(" ", "")) or _HANZI.match(name.replace(" ", "")):
        name = name.replace(" ", "")
        family, personal = _split_native(name)
        # 김영희 and 王明 are full names; 영희 (two syllables) is taken for a given name.
        shortest = 2 if _HANZI.match(name) else 3
        if family and personal and len(name) >= shortest:
            forms = _given_forms(personal)
            return PersonName(_surname_ids(family), forms, forms.own, True)
        return PersonName(_surname_ids(name), _given_forms(name), frozenset(), False)
    if not _LATIN.match(name):
        return None
    words = [w for w in re.split(r"[\s,]+", name.strip(" .")) if w]
    if len(words) == 1:
        return PersonName(_surname_ids(words[0]), _given_forms(words[0]), frozenset(), False)
    ids = [_surname_ids(w) for w in words]
    at = 0 if ids[0] else len(words) - 1
    surname = ids[at] | {f"l:{fold_key(words[at])}"}
    given = words[:at] + words[at + 1 :]
    each = frozenset(f"l:{fold_key(w)}" for w in given)
    return PersonName(frozenset(surname), _given_forms("".join(given)), each, True)


@lru_cache(maxsize=8192)
def given_part(surface: str) -> str:
    """The given name inside a full name with a listed surname, when it is no ordinary
    word ("Ok-sun" in "Kim Ok-sun", "옥순" in "김옥순"), else ""; propagation looks for it."""
    name = surface.strip()
    if _HANGUL.match(name) or _HANZI.match(name):
        personal = _native_given(name)
        lexicon = data.lexicon("ko" if _HANGUL.match(name) else "zh")
        return personal if personal not in lexicon else ""
    words = name.split(" ")
    if len(words) < 2 or not _LATIN.match(name):
        return ""
    if _surname_ids(words[0]):
        personal = " ".join(words[1:])
    elif _surname_ids(words[-1]):
        personal = " ".join(words[:-1])
    else:
        return ""
    plain = len(personal) < 4 or personal.casefold() in data.lexicon("en")
    return personal if "-" in personal or not plain else ""


@lru_cache(maxsize=8192)  # round 18, speed: propagation asks for every person hit
def ordinary_given_part(surface: str) -> str:
    """The given name of a Hangul full name when it is also a word (명화 in 이명화: "a famous
    painting"), else "": ``given_part`` leaves it out, and propagation looks for it only
    where a person is meant (before a particle or a title only a person takes: round 17)."""
    name = surface.strip()
    if not _HANGUL.match(name):
        return ""
    personal = _native_given(name)
    return personal if personal and personal in data.lexicon("ko") else ""


def _native_given(name: str) -> str:
    """The given name of a Hangul or Hanzi name with a listed surname, two characters at
    least, else "" (the one split ``given_part`` and ``ordinary_given_part`` share)."""
    family, personal = _split_native(name)
    return personal if family and len(personal) >= 2 else ""


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, frozenset[str]]:
    """Every gazetteer spelling (folded, lower-case) -> its entry ids.

    Built by the first call that links a place; round 28, speed: each entry's id is made
    once and a first syllable's 두음 variants looked up once (38 -> 29 ms), since that
    call now also reads the gazetteer, which the start-up no longer does."""
    out: dict[str, set[str]] = {}
    ids: dict[int, str] = {}
    variants: dict[str, frozenset[str]] = {}
    for key, indexes in data.gazetteer_index().items():
        tags = [ids.get(i) or ids.setdefault(i, f"g:{i}") for i in indexes]
        forms: Iterable[str] = (key,)
        if _HANGUL.match(key):
            first = key[0]
            if first not in variants:
                variants[first] = hangul.dueum_variants(first)
            forms = {v + key[1:] for v in variants[first]}
        for form in forms:
            if form in out:
                out[form].update(tags)
            else:
                out[form] = set(tags)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=8192)
def place_forms(surface: str) -> Forms:
    """The forms of a place mention (folded text): its name without suffix, in every script."""
    gazetteer = _gazetteer()
    whole = surface.strip().casefold()
    core = place_core(surface).replace(" ", "") if not surface.isascii() else place_core(surface)
    entries = gazetteer.get(whole, frozenset()) | gazetteer.get(core.casefold(), frozenset())
    if _HANGUL.match(core):
        return Forms(frozenset(f"h:{v}" for v in _dueum(core)) | entries)
    if _HANZI.match(core):
        forms = _hanzi_forms(core)
        return Forms(forms.own | entries, forms.cross)
    key = fold_key(core)
    cross = _readings(key) if key.isascii() else frozenset()
    return Forms(frozenset({f"l:{key}"}) | entries, cross)
