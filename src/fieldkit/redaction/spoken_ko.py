"""Korean as the women type it: northern endings, words run together, counted things.

The word list is South Korean written text, cut into stems (때렸, 만나, 받).  Testimonies
are spoken Korean typed quickly, often in a Hamgyong or Yanbian voice: 때렸음메 for 때렸다,
가라구 for 가라고, 이였는데 for 이었는데; spaces left out before a bound noun (할때, 갈수,
보내는것, 사는동안); numbers run into their counters (한달, 열두마리, 다섯시).  None of these
is a name, but the catch-all saw unknown words and the place rules saw the suffixes 구, 시,
리, 면.  These shapes are told here by their grammar, never by a list of words: a name
never ends in a verb ending, a bound noun after an adnominal, or a counter after a numeral.

This module imports nothing of the redaction package but ``hangul``, so that ``korean``
can use it without a cycle.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from fieldkit.redaction import hangul

__all__ = [
    "NORTHERN_COPULA",
    "NORTHERN_ENDINGS",
    "bound_noun_phrase",
    "hago_for_hagu",
    "number_phrase",
    "quoted_order",
    "southern_spellings",
    "spoken_verb",
    "standard_spellings",
]

NORTHERN_COPULA = tuple(
    str.split(
        "이였다 이였고 이였는데 이였는데요 이였어요 이였슴다 이였습니다 이였지요 이였죠 이였으니까 "
        "이였댔어요 이였음메 였음메 이었음메 임메 임다 이였대요 이였지만 이였던 "
        "이었소 였소 이였소 이오 이라문 라문 이문"
    )
)
"""The copula as the north and Yanbian write it (이였 for 이었; 임메, 임다 for 입니다): after
a noun or a name, a particle like 이었는데 (삼월이였는데, 철수였음메).  Round 20: the
하오 register's 이었소, 이오 and the conditional 이라문, 이문 (촌이었소, 시집이라문, 백 원이문)."""

NORTHERN_ENDINGS = tuple(
    str.split(
        "음메 슴메 슴다 습니다 재이요 재요 댔어요 댔슴다 더만 더구만 더라구 다구 냐구 자구 구요"
    )
)
"""Verb endings of northern and spoken Korean (때렸음메, 있슴다, 했재요, 하더만, 안다구):
the catch-all tries them like the standard ones."""

_STANDARD = (
    ("음메", "다"),
    ("슴메", "습니다"),
    ("슴다", "습니다"),
    ("재이요", "지요"),
    ("재요", "지요"),
    ("구요", "고요"),
    ("다구", "다고"),
    ("냐구", "냐고"),
    ("자구", "자고"),
)
"""A northern or spoken ending and the standard one it stands for (만났냐구: 만났냐고).  A
bare 구 is not mapped: after a word it is as often a district (강남구)."""


def standard_spellings(token: str) -> tuple[str, ...]:
    """The token with a northern or spoken ending in its standard spelling (가라구 -> 가라고,
    갔음메 -> 갔다), and with 갔 as the northern future (모르갔다 -> 모르겠다)."""
    out: list[str] = []
    for northern, standard in _STANDARD:
        if token.endswith(northern) and len(token) > len(northern):
            out.append(token[: -len(northern)] + standard)
            break
    for word in (token, *out):
        cut = word.rfind("갔")
        if cut > 0 and word[cut + 1 :] in ("다", "습니다", "어요", "지요"):
            out.append(word[:cut] + "겠" + word[cut + 1 :])
    return tuple(out)


_PAST_ENDINGS = frozenset(
    str.split(
        "다 다고 다구 다니까 다며 다면서 다더라 음메 슴다 슴메 습니다 어요 지요 재요 는데 는데요 "
        "소 고 구 어 지 죠 으니까 으면 더니 더라 더라구 더라고 던 댔어요 댔슴다 을까 을걸"
    )
)
_QUOTED_PRESENT = ("다고", "다구", "다니까", "다며")


_IMPERATIVE_BEFORE = ("아니", "달", "해보", "가보", "와보", "가", "오", "하")
"""What comes before the 라 of a quoted order or denial (가라구, 해보라구, 내려달라구,
아니라구): verb stems that end no common given name (영주, 미소, 보라 do not end so)."""


def hago_for_hagu(token: str, particle: str) -> str:
    """The word with the spoken 하구 read as the 하고 it stands for (영애하구 -> 영애하고):
    the verb test then asks what it asks of 하고, where the word list decides (공부하고 is a
    verb, 영애하고 a name and its particle), not the ending alone (round 26)."""
    return token[:-1] + "고" if particle.endswith("하구") and token.endswith("하구") else token


def quoted_order(token: str) -> bool:
    """An order or a denial told as speech (가라고, 해보라구, 달라구, 아니라구): no name."""
    for tail in ("라고", "라구"):
        if token.endswith(tail) and token[: -len(tail)].endswith(_IMPERATIVE_BEFORE):
            return True
    return False


def spoken_verb(token: str) -> bool:
    """A verb form by its shape alone, whatever the word list holds of its stem:
    a past-tense syllable (ㅆ under it) and an ending after it (물었음메, 잡혀왔다구,
    놀렸댔어요), or ㄴ/는 before 다고 (못간다구, 먹는다고).  The copula after a noun keeps its
    name (철수였다고, 영이었다): 였 and 이+었 are left to the particle split."""
    if quoted_order(token):
        return True
    if len(token) < 3:
        return False
    for index in range(len(token) - 2, 0, -1):
        syllable = token[index]
        if not "가" <= syllable <= "힣" or hangul.decompose(syllable)[2] != "ㅆ":
            continue
        if token[index + 1 :] not in _PAST_ENDINGS:
            return False
        return syllable != "였" and not (syllable == "었" and token[index - 1] == "이")
    ending = next((e for e in _QUOTED_PRESENT if token.endswith(e)), None)
    if ending is None:
        return False
    before = token[-len(ending) - 1]
    return before == "는" or ("가" <= before <= "힣" and hangul.decompose(before)[2] == "ㄴ")


