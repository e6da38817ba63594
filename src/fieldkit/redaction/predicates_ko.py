"""People the sentence's predicate says are people (issue 11, round 18).

Korean sentences that name a person with nothing beside the name itself:

* **a relation of the speaker's as the predicate**: 진달래가 제 친구예요, 하나는 제
  딸이고, 순옥이는 우리 언니였어요: only a person is "my friend" or "my daughter";
* **the speaker of a quotation**: 보라가 그랬어요, "...", 명순이가 "가자" 했어요: only a
  person says something in quotation marks;
* **the subject of a naming noun**: 해바라기는 우리끼리 부르던 별명인데, 나비하고 까치는
  손님들이 붙인 이름이고요: a nickname or a name is a person's (both members of a pair);
* **a pair with the speaker**: 달래하고 저하고, 저랑 순이랑: whoever is paired with "me"
  is a person;
* **the holder of papers**: 신분증은 리화 명의였어요: a card or an account in someone's
  name (a company's is named by its kind: 회사 명의, which is no name);
* **a bare kin predicate, a pair of sisters, a possessor**: 기쁨이가 누나고, 별이랑 해는
  자매였는데, 봄이 엄마가.

The subject is redacted, uncertain where it is also an ordinary word (진달래, 하나, 나비
are words).  Never a pronoun, a kinship, role or title noun, a closed word, a number or a
verb form (그건 제 딸이에요, 엄마가 그랬어요, 그게 제 이름이에요).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from fieldkit.redaction import korean
from fieldkit.redaction.anchored import matches_near
from fieldkit.redaction.cuewords import closed_words, person_nouns
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.not_names_doc_ko import DOCUMENT_WORDS
from fieldkit.redaction.resources import Resources

__all__ = ["find_predicate_people_ko"]

_SUBJECT = r"(?<![가-힣])([가-힣]{1,4}?)(이는|이가|는|은|가)"
_RELATIONS = (
    "친구|동무|딸|큰딸|작은딸|막내딸|아들|큰아들|작은아들|막내|언니|동생|여동생|남동생|"
    "누나|오빠|형|조카|조카딸|사촌|사촌언니|사촌동생|이모|고모|엄마|어머니|남편|신랑|"
    "아내|며느리|손녀|손자|시어머니|시누이|올케|짝꿍|단짝|애인|첫사랑|큰언니|작은언니"
)
_KIN = "누나|언니|동생|형|오빠|맏이|막내|큰딸|작은딸|큰아들|작은아들|맏딸|맏아들"
"""Kin words a bare predicate names someone by (기쁨이가 누나고)."""
_PAIR = "자매|형제|남매|쌍둥이|쌍동이|동창|단짝|동갑|사촌"
"""What two people are to each other (별이랑 해는 자매였는데)."""
_OWNED_KIN = "엄마|아빠|언니|오빠|동생|남편|아들|딸|할머니|삼촌|외삼촌|이모|고모|시어머니"
"""Kin said to be someone's (봄이 엄마가)."""
_MY_RELATION = lazy_pattern(
    rf"{_SUBJECT}\s(?:제|내|우리|저희|나의|저의)\s(?:{_RELATIONS})"
    r"(?:이에요|예요|였어요|이었어요|이고|고|였고|이었고|야|이야|였지|이지|지요|입니다|"
    r"였습니다|이었습니다|인데|였는데|이었는데|이었지|임|였음)(?![가-힣])"
)
"""X가 제 친구예요, X는 제 딸이고: the subject of "my <relation>"."""
_KIN_PREDICATE = lazy_pattern(
    rf"{_SUBJECT}\s(?:{_KIN})"
    r"(?:고|이고|인데|이에요|예요|였어요|이었어요|였고|이었고|야|이야|였는데|이었는데)(?![가-힣])"
)
"""Round 18: 기쁨이가 누나고 평화가 동생인데: the subject of a bare kin predicate."""
_SPEAKER_SAID = lazy_pattern(
    rf"{_SUBJECT}\s(?:그랬|말했|물었|소리쳤|하더라|했)[가-힣]{{0,4}}[,:]?\s?[\"“]"
)
"""X가 그랬어요, "...": the one who said what the quotation holds."""
_SPEAKER_QUOTED = lazy_pattern(
    rf"{_SUBJECT}\s?[\"“][^\"”\n]{{1,80}}[\"”]\s?(?:하고|라고|이라고|고)?\s?"
    r"(?:했|말했|그랬|물었|소리쳤|하더라|하대|카더라|캤)"
)
"""X가 "가자" 했어요: the speaker before the quotation and the verb of saying after it."""
_NAMING_NOUN = lazy_pattern(
    rf"{_SUBJECT}\s(?:[^\s.!?]+\s){{0,3}}?(?:부르던|부르는|불렀던|붙인|붙여준|붙여 준|"
    r"지어준|지어 준|쓰던|불리던)\s(?:별명|이름|가명|애칭|닉네임)(?:이|인데|이고|이에요|"
    r"이었어요|였어요|예요|이야|이지|이었|였)"
)
"""X는 우리끼리 부르던 별명인데: the subject of a nickname or a name someone gave."""
_NICKNAME_PREDICATE = lazy_pattern(
    rf"{_SUBJECT}\s(?:별명|가명|애칭)(?:이었|였|이에요|예요|이고|이야|인데|이었는데|이지)"
)
"""제비는 별명이었고: a word said to be a nickname."""
_PAIR_PREDICATE = lazy_pattern(
    r"(?<![가-힣])([가-힣]{1,4}?)(이랑|랑|하고|와|과)\s([가-힣]{1,4}?)(이는|는|은|이가|가)\s"
    rf"(?:{_PAIR})"
    r"(?:였|이었|예요|이에요|이고|야|이야|입니다|인데|였는데|이었는데)"
)
"""누리하고 다솜이는 쌍둥이예요, 별이랑 해는 자매였는데: both members are people."""
_POSSESSOR_I = lazy_pattern(
    rf"(?<![가-힣])([가-힣]{{1,2}})이\s(?:{_OWNED_KIN})(?:가|는|를|랑|하고|도|의|네|은|이|까지)(?![가-힣])"
)
"""봄이 엄마가, 흥만이 삼촌은: a name, its affectionate 이 and the kin of whom it is said."""
_WITH_ME = lazy_pattern(
    r"(?<![가-힣])([가-힣]{1,4}?)(이랑|랑|하고|이하고)\s(?:저|나)(?:랑|하고)(?![가-힣])"
    r"|(?<![가-힣])(?:저|나)(?:랑|하고)\s([가-힣]{1,4}?)(이랑|랑|하고|이하고|이|가|는|은)"
    r"(?![가-힣])"
)
"""X하고 저하고, 저랑 X랑: a pair with the speaker in it."""
_IN_THE_NAME_OF = lazy_pattern(
    r"(?<![가-힣])([가-힣]{2,4}?)(\s?)명의(?:로|로요|로는|였|이었|이고|예요|이에요|의|,|\)|\.|\s|$)"
)
"""X 명의로: a card, a phone or an account in X's name."""
_JOINED_BEFORE = lazy_pattern(r"(?<![가-힣])([가-힣]{1,4}?)(이랑|랑|하고|와|과)\s$")
"""나비하고 까치는: the first member of a pair before a subject."""
_NOT_PEOPLE = frozenset(
    str.split(
        "그 그건 그게 이건 이게 저건 저게 거 그거 이거 저거 그것 이것 이 저 제 나 내 너 "
        "우리 저희 누구 다 모두 사람 그사람 이사람 여자 남자 애 아이 분 그분 이분 쟤 걔 "
        "얘 그애 그년 그놈 놈 년 이름 별명 본명 가명 누가 아무 하나도 다들 "
        "타인 본인 자기 자신 남 남의 친척 가족 부모 회사 가게 가해자 피의자 피고인 고소인 신고자"
    )
)
"""Pronouns, demonstratives and nouns for "a person" that fill the slot without a name."""


