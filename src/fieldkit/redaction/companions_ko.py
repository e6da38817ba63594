"""The people a woman crossed or worked with, named after the noun that asks for them
(issue 11, round 14, third wave).

같이 간 사람이, 함께 넘어온 일행은, 같이 일하던 애들이 ... is answered by naming them: the
words after it, up to a joiner (랑, 하고, 와, a comma) or a kinship word or title, are the
first companion (같이 간 사람이 X이 언니하고 그 언니 아들이요; 같이 넘어온 사람이
누구였어요? / 응답: X랑 Y 언니).  The first name is the slot's; the pair and list rules
(``lists_ko``) then take the members joined to it.

Never a pronoun, a number, a kinship or role noun, a closed word or a verb form (같이 간
사람이 우리 언니하고, 같이 온 사람이 셋이었어요); a word is taken uncertain.
"""

from __future__ import annotations

from fieldkit.redaction import korean
from fieldkit.redaction.cuewords import closed_words, person_nouns
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["find_companions_ko", "find_went_with_ko"]

_ASKING_NOUNS = ("사람", "사람들", "일행", "애", "애들", "동무", "동무들", "여자", "여자들")
"""The nouns that ask for the companions' names (같이 간 사람이 ...)."""
_COMPANIONS = lazy_pattern(
    r"(?:같이|함께)\s(?:[가-힣]{1,4}\s)?[가-힣]{0,4}(?:온|간|던|한|은|린|났던|왔던|갔던)\s"
    rf"(?:{'|'.join(_ASKING_NOUNS)})(?:이|은|는|가|도)?\s"
    r"(?:누구[^\n]{0,16}\n[^:\n]{1,8}:\s?)?"
    r"([가-힣]{1,4}?)(?:이)?(?:(?=\s([가-힣]{1,5}))|(?=이랑|랑|하고|이와|와|과|,))"
)
_NOT_COMPANIONS = frozenset(
    str.split("우리 저희 제 내 나 저 그 그냥 다 모두 셋 넷 둘 다섯 여럿 여섯 누구 없었 아무")
)
"""Pronouns, numbers and quantifiers that answer the question without a name."""


_HEAD = lazy_pattern(
    r"(?:같이|함께)\s[가-힣]{0,4}(?:온|간|넘어온|건너온|왔던|갔던|살던|일하던|있던|잡혔던)\s"
    r"([가-힣]{1,4}?)(이)?(?:(?:이랑은|랑은|이랑|랑|이는|는|은|이가|가|이를|를|을|하고|한테|도)"
    r"(?![가-힣])|(?=\s말(?:이|임|입)))"
)
"""Round 19: the companion as the head of the clause (무산에서 같이 넘어온 옥이랑은 ...)."""


def find_companions_ko(folded: str, res: Resources) -> list[Hit]:
    """The first companion named after the noun that asks for them (module doc), or as
    the head noun of 'who came with me' (``_HEAD``)."""
    out: list[Hit] = []
    if "같이" not in folded and "함께" not in folded:
        return out
    out += _heads(folded, res)
    for match in _COMPANIONS().finditer(folded):
        word = match.group(1)
        title = match.group(2)
        if title is not None and korean.split_particle(title)[0] not in person_nouns("ko"):
            continue  # 같이 간 사람이 많았어요: no title after, no joiner: not a list
        if len(word) == 1 and folded[match.end(1) : match.end(1) + 1] != "이":
            continue  # one syllable only with its affectionate 이 (솔이랑)
        if _no_name(word, res):
            continue
        out.append(person_by_cue(*match.span(1), "companion_named", word in res.lex_ko))
    return out


_WENT_WITH = lazy_pattern(
    r"(?<![가-힣])([가-힣]{1,4}?)(이랑|랑|하고)\s(?:같이|함께)\s(?:[^\s.!?]+\s){0,3}?"
    r"(?:[^\s.!?]*?)(?:갔|왔|가|오|내렸|건넜|넘었|나왔|떠났|도망|살았|일했|잡혔|팔렸|탔|도착|헤어졌)"
)
"""X랑 같이 ... 갔어요: who went, crossed, lived or was caught with her (round 17: 사랑이랑
같이 화룡까지 갔는데); only people go with a woman, or are caught with her."""


def find_went_with_ko(folded: str, res: Resources) -> list[Hit]:
    """The word before 랑 or 하고 and 같이 or 함께, a verb of going, living or being caught
    after it: a companion, uncertain where the word is also a word.  One syllable only with
    its affectionate 이 (향이랑 같이), as the lists take it."""
    out: list[Hit] = []
    if "같이" not in folded and "함께" not in folded:
        return out
    for match in _WENT_WITH().finditer(folded):
        word, joiner = match.group(1), match.group(2)
        if joiner == "이랑" and not korean.final_consonant(word[-1]):
            continue  # 바다이랑 is no Korean: the 이 is the word's
        if len(word) == 1 and joiner != "이랑":
            continue  # 짐하고 같이 내렸어요: a one-syllable thing
        if _no_name(word, res) or word in res.gaz_hangul or word in res.keep_native:
            continue
        if (
            len(word) >= 2
            and word[-1] == "들"
            and (word[:-1] in person_nouns("ko") or word[:-1] in closed_words("ko"))
        ):
            continue  # 꽃제비 애들이랑: the plural of a person noun (round 39)
        if len(word) > 2 and word[-2:] in person_nouns("ko"):
            continue  # 하늘언니랑: a name glued to a kin word is the glued rules' (its span)
        out.append(person_by_cue(*match.span(1), "went_with", word in res.lex_ko))
    return out


def _heads(folded: str, res: Resources) -> list[Hit]:
    """A word only with its affectionate 이 (옥이랑은, 별이는): 같이 일하던 식당은 is a place."""
    out: list[Hit] = []
    for match in _HEAD().finditer(folded):
        word, called = match.group(1), match.group(2) is not None
        if called and not korean.final_consonant(word[-1]):
            continue  # 바다이는 is no Korean: the 이 is the word's
        if (len(word) == 1 or word in res.lex_ko_common) and not called:
            continue  # 같이 간 곳은, 같이 살던 집은: a thing or a place
        if _no_name(word, res) or word in _COMPANION_NOUNS or word in res.gaz_hangul:
            continue
        out.append(person_by_cue(*match.span(1), "companion_head", word in res.lex_ko))
    return out


_COMPANION_NOUNS = frozenset((*_ASKING_NOUNS, "분들"))


def _no_name(word: str, res: Resources) -> bool:
    if word in _NOT_COMPANIONS or word in closed_words("ko") or word in person_nouns("ko"):
        return True
    return korean.verb_like(word, res)