_NATIVE = "한|두|세|석|네|넉|다섯|여섯|일곱|여덟|아홉|열|스무|스물|서른|마흔|쉰|몇"
_SINO = "[일이삼사오육륙칠팔구십백천만]"
_COUNTERS = (
    "달|해|푼|원|전|마리|알|시|척|개|살|분|명|번|채|그릇|잔|켤레|가지|군데|시간|주일|주|"
    "년|월|일|날|밤|층|칸|병|대|장|권|벌|포기|자루|근|톤|킬로|미터|봉지|푸대|포대|통|끼|"
    "상자|숟갈|숟가락|사발|접시|바가지|박스|줌|모금|다발|묶음|송이|배|되|말"
)
"""Round 26: containers and measures (한상자, 한숟갈, 한사발, 한줌, 두배)."""
_NUMBER = re.compile(
    rf"(?:(?:{_NATIVE})+|{_SINO}+)(?:{_COUNTERS})(?:쯤|전|후|만|째|씩|간|동안|반|께)?"
)
"""A number told in words and its counter (한달, 열두마리, 만이천원, 다섯시, 세시쯤)."""


def number_phrase(stem: str, given: frozenset[str] = frozenset()) -> bool:
    """A counted quantity, time or month in words (한달, 석달, 육백원, 열두마리, 다섯시,
    삼월, 몇해전), which no name is.  Two syllables that are both common in given names
    (세원, 한솔) stay possible names: ``given`` holds those syllables."""
    if _NUMBER.fullmatch(stem) is None:
        return False
    return not (len(stem) == 2 and stem[0] in given and stem[1] in given)


_BOUND_AFTER = {
    "때": "ㄹ",
    "땐": "ㄹ",
    "수": "ㄹ",
    "줄": "ㄹㄴ",
    "거": "ㄹㄴ",
    "건": "ㄹㄴ",
    "걸": "ㄹㄴ",
    "게": "ㄹㄴ",
    "것": "ㄹㄴ",
    "데": "ㄴ",
    "동안": "ㄴ",
    "적": "ㄹㄴ",
    "뻔": "ㄹ",
    "만큼": "ㄹㄴ",
    "거지": "ㄹㄴ",
    "거야": "ㄹㄴ",
    "거죠": "ㄹㄴ",
    "건데": "ㄹㄴ",
}
"""Bound nouns typed onto the verb before them (할때, 갈수, 받는거, 보내는것, 사는동안) and
the final consonant the verb's adnominal form then has (ㄹ: 할, 갈; ㄴ: 한, 는, 인).  Round
26: 거 and the copula's ending glued on (산거지, 할거야, 간건데: "it is that ...")."""
_BOUND_ENDS = tuple(_BOUND_AFTER)
"""Every bound noun of ``_BOUND_AFTER``: a word ending in none is no such phrase."""
_SHORT_ADNOMINAL = frozenset(
    str.split("할 갈 올 볼 될 쓸 탈 잘 살 알 놀 켤 먹 찾 한 간 온 본 된 산 는 인")
)
"""One-syllable adnominal forms of common verbs (할수, 갈때, 살때, 켤줄); a two-syllable
token is only read as verb + bound noun with one of these, so a given name (철수, 진수:
철 and 진 are no verb here) stays a name."""


def bound_noun_phrase(stem: str, is_verb: Callable[[str], bool]) -> bool:
    """A verb's adnominal form and a bound noun typed as one word (조사받을때, 켤줄,
    얼어죽는줄, 탈북자인거, 사는동안, 도망갈까봐).  ``is_verb`` says whether a longer
    form before the bound noun is a verb (the word list's judgment)."""
    if len(stem) >= 4 and stem.endswith("까봐"):
        return True
    if not stem.endswith(_BOUND_ENDS):
        return False  # the usual case, one C-level test for every bound noun (round 30, speed)
    for bound, finals in _BOUND_AFTER.items():
        if not stem.endswith(bound) or len(stem) <= len(bound):
            continue
        rest = stem[: -len(bound)]
        last = rest[-1]
        if not "가" <= last <= "힣" or hangul.decompose(last)[2] not in finals:
            continue
        if len(rest) == 1:
            return rest in _SHORT_ADNOMINAL
        return last in "는을인" or is_verb(rest)
    return False


@lru_cache(maxsize=8192)
def southern_spellings(word: str) -> tuple[str, ...]:
    """The South Korean spellings of a North Korean or Yanbian one: the initial ㄹ or ㄴ
    the South drops (녀자 여자, 려관 여관, 로동자 노동자) and the tensed first consonant
    of a loanword (뻐스 버스).  The word lists are South Korean.  Kept per word (round 28,
    speed: some 210 calls per preview call; ``forget_texts`` empties it)."""
    first = word[0]
    if not "가" <= first <= "힣":
        return ()
    out = [v + word[1:] for v in hangul.dueum_variants(first) if v != first]
    initial, vowel, final = hangul.decompose(first)
    if initial in hangul.PLAIN_OF_TENSE:
        out.append(hangul.compose(hangul.PLAIN_OF_TENSE[initial], vowel, final) + word[1:])
    return tuple(out)
