"""A name given as the answer to a question that asks for one (issue 11, round 20, set AJ).

Interview transcripts write the interviewer's turn and the woman's under labels (질문: /
답변:, 문: / 답:, Q: / A:, 면담자: / 구술자:).  When the question asks for a person's name
(딸 이름이 뭐예요?, 누구랑 같이 왔어요?, 뭐라고 불렀어요?) and the answer is that name
alone (봄이에요., 순옥이요., 金子.), or after the kinship noun it answers for (딸이
사랑인데), the slot says "a name" as surely as 이름은 does, whatever the word is: 봄 and
기쁨 are words too.  So the answer's word is a person, uncertain when it is an ordinary
word, as every strong cue's.

Not taken: a pause (음, ...), a question about a place or an organisation's name (식당
이름, 동네 이름: their own rules read those), an answer that goes on past its first word
(다 몰라요), a verb or a closed word (몰라요., 네.), a role or kinship noun (언니요.).
"""

from __future__ import annotations

from functools import lru_cache

from fieldkit.redaction import korean
from fieldkit.redaction.anchored import positions
from fieldkit.redaction.cues_roles_ko import korean_hit
from fieldkit.redaction.cuewords import closed_words, cue_words, person_nouns
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.org_nouns import kind_noun_length
from fieldkit.redaction.resources import Resources

__all__ = ["find_answered_names"]

_TURN = r"\?\s*(?:답변|답|A|구술자|응답|대답)\s?[:：]\s?"
"""The question's mark, then the answer's label (답변:, A:, 구술자:)."""
_ANSWER = lazy_pattern(
    _TURN + r"([가-힣]{1,4}?|[\u4e00-\u9fff]{1,4})"
    r"(?:이에요|예요|에요|이요|요|이었어요|였어요|이었죠|였죠|임다|이오)?"
    r"(?=[.,!…]|\s*$|\n)"
)
"""The answer's first word, the whole answer up to a stop or a comma: 봄이에요., 金子."""
_KIN_ANSWER = lazy_pattern(
    _TURN + r"([가-힣]{1,4}?)(?:이|가|은|는)\s"
    r"([가-힣]{1,4}?)(?:인데요?|이에요|예요|에요|이요|요|이고|이었어요|였어요)(?=[\s.,!…]|$)"
)
"""딸이 사랑인데, 오빠가 정남이요: a kinship or role noun, then the name asked for."""
_ASKS = ("이름", "성함", "누구", "뭐라고", "뭐라 불", "어떻게 불")
_FILLERS = frozenset("음어아예네응흠에글")
"""One-syllable sounds that open an answer and name nobody."""
_QUESTION_SPAN = 60
"""How far back from the question mark the question may ask (one turn of a transcript)."""


def find_answered_names(folded: str, res: Resources) -> list[Hit]:
    """The names of the module docstring."""
    out: list[Hit] = []
    for at in positions(folded, ("?",)):
        match = _ANSWER().match(folded, at)
        kin = _KIN_ANSWER().match(folded, at) if match is None else None
        if kin is not None and kin.group(1) not in person_nouns("ko"):
            kin = None
        if (match is None and kin is None) or not _asks_for_a_person(folded, at):
            continue
        found, group = (match, 1) if match is not None else (kin, 2)
        if found is None:
            continue
        hit = _answer_hit(found.start(group), found.group(group), res)
        if hit is not None:
            out.append(hit)
    return out


def _asks_for_a_person(folded: str, at: int) -> bool:
    """The question before ``at`` asks a person's name: a word of asking, and no place or
    organisation noun right before 이름 (식당 이름이 뭐예요?)."""
    start = max(0, at - _QUESTION_SPAN)
    turn = folded[start:at]
    for mark in ("\n", ":", "：", "?"):
        cut = turn.rfind(mark)
        if cut >= 0:
            turn = turn[cut + 1 :]
    if not any(word in turn for word in _ASKS):
        return False
    named = turn.find("이름")
    if named <= 0:
        return True
    before = turn[:named].rstrip().split()
    return not before or not _names_no_person(before[-1])


def _names_no_person(word: str) -> bool:
    """식당, 노래방, 동네, 고향: the owner of the name asked for is no person."""
    return word in _place_nouns() or kind_noun_length("가" + word) == len(word)


@lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    extra = ("고향", "회사", "단체", "가게", "학교", "교회", "병원", "공장", "식당", "노래방")
    return frozenset((*cue_words().get("place_noun", "ko"), *extra))


def _answer_hit(start: int, word: str, res: Resources) -> Hit | None:
    if "\u4e00" <= word[0] <= "\u9fff":
        return person_by_cue(start, start + len(word), "answered_name", False)
    if word in closed_words("ko") or word in person_nouns("ko") or korean.verb_like(word, res):
        return None
    if len(word) == 1:
        if word in _FILLERS:
            return None  # 음, 그니까 왕더푸라고: a pause before the answer
        return person_by_cue(start, start + 1, "answered_name", word in res.lex_ko)
    return korean_hit(start, word, res, "answered_name")
