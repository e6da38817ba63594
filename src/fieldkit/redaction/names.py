"""Person names from their shape and their context.

Rules, each a compiled regex plus a check against the word lists:

* a title or kinship term before a capitalised word (Ms. Baek, Auntie Song),
  or a Korean title after one (Sunhee-ssi, 순희 언니, 王先生, 老王);
* a cue word (called, named, 라는, 叫) before a name;
* a Korean or Chinese surname followed by a given name that reads as Korean
  syllables or pinyin (Ri Chol-ho, Wang Jianguo), or a hyphenated Korean
  given name alone (So-young);
* an English given name before an East Asian surname (Mike Kim).

Ambiguous surnames that are English words (He, Ma, Long, Song, Park) only
count when the next word is not an ordinary English word: "He ran" is a
sentence, "He Ran" after a title or in a list of names is a person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import data, hangul
from fieldkit.redaction.anchored import finditer_from, phrase_starts, starts_before
from fieldkit.redaction.capitals_en import capitals_surname_before
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.months_en import month_given
from fieldkit.redaction.names_hangul import hangul_names
from fieldkit.redaction.names_zh import hanzi_names
from fieldkit.redaction.nametitles import (
    ROMANISED_TITLES,
    STRONG_TITLES,
    is_title,
    title_keys,
)
from fieldkit.redaction.naming_en import SURNAMES_THAT_ARE_WORDS
from fieldkit.redaction.phrases import longest_first, trie_pattern, words_of
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.textview import opens_sentence, view

__all__ = ["find_names"]

_CAPWORD = r"[A-Z][a-z]+(?:['\-][A-Za-z][a-z]*)?"
_NAME = rf"{_CAPWORD}(?:\s+(?:[A-Z]\.\s+)?{_CAPWORD}){{0,2}}"
_CAPITAL = re.compile(r"[A-Z]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def _alt(words: tuple[str, ...] | list[str]) -> str:
    return longest_first(words)


@lru_cache(maxsize=1)
def _regexes() -> dict[str, re.Pattern[str]]:
    titles = data.titles()
    suffix = _alt([t.lstrip("-") for t in titles[("suffix", "en")]])
    suffix_trie = trie_pattern({t.lstrip("-").lower() for t in titles[("suffix", "en")]})
    cue = _alt(titles[("cue", "en")])
    sur_ko_lower = _alt(
        [s.lower() for r in data.surnames_ko() for s in r.latin if s not in r.ambiguous]
    )
    return {
        "title_word": re.compile(r"([A-Za-z](?<![\w'].)[A-Za-z]{1,12})(\.?)\s+(?=[A-Z])"),
        "name_at": re.compile(_NAME),
        "ko_title_latin": re.compile(rf"(?<![\w'])({_CAPWORD})[\s\-](?:{suffix})(?![\w'])", re.I),
        "cue": re.compile(rf"(?<![\w'])(?i:{cue})\s+[\"“'‘]?({_NAME})"),
        "cap_word": re.compile(r"[A-Z](?<![\w'].)[a-z]+(?:-[A-Za-z][a-z]+)?"),
        "pair_tail": re.compile(
            r"([\s,]+)([A-Z][a-z]+(?:[\-'][A-Za-z][a-z]+|\s[A-Z][a-z]+)?)(?!\w)"
        ),
        # round 31, speed: the cap_word matches that pair_tail follows, in one scan (a Python
        # step per capitalised word was most of _surname_shapes).  The atomic group keeps
        # cap_word's own match.  A word before a hyphen is consumed as cap_word's scan
        # consumed it (no tail: group 1 None), so no match starts inside it ("Young-Ja" of
        # Young-Ja-Hee); any other start inside a word follows its hyphen and ends where the
        # word ends, where pair_tail failed.
        "cap_pair": re.compile(
            r"[A-Z](?<![\w'].)(?>[a-z]+(?:-[A-Za-z][a-z]+)?)"
            r"(?:(?=([\s,]+)([A-Z][a-z]+(?:[\-'][A-Za-z][a-z]+|\s[A-Z][a-z]+)?)(?!\w))|(?=-))"
        ),
        "lower_pair": re.compile(r"\s(?=[a-z]{1,6}-[a-z]{1,6}(?![\w']))"),
        "ko_title_latin_at": re.compile(rf"[\s\-](?=(?:{suffix_trie})(?![\w']))", re.I),
        "lower_korean_name": re.compile(
            rf"(?<![\w'])(?:{sur_ko_lower})\s([a-z]{{1,6}}-[a-z]{{1,6}})(?![\w'])"
        ),
        "hyphen_given": re.compile(
            r"[A-Z](?<![\w'\-].)[a-z]{0,5}-[A-Za-z][a-z]{0,5}(?:(?=['’]s(?![\w'\-]))|(?![\w'\-]))"
        ),
        # round 18: the Korean vocative after a romanised given name ("Sun-hee-ya, come down")
        "vocative_given": re.compile(
            r"([A-Z](?<![\w'\-].)[a-z]{0,5}-[a-z]{1,5})-(?:ya|ah)(?![\w'\-])"
        ),
    }


def _is_keep(text: str, res: Resources) -> bool:
    return text in res.keep_latin or text.casefold() in ("i",)


def _common(word: str, res: Resources) -> bool:
    low = word.casefold()
    surname = low in res.sur_ko_latin and low not in res.sur_ambiguous
    return low in res.lex_en and low not in res.given_en and not surname


def _trim_name(
    folded: str, start: int, end: int, res: Resources, strong: bool = False
) -> tuple[int, int] | None:
    """Cut a captured name at the first keep-listed or ordinary word after the first."""
    tokens = list(re.finditer(r"[A-Za-z][A-Za-z'\-]*\.?", folded[start:end]))
    kept = []
    for index, token in enumerate(tokens):
        word = token.group().rstrip(".")
        if _is_keep(word, res) or (index > 0 and _common(word, res) and len(word) > 1):
            break
        kept.append(token)
    if not kept:
        return None
    lone_word = len(kept) == 1 and _common(kept[0].group(), res)
    if lone_word and not strong and kept[0].group().casefold() not in res.given_en:
        return None
    return start + kept[0].start(), start + kept[-1].end()


def _latin_titles(folded: str, res: Resources, words: frozenset[str]) -> Iterator[Hit]:
    rx = _regexes()
    for match in _title_words(folded, words):
        if not is_title(match.group(1), match.group(2)):
            continue
        name = rx["name_at"].match(folded, match.end())
        if name is None:
            continue
        strong = match.group(1).capitalize() in STRONG_TITLES
        core = _trim_name(folded, *name.span(), res, strong)
        if core:
            yield Hit(
                start=match.start(),
                end=core[1],
                label="PERSON",
                detector="name",
                rule="title",
                core=core,
            )
    if not words & ROMANISED_TITLES:
        yield from _cues(folded, res)
        return
    starts = starts_before(folded, rx["ko_title_latin_at"], "'-")
    for match in finditer_from(rx["ko_title_latin"], folded, starts):
        word = match.group(1)
        if word.islower() and _common(word, res):
            continue  # the shelter Imo, we met Imo: an English word before a kin word (r25)
        if not _is_keep(word, res):
            start = _first_syllable_before(folded, match.start(), word, res)
            yield Hit(
                start=start,
                end=match.end(),
                label="PERSON",
                detector="name",
                rule="korean_title_romanised",
                core=(start, match.end(1)),
            )
    yield from _cues(folded, res)


def _title_words(folded: str, words: frozenset[str]) -> Iterator[re.Match[str]]:
    """``title_word``'s matches, looked for only where a title word the text holds starts: a
    match is one whole word and the spaces after it, so none overlaps another and the
    matches do not depend on where the scan starts."""
    lowered = folded.lower()
    if len(lowered) != len(folded):
        return _regexes()["title_word"].finditer(folded)
    starts = []
    for word in words & title_keys():
        at = lowered.find(word)
        while at >= 0:
            starts.append(at)
            at = lowered.find(word, at + 1)
    return finditer_from(_regexes()["title_word"], folded, starts)


def _cues(folded: str, res: Resources) -> Iterator[Hit]:
    if _CAPITAL.search(folded) is None:
        return  # the name after the cue opens with a capital (round 9: skips Korean text)
    for match in _cue_matches(folded):
        core = _trim_name(folded, *match.span(1), res)
        if core:
            before = folded[max(0, match.start() - 25) : match.start()].casefold()
            label = (
                "PLACE"
                if re.search(r"(village|town|city|county|place|area|river|mountain)\W*$", before)
                else "PERSON"
            )
            yield Hit.at(core, label=label, detector="name", rule="cue_word", uncertain=False)


@lru_cache(maxsize=1)
def _cue_phrases() -> tuple[str, ...]:
    return tuple(sorted({c.lower() for c in data.titles()[("cue", "en")]}))


@lru_cache(maxsize=1)
def _cue_anchors() -> tuple[str, ...]:
    """Each cue phrase's first four letters, each once (round 32, speed: 8 scans of a text,
    not 18; a phrase starts only where its own four do, so no start is lost)."""
    return tuple(sorted({phrase[:4] for phrase in _cue_phrases()}))


def _cue_matches(folded: str) -> Iterator[re.Match[str]]:
    """``cue``'s matches, tried only where a cue phrase can start (round 14, speed: the
    pattern opens with a look-behind and was tried at every position)."""
    starts = phrase_starts(folded, _cue_anchors())
    regex = _regexes()["cue"]
    return regex.finditer(folded) if starts is None else finditer_from(regex, folded, starts)


_SYLLABLE_BEFORE = re.compile(r"(?<![\w'])([A-Z][a-z]{0,5}) $")


def _first_syllable_before(folded: str, start: int, name: str, res: Resources) -> int:
    """Where a romanised given name before a Korean title starts: a given name written as
    two words ("Young Ja ajumma", round 25) opens one capitalised syllable earlier, when
    the two read as a listed Korean given name (영자; "Then Ja" reads as none) and the
    first is no kept word."""
    before = _SYLLABLE_BEFORE.search(folded, max(0, start - 8), start)
    if before is None or _is_keep(before.group(1), res):
        return start
    given = f"{before.group(1)}-{name}"
    return before.start(1) if _korean_given(given) and _listed_given(given, res) else start


def _listed_given(word: str, res: Resources) -> bool:
    """A hyphenated word of two English words that reads as a listed Korean given name
    (Ok-hui is 옥희, though "ok" and "hui" are both in the English word list: round 25);
    So-so, Ping-pong and Check-in read as none."""
    return any(reading in res.given_ko for reading in _readings(word))


@lru_cache(maxsize=8192)
def _readings(word: str) -> tuple[str, ...]:
    """``hangul.latin_to_hangul``, once per word (its parser's closure is a reference cycle:
    no call may leave one, round 18)."""
    return tuple(hangul.latin_to_hangul(word, 48))


@lru_cache(maxsize=8192)
def _korean_given(word: str) -> bool:
    """True when ``word`` reads as one to three romanised Korean syllables."""
    parts = [p for p in re.split(r"[-' ]", word.lower()) if p]
    return (
        bool(parts) and sum(len(p) for p in parts) <= 12 and bool(hangul.latin_to_hangul(word, 4))
    )


@lru_cache(maxsize=1)
def _surname_spellings() -> frozenset[str]:
    return frozenset(s for r in (*data.surnames_ko(), *data.surnames_zh()) for s in r.latin)


def _surname_given(
    folded: str, start: int, surname: str, given: str, end: int, res: Resources
) -> Hit | None:
    first = re.split(r"[\-\s']", given)[0]
    if _is_keep(given, res) or (len(first) > 2 and _is_keep(first, res)):
        return None
    if _ADMIN_SUFFIX.search(given):
        return None
    ambiguous = surname.casefold() in res.sur_ambiguous
    function_word = surname.casefold() in _FUNCTION_SURNAMES
    if ambiguous and opens_sentence(folded, start) and ("-" not in given or function_word):
        return None
    plain = _common(first, res) and "-" not in given
    if plain and (ambiguous or not _korean_given(given)):
        return None
    hyphenated = "-" in given and _korean_given(given)  # Park Young-ho: Young is a word
    if ambiguous and _common(first, res) and not hyphenated:
        return None
    if _korean_given(given) or not _common(first, res):
        return Hit(
            start=start,
            end=end,
            label="PERSON",
            detector="name",
            rule="surname_given",
            uncertain=False,
        )
    return None


def _given_surname(folded: str, start: int, left: str, end: int, res: Resources) -> Hit | None:
    """A given name before a romanised surname (Young-ja Kim, Mary Kim).  A given name that
    is also a frequent English word (Hope, Joy, Grace) is still a name before a surname
    that no sentence holds as a word (Hope Lee, Joy Pak: round 26), but uncertain; not
    before a surname that is an English word too (Hope Park may be a park)."""
    if "\n" in folded[start:end]:
        return None  # Ruby / We went: a line ends the name
    named = ("-" in left and _korean_given(left)) or left.casefold() in res.given_en
    uncertain = not named and left.casefold() in data.given_en()  # a word too: Hope, Joy
    if not (named or uncertain) or (_is_keep(left, res) and not month_given(folded, start)):
        return None
    if named and _sentence_word(left, res):
        return None
    surname = folded[start + len(left) : end].strip().casefold()
    if uncertain and surname in SURNAMES_THAT_ARE_WORDS:
        return None
    return Hit(
        start=start,
        end=end,
        label="PERSON",
        detector="name",
        rule="given_surname" + ("_ordinary" if uncertain else ""),
        uncertain=uncertain,
    )


def _surname_shapes(folded: str, res: Resources) -> Iterator[Hit]:
    if _LATIN_LETTER.search(folded) is None:
        return  # every shape below holds a Latin letter (round 9: skips Korean text)
    rx = _regexes()
    surnames = _surname_spellings()
    for cap in rx["cap_pair"].finditer(folded):  # cap_word, pair_tail after it (round 31)
        left, gap, right = cap.group(0, 1, 2)
        if gap is None:
            continue  # a word before a hyphen, as cap_word read it
        start = cap.start()
        if left in surnames:
            end = start + len(left) + len(gap) + len(right)
            hit = _surname_given(folded, start, left, right, end, res)
            if hit:
                yield hit
        tail = right.split()[0]
        if tail in surnames and " " in gap + " " and "," not in gap:
            hit = _given_surname(folded, start, left, start + len(left) + len(gap) + len(tail), res)
            if hit:
                yield hit
    if "-" not in folded:
        return  # round 28, speed: each shape below holds a hyphen (ok-hee, Sun-hee-ya)
    starts = starts_before(folded, rx["lower_pair"])
    for match in finditer_from(rx["lower_korean_name"], folded, starts):
        surname = folded[match.start() : match.start(1)].strip()
        parts = match.group(1).split("-")
        english = any(p in res.lex_en and len(p) > 3 for p in parts) or "".join(parts) in res.lex_en
        if surname not in res.sur_ambiguous and not english and _korean_given(match.group(1)):
            yield Hit.at(
                match.span(),
                label="PERSON",
                detector="name",
                rule="lowercase_korean_name",
                uncertain=True,
            )
    spans = [(*m.span(), False) for m in rx["hyphen_given"].finditer(folded)]
    if "-ya" in folded or "-ah" in folded:  # the vocative is a cue: words or not (Sun-hee-ya)
        spans += [(*m.span(1), True) for m in rx["vocative_given"].finditer(folded)]
    for start, end, vocative in spans:
        word = folded[start:end]
        parts = word.split("-")
        # A test of each part's Korean readings stood here and cost a fifth of a second
        # per 2 MB; it could never be true (``len(readings[:1] or [""]) != 1``), so it is
        # gone.  Requiring each part to read as one syllable would change what the rule
        # finds: a rule change, left to the rule lanes (issue 11, round 7).
        if _is_keep(word, res):
            continue
        words = not vocative and all(_common(p, res) for p in parts)
        if words and not _listed_given(word, res):
            continue
        yield Hit.at(
            (capitals_surname_before(folded, start, res), end),
            label="PERSON",
            detector="name",
            rule="korean_hyphenated_given",
            uncertain=words,
        )


_ADMIN_SUFFIX = re.compile(r"-(?:ri|dong|gun|si|up|eup|gu|guyok|myon)$", re.IGNORECASE)
_FUNCTION_SURNAMES = frozenset(
    str.split("to in you on he we an so do no her she back go long oh son won la im un yo ha")
)


def _sentence_word(word: str, res: Resources) -> bool:
    """An ordinary word opening a sentence ("Then Kim ..." is not "Then" + surname)."""
    return word.casefold() in res.lex_en and word.casefold() not in res.given_en


def find_names(folded: str, res: Resources, words: frozenset[str] | None = None) -> Iterator[Hit]:
    """Every name-rule hit in folded text; ``words`` are its lower-case Latin words
    (``phrases.words_of``), found here when not given."""
    words = words_of(folded) if words is None else words
    yield from _latin_titles(folded, res, words)
    yield from _surname_shapes(folded, res)
    if view(folded).has_hangul:
        yield from hangul_names(folded, res)
    if view(folded).has_hanzi:
        yield from hanzi_names(folded, res)
