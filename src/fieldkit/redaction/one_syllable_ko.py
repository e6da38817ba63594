"""A given name of one syllable that is also a word, before a title (봄 언니, 별 씨가, 샘
아저씨: round 16 of issue 11).

The title rules read two to four syllables before a title, since one syllable there is most
often a surname (김 씨, 리 동무: the surname rules' case) or a word that says which one (그
언니, 새 선생님, 옆집 할머니).  A one-syllable *noun* standing alone before a title is
neither: 봄, 별, 샘 and 달 are given names, and a word that says whose or where is joined to
its noun or is a determiner.  Such a noun there is redacted, uncertain (the lexicon may only
downgrade a strong cue: issue 11).

Round 23: two more places where one syllable is a name, uncertain: the call repeated (봄아
봄아 하지: nobody calls a season twice, but a song may call the moon, 달아 달아) and what a
person was called (남자애를 다 비라고 불렀어요), with a person as the object before it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from fieldkit.redaction import dictionary_ko, korean
from fieldkit.redaction.cuewords import closed_words
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.titles_ko import titles

__all__ = ["WHICH", "find_one_syllable_names"]

WHICH = frozenset(
    str.split(
        "새 옛 첫 온 각 몇 뭔 웬 딴 헌 저 그 이 요 조 고 한 두 세 네 내 제 울 즈 지 니 느 걔 얘 쟤 "
        "옆 앞 뒤 뒷 윗 막 큰 잔 참 전 현 본 귀 남 여 외 친 시 처 집 방 딸 놈 년 애 "
        "왜 뭐 또 더 좀 잘 꼭 안 못 다 늘 꽤 왕 대 소 중 총 부 주 원 측 쪽 편 곳 데 분 "
        "번 살 명 개 해 년 시 분 초 층 등 차 회 쪽 편 벌 병 권 채 칸 쌍 겹 끼 판 줄 술 씩"
    )
)
"""Determiners, numerals, adverbs and nouns that say whose, which or where before a title
(새 선생님, 옆 언니, 집 할머니, 전 남편, 친 오빠, 또 언니가, 왕 언니, 부 사장; the
northern and spoken 즈 아빠, 울 엄마; a counter, 두 살 언니, 한 번 오빠가): not a name."""
_COUNT = frozenset(
    str.split("한 두 세 네 몇 여러 수 스무 열 다섯 여섯 일곱 여덟 아홉 서너 두세 너덧")
)


def find_one_syllable_names(folded: str, res: Resources) -> Iterator[Hit]:
    for title, _particle in titles(folded):
        at = title.start() - 2
        if at < 0 or folded[at + 1] != " " or not "가" <= folded[at] <= "힣":
            continue
        if at and ("가" <= folded[at - 1] <= "힣" or folded[at - 1].isalnum()):
            continue  # the last syllable of a longer word (그 사람 언니): not alone
        word = folded[at]
        if _counted(folded, at):
            continue  # 세 달 언니, 2 달 동생: a counter after a number
        if _says_which(word, res):
            continue
        if word not in res.lex_ko or korean.verb_form(word, res):
            continue  # 간 언니, 큰 오빠: a verb's adnominal form says which
        yield person_by_cue(at, at + 1, "one_syllable_before_title", True)
    if _CALL_END.search(folded) is not None:
        yield from _repeated_calls(folded, res)
    if "불" in folded or "부르" in folded:
        yield from _called(folded, res)


_REPEATED_CALL = lazy_pattern(r"(?<![가-힣])([가-힣])([아야]),?\s\1\2(?![가-힣])")
_CALL_END = re.compile(r"[아야],?\s")
"""What every repeated call holds (its first 아 or 야, a comma, a space): a short scan that
skips ``_REPEATED_CALL``'s, which tries each syllable; ``_CALLED``'s verbs of calling all
hold 불 or 부르 (round 28, speed)."""
_CALLED = lazy_pattern(
    r"(?:사람|여자|남자|애|아이|여자애|남자애|걔|그|저|언니|오빠|동생|딸|아들)(?:을|를)\s"
    r"(?:다\s|다들\s|그냥\s|모두\s)?([가-힣])(?:라고|라구|라)\s?(?:불렀|불러|부르|불렸|불리)"
)


def _says_which(word: str, res: Resources, *, surnames: bool = True) -> bool:
    """A determiner or a word that says which (``WHICH``), a closed word or, unless
    ``surnames`` is false, a surname."""
    if word in WHICH or word in closed_words("ko"):
        return True
    return surnames and word in res.sur_ko_hangul


def _one_syllable_name(
    word: str, res: Resources, *, verbs: bool = True, surnames: bool = False
) -> bool:
    """Not ``_says_which`` (a surname may be, with ``surnames``: 옥아 옥아 calls a 옥, round
    24); with ``verbs``, no verb stem either (좋아 좋아 is a verb's; before 라고 불렀 a verb
    stem would be an order, never called)."""
    if _says_which(word, res, surnames=not surnames):
        return False  # 이야 이야, 그래 그래: exclaimed, never called
    verb = korean.verb_form(word, res) or korean.verb_stem(word, res) or dictionary_ko.stem(word)
    return not (verbs and verb)


def _repeated_calls(folded: str, res: Resources) -> Iterator[Hit]:
    """봄아 봄아, 별아, 별아: a syllable called twice with the vocative its sound takes (아
    after a final consonant, 야 after none)."""
    for match in _REPEATED_CALL().finditer(folded):
        word, ending = match.group(1), match.group(2)
        if korean.final_consonant(word) != (ending == "아") or word + ending in res.lex_ko:
            continue  # 좋아 좋아, 자 봐봐: a verb, not a call
        if _one_syllable_name(word, res, surnames=True):
            yield person_by_cue(match.start(1), match.start(1) + 1, "one_syllable_called", True)
            second = match.end() - 2
            yield person_by_cue(second, second + 1, "one_syllable_called", True)


_CALLED_PASSIVE = lazy_pattern(
    r"(?<![가-힣])([가-힣]{1,4})(?:은|는|이|가)\s(?:다들\s|그냥\s|거기서\s|중국에서\s)?"
    r"([가-힣])(?:라고|라구|라)\s?(?:불렸|불리|불린)"
)
"""Round 37: a person was called one syllable (비는 위라고 불렸어요): the passive says the
topic bore the name; never after a demonstrative's topic (그건 뭐라고 불려)."""
_POINTING = frozenset(str.split("이건 그건 저건 이거 그거 저거 이것 그것 저것 여기 거기 저기"))
_NEVER_CALLED = frozenset("뭐누나너저그이어요")


