"""Who or what was called a name (그 사람을 X라 불렀다, 우리끼리 X라고 했어요, 그 동네를 X라고
했어요): the object, the group or the voice before a naming cue that makes the word a name
however the dictionary reads it.  Split from ``cues_naming_ko`` in round 40 (unchanged but
for that round's additions), to keep that module under the style guide's size."""

from __future__ import annotations

import re

from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.org_nouns import korean_nouns
from fieldkit.redaction.resources import Resources

__all__ = ["NAMING_VERB", "business_before", "called_person", "called_place", "we_called"]

NAMING_VERB = lazy_pattern(
    r"만?\s?(?:불렀|부르|불러|부를|부릅|불리|부른|부름|불린|불렸|소개|있었|있던|있는)"
)
"""Verbs after 라고 that say the word before it names someone: calling, introducing, and
(round 19) being there (째보라고 있었슴다, "there was one called Jjaebo"); round 29: the
future 부를 (달님이라 부를 거다) and the delimiter 만 (리라고만 불렀다, "only called him Li")."""
_PERSON_OBJECT = lazy_pattern(
    r"(?:사람|여자|남자|놈|녀석|그분|그녀|걔|얘|아저씨|아줌마|아주머니|아즈마이|할머니|할아버지|"
    r"할매|남편|브로커|사장|주인|친구|애)(?:을|를)\s$"
)
"""그 사람을 X라 불렀다: the one called is a person, so what she is called is a name, even
a word (round 12 of issue 11)."""
_OBJECT_THEN = lazy_pattern(
    r"(?:사람|여자|남자|놈|아저씨|아줌마|아주머니|할머니|할아버지|남편|브로커|사장|주인|친구|"
    r"공안|보위원|계호원|안전원|중개인|영감|마누라|반장|대장)(?:을|를)\s"
    r"(?:그냥|다들|모두|우리는|우린|우리끼리는|다)\s$"
)
"""Round 40: the person called, then who called or how (그 공안을 그냥 너구리라 했지비, 계호원을
우린 X라 불렀다): the object is as strong a cue with the adverb or the voice between."""
_CALLED_OBJECT = lazy_pattern(r"(?:그|저|나|언니|오빠|동생|딸|아들|애)(?:를|을)\s$")
"""저를 X라고 불렀어요, 그 언니를 X라고 불렀다: a person called X with 라고 (round 16)."""
_SELF_OBJECT = lazy_pattern(r"자기를\s$|자기\s?이름을\s$")
_AMONG = lazy_pattern(
    r"(?:끼리|끼린|끼리는|다들|모두들?|동네에서|마을에서|동네서)\s(?:그냥\s|다\s)?$"
)
"""우리끼리 X라고 했어요, 다들 X라 불렀다: what a group called someone (round 22)."""
_WE_CALLED = lazy_pattern(
    r"(?:우리는|우린|사람들은|족들은|족은|인들은|말로는|말론)\s(?:그냥\s|다\s)?$"
)
_OBJECT_BEFORE_WE = lazy_pattern(
    r"(?:사람|여자|남자|놈|아저씨|아줌마|아주머니|할머니|할아버지|남편|사장|주인|친구|애|"
    r"공안|대위|대장|영감|마누라)(?:을|를)\s[^.!?]{0,12}$"
)
"""Round 40: what we or they called someone, in our tongue (우리 조선 사람들은 그냥 소매라
했지비, 중국말로는 자오위린이라 하더라구요).  We also say what we call things (우리는 그냥
'부추'라 했슴다), so a word the dictionary holds is a name here only when a person was the
object just before (주인 아줌마를 우린 주걱턱이라 했는데).  Round 41: a people as the voice
(조선족들은 신둔이라 하고 한족들은 신툰이라 했어요), and 하고 between two such sayings."""
_SAID = lazy_pattern(
    r"만?\s?(?:했|하더|하대|합디|한다|해요|소개|그랬|그러더|그래요|그럽디|하고\s|하구\s)"
)
"""자기를 X라고(만) 했다: round 29 reads the delimiter 만 ("said only X") too; round 33 the
spoken 그러다 for 하다 (다들 곰이라 그랬지, "everyone called him Bear"); round 41 the
connective 하고 (A라 하고 B라 했어요)."""


