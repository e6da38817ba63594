"""How a Korean testimony introduces a person: the name as the predicate of a sentence.

Round 2 of issue 11's blind set missed names that close a sentence rather than follow a
cue (detector ``cue``; a name that is an ordinary word is redacted *uncertain*, never
kept):

* **a person introduced by a relative clause, then named**: 한국 와서 만난 동생이 보람이에요,
  같이 일하던 동무가 현송월이에요 (a verb's adnominal form, a person noun, its subject
  particle, the name and a copula). Without the relative clause the predicate is as
  often an occupation (언니가 간호사예요), so it counts only after one;
* **the name after 이름이, 이름은, 이름도 before a copula**, one syllable too: 이름이
  별이었어요, 이름도 바다라서, the northern 이름두 (round 26); and after the question
  echoed (round 13: 동생 이름이요? 누리예요): the answer's predicate is the name asked for;
* **a name given or changed**: 이름을 X로 바꾸다, 이름을 X라고 지었다;
* **a surname with 가, "the man named X"**: 남편은 진가였는데 (진);
* **the topic introduced at the sentence's end** (round 4): 나리는 연길 노래방에서 만난
  동생이에요 (the topic, a relative clause, a person noun and a copula).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import dictionary_ko, korean
from fieldkit.redaction.cues import closed_words, cue_words
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.phrases import longest_first
from fieldkit.redaction.resources import Resources

__all__ = ["find_introductions"]

_COPULA = (
    "이에요|예요|이었어요|였어요|이었대요|였대요|이래요|래요|입니다|이었습니다|였습니다|이야|"
    "이었다|였다|이었는데|였는데|이고요|이고|이라서|라서|이니까|니까|이었지|였지|이지요|지요|"
    "인데|인데요|이거든요|거든요|이거든|거든|이였어요|이였는데|이였다|이였슴다|이었슴다|였슴다|임메|임다"
)
_PEOPLE_EXTRA = "애|여자애|남자애|아이|동무|짝꿍|단짝|동창|아가씨|처녀|총각|여자|남자"
_ADNOMINAL_END = frozenset("던난단한된간온운인은는진린친든낸짠")
"""Last syllables of a verb's adnominal form (만난, 일하던, 사귄 -> 귄 is rare, 알게 된)."""


def _alt(words: list[str] | tuple[str, ...]) -> str:
    return longest_first(words)


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern[str]]:
    people = _alt([*cue_words().get("role", "ko"), *_PEOPLE_EXTRA.split("|")])
    return {
        "introduced": re.compile(
            rf"({people})(?:이|가|은|는)\s([가-힣]{{1,5}}?)(?:{_COPULA})(?![가-힣])"
        ),
        "named": re.compile(
            rf"이름(?:이|은|도|두|이요\?|은요\?|요\?)\s(?:진짜\s|원래\s|정말\s|바로\s)?"
            rf"([가-힣]{{1,5}}?)(?:{_COPULA})(?![가-힣])"
        ),
        "renamed": re.compile(
            r"이름을\s(?:[가-힣]+\s)?([가-힣]{1,5}?|[\u4e00-\u9fff]{1,4})"
            r"(?:(?:으로|로|이라고|라고)\s?(?:바꾸|바꿨|바꾼|바꿔|지었|지어|짓|정했|붙였|개명)"
            # round 24: 이름을 보름이라 했슴다 (a quoted name and a verb of saying, typed on)
            r"|(?:이라고|라고|이라구|라구|이라|라)\s?(?:했|불렀|불러|한다|합니다|하더))"
        ),
        # round 20: 옥순이라는 이름 싫어서 여기 와서 지민으로 바꿨어요: 이름 earlier in the
        # sentence, not right before (read only within _RENAMED_NEAR of it)
        # round 37: one syllable, Hanzi, and a name given (红梅로 지어준 거래요, 봄으로 바꿨대요)
        "renamed_near": re.compile(
            r"(?<![가-힣\u4e00-\u9fff])([가-힣]{1,4}?|[\u4e00-\u9fff]{2,4})(으)?로\s?"
            r"(?:바꾸|바꿨|바꾼|바꿔|개명|지어|지었|지은)"
        ),
        "named_after": re.compile(
            r"(?<![가-힣])([가-힣]{2,4}?)(?:을|를)\s따서\s?(?:이름|지었|지은|지어|붙였|붙인)"
        ),
        "surname_ga": re.compile("가(?:였|이었|야|예요|래요|라는|라고|인데|네)"),
        "topic_introduced": re.compile(rf"(?:{people})(?:{_COPULA})(?![가-힣])"),
    }