def find_predicate_people_ko(folded: str, res: Resources) -> list[Hit]:
    """The subjects the predicates name (module doc).  Each pattern opens with a
    look-behind and would be tried at every position; it is tried only in windows around
    its rare part (the relation, the quotation mark, the naming noun), found at C speed.
    Round 31, speed: the seven gates are one alternation searched first, which finds
    nothing exactly when each of them does (most Korean answers: 3.6 us, not 8.8)."""
    if "명의" not in folded and _any_gate().search(folded) is None:
        return []  # the usual case: no gate open, one scan (round 31, speed)
    return _people(folded, res)


def _people(folded: str, res: Resources) -> list[Hit]:
    """``find_predicate_people_ko`` past its gates, in a list (no generator: round 31)."""
    out: list[Hit] = []
    anchors: dict[re.Pattern[str], list[int]] = {}  # a gate two rules share, scanned once
    for pattern, rule, gate, before in _RULES:
        found = anchors.get(gate)
        if found is None:
            found = anchors[gate] = _gate_anchors(gate, folded)
        if not found:
            continue  # the usual case: no window, no pattern fetched (round 30, speed)
        for match in matches_near(folded, found, pattern(), before, _AHEAD):
            hit = _subject(folded, match.span(1), match.group(2), rule, res)
            if hit is not None:
                out.append(hit)
            if hit is not None and rule == "subject_of_name":
                out += _first_of_pair(folded, match.start(), rule, res)
    out += _pairs_and_possessors(folded, res)
    if "명의" in folded:
        for match in _IN_THE_NAME_OF().finditer(folded):
            hit = _subject(folded, match.span(1), "", "holder_of_papers", res)
            if hit is not None:
                out.append(hit)
    for match in _in_windows(_WITH_ME, folded, _GATE_WITH_ME, 16):
        group = 1 if match.group(1) is not None else 3
        span, particle = match.span(group), match.group(group + 1)
        hit = _subject(folded, span, particle, "paired_with_me", res)
        if hit is None and folded[span[0] : span[1]] == "하나":  # 하나랑 저랑: no number
            hit = person_by_cue(*span, "paired_with_me", True)
        if hit is not None:
            out.append(hit)
    return out


