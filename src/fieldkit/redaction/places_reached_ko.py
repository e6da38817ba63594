"""Korean towns no list holds, named by the slot a journey or a nearby place gives them
(issue 11, round 14, second wave, lane ORG AND PLACES).

The gazetteer lists counties and the towns of the border, not every village a woman passed
through nor every suburb of a foreign city where she lives now.  Two constructions say
"this word is a place" whatever the word:

* **where a journey ended or she lives**: a verb of going, arriving or living in its
  adnominal form, 데 or 곳 (glued or spaced) with its subject or topic particle, then the word
  and the copula (처음 간 데가 X이었슴다, 도착한 곳은 X였어요, 지금 사는데는 <city> X예요: a
  listed town may stand before it).  Round 4's ``korean_place_subject`` reads the
  same slot for gazetteer spellings only; here the journey verb is the cue, so any word that
  is no dictionary word, verb form or closed word is taken.
* **a place corrected by another**: a gazetteer place, 말고/아니고/아니라/대신, then a word and
  the copula (X 아니고 Y이었나, 캐나다 말고 Y래요): the speaker puts one place for another.
* **a town near a known place**: a gazetteer place or listed city, 근처/부근/인근, then a
  word with a locative (X 근처 Y에 산대요, Y에서 일해요).  Y is where she is, finer than X.

Never: a dictionary or ordinary word (간 데가 식당이었어요, 근처 공장에서), a verb form, a
closed word (간 데가 거기였어요), a given name.  A gazetteer spelling in the journey slot is
taken with its province (the northern copula 이었슴다 hid it from the gazetteer layer), and
uncertain when it is a word.  Certain otherwise: the slot admits only a place, and no word
of the lists is taken.
"""

from __future__ import annotations

from fieldkit.redaction import hangul, korean
from fieldkit.redaction.cuewords import closed_words, gazetteer_entry
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.org_nouns import kind_noun_length, korean_nouns
from fieldkit.redaction.resources import Resources

__all__ = ["find_reached_places"]

_JOURNEY = lazy_pattern(
    r"(?:간|온|갔던|왔던|닿은|닿았던|도착한|도착했던|내린|내렸던|머문|머물던|머물렀던|숨은|"
    r"숨었던|들른|들렀던|지나간|떠난|건너간|넘어간|팔려간|끌려간|도망간|도망친|"
    r"사는|살던|살았던|지내는|지내던)"
    r"\s?(?:데|곳)(?:가|이|는|은|도)\s(?:([가-힣]{2,4})\s)?([가-힣]{3,9})"
)
_COPULAS = ("이었", "이였", "이에요", "이고", "이니까", "이라", "이다", "입니다", "이래",
            "인데", "임다", "임메", "이더", "이야", "인가", "인지", "였", "예요", "래요",
            "라고", "야", "이요", "에요", "요")  # fmt: skip
"""The copula after the place, with and without 이 (이 only after a final consonant); 에요
(round 19: 연태에요, the copula spelled as it sounds, or 에 + 요: the place ends before it)."""
_SPOKEN_END = ("이요", "요")
"""The spoken answer's 요 (선봉이요, 무산요): only as the word's whole ending (round 14c)."""

_NEAR = lazy_pattern(
    r"([가-힣](?<![가-힣].)[가-힣]{1,7})\s(?:근처|부근|인근)\s([가-힣]{2,6}?)"
    r"(?:에서는|에서도|에서|에는|에도|에|으로|까지)(?![가-힣])"
)


_CORRECTED = lazy_pattern(
    r"([가-힣](?<![가-힣].)[가-힣]{1,5}?)(?:이|가)?\s(?:말고|아니고|아니라|대신)[.…,\s]*\s?([가-힣]{2,7})"
)


def find_reached_places(folded: str, res: Resources) -> list[Hit]:
    """The constructions of the module doc (each gated on its words)."""
    out: list[Hit] = []
    if "데" in folded or "곳" in folded:
        out += _journey_ends(folded, res)
    if "근처" in folded or "부근" in folded or "인근" in folded:
        out += _near_places(folded, res)
    if "말고" in folded or "아니" in folded or "대신" in folded:
        out += _corrected_places(folded, res)
    return out


