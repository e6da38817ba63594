"""The catch-all: proper-noun-like text that no other layer explained.

Every capitalised Latin word that is not on the keep-list and is not an
ordinary word opening a sentence, every Hangul noun phrase (a stem followed by
a particle) whose stem is not an ordinary Korean word, and every run of Hanzi
inside an English or Korean sentence (also in a text that is mostly Chinese:
the language is decided per sentence) is flagged *uncertain*.  Uncertain spans
are redacted by default and listed for the interviewer's review: this is the
layer that catches the name nobody put in a list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import hangul, korean
from fieldkit.redaction.articles_en import after_article
from fieldkit.redaction.catchall_ko import korean_catchall
from fieldkit.redaction.catchall_zh import hanzi_runs
from fieldkit.redaction.chinese import chinese_segments
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.keep import KeepSpans
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.months_en import DATE_WORDS, date_word_is_date
from fieldkit.redaction.namelike_ko import namelike_hits
from fieldkit.redaction.peoples_en import beside_a_people, han_people, korea_for_short
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.roles import birth_order, role_word
from fieldkit.redaction.textview import view

__all__ = ["find_catchall"]

_DASH_WORDS = (
    "by|the|and|but|with|which|when|while|where|who|what|that|this|then|than|though|through|"
    "even|after|before|because|until|of|for|from|if"
)
"""English words no Korean syllable is spelled as: after a dash folded to "-" they start a
new word ("North Korea—by then" is "Korea" and "by", not one token "Korea-by")."""
_CAP_TOKEN = lazy_pattern(
    rf"[A-Z](?<![\w'].)(?:\.|[A-Za-z]*(?:['\-](?!(?:{_DASH_WORDS})(?![A-Za-z]))[A-Za-z]+)*"
    r"(?![^\W가-힣]))"
)
"""A capitalised word, also with a Korean particle glued on (Sarah Kim은: round 16); such a
word counts only as the end of a run (see ``_LatinScan._runs``)."""
_CAPITAL = re.compile("[A-Z]")
_SENTENCE_END = frozenset('.!?:;"“”\n•*#–>[|»')  # round 29: a cell after |, a quote after »
_LOCATIVE = re.compile(
    r"(?:\b(?:in|near|from|to|at|via|towards?|outside|around|through|into|across|reached|"
    r"entered|left|leaving|visited|of|between|and)\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+)?)$",
    re.IGNORECASE,
)


_PARTICLE_WORD = lazy_pattern("(?:" + "|".join(korean.PARTICLES) + ")(?![가-힣])")


_LABEL_BEFORE = frozenset('.?!\n"”')
_LABELS = ("Q.", "A.")


def _interview_label(folded: str, match: re.Match[str]) -> bool:
    """ "Q." or "A." opening a line or a sentence in a text that has both: a transcript's
    question and answer labels, not an initial of the name after them (round 25)."""
    if match.group() not in _LABELS or "Q." not in folded or "A." not in folded:
        return False
    before = folded[: match.start()].rstrip(" ")
    return not before or before[-1] in _LABEL_BEFORE


def _named_with_particle(folded: str, match: re.Match[str]) -> bool:
    """A Title-case word with a Korean particle glued on (Sarah가, Tom이랑, Peter라고:
    round 16) is read like a spaced one; an acronym (KTV에서) or a word glued into a
    Korean compound (Kakao톡) is not."""
    word = match.group()
    if len(word) < 2 or not word[1:].islower():
        return False
    return _PARTICLE_WORD().match(folded, match.end()) is not None


def _sentence_initial(folded: str, start: int) -> bool:
    index = start - 1
    while index >= 0 and folded[index] in " \t'\"“‘":
        if folded[index] in "\"“‘'":
            return True
        index -= 1
    if index < 0 or folded[index] in _SENTENCE_END:
        return True
    if folded[index] == "]":
        return _line_note(folded, index)
    return index >= 1 and folded[index] == "." and folded[index - 1].isupper()


def _line_note(folded: str, close: int) -> bool:
    """``]`` closes an editor's note that opened the line (``[From the police file,
    translated] Witness states ...``): the text after it opens a sentence (round 14)."""
    line_start = folded.rfind("\n", 0, close) + 1
    opening = folded.find("[", line_start, close)
    return opening >= 0 and not folded[line_start:opening].strip()


def _clause_initial(folded: str, start: int) -> bool:
    """After a bracket, a spaced dash or a closed sentence: "(In 2003", "- In", "left.) We"."""
    before = folded[max(0, start - 6) : start].rstrip(" ")
    if before.endswith(("(", " -")) or before == "-":
        return True
    before = before.rstrip(")]\"”’'")
    return not before or before[-1] in _SENTENCE_END


@lru_cache(maxsize=8192)
def _readings(word: str) -> tuple[str, ...]:
    return tuple(hangul.latin_to_hangul(word, limit=16))


_DOUBLE_VOWEL = lazy_pattern(r"eo|eu|y[aeou]|ou|oo|ae|oe|ui|w[aeo]")


@lru_cache(maxsize=4096)
def _syllable(part: str) -> bool:
    """``part`` can be one romanised Korean syllable (ok, sun, hye, in; not "being").  Five
    letters only with a Korean double vowel (young, jeong, kyung: round 13; not "check",
    "being")."""
    if len(part) == 5 and _DOUBLE_VOWEL().search(part) is None:
        return False
    return len(part) <= 5 and any(len(r) == 1 for r in hangul.latin_to_hangul(part, limit=8))


def _romanised_place(word: str, res: Resources) -> str | None:
    """The province of a gazetteer place this odd spelling may stand for (Heoryung -> 회령)."""
    for reading in _readings(word):
        if len(reading) >= 2 and reading in res.gaz_hangul and reading not in res.gaz_ambiguous:
            return res.gaz_hangul[reading]
    return None


_SUFFIXES = (
    ("'s", ""),
    ("s'", "s"),
    ("ies", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("d", ""),
    ("ing", ""),
    ("ing", "e"),
    ("ly", ""),
    ("er", ""),
    ("ers", ""),
)
_HEADING_MIN = 4


class _LatinScan:
    """Decides each capitalised token of one text, then joins flagged neighbours."""

    def __init__(self, folded: str, res: Resources, keep: KeepSpans, strict: bool) -> None:
        self.folded, self.res, self.keep, self.strict = folded, res, keep, strict
        self.headings: dict[int, bool] = {}

    def ordinary(self, word: str) -> bool:
        """An ordinary English word (inflected or hyphenated forms included)."""
        low = word.casefold().replace("’", "'")
        if low in self.res.given_en:
            return False
        if "-" in low:
            parts = [part for part in low.split("-") if part]
            two = len(parts) == 2 and parts[0] != parts[1]  # not "ha-ha", "day-to-day"
            if two and low not in self.res.lex_en and all(map(_syllable, parts)):
                return False  # Ok-sun, Hye-in: a Korean given name, though "ok" and "in" are words
            return all(self.ordinary(part) for part in parts)
        if low in self.res.lex_en:
            return True
        return any(
            low.endswith(end) and low[: len(low) - len(end)] + add in self.res.lex_en
            for end, add in _SUFFIXES
            if len(low) > len(end) + 2
        )

    def personal(self, match: re.Match[str]) -> bool:
        word = match.group()
        return word.casefold() in self.res.given_en or (len(word) == 2 and word.endswith("."))

    def skip(self, match: re.Match[str]) -> bool:
        """A token that is no name: kept, a pronoun, a role, a people, a date word ...
        Round 31, speed: the tests of the word alone first, its span read once (each test
        is a pure one, so their order changes nothing)."""
        word = match.group()
        if word in _PRONOUN or (len(word) == 1 and not self.strict):
            return True
        start, end = match.span()
        if self.keep.contains(start, end):
            return True
        if word.endswith(("'s", "’s")) and len(word) > 3 and self.keep.contains(start, end - 2):
            return True  # God's
        folded = self.folded
        return (
            _role_word(folded, match)
            or beside_a_people(folded, start, end)
            or (word == "Han" and han_people(folded, start, end))
            or (word in _KOREAS and korea_for_short(folded, start, end))
            or (len(word) >= 3 and word.isupper() and word.casefold() in self.res.function_en)
            or (word.casefold() in DATE_WORDS and date_word_is_date(folded, start, end))
        )  # round 28, speed: the word each of the last tests reads, tested first

    def label(self, start: int, end: int) -> tuple[str, str, str]:
        before = self.folded[max(0, start - 30) : start]
        word = self.folded[start:end]
        province = None
        if " " not in word and len(word) >= 4:
            province = _romanised_place(word, self.res)
        if province is not None:
            return "PLACE", "romanised_gazetteer", province
        if _LOCATIVE.search(before):
            return "PLACE", "capitalised_after_locative", ""
        return "PERSON", "capitalised_word", ""

    def flagged(self, run: list[re.Match[str]]) -> list[re.Match[str]]:
        tokens = [m for m in run if not self.skip(m)]
        if not tokens:
            return []
        if self.opening(tokens[0]):
            tokens = tokens[1:]
        if len(tokens) == 1 and after_article(self.folded, tokens[0].start(), self.res):
            return []  # the Grace of God, the Mission: no name takes an article (round 29)
        if any(self.personal(m) for m in tokens):
            return tokens
        if len(tokens) == 1:  # round 32, speed: the word first, its line only if ordinary
            lone = tokens[0]
            return [] if self.ordinary(lone.group()) and self.in_heading(lone.start()) else tokens
        return [m for m in tokens if not self.ordinary(m.group())]

    def opening(self, first: re.Match[str]) -> bool:
        """An ordinary word opening a sentence, which is not a name.

        A function word ("In", "Her", "So") never is, also after a bracket or a
        spaced dash; in strict mode a surname that is a content word ("Park
        said ...") is still flagged."""
        word = first.group()
        low = word.casefold().replace("’", "'")
        if low in self.res.function_en:
            return _sentence_initial(self.folded, first.start()) or _clause_initial(
                self.folded, first.start()
            )
        if not (_sentence_initial(self.folded, first.start()) and self.ordinary(word)):
            return False
        return not (self.strict and low in self.res.sur_ko_latin)

    def in_heading(self, index: int) -> bool:
        """The line holding ``index`` is a heading (``_heading_line``): read for that line
        alone, once, when a lone word asks (round 28, speed: every line of every text was
        read, most of them for no word).  ``index`` is a capital, never a line's break.
        Round 32, speed: asked only for a lone word that is ordinary (41 of the 256 lone
        words of the English bench passages; both tests are pure, so their order changes
        nothing), since a paragraph's line costs a scan of all its words."""
        start = self.folded.rfind("\n", 0, index) + 1
        heading = self.headings.get(start)
        if heading is None:
            end = self.folded.find("\n", index)
            line = self.folded[start : len(self.folded) if end < 0 else end]
            heading = self.headings[start] = _heading_line(line)
        return heading

    def hits(self) -> Iterator[Hit]:
        runs, live = self._scan()
        for run, alive in zip(runs, live, strict=True):
            if not alive:
                continue  # every token kept: ``flagged`` would drop them all (round 31)
            if len(run) > 1 and "가" <= self.folded[run[-1].end() : run[-1].end() + 1] <= "힣":
                yield from self._join(self._with_glued_end(run))
            else:
                yield from self._join(self.flagged(run))

    def _with_glued_end(self, run: list[re.Match[str]]) -> list[re.Match[str]]:
        """The run decided without its last word, which has a particle glued on; that word
        joins a flagged name it follows (Sarah Kim은, John Park이), else it is left."""
        flagged = self.flagged(run[:-1])
        if flagged and flagged[-1] is run[-2] and not self.skip(run[-1]):
            flagged.append(run[-1])
        return flagged

    def _runs(self) -> list[list[re.Match[str]]]:
        """Capitalised tokens joined by one space or hyphen (``_scan``)."""
        return self._scan()[0]

    def _scan(self) -> tuple[list[list[re.Match[str]]], list[bool]]:
        """Capitalised tokens joined by one space or hyphen (round 12: the one-character gap
        is tested by position, not by slicing the text between every two tokens).  Round 16:
        a token with Hangul glued on (Kim은, Park이) ends a run (Sarah Kim은); alone it opens
        one only as a Title-case name before a particle (Sarah가), since an acronym (KTV에서,
        SNS로) is as often a thing as a name.

        Round 31, speed: also whether each run holds a token outside the keep intervals
        (``KeepSpans.contains``, read here by a pointer that moves with the tokens).  Half
        of an English text's runs are kept whole (In, The, China, Seoul), and ``flagged``
        drops every kept token: such a run is not decided at all."""
        folded = self.folded
        runs: list[list[re.Match[str]]] = []
        live: list[bool] = []
        kept_starts, kept_ends = self.keep.starts, self.keep.ends
        count, after = len(kept_starts), 0  # after: the intervals starting at or before a token
        end = -2
        for match in _CAP_TOKEN().finditer(folded):
            start, stop = match.span()
            if match.group() in _LABELS and _interview_label(folded, match):
                end = -2
                continue  # Q. Who sold you? A. Ri.: the labels of a transcript (round 25)
            while after < count and kept_starts[after] <= start:
                after += 1
            free = not after or stop > kept_ends[after - 1]
            if start == end + 1 and folded[end] in " -":
                runs[-1].append(match)
                live[-1] = live[-1] or free
            elif not "가" <= folded[stop : stop + 1] <= "힣" or _named_with_particle(folded, match):
                runs.append([match])  # no Hangul glued on (Kim은 only ends a run: Sarah Kim은)
                live.append(free)
            end = stop
        return runs, live

    def _join(self, flagged: list[re.Match[str]]) -> Iterator[Hit]:
        group: list[re.Match[str]] = []
        for match in flagged:
            if group and self.folded[group[-1].end() : match.start()] not in (" ", "-"):
                yield self._hit(group)
                group = []
            group.append(match)
        if group:
            yield self._hit(group)

    def _hit(self, group: list[re.Match[str]]) -> Hit:
        start, end = group[0].start(), group[-1].end()
        label, rule, province = self.label(start, end)
        certain = rule == "romanised_gazetteer"
        return Hit(
            start=start,
            end=end,
            label=label,
            detector="gazetteer" if certain else "catchall",
            rule=rule,
            uncertain=not certain,
            detail=province,
        )


def _role_word(folded: str, match: re.Match[str]) -> bool:
    """A role or kinship word, also possessive, in-law or after a birth order (round 27)."""
    word, end = match.group(), match.end()
    if not birth_order(word) or folded[end : end + 1] != " ":
        return role_word(word)  # nearly every candidate: the next word is not read
    after = _CAP_TOKEN().match(folded, end + 1)
    return role_word(word, after.group() if after else "")


_KOREAS = ("North", "South")
_PRONOUN = frozenset({"I", "I'm", "I've", "I'd", "I'll", "I’m", "I’ve", "I’d", "I’ll"})


def _heading_line(line: str) -> bool:
    """A line in Title Case (a report heading), where ordinary capitalised words are not names."""
    words = re.findall(r"[A-Za-z][A-Za-z'’]{3,}", line)
    caps = sum(1 for w in words if w[0].isupper())
    share = 0.5 if not line.rstrip().endswith(".") else 0.7
    return caps >= _HEADING_MIN and caps >= share * len(words)


def find_catchall(
    folded: str, res: Resources, keep: KeepSpans, *, lang: str, strict: bool = False
) -> Iterator[Hit]:
    """Uncertain hits for proper-noun-like text in folded ``folded``."""
    if _CAPITAL.search(folded):  # every Latin token opens with one (round 9: skips Korean)
        yield from _LatinScan(folded, res, keep, strict).hits()
    if view(folded).has_hangul:
        yield from korean_catchall(folded, res, keep)
        yield from namelike_hits(folded, res, keep)
    if view(folded).has_hanzi:
        chinese = [] if strict or lang in ("en", "ko") else chinese_segments(folded)
        yield from hanzi_runs(folded, res, keep, chinese)