_GATE_MY = re.compile(rf"(?:제|내|우리|저희|나의|저의)\s(?:{_RELATIONS})")
_GATE_QUOTE = re.compile('["“]')
_GATE_NAMING = re.compile("별명|이름|가명|애칭|닉네임")
_GATE_KIN = re.compile(rf"\s(?:{_KIN})")
_GATE_PAIR = re.compile(rf"\s(?:{_PAIR})")
_GATE_POSSESSOR = re.compile(rf"이\s(?:{_OWNED_KIN})")
_GATE_WITH_ME = re.compile("(?:저|나)(?:랑|하고)")
_AHEAD = 140
"""How far past the start of its rare part a match may end (the longest: a quotation and
its verb)."""
_RULES = (
    (_MY_RELATION, "my_relation", _GATE_MY, 24),
    (_SPEAKER_SAID, "speaker_of_quote", _GATE_QUOTE, 40),
    (_SPEAKER_QUOTED, "speaker_of_quote", _GATE_QUOTE, 12),
    (_NAMING_NOUN, "subject_of_name", _GATE_NAMING, 80),
    (_NICKNAME_PREDICATE, "subject_of_name", _GATE_NAMING, 16),
    (_KIN_PREDICATE, "kin_predicate", _GATE_KIN, 16),
)
"""The windowed rules: pattern, rule name, gate, how far before the gate a match may start
(built once, not at each call: round 30, speed)."""


