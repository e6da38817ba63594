"""Apposed aliases and false starts (round 11 of issue 11, lane ALIAS; split from
``aliases_ko`` in round 19).

A testimony names the same person or place twice in a row; once one side is redacted the
other must go too: "A, B라고도 하죠", "A, B 말이에요", "A(B)", "우리(조선)말로 B", "조선말로
읽으면 B", "A, 그러니까 B", "A가, 아니 B가", "본이름은 B" / "본명 B": when one side is a
redacted person or place the other gets its label, *uncertain* when it is an ordinary word;
"A요, A" (보배요, 보배: the answer said again, round 33); "박... 박봉수", "김, 김영철": the
broken-off start of a redacted name is part of it.  Run before propagation takes its seeds
(``propagate``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import hangul, known_ko, korean
from fieldkit.redaction.aliases_ko import korean_readings, reading_after
from fieldkit.redaction.anchored import matches_near, positions
from fieldkit.redaction.chinese_given import mandarin_readings
from fieldkit.redaction.cuewords import closed_words, cue_words, gazetteer_entry
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.textview import view

__all__ = ["aliases"]

_HAN = "\u4e00-\u9fff"

_ENDING = (
    r"(?:이었어요|였어요|이었슴다|였슴다|이였슴다|이었는데|였는데|이었다|였다|이었고|였고|"
    r"이?라고도|이?라구도|이?라고|이?더라구요|이?더라고요|이?더라|이?예요|이에요|인데요|인데|이지|"
    r"이야|이었|였|이다|이고|이란|인가|인지|이|은|는|가|을|를|야|다|지|요)?(?![가-힣])"
)
_B = rf"([가-힣]{{2,4}}?){_ENDING}"
_ASKING = f"(?:{'|'.join((*korean.ASKING_COPULA, '이던가', '던가', '인가'))})"
_RX = {
    # A, B라고도 / A, B 말이에요
    "comma": lazy_pattern(rf"([가-힣{_HAN}]{{2,6}}), {_B}(?=이?라고도|\s말이|\s말입)"),
    # A(B)
    "bracket": lazy_pattern(rf"([가-힣{_HAN}]{{2,6}})\(([가-힣{_HAN}]{{2,6}})\)"),
    # 우리 말로 B / B라고도 불렀다: A is the nearest hit before
    "ourword": lazy_pattern(
        r"(?:우리\s?말로(?:는| 하면| 하믄| 치면)?"
        rf"|(?:조선|한국)말로(?:는| 읽으면| 읽으문| 하면| 하문| 하믄)),?\s{_B}"
    ),
    # A요, A: a name said twice in one breath, the second time bare (round 33)
    "again": lazy_pattern(r"(?<![가-힣])([가-힣]{2,5}?)(?:이요|예요|요)?, (\1)(?![가-힣])"),
    # A, 그러니까 B: the same place or person said again another way (round 19)
    "namely": lazy_pattern(
        rf"([가-힣{_HAN}]{{2,6}}), (?:그러니까|그니까|즉)\s([가-힣]{{2,5}}?)"
        r"(?:에서|에|으로|로|한테|에게|이가|가|이는|는|은|이를|를|을|이)?(?![가-힣])"
    ),
    # A인가 B인가, A인지 B인지: the speaker unsure which of two names (round 36)
    "either": lazy_pattern(
        r"(?<![가-힣])([가-힣]{2,4}?)(인가|인지|이던가|던가|이었나|였나)\s([가-힣]{2,4}?)\2(?![가-힣])"
    ),
    # Ji-eun (지은): a romanised name and its own spelling in brackets (round 36)
    "spelled": lazy_pattern(rf"([A-Z][a-z]+(?:-[a-z]+)?) ?\(([가-힣{_HAN}]{{1,6}})\)"),
    "also": lazy_pattern(r"(?<![가-힣])([가-힣]{2,4}?)이?라고도\s?(?:불렀|부르|불렸|했|하)"),
    # 본이름은 B / 본명 B: a person whatever is before
    "real": lazy_pattern(rf"본(?:이름|명)(?:은|이|:)?\s?{_B}"),
    # A가, 아니 B가: a word corrected in mid-sentence with the same particle (round 19)
    "corrected": lazy_pattern(
        rf"(?<![가-힣])([가-힣{_HAN}]{{1,5}}?)(이가|가|이는|는|은|를|을|한테|이랑|랑|하고)"
        rf",?\s아니(?:,\s?|\s)([가-힣{_HAN}]{{1,5}}?)\2(?![가-힣])"
    ),
    # A였나, 아니 B이었나: the asking copula corrected, after a vowel or a consonant (round 41)
    "corrected_asking": lazy_pattern(
        rf"(?<![가-힣])([가-힣{_HAN}]{{1,5}}?){_ASKING}"
        rf",?\s아니(?:,\s?|\s)([가-힣{_HAN}]{{1,5}}?){_ASKING}(?![가-힣])"
    ),
}
"""Round 28, speed: compiled on first use (``lazy_pattern``), each behind its literal gate
(라고도, a bracket, 그러니까, 아니, 말로, 본): some 10 ms of the start-up that an answer without
them, nearly every one, never needed."""
_NEAR = 60


@lru_cache(maxsize=1)
def _not_alias() -> frozenset[str]:
    c = cue_words()
    extra = frozenset(
        (
            "가명",
            "본명",
            "이름",
            "별명",
            "중국",
            "조선",
            "한국",
            "북한",
            "그거",
            "거기",
            "그놈",
            "그년",
        )
    )
    return closed_words("ko") | frozenset(c.get("kinship", "ko")) | extra


class _Spans:
    """The hits of a field sorted by start, for the look-ups around one match (a long
    document has thousands of hits and hundreds of brackets: no scan of all per match)."""

    _REACH = 200

    def __init__(self, hits: list[Hit]) -> None:
        self.hits = sorted(hits, key=lambda h: h.start)
        self.starts = [h.start for h in self.hits]

    def add(self, hit: Hit) -> None:
        index = bisect.bisect_left(self.starts, hit.start)
        self.starts.insert(index, hit.start)
        self.hits.insert(index, hit)

    def near(self, start: int, end: int) -> list[Hit]:
        low = bisect.bisect_left(self.starts, start - self._REACH)
        return self.hits[low : bisect.bisect_left(self.starts, end)]


def _covering(spans: _Spans, start: int, end: int) -> Hit | None:
    """A person's or place's hit over the span; a business's when a rule read the same word
    as one too (가게 이름이 향미였나: its alias, 아니 향원이었나, is the business's: round 41)."""
    over = [h for h in spans.near(start, end) if h.start <= start and end <= h.end]
    named = [h for h in over if h.label in ("PERSON", "PLACE")]
    if not named:
        return None
    return next((h for h in over if h.label == "ORG"), named[0])


def _free(spans: _Spans, text: str, start: int, end: int, skip: frozenset[str]) -> bool:
    """The other side of a pair: one script (红星식당 is a business and its kind), no hit
    of any label on it yet, no closed word."""
    word = text[start:end]
    if word in skip or _MIXED().search(word) is not None:
        return False
    return not any(
        h.start < end and start < h.end and h.detector != "catchall" for h in spans.near(start, end)
    )  # a catchall's guess (the flagger's, the unknown noun's) yields to the pair (round 41)


_MIXED = lazy_pattern(rf"[가-힣][{_HAN}]|[{_HAN}][가-힣]")


_NAMED = ("PERSON", "PLACE", "OTHER")
"""What a word said again another way can be: a person, a place, or a Hanzi run the rules
could not place (시어마이는 나를 花子라 불렀슴다. 조선말로 하문 화자지: round 20)."""


def _nearest_before(spans: _Spans, at: int) -> Hit | None:
    best = None
    for hit in spans.near(at - _NEAR, at):
        near = hit.label in _NAMED and at - _NEAR <= hit.start and hit.end <= at
        if near and (best is None or hit.end > best.end):
            best = hit
    return best


def _alias(start: int, end: int, source: Hit, word: str, res: Resources) -> Hit:
    return Hit(
        start=start,
        end=end,
        label=source.label,
        detector="cue",
        rule="apposed_alias",
        uncertain=source.uncertain or word in res.lex_ko,
        detail=source.detail,
    )


def _bracket_alias(inside: str, source: Hit | None, res: Resources, before: str) -> bool:
    """What a bracket after a name holds is as often a note (사망, 조선족, 정신지체) as another
    spelling: an ordinary word there is an alias only after a place, and only when it is a
    place's spelling too (위해(威海) read the other way round).  Round 36: or when it is the
    Hangul the romanised name before it spells (Ji-eun (지은), a word too: set CG)."""
    if source is None or "\u4e00" <= inside[0] <= "\u9fff":
        return True
    if before.isascii() and re.fullmatch(hangul.romanised_pattern(inside), before, re.I):
        return True
    if inside in res.lex_ko or not korean.name_shaped(inside, res):
        return source.label == "PLACE" and gazetteer_entry(inside, res) is not None
    return True


_EITHER_ENDINGS = ("인가 ", "인지 ", "던가 ", "었나 ", "였나 ")
_NAMELY = (", 그러니까", ", 그니까", ", 즉")
"""The rare parts of the two round-19 pairs (these and 아니): their patterns open with a
Hangul class and are tried only around them (``anchored.positions``; a long document)."""


def _pairs(text: str) -> Iterator[tuple[tuple[int, int], tuple[int, int], bool]]:
    for name in ("comma", "bracket", "again"):
        if (
            (name == "bracket" and "(" in text)
            or (name == "comma" and ("라고도" in text or " 말이" in text or " 말입" in text))
            or (name == "again" and ", " in text)
        ):
            for match in _RX[name]().finditer(text):
                yield match.span(1), match.span(2), name == "bracket"
    if any(ending in text for ending in _EITHER_ENDINGS):
        for match in _RX["either"]().finditer(text):
            yield match.span(1), match.span(3), False
    if "(" in text:
        for match in _RX["spelled"]().finditer(text):
            yield match.span(1), match.span(2), True
    namely = positions(text, _NAMELY)  # 위해, 그러니까 웨이하이
    for match in matches_near(text, namely, _RX["namely"](), 9, 20) if namely else ():
        yield match.span(1), match.span(2), False
    corrected = positions(text, ("아니",))  # 남편 조가, 아니 자오가
    if not corrected:
        return
    for match in matches_near(text, corrected, _RX["corrected"](), 14, 16):
        yield match.span(1), match.span(3), False
    for match in matches_near(text, corrected, _RX["corrected_asking"](), 14, 16):
        yield match.span(1), match.span(2), False


def aliases(text: str, hits: list[Hit], res: Resources) -> list[Hit]:
    """The apposed aliases and false starts of a field (module docstring); every one
    needs a Hangul word."""
    out: list[Hit] = []
    if not view(text).has_hangul:  # known once per call (round 14, speed)
        return out
    spans = _Spans(hits)
    skip = _not_alias()

    def keep(hit: Hit) -> None:
        out.append(hit)
        spans.add(hit)

    for a, b, bracket in _pairs(text):
        source_a, source_b = _covering(spans, *a), _covering(spans, *b)
        if bracket and not _bracket_alias(text[b[0] : b[1]], source_a, res, text[a[0] : a[1]]):
            continue
        if source_a is not None and _free(spans, text, *b, skip):
            keep(_alias(*b, source_a, text[b[0] : b[1]], res))
        elif source_b is not None and _free(spans, text, *a, skip):
            keep(_alias(*a, source_b, text[a[0] : a[1]], res))
    for name in ("ourword", "also"):
        if ("말로" if name == "ourword" else "라고도") not in text:
            continue
        for match in _RX[name]().finditer(text):
            word = match.group(1)
            if word in skip or _covering(spans, *match.span(1)) is not None:
                continue
            token = _TOKEN().match(text, match.start(1))
            if token is not None and _verb_after(token.group(), res):
                continue  # 우리말로 불렀지: a verb after 우리말로, no alias (round 24)
            source = _nearest_before(spans, match.start())
            if source is not None:
                keep(_alias(*match.span(1), source, word, res))
    if "랑 " in text:
        for start, end, source in _listed_with(text, spans, res):
            if _free(spans, text, start, end, skip):
                keep(_alias(start, end, source, text[start:end], res))
    if "본" in text:
        for hit in list(_real_names(text, spans, res)):
            keep(hit)
    if ", " in text:
        for hit in list(_read_beside(text, spans, res)):
            keep(hit)
    out.extend(_false_starts(text, hits, spans))
    return out


_LISTED = lazy_pattern(
    rf"(?<![가-힣{_HAN}])([가-힣{_HAN}]{{2,4}}?)(?:이랑|랑) "
    rf"([가-힣{_HAN}]{{2,4}}?)(?:이랑|랑)(?![가-힣])"
)


def _listed_with(text: str, spans: _Spans, res: Resources) -> Iterator[tuple[int, int, Hit]]:
    """文静이랑 海燕이랑 나: the next name in a list joined by (이)랑, after a person (round 36,
    from the development sets' silent misses beside a cue); a Hanzi word, or a Hangul one no
    word list holds (영희랑 학교랑: a place she went, not a name)."""
    for match in _LISTED().finditer(text):
        source = _covering(spans, *match.span(1))
        if source is None or source.label != "PERSON":
            continue
        word = match.group(2)
        if "\u4e00" <= word[0] <= "\u9fff" or word not in res.lex_ko:
            yield match.start(2), match.end(2), source


_READ_BESIDE = lazy_pattern(rf"([{_HAN}](?<![{_HAN}].)[{_HAN}]{{1,2}})이?, ([가-힣]{{2,6}})")
"""A Hanzi run of two or three, not inside a longer one, its reading after a comma; the
run's class opens the pattern, the look-behind follows its first character (round 13: a
look-behind first is tried at every position of a long document)."""
_ROLE_BEFORE_LEN = 8


@lru_cache(maxsize=1)
def _people_nouns() -> re.Pattern[str]:
    c = cue_words()
    words = sorted({*c.get("role", "ko"), *c.get("kinship", "ko")}, key=len, reverse=True)
    return re.compile(rf"(?<![가-힣])(?:{'|'.join(map(re.escape, words))})\s$")


def _read_beside(text: str, spans: _Spans, res: Resources) -> Iterator[Hit]:
    """막내 平安이, 핑안이: a Hanzi name after a kinship or role noun with its own reading
    after a comma (Korean or Mandarin) is a person, whatever its first character (a given
    name alone opens with no surname); both spellings."""
    for match in _READ_BESIDE().finditer(text):
        written, word = match.group(1), match.group(2)
        if _covering(spans, *match.span(1)) is not None:
            continue
        before = text[max(0, match.start() - _ROLE_BEFORE_LEN) : match.start()]
        if _people_nouns().search(before) is None:
            continue
        readings = {*korean_readings(written), *mandarin_readings(written)}
        read = next((r for r in sorted(readings, key=len, reverse=True) if word.startswith(r)), "")
        if not read or not reading_after(text, match.start(2) + len(read), False):
            continue
        for start, end in (match.span(1), (match.start(2), match.start(2) + len(read))):
            if _covering(spans, start, end) is None:
                yield Hit(start=start, end=end, label="PERSON", detector="cue", rule="read_beside")


def _verb_after(token: str, res: Resources) -> bool:
    """A verb form after 우리말로 (불렀지; round 40: 읽으면, 읽으니까, the verb's conditional
    and causal endings after a consonant, which the verb lists do not conjugate)."""
    if known_ko.verb_form(token, res):
        return True
    return token.endswith(("으면", "으니까", "으니")) and korean.verb_like(token, res)


_TOKEN = lazy_pattern(r"[가-힣]+")
_VERB_LAST = frozenset("고요름음죠까서")
_NOT_COPULA = ("아니", "아녜", "아냐")


def _may_be_real_name(word: str, whole: str, res: Resources) -> bool:
    """Neither an ordinary word nor a verb (``whole`` is the word with what is glued to
    it): 본명은 몰라요, 그런데, 리미화라고 하고 are not names."""
    if word in _not_alias() or word[-1] in _VERB_LAST or whole in res.lex_ko:
        return False
    if whole.startswith(_NOT_COPULA):
        return False  # 본명이 아니에요: the negative copula (round 27)
    return not (korean.verb_form(whole, res) or korean.verb_like(whole, res))


def _real_names(text: str, spans: _Spans, res: Resources) -> Iterator[Hit]:
    """본명은 지은이, 본이름은 정옥인데: a person; never a verb (본명은 몰라요, 본이름 안 쓰고)."""
    for match in _RX["real"]().finditer(text):
        word = match.group(1)
        token = _TOKEN().match(text, match.start(1))
        whole = token.group() if token else word
        if not _may_be_real_name(word, whole, res):
            continue
        if _covering(spans, *match.span(1)) is None:
            yield Hit(
                start=match.start(1),
                end=match.end(1),
                label="PERSON",
                detector="cue",
                rule="real_name",
                uncertain=word in res.lex_ko,
            )
        yield from _alias_before_real(text, match.start(), spans, res)


_BEFORE_REAL = lazy_pattern(r"(?<![가-힣])([가-힣]{2,4}), $")


def _alias_before_real(text: str, at: int, spans: _Spans, res: Resources) -> Iterator[Hit]:
    """옥이, 본이름은 정옥인데: the name just before the comma is the same woman's other
    name; never an ordinary word (그런데, 본명은 ...)."""
    match = _BEFORE_REAL().search(text, max(0, at - 7), at)
    if match is None:
        return
    word = match.group(1)
    if not _may_be_real_name(word, word, res):
        return  # 리미화라고 하고, 본명은 ...
    if _covering(spans, *match.span(1)) is None:
        yield Hit(
            start=match.start(1),
            end=match.end(1),
            label="PERSON",
            detector="cue",
            rule="real_name_alias",
        )


_BROKEN = re.compile(r"(?<![가-힣])([가-힣]{1,2})(?:\s?(?:\.{2,}|…+)|,)\s?$")


def _false_starts(text: str, hits: list[Hit], spans: _Spans) -> Iterator[Hit]:
    """박... 박봉수, 김, 김영철: the fragment that begins the redacted name right after it.
    ``_BROKEN`` needs a comma, an ellipsis or two dots: none in the text, no search (round 28,
    speed)."""
    if "," not in text and "…" not in text and ".." not in text:
        return
    for hit in hits:
        if hit.label != "PERSON" or hit.start < 2:
            continue
        match = _BROKEN.search(text, max(0, hit.start - 7), hit.start)
        if match is None:
            continue
        piece = match.group(1)
        begins = text.startswith(piece, hit.start) and hit.end - hit.start > len(piece)
        if begins and _covering(spans, *match.span(1)) is None:
            yield Hit(
                start=match.start(1),
                end=match.end(1),
                label=hit.label,
                detector="cue",
                rule="false_start",
                uncertain=hit.uncertain,
                detail=hit.detail,
                key=hit.key,
            )
