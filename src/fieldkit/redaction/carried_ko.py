"""Who is carried on the back or given birth to is a person (issue 11, round 25).

나는 보배를 업고 뒷문으로 나왔어요, 우리 평화를 한국에서 낳았어요: the object of 업다 (to
carry a child on one's back) or 낳다 (to give birth) is a child, so a word there that is not
a word for a child or a kinsman (애, 아기, 딸, 동생 ...) is the child's name, even an
ordinary word (보배, "treasure"; 평화, "peace").  Redacted uncertain, for the review: 낳다
also takes what an event brings about in written Korean (오해를 낳았다).  Round 26: the child
as the topic with the object left out (평화는 한국에서 낳았어요), uncertain likewise.
"""

from __future__ import annotations

from functools import lru_cache

from fieldkit.redaction import korean
from fieldkit.redaction.cuewords import closed_words, cue_words
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["find_carried_ko"]

_CARRIED = lazy_pattern(
    r"(?<![가-힣])([가-힣]{1,4}?)(이를|를|을)\s(?:[가-힣]+\s)?"
    r"(?:업고|업구|업어|업은|업었|낳았|낳은|낳고|낳구|낳아)"
)
_NOT_NAMED = frozenset(
    str.split(
        "애 애기 아기 아이 얘 쌍둥이 새끼 첫째 둘째 셋째 막내 큰애 작은애 첫애 동생 손자 손녀 "
        "자식 애들 아이들 짐 가방 보따리 배낭 이불 포대기 사람 여자 남자 그거 이거 저거 "
        "누구 아무 하나 둘 셋"
    )
)
"""Who or what is carried or born without being named: a child's, a kinsman's word, a
load, a pronoun, a count (애 하나를 낳았어요)."""


@lru_cache(maxsize=1)
def _kin() -> frozenset[str]:
    return frozenset(cue_words().get("role", "ko")) | closed_words("ko")


_BORN_TOPIC = lazy_pattern(
    r"(?<![가-힣])([가-힣]{1,4}?)(이는|는|은)\s(?:[가-힣]+(?<![을를])\s){0,2}(?:낳았|낳은|낳고|낳구)"
)
"""Round 26: the child as the topic, the object left out (평화는 한국에서 낳았어요): no word
with 을 or 를 between, which would make the topic the mother."""


def find_carried_ko(folded: str, res: Resources) -> list[Hit]:
    """The names of the children carried or born (see the module doc)."""
    out: list[Hit] = []
    if "업" not in folded and "낳" not in folded:
        return out
    out += _born_topics(folded, res)
    for match in _CARRIED().finditer(folded):
        stem, particle = match.group(1), match.group(2)
        if particle == "이를":
            if not korean.final_consonant(stem[-1]) or stem + "이" in res.lex_ko:
                continue  # 고양이를: the word's own 이
        elif korean.final_consonant(stem[-1]) != (particle == "을") or len(stem) < 2:
            continue  # the particle after a vowel or a consonant; one syllable needs its 이
        if stem in _NOT_NAMED or stem in _kin() or stem[-1] == "들":
            continue
        if stem in res.keep_native or korean.NATIVE_NUMBER().fullmatch(stem):
            continue
        out.append(person_by_cue(match.start(1), match.end(1), "carried_or_born", True))
    return out


def _born_topics(folded: str, res: Resources) -> list[Hit]:
    """The topic of 낳았어요 with no object after it: the child (or the mother: a person
    either way), unless a word that names no one (``_NOT_NAMED``, a kin or closed word)."""
    out: list[Hit] = []
    if "낳" not in folded:
        return out
    for match in _BORN_TOPIC().finditer(folded):
        stem, particle = match.group(1), match.group(2)
        if (particle == "은") != korean.final_consonant(stem[-1]) and particle != "이는":
            continue
        if particle == "이는" and (
            not korean.final_consonant(stem[-1]) or stem + "이" in res.lex_ko
        ):
            continue
        if stem in _NOT_NAMED or stem in _kin() or stem[-1] == "들" or len(stem) < 2:
            continue
        if stem.endswith(("에", "때")):
            continue  # 작년에는, 그때는: when, not who
        if stem in res.keep_native or korean.verb_like(stem + particle, res):
            continue
        out.append(person_by_cue(match.start(1), match.end(1), "born_topic", True))
    return out