@lru_cache(maxsize=1)
def _any_gate() -> re.Pattern[str]:
    """Every gate of the module in one alternation: its ``search`` finds nothing exactly
    when no gate's does, so no rule's window opens (``명의`` is tested apart)."""
    gates = (*(rule[2] for rule in _RULES), _GATE_PAIR, _GATE_POSSESSOR, _GATE_WITH_ME)
    return re.compile("|".join(f"(?:{gate.pattern})" for gate in dict.fromkeys(gates)))


def _gate_anchors(gate: re.Pattern[str], folded: str) -> list[int]:
    """Where ``gate`` matches; none, without a scan, for the quotation gate in a text
    without a quotation mark (round 28, speed)."""
    if gate is _GATE_QUOTE and '"' not in folded and "“" not in folded:
        return []
    return [found.start() for found in gate.finditer(folded)]


def _in_windows(
    pattern: Callable[[], re.Pattern[str]], folded: str, gate: re.Pattern[str], before: int
) -> Iterable[re.Match[str]]:
    """The matches of the lazy ``pattern`` near the gate's (``anchored.matches_near``: each
    found once; the pattern's look-behind still reads the characters before a window)."""
    anchors = _gate_anchors(gate, folded)
    if not anchors:
        return ()  # the usual case: no window, no generator made (round 28, speed)
    return matches_near(folded, anchors, pattern(), before, _AHEAD)


def _pairs_and_possessors(folded: str, res: Resources) -> Iterator[Hit]:
    """Both members of a pair of sisters or twins; a possessor before a kin word."""
    for match in _in_windows(_PAIR_PREDICATE, folded, _GATE_PAIR, 24):
        for group in (1, 3):
            particle = "이가" if match.group(group + 1).startswith("이") else "가"
            hit = _subject(folded, match.span(group), particle, "pair_predicate", res)
            if hit is not None:
                yield hit
    for match in _in_windows(_POSSESSOR_I, folded, _GATE_POSSESSOR, 4):
        if korean.final_consonant(match.group(1)[-1]):  # the affectionate 이 of 봄이
            hit = _subject(folded, match.span(1), "이가", "possessor_with_i", res)
            if hit is not None:
                yield hit


def _first_of_pair(folded: str, start: int, rule: str, res: Resources) -> Iterator[Hit]:
    """The first member of a pair joined to the subject (나비하고 까치는 ... 이름이고요)."""
    match = _JOINED_BEFORE().search(folded, max(0, start - 8), start)
    if match is None or match.end() != start:
        return
    particle = {"이랑": "이가", "와": "가", "과": "은"}.get(match.group(2), "는")
    hit = _subject(folded, match.span(1), particle, rule, res)
    if hit is not None:
        yield hit


def _subject(
    folded: str, span: tuple[int, int], particle: str, rule: str, res: Resources
) -> Hit | None:
    """The word at ``span`` as a person, or None where it is no name; ``particle`` is the
    one after it (the affectionate 이 of 별이가 only after a closed syllable)."""
    word = folded[span[0] : span[1]]
    if particle.startswith("이") and len(particle) > 1 and particle not in ("이는", "이가"):
        particle = "이가"  # 순이랑, 순이하고: the affectionate 이 before the joiner
    if particle in ("이는", "이가") and not korean.final_consonant(word[-1]):
        return None  # 바다이가 is no Korean: the 이 is the word's own
    if particle == "은" and not korean.final_consonant(word[-1]):
        return None
    if len(word) == 1 and particle not in ("이는", "이가") and rule != "pair_predicate":
        return None  # one syllable only with its affectionate 이 (별이가 제 딸이에요)
    if _no_name(word, res):
        return None
    return person_by_cue(*span, rule, word in res.lex_ko or word in res.gaz_hangul)


def _no_name(word: str, res: Resources) -> bool:
    if word in _NOT_PEOPLE or word in closed_words("ko") or word in person_nouns("ko"):
        return True
    if word in DOCUMENT_WORDS:
        return True  # 가해자 명의: a record's roles (진술인, 피해자)
    if word.isdigit() or word in res.keep_native:
        return True
    return korean.verb_like(word, res)