def called_person(folded: str, start: int, spoken: bool, rest: str) -> bool:
    """Whether the word before 라/라고 is what a person is called: 그 사람을 X라 불렀다
    (round 12), 그 언니를 X라고 불렀다, and 자기를 X라고 했다 (she gave herself a name:
    round 16); an epithet there (저를 바보라고 불렀다) is redacted too, uncertain.  Round 22:
    a person object and 했 (그 아저씨를 두부라고 했어요), a group's name for someone (우리끼리
    X라고 했어요, 다들 X라 불렀다)."""
    before = folded[max(0, start - 10) : start]
    named = NAMING_VERB().match(rest) is not None
    said = _SAID().match(rest) is not None
    if _OBJECT_THEN().search(folded, max(0, start - 18), start) is not None:
        return spoken or named or said  # round 40: 그 공안을 그냥 너구리라 했지비
    if _PERSON_OBJECT().search(before) is not None:  # round 22: 그 아저씨를 두부라고 했어요
        return spoken or named or said
    if _AMONG().search(before) is not None:
        return named or said
    if _CALLED_OBJECT().search(before) is not None:
        return named
    if _NAME_OBJECT().search(before) is not None:  # round 36: 딸 이름을 빙빙이라고 지었어요
        return named or _GAVE_NAME().match(rest) is not None
    return said and _SELF_OBJECT().search(before) is not None


def we_called(folded: str, start: int, word: str, rest: str, res: Resources) -> bool:
    """우리는 그냥 X라 했지비: a name when X is no dictionary word or a person was the object."""
    if _WE_CALLED().search(folded, max(0, start - 10), start) is None:
        return False
    if NAMING_VERB().match(rest) is None and _SAID().match(rest) is None:
        return False
    return word not in res.lex_ko or bool(
        _OBJECT_BEFORE_WE().search(folded, max(0, start - 30), start)
    )


def business_before(folded: str, start: int) -> bool:
    """美星 복장공장, 우리는 미성이라 했는데: what we called a business just named is its name."""
    words = re.findall(r"[가-힣]+", folded[max(0, start - 24) : start])
    return any(word.endswith(noun) for word in words for noun in korean_nouns())


_NAME_OBJECT = lazy_pattern(r"(?:이름|별명|애칭|가명)(?:을|를|은)\s$")
_GAVE_NAME = lazy_pattern(r"만?\s?(?:지었|지어|짓|지을|붙였|붙여|붙이|정했|바꿨|바꾸)")
"""딸 이름을 X라고 지었어요, 별명을 X라고 붙였다: a name given, the word is that name however the
dictionary reads it (round 36, from the development sets' silent misses beside a cue)."""
_PLACE_OBJECT = lazy_pattern(
    r"(?:동네|마을|고장|골짜기|산골|부락|거리|골목|데|곳|고개|나루|여울|산|언덕|바위|우물|개울)"
    r"(?:를|을|는|은)\s"
    r"(?:다들\s|모두\s|그냥\s|우리는\s|우리끼리\s|사람들은\s|사람들이\s)?$"
)
"""그 동네를 X라고 했어요: what a village is called is a place (round 36, 버들골).  Round 37:
what a spot is called, and by whom (강이 좁아지는 데를 우리는 X라구 불렀어요).  Round 40: a
hill, a rock, a well (그 산을 모얼산이라 했는데)."""


def called_place(folded: str, start: int, rest: str) -> bool:
    if _PLACE_OBJECT().search(folded[max(0, start - 14) : start]) is None:
        return False
    return NAMING_VERB().match(rest) is not None or _SAID().match(rest) is not None
