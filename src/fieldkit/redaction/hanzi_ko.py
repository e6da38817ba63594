"""Hanzi names inside a Korean sentence (round 6 of issue 11), by grammar:

* **after a role, kinship or title noun**: 남편 高永福, 아들 高明(, 사장 张이 (a run of one to
  three Hanzi that opens with a Chinese surname, ``surnames_zh.tsv``): a person, certain,
  whatever the Chinese word list says (高明 is also "brilliant");
* **a Hanzi spelling and its Hangul reading side by side**: 高明(고명), 위해(威海), 于海(위하이):
  when the Hangul is a reading of the Hanzi (``propagate_ko.hanzi_reading_seeds``, both
  spellings of ㄹ/ㄴ) or its Mandarin sound (round 9), the two are one name: a place when
  the Hanzi is in the gazetteer, a person when it opens with a Chinese surname;
* **one Hanzi before a naming cue**: 春이라고, '爱'라고 불렀다 (``cues_naming_ko`` takes two to
  four): a person, uncertain (one character is often a word);
* **a person's slot** (round 14): a genitive before a kinship or role noun (X의 남편) or an
  apposition with a person noun (X, 그 여자가): a person, uncertain when a Chinese word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction.chinese_given import hanzi_names_in_korean, mandarin_readings
from fieldkit.redaction.cuewords import alternation, cue_words, gazetteer_entry, gazetteer_place
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.propagate_ko import hanzi_reading_seeds
from fieldkit.redaction.resources import Resources

__all__ = ["find_hanzi_in_korean"]

_HAN = "\u4e00-\u9fff"
_QUOTE = "'\"‘’“”"


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern[str]]:
    c = cue_words()
    nouns = alternation(c.get("role", "ko") + c.get("title", "ko") + c.get("kinship", "ko"))
    return {
        # anchored on the Hanzi run and read back (the nouns' alternation first was tried
        # at every position: a second on a 2 MB document); each pattern here that reads
        # the character before its first opens with that character's class and looks back
        # from just after it (round 13: a look-behind first is tried at every position)
        "after_role": re.compile(
            rf"([{_HAN}](?<=\s.)[{_HAN}]{{0,2}})(?![{_HAN}])(?=[가-힣(,.\s]|$)"
        ),
        "role_before": re.compile(rf"(?<![가-힣])(?:{nouns})(?:은|는|이|가)?\s$"),
        # the next two open with the bracket or the Hanzi, the text before read back: a
        # look-behind first was tried at every position of a long document
        "pair_after": re.compile(rf"\((?:([가-힣]{{2,4}})|([{_HAN}]{{2,4}}))(?=[,)])"),
        "pair_before": re.compile(rf"(?<![{_HAN}가-힣])(?:([{_HAN}]{{2,4}})|([가-힣]{{2,4}}))$"),
        "one_named": re.compile(rf"([{_HAN}])[{_QUOTE}]?(?:이라고|라고|이라는|라는)"),
        # round 10: 金哲, 진저가 / 李明明, 리밍밍이요 -- the reading in apposition after a comma
        "comma_pair": re.compile(rf"([{_HAN}](?<![{_HAN}].)[{_HAN}]{{1,3}}), ([가-힣]{{2,8}})"),
        # round 18: 위해, 威海라고 써요 -- a place's Hangul reading, then its Hanzi
        "chained": re.compile(
            rf"(?<![{_HAN}])([{_HAN}]{{2,3}})\s?(?=[{_HAN}]{{1,5}}(?:市|县|区|旗|镇|乡|村|屯)(?![{_HAN}]))"
        ),
        "spelled": re.compile(
            rf"([{_HAN}])\s?자(?:에|에다|하고|랑|,)?\s([{_HAN}])\s?자(?:예요|요|이고|입니다)?(?![가-힣])"
        ),
        "comma_pair_back": re.compile(
            rf"(?<![가-힣])([가-힣]{{2,4}}), ([{_HAN}]{{2,4}})(?![{_HAN}])"
        ),
    }


def _person(start: int, end: int, rule: str, uncertain: bool = False) -> Hit:
    return Hit(
        start=start,
        end=end,
        label="PERSON",
        detector="cue",
        rule=rule,
        uncertain=uncertain,
    )


def _after_role(folded: str, res: Resources) -> list[Hit]:
    """아들 高明(12): a gazetteer spelling too (高明 is a district) only before a bracket,
    as a family list gives an age or a reading (남편 延吉에서 is a place)."""
    out = []
    rx = _rx()
    for match in rx["after_role"].finditer(folded):
        if rx["role_before"].search(folded, max(0, match.start() - 12), match.start()) is None:
            continue
        run = match.group(1)
        if run[0] not in res.sur_zh_hanzi:
            continue
        if gazetteer_entry(run, res) is None or folded[match.end(1) : match.end(1) + 1] == "(":
            out.append(_person(match.start(1), match.end(1), "hanzi_after_role"))
    return out


def _pair_spans(folded: str) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """(Hanzi span, Hangul span) of each 高明(고명) or 위해(威海)."""
    rx = _rx()
    for inside in rx["pair_after"].finditer(folded):
        before = rx["pair_before"].search(folded, max(0, inside.start() - 4), inside.start())
        if before is None:
            continue
        if inside.group(1) and before.group(1):
            yield before.span(1), inside.span(1)
        elif inside.group(2) and before.group(2):
            yield inside.span(2), before.span(2)


def _comma_spans(folded: str) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """(Hanzi span, Hangul span) of 金哲, 진저가: the Hangul word opens with a reading of the
    Hanzi (its particle or copula after it stays outside)."""
    for match in _rx()["comma_pair"].finditer(folded):
        written, word = match.group(1), match.group(2)
        readings = {*hanzi_reading_seeds(written), *mandarin_readings(written)}
        for read in sorted(readings, key=len, reverse=True):
            if read and word.startswith(read):
                yield match.span(1), (match.start(2), match.start(2) + len(read))
                break


def _back_comma_spans(
    folded: str, res: Resources
) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """(Hanzi span, Hangul span) of 위해, 威海: a place's reading written first (round 18;
    위해 is also "for"), counted only where the Hanzi is a gazetteer place."""
    for match in _rx()["comma_pair_back"].finditer(folded):
        if gazetteer_entry(match.group(2), res) is not None:
            yield match.span(2), match.span(1)


def _pairs(folded: str, res: Resources, people: frozenset[int]) -> list[Hit]:
    out: list[Hit] = []
    pairs = list(_pair_spans(folded))
    if ", " in folded:
        pairs += [pair for pair in _comma_spans(folded) if pair[0][0] in people]
        pairs += list(_back_comma_spans(folded, res))
    for hanzi, hangul in pairs:
        written = folded[hanzi[0] : hanzi[1]]
        read = folded[hangul[0] : hangul[1]]
        if read not in hanzi_reading_seeds(written) and read not in mandarin_readings(written):
            continue  # round 9: 于海(위하이), the Mandarin sound, is a reading too
        entry = None if hanzi[0] in people else gazetteer_entry(written, res)
        if entry is not None:
            for start, end in (hanzi, hangul):
                out.append(
                    Hit(
                        start=start,
                        end=end,
                        label="PLACE",
                        detector="cue",
                        rule="hanzi_reading_pair",
                        uncertain=False,
                        detail=entry[0],
                    )
                )
        elif written[0] in res.sur_zh_hanzi and len(written) <= 3:
            for start, end in (hanzi, hangul):
                out.append(_person(start, end, "hanzi_reading_pair"))
    return out


def _one_named(folded: str) -> list[Hit]:
    out: list[Hit] = []
    for match in _rx()["one_named"].finditer(folded):
        start = match.start(1)
        before = folded[start - 1] if start else " "
        if before in _QUOTE:
            before = folded[start - 2] if start > 1 else " "
        if not ("가" <= before <= "힣" or "\u4e00" <= before <= "\u9fff"):
            out.append(_person(start, match.end(1), "naming_cue_hanzi_one", True))
    return out


_PEOPLE = "여자|남자|사람|분|애|아이|언니|아줌마|아저씨|할머니|할아버지|놈|녀석"


@lru_cache(maxsize=1)
def _person_slot() -> re.Pattern[str]:
    """A Hanzi word, then a person's genitive before a kinship or role noun (X의 남편) or an
    apposition with a person noun (X, 그 여자가)."""
    c = cue_words()
    kin = alternation(c.get("role", "ko") + c.get("kinship", "ko"))
    return re.compile(
        rf"([{_HAN}](?<![{_HAN}].)[{_HAN}]{{0,3}})"
        rf"(?:의\s(?:{kin})(?:[가-힣]{{0,3}})(?![가-힣])|,\s그\s(?:{_PEOPLE})(?:가|는|이|도|를|은)?\s)"
    )


@lru_cache(maxsize=1)
def _zh_roles() -> frozenset[str]:
    """老板의 아내: a role or kinship noun in Hanzi is whose, not who."""
    c = cue_words()
    return frozenset((*c.get("role", "zh"), *c.get("honorific", "zh")))


def _person_slots(folded: str, res: Resources) -> list[Hit]:
    """Round 14: a Hanzi word in a person's slot is a name even when it is a Chinese word
    (金 "gold" and 子 make a word, and a Japanese given name): uncertain then."""
    out: list[Hit] = []
    for match in _person_slot().finditer(folded):
        start, end = match.span(1)
        if start and "가" <= folded[start - 1] <= "힣":
            continue  # glued to a Korean word: a Hanzi gloss, not a name
        word = folded[start:end]
        if word not in res.keep_native and word not in _zh_roles():
            out.append(_person(start, end, "hanzi_person_slot", word in res.lex_zh))
    return out


def find_hanzi_in_korean(folded: str, res: Resources) -> list[Hit]:
    """Every Hanzi name the Korean grammar around it points at (module docstring); the
    caller (``cues.find_cued``) asks only of a text with a Hanzi in it."""
    out: list[Hit] = []
    people = _after_role(folded, res)
    out += people
    out += _pairs(folded, res, frozenset(h.start for h in people))
    out += _one_named(folded)
    out += _person_slots(folded, res)
    out += hanzi_names_in_korean(folded, res)  # round 9: 小雪이, 딸 小雪
    out += _chained_places(folded, res)  # round 18: 赤峰 宁城县
    out += _spelled_names(folded)  # round 18: 金 자에 花 자, 金花
    return out


def _spelled_names(folded: str) -> list[Hit]:
    """A name spelled character by character (金 자에 花 자): each character, and the two
    written together anywhere in the text (金花), a word as it may be."""
    out: list[Hit] = []
    if "자" not in folded:
        return out
    for match in _rx()["spelled"].finditer(folded):
        out.append(_person(match.start(1), match.end(1), "hanzi_spelled"))
        out.append(_person(match.start(2), match.end(2), "hanzi_spelled"))
        joined = match.group(1) + match.group(2)
        at = folded.find(joined)
        while at >= 0:
            out.append(_person(at, at + 2, "hanzi_spelled"))
            at = folded.find(joined, at + 2)
    return out


def _chained_places(folded: str, res: Resources) -> list[Hit]:
    """A place's bare Hanzi name before a smaller place with its suffix (赤峰 宁城县): the
    prefecture of an address, written without its 市, certain though 赤峰 is also a word."""
    out: list[Hit] = []
    for match in _rx()["chained"].finditer(folded):
        entry = gazetteer_entry(match.group(1), res)
        if entry is not None:
            out.append(
                gazetteer_place(match.span(1), "hanzi_place_before_place", entry, uncertain=False)
            )
    return out