def _journey_ends(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    for match in _JOURNEY().finditer(folded):
        if match.group(1) and gazetteer_entry(match.group(1), res) is None:
            continue  # only a town may stand before the place (사는 데는 <city> X예요)
        end = _before_copula(match.group(2))
        if end is None:
            continue
        word = match.group(2)[:end]
        entry = gazetteer_entry(word, res)
        if entry is not None:  # 남평이었슴다: the northern copula hid a listed town
            out.append(_hit(match.start(2), end, "journey_place_ko", entry))
        elif _place_word(word, res):
            out.append(_hit(match.start(2), end, "journey_place_ko"))
    return out


def _before_copula(run: str) -> int | None:
    """Where the place ends in ``run``: before the first copula that agrees with the last
    syllable (남평이었슴다 -> 2; 하노이였어요 -> 3, never 하노 + 이였)."""
    for cut in range(2, min(len(run), 6)):
        rest = run[cut:]
        for copula in _COPULAS:
            if not rest.startswith(copula) or (copula in _SPOKEN_END and rest != copula):
                continue  # 선봉이요, 무산요 end the word
            if copula == "요" and run[cut - 1] in korean.VERB_FINAL:
                continue  # 거기였어요: a verb's ending, no place and 요
            final = hangul.decompose(run[cut - 1])[2]
            if copula[0] == "이" and not final:
                continue
            if copula in ("였", "예요", "래요", "라고", "야") and final:
                continue
            return cut
    return None


def _near_places(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    for match in _NEAR().finditer(folded):
        if gazetteer_entry(match.group(1), res) is None:
            continue
        word = match.group(2)
        if _place_word(word, res):
            out.append(_hit(match.start(2), len(word), "near_place_ko"))
    return out


def _corrected_places(folded: str, res: Resources) -> list[Hit]:
    """<place> 말고/아니고 Y + copula: the speaker corrects one place by another, so Y is a
    place too (정주 아니고 구장이었나; a listed spelling that is a word, uncertain)."""
    out: list[Hit] = []
    for match in _CORRECTED().finditer(folded):
        first = gazetteer_entry(match.group(1), res)
        if first is None:
            continue
        end = _before_copula(match.group(2))
        if end is None:
            continue
        word = match.group(2)[:end]
        entry = gazetteer_entry(word, res)
        if entry is not None:
            out.append(_hit(match.start(2), end, "corrected_place_ko", entry))
            # 위해 아니고 연태에요: corrected by a town, the first word was a town too (r19)
            out.append(_hit(match.start(1), len(match.group(1)), "corrected_place_ko", first))
        elif _place_word(word, res):
            out.append(_hit(match.start(2), end, "corrected_place_ko"))
    return out


def _place_word(word: str, res: Resources) -> bool:
    """A word the slot may hold as a place: no list knows it as anything else."""
    if len(word) < 2 or gazetteer_entry(word, res) is not None:
        return False  # the gazetteer's own (korean_place_subject, the gazetteer layer)
    if word in closed_words("ko") or word in res.given_ko or word in res.keep_native:
        return False
    if word in res.lex_ko or korean.ordinary(word, res):
        return False
    if word in korean_nouns() or kind_noun_length(word):
        return False  # 근처 양돈장에서, 근처 금강식당에서: a business, the org rules' (round 27)
    return not korean.verb_like(word, res)


def _hit(start: int, length: int, rule: str, entry: tuple[str, bool] | None = None) -> Hit:
    """A place; a gazetteer spelling keeps its province and is uncertain when a word."""
    return Hit(
        start=start,
        end=start + length,
        label="PLACE",
        detector="cue",
        rule=rule + ("_ordinary" if entry and entry[1] else ""),
        uncertain=bool(entry and entry[1]),
        detail=entry[0] if entry else "",
    )