_OBLIGED = lazy_pattern(r"\s?(?:하|해|했|한|할|돼|됐|되|된|될)")
"""What follows 가야 when it is a verb's 아야 (나가야 했다, 가야 돼요), not 가 + the copula."""


_NOT_GIVEN = frozenset(
    str.split("그 이 저 그것 이것 저것 그거 이거 그걸 이걸 뭐 무엇 그렇게 이렇게")
)
"""What 이름을 X로 지었다 can hold that is no name (그걸로 지었다: "named it after that");
any other word there was given as a name, a number word (하나) or a place's (민수) too
(round 21)."""


def _name(start: int, stem: str, res: Resources, rule: str) -> Hit | None:
    """The hit for ``stem`` at ``start``; an affectionate 이 (하늘이) stays inside the span.
    A Hanzi name (이름을 成龙으로 지었다) is a name unless it is kept."""
    if "\u4e00" <= stem[0] <= "\u9fff":
        if stem in res.keep_native:
            return None
        return Hit.at((start, start + len(stem)), label="PERSON", detector="cue", rule=rule)
    core = stem
    if len(stem) > 1 and stem[-1] == "이" and korean.final_consonant(stem[-2]):
        core = stem[:-1]
    given = rule == "name_renamed" and core not in _NOT_GIVEN  # 이름을 하나로 지었어요
    if core in res.keep_native or (
        not given and (core in closed_words("ko") or core in res.gaz_hangul)
    ):
        return None
    if not given and korean.NATIVE_NUMBER().fullmatch(core):
        return None  # 이모부는 쉰이었어요: an age
    if korean.verb_like(core, res) or (not given and core[-1] in "것거수데줄뿐"):
        return None
    uncertain = core in res.lex_ko or korean.ordinary(core, res) or core in closed_words("ko")
    return Hit(
        start=start,
        end=start + len(stem),
        label="PERSON",
        detector="cue",
        rule=rule + ("_ordinary" if uncertain else ""),
        uncertain=uncertain,
        core=(start, start + len(core)) if core != stem else None,
    )


def _after_relative_clause(folded: str, start: int) -> bool:
    """One of the two words before ``start`` is a verb's adnominal form (만난 동생이,
    만난 집사님 딸이)."""
    words = folded[max(0, start - 16) : start].split()
    return any(w[-1] in _ADNOMINAL_END for w in words[-2:] if "가" <= w[-1] <= "힣")


_TOPIC = lazy_pattern(r"\s*[\"“'‘]?([가-힣]{2,4}?)(?:이는|은|는)\s")


_POINTING = frozenset(
    str.split("이분 그분 저분 이사람 그사람 이애 그애 저애 이놈 그놈 그녀 그이 얘네 걔네")
)
"""A demonstrative and a person noun: who is pointed at, not named."""


def _topic_introduced(folded: str, res: Resources) -> Iterator[Hit]:
    """The sentence's topic, introduced at its end by a relative clause and a person noun
    (나리는 연길 노래방에서 만난 동생이에요): the topic is that person."""
    for match in _rx()["topic_introduced"].finditer(folded):
        at = match.start()
        if at < 2 or folded[at - 1] != " " or folded[at - 2] not in _ADNOMINAL_END:
            continue  # no relative clause before the person noun
        opening = max(folded.rfind(c, 0, match.start()) for c in ".!?\n") + 1
        topic = _TOPIC().match(folded, opening, match.start())
        if topic is None or topic.group(1) in _POINTING:
            continue
        hit = _name(topic.start(1), topic.group(1), res, "topic_introduced")
        if hit is not None:
            yield hit


_ADVERBS_RO = frozenset(
    ("새로", "따로", "서로", "그대로", "마음대로", "멋대로", "함부로", "제대로")
)


_SCRIPTS = frozenset(str.split("한자 한글 영어 영문 중국어 한국어 중국말 한국말 조선말 병음"))