def _called(folded: str, res: Resources) -> Iterator[Hit]:
    """남자애를 다 비라고 불렀어요: one syllable with no final consonant before 라고 and a
    verb of calling, a person its object (a closed syllable takes 이라고: the naming rules);
    round 37: or the topic of the passive (비는 위라고 불렸어요)."""
    found = [(*match.span(1), False) for match in _CALLED().finditer(folded)]
    for match in _CALLED_PASSIVE().finditer(folded):
        if match.group(1) not in _POINTING and match.group(1) not in closed_words("ko"):
            found.append((*match.span(2), True))  # a surname alone is what she was called too
    for start, end, passive in found:
        word = folded[start:end]
        if korean.final_consonant(word):
            continue
        if passive:  # 위 ("above") is a closed word and a surname: called so, it is a name
            named = word not in WHICH and word not in _NEVER_CALLED
        else:
            named = _one_syllable_name(word, res, verbs=False)
        if named:
            yield person_by_cue(start, end, "one_syllable_called", True)


def _counted(folded: str, at: int) -> bool:
    """Whether the word before the syllable at ``at`` is a number (두 살, 3 달)."""
    before = folded[max(0, at - 4) : at].rstrip(" ")
    if not before or before == folded[max(0, at - 4) : at]:
        return False  # no space before: the start of the text or a bracket
    return before[-1].isdigit() or before.split(" ")[-1] in _COUNT
