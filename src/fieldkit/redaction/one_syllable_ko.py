"""A given name of one syllable that is also a word, before a title (봄 언니, 별 씨가, 샘
아저씨: round 16 of issue 11).

The title rules read two to four syllables before a title, since one syllable there is most
often a surname (김 씨, 리 동무: the surname rules' case) or a word that says which one (그
언니, 새 선생님, 옆집 할머니).  A one-syllable *noun* standing alone before a title is
neither: 봄, 별, 샘 and 달 are given names, and a word that says whose or where is joined to
its noun or is a determiner.  Such a noun there is redacted, uncertain (the lexicon may only
downgrade a strong cue: issue 11)."""

from __future__ import annotations

from collections.abc import Iterator

from fieldkit.redaction import korean
from fieldkit.redaction.cuewords import closed_words
from fieldkit.redaction.hits import Hit, person_by_cue
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
        if word in WHICH or word in closed_words("ko") or word in res.sur_ko_hangul:
            continue
        if word not in res.lex_ko or korean.verb_form(word, res):
            continue  # 간 언니, 큰 오빠: a verb's adnominal form says which
        yield person_by_cue(at, at + 1, "one_syllable_before_title", True)


def _counted(folded: str, at: int) -> bool:
    """Whether the word before the syllable at ``at`` is a number (두 살, 3 달)."""
    before = folded[max(0, at - 4) : at].rstrip(" ")
    if not before or before == folded[max(0, at - 4) : at]:
        return False  # no space before: the start of the text or a bracket
    return before[-1].isdigit() or before.split(" ")[-1] in _COUNT