_RENAMED_NEAR = 40
"""How far before a change 이름 or 개명 may stand for the word changed to to be a name."""


def _renamed_to_a_name(folded: str, match: re.Match[str], rule: str) -> bool:
    """이름을 새로 지어 줬어요 ("anew"), 한국식으로 바꿨어요 ("in the Korean way"): no name
    (rounds 18, 20); the near form needs 이름 or 개명 just before it, not right before."""
    word = match.group(1)
    if word + "로" in _ADVERBS_RO or word.endswith("식") or word in _SCRIPTS:
        return False  # round 37: 이름을 한자로 바꿨어요, in which script, no name
    if rule == "renamed":  # 말하라 했어요, 쓰라고 했어요: a verb told, no name
        return not (word[-1] == "하" or dictionary_ko.stem(word))
    before = folded[max(0, match.start() - _RENAMED_NEAR) : match.start()]
    if before.rstrip().endswith("이름을") or not ("이름" in before or "개명" in match.group()):
        return False  # (이름을 X로 바꿨어요 is the plain rule's)
    if "\u4e00" <= word[0] <= "\u9fff":
        return True  # 중국 이름이 있어야 된다고 红梅로 지어준 거래요 (round 37)
    if len(word) > 1 and all(syllable in korean.given_syllables() for syllable in word):
        return True  # not 새걸로
    return _named_in_sentence(before, word, bool(match.group(2)))


_NAME_TALK = lazy_pattern(r"이름|본명|가명|별명|개명")
_NOT_CHANGED_TO = ("걸", "것", "거", "대", "말", "어", "글")


def _named_in_sentence(before: str, word: str, euro: bool) -> bool:
    """Round 37: in a sentence that speaks of a name, the word a name was changed to or given
    is one however the dictionary reads it (원래 이름은 춘화인데 한국 가서 봄으로 바꿨대요;
    uncertain when a word), when it takes 로 as Korean requires (으로 after a final consonant
    other than ㄹ) and is no thing (새걸로), "as" (그대로) or a language (한국말로)."""
    sentence = re.split(r"[.!?\n]", before)[-1]
    if (
        _NAME_TALK().search(sentence) is None
        or word in _NOT_GIVEN
        or word.endswith(_NOT_CHANGED_TO)
    ):
        return False
    return euro == korean.takes_euro(word[-1]) and word not in closed_words("ko")


def find_introductions(folded: str, res: Resources) -> Iterator[Hit]:
    """Names introduced as the predicate of a Korean sentence (see the module doc)."""
    rx = _rx()
    rules: tuple[str, ...] = ("named", "renamed") if "이름" in folded else ()
    rules += ("named_after",) if "따서" in folded else ()  # X를 따서 지었다: named after X
    rules += ("renamed_near",) if "이름" in folded or "개명" in folded else ()
    for rule in rules:
        for match in rx[rule].finditer(folded):
            if rule.startswith("renamed") and not _renamed_to_a_name(folded, match, rule):
                continue
            hit = _name(match.start(1), match.group(1), res, "name_" + rule)
            if hit is not None:
                yield hit
    for match in rx["introduced"].finditer(folded):
        if match.start() and "가" <= folded[match.start() - 1] <= "힣":
            continue
        if not _after_relative_clause(folded, match.start()):
            continue
        hit = _name(match.start(2), match.group(2), res, "introduced_name")
        if hit is not None:
            yield hit
    yield from _topic_introduced(folded, res)
    for match in rx["surname_ga"].finditer(folded):
        at = match.start() - 1  # the surname, alone before 가 (진가였는데)
        if at < 0 or (at and folded[at - 1] not in " \t\n"):
            continue
        if _OBLIGED().match(folded, match.end()):
            continue  # 나가야 했어요: a verb's 아야 하다 ("must go out"), no 나 + 가
        surname = folded[at]
        if surname in res.sur_ko_hangul:
            ordinary = surname + "가" in res.lex_ko  # 양가, 고가: also a word
            yield Hit.at(
                (at, at + 1),
                label="PERSON",
                detector="cue",
                rule="surname_ga" + ("_ordinary" if ordinary else ""),
                uncertain=ordinary,
            )
