"""Slots only a name fills (round 11 of issue 11, lane SLOTS): Korean names that are words.

Korean women and children are often named with ordinary words (봄, 하늘, 구슬, 강산, 연주);
without a title beside them they left silently.  Korean grammar has slots that only a
name fills, whatever the word is (detector ``cue``; a word there is redacted *uncertain*):

* **a name statement**: 본명은 X였어요, 가명은 X이고, 애 이름이 X이야요: a naming noun as
  subject or topic, the word, and a copula in any spelling (the northern 이야요, 임다, 이였슴다
  too); the copula must fit the word (a bare 다, 고, 야 only after an open syllable: 이름이
  좋다 is an adjective), and no verb form is a name (이름은 모르고, 이름이 같아요);
* **a vocative called** ("X아" 하고 불렀다) and **self-naming in quoted speech or a letter**
  (어머니, 저 X이야요; '영순아, 내 X이다'): after an address and a comma, 저/나/내 and a
  word with a copula is the speaker's name; plain address words (얘야, 아가야) never are;
* **children in birth order**: 큰애는 X, 작은애는 Y; 첫째 X(12): an ordinal noun and a bare
  word before a comma, a bracket or a copula (one syllable only here: 막내는 별,);
  kinship, role, closed, place and institution words are not names there (첫째는 아들,
  큰애는 학교 다니고);
* **names listed after a naming noun**: 다들 가명 썼어요. 나는 X, 옆방 애는 Y이.: two or
  more people paired with bare words in the sentence after 가명, 별명, 이름;
* **an age in brackets after a name-shaped word**: 김하늘(7, 동거);
* **a nickname glued to a kinship or elder noun in quotes**: '곰아바이'라 했지 gives 곰;
  a quoted word before (이)라고 whose verb of calling comes later in the sentence ('X'라구,
  ... 다들 그렇게 불렀는데);
* **a full name after a relative clause of shared work**: 같이 일한 X 기억나요?

Each rule finds its rare anchor first (a naming noun, a quote, an ordinal noun, a bracket,
같이/함께) and reads from there, so nothing is tried at every position.
"""

from __future__ import annotations

import re
from functools import lru_cache

from fieldkit.redaction import korean
from fieldkit.redaction.anchored import char_test, literal_test
from fieldkit.redaction.anchors_ko import CHILD, holds
from fieldkit.redaction.cuewords import closed_words, cue_words
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.known_ko import known_word, verb_form
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.org_nouns import korean_nouns
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.slots_patterns_ko import DENIED_OR_BECAME as _DENIED_OR_BECAME
from fieldkit.redaction.slots_patterns_ko import QUOTES as _QUOTES
from fieldkit.redaction.slots_patterns_ko import slot_patterns as _rx

__all__ = ["find_name_slots"]

_ADDRESS_WORDS = frozenset(("얘", "쟤", "걔", "아가", "아기", "애기", "여보", "자기", "당신"))
"""Plain words of address (얘야, 아가야, 여보야): a vocative of these names nobody."""
_KIN_ADDRESS = frozenset(
    ("어머니", "아버지", "어머님", "아버님", "엄마", "아빠", "오마니", "아바지")
)
_NUMERAL = lazy_pattern(
    "(?:열|스물|서른|마흔|쉰|예순|일흔|여든|아흔)?(?:하나|둘|셋|넷|다섯|여섯|일곱|여덟|아홉)?"
)
"""A native number in words (열넷, 스물하나): 큰애 열넷, 작은애 열하나 tells ages."""
_SUBJECT = frozenset(("이", "가", "은", "는", "도", "이가", "이는", "이도"))
_ASKING = ("뭐", "머", "무엇", "누구", "어디", "몰라", "모르")


def _never(word: str, res: Resources) -> bool:
    """Grammar says no name: a closed word, a kinship, title or role word, an address word,
    a number, a question word, a verb form or a count (``korean.no_name_after_cue``)."""
    c = cue_words()
    if word in closed_words("ko") or word in _ADDRESS_WORDS or word.startswith(_ASKING):
        return True
    if _NUMERAL().fullmatch(word) is not None:
        return True
    if word in c.get("title", "ko") or word in c.get("role", "ko"):
        return True
    return korean.no_name_after_cue(word, res, closed_words("ko"))


def _person(start: int, word: str, res: Resources, rule: str) -> Hit:
    """A person in a name slot; uncertain when the word is an ordinary word.  The rule has no
    ``_ordinary``: a nickname or a word name a slot gave is that person wherever it recurs
    before a person's particle (propagation, as for round 10's quoted nicknames)."""
    uncertain = word in res.lex_ko or known_word(word, res, dictionary=False)
    return Hit(
        start=start,
        end=start + len(word),
        label="PERSON",
        detector="cue",
        rule=rule,
        uncertain=uncertain,
    )


_ADVERBS_OF_ONE = frozenset("좀잘더또다참꼭곧뭐왜늘딱영안못")


def _fits(word: str, copula: str) -> bool:
    """The copula fits the word: a bare 다, 고, 야 (not 이다 ...) only after an open syllable."""
    return not copula or copula.startswith("이") or not korean.final_consonant(word[-1])


def _statements(folded: str, res: Resources) -> list[Hit]:
    """본명은 X였어요, 가명은 X이고, 애 이름이 X이야요, 본명은 X이."""
    out: list[Hit] = []
    for match in _rx()["statement"].finditer(folded):
        word, copula = match.group(1), match.group(2) or ""
        if not _fits(word, copula) or _never(word, res):
            continue
        token = word + copula
        if copula.lstrip("이").startswith(("라고", "라구")):
            if len(word) < 2 or word[-1] == "으" or korean.verb_stem(word, res):
                continue  # 이름은 적으라고, 쓰라고: an order quoted, not a name
        elif copula in _DENIED_OR_BECAME:
            if not _named_apart(folded, match):
                continue  # 이름이 문제가 됐어요: said of a plain 이름, a word as often
        elif copula and (korean.verb_like(token, res) or verb_form(token, res)):
            continue  # 이름은 모르고, 이름이 같아요: a verb says something of the name
        if match.group(3) is None and _one_word(token, res):
            continue  # 이름은 끝까지, 누구 이름: the "copula" ends another word
        if not copula and len(word) == 1 and word in _ADVERBS_OF_ONE:
            continue  # 이름은 좀.: an adverb, the sentence cut short
        if not copula and len(word) == 1 and folded[match.end() : match.end() + 1] in ",":
            continue  # 이름은 좀,: a bare syllable before a comma is no statement (one before
            # a full stop is: 진짜 이름이 별., round 20)
        out.append(_person(match.start(1), word, res, "name_statement"))
    return out


def _named_apart(folded: str, match: re.Match[str]) -> bool:
    """별명이, 본명은, 진짜 이름은: a name set apart from another, whose denial or change
    (바다가 아니고, 구름이 됐어요) is a name's; a plain 이름 is not enough."""
    if not match.group().startswith("이름"):
        return True
    return folded[max(0, match.start() - 3) : match.start()].rstrip().endswith(("진짜", "원래"))


def _one_word(token: str, res: Resources) -> bool:
    """The word and its copula read as one word, or a word and a particle (누구, 끝까지)."""
    if token in res.lex_ko or token in closed_words("ko"):
        return True
    stem, tail = korean.split_particle(token)
    return bool(tail) and (stem in res.lex_ko or stem in closed_words("ko")) and len(stem) == 1


def _vocatives(folded: str, res: Resources) -> list[Hit]:
    """ "X아" 하고 불렀다: a quoted vocative and a verb of saying or calling."""
    out: list[Hit] = []
    for match in _rx()["voc_quoted"].finditer(folded):
        word, ending = match.group(1), match.group(2)
        if korean.final_consonant(word[-1]) != (ending == "아"):
            continue  # 아 after a closed syllable, 야 after an open one
        if _never(word, res) or word in cue_words().get("kinship", "ko"):
            continue  # 얘야, 엄마야: an address word, no name
        if korean.verb_like(word + ending, res):
            continue  # '가야' 했다: a verb
        out.append(_person(match.start(1), word, res, "quoted_vocative"))
    return out


def _self_named(folded: str, res: Resources) -> list[Hit]:
    """어머니, 저 X이야요; '영순아, 내 X이다': an address and a comma, then 저/나/내 and a
    word with a copula at the head of a quote or a letter."""
    out: list[Hit] = []
    rx = _rx()
    for match in rx["self_named"].finditer(folded):
        word = match.group(1)
        at = match.start()
        if at and "가" <= folded[at - 1] <= "힣":
            continue
        address = rx["address_before"].search(folded, max(0, at - 8), at)
        if address is None or not _address(address.group(1)):
            continue  # 그래, 내 잘못이다: only the head of a letter or a call names the speaker
        if _never(word, res) or word in cue_words().get("kinship", "ko") or _thing(word, res):
            continue  # 엄마, 나 학교야 / 나 한국이야: where the speaker is, no name
        out.append(_person(match.start(1), word, res, "self_named"))
    return out


def _address(word: str) -> bool:
    """A word a letter or a call opens with: a kinship or title word (어머니, 언니) or a
    vocative (영순아, 미소야: 아 after a closed syllable, 야 after an open one)."""
    c = cue_words()
    if word in c.get("kinship", "ko") or word in c.get("title", "ko") or word in _KIN_ADDRESS:
        return True
    if len(word) < 2 or word[-1] not in "아야":
        return False
    return korean.final_consonant(word[-2]) == (word[-1] == "아")


def _children(folded: str, res: Resources) -> list[Hit]:
    """큰애는 X, 작은애는 Y; 첫째 X(12): a child named in birth order.  With a copula
    (작은애는 Y이에요) the word is as often what the child is (학생이에요): it counts only
    after a bare child's name in the same sentence (큰애는 X, 작은애는 Y이에요)."""
    out: list[Hit] = []
    bare_end = -1
    if not holds(folded, CHILD):
        return out  # no child word: no match (round 32, speed: anchors_ko)
    for match in _rx()["ordinal"].finditer(folded):
        word, copula = match.group(1), match.group(2)
        if match.start() and "가" <= folded[match.start() - 1] <= "힣":
            continue  # the end of a longer word (a look-behind would be tried everywhere)
        if copula and (bare_end < 0 or _sentence_end(folded, bare_end, match.start())):
            continue
        if not copula:
            bare_end = match.end()
        if not _fits(word, copula) or _never(word, res) or _thing(word, res):
            continue
        stem, tail = korean.name_stem(word, res, cued=True)
        if tail and tail not in _SUBJECT:
            continue  # 둘째는 한국에, : a place and its particle
        if tail:
            word = _affectionate(stem)  # 막내 영남이가...: the name, particles outside
        if len(word) == 1 and copula:
            continue  # one syllable only bare before a comma or a bracket (막내는 별,)
        out.append(_person(match.start(1), word, res, "child_in_order"))
    return out


def _sentence_end(folded: str, start: int, end: int) -> bool:
    """A sentence ends between ``start`` and ``end``."""
    return any(ch in ".!?\n" for ch in folded[start:end])


def _affectionate(stem: str) -> str:
    """영남이 -> 영남: the familiar -이 after a closed syllable is outside the name."""
    if len(stem) > 2 and stem[-1] == "이" and korean.final_consonant(stem[-2]):
        return stem[:-1]
    return stem


def _named_list(folded: str, res: Resources) -> list[Hit]:
    """다들 가명 썼어요. 나는 X, 옆방 애는 Y이.: after a naming noun, the sentence that pairs
    people with bare words (a topic that is a person, a word, a comma or the sentence's end)
    lists their names."""
    out: list[Hit] = []
    rx, people = _rx(), _people()
    for noun in rx["naming_noun"].finditer(folded):
        stop = folded.find(".", noun.end())
        if stop < 0 or "\n" in folded[noun.end() : stop]:
            continue
        end = min(len(folded), stop + 1 + 40)
        sentence = folded[stop + 1 : end].split(".")[0]
        pairs = list(rx["topic_item"].finditer(folded, stop + 1, stop + 1 + len(sentence)))
        named = [m for m in pairs if _topic_person(m.group(1), people)]
        if len(named) < 2:
            continue  # one pair is a predicate (나는 학생); a list of two names people
        for match in named:
            word = match.group(2)
            if len(word) < 2 and match.group(3) is None:
                continue  # one syllable only with its familiar -이 (솔이)
            if _never(word, res) or _thing(word, res):
                continue
            out.append(_person(match.start(2), word, res, "named_list"))
    return out


@lru_cache(maxsize=1)
def _people() -> frozenset[str]:
    """Topics that are people: the naming nouns, the roles, and the first person."""
    c = cue_words()
    return frozenset((*c.get("naming_noun", "ko"), *c.get("role", "ko"), "나", "저", "내", "우리"))


def _topic_person(topic: str, people: frozenset[str]) -> bool:
    """나, 언니, 옆방 애: a topic that is a person (its last noun is one)."""
    return topic in people or topic[-1:] == "애"


def _thing(word: str, res: Resources) -> bool:
    """What a child is or goes to rather than a name: a kind of institution or business
    (학교, 유치원, 공장), a place word or a gazetteer place, a counted age."""
    c = cue_words()
    if word in korean_nouns() or word in c.get("place_noun", "ko"):
        return True
    return word in res.gaz_hangul or korean.counted_or_bound(word, res)


def _aged(folded: str, res: Resources) -> list[Hit]:
    """김하늘(7, 동거): a surname and given-name syllables before an age in brackets."""
    out: list[Hit] = []
    rx, given = _rx(), korean.given_syllables()
    for bracket in rx["aged"].finditer(folded):
        named = rx["aged_name"].search(folded, max(0, bracket.start() - 5), bracket.start())
        if named is None:
            continue
        word = named.group(1)
        if len(word) != 3 or word[0] not in res.sur_ko_hangul or _never(word, res):
            continue
        if not all(ch in given for ch in word[1:]) or word in res.gaz_hangul:
            continue
        out.append(_person(named.start(1), word, res, "name_with_age"))
    return out


def _nicknames(folded: str, res: Resources) -> list[Hit]:
    """'곰아바이'라 했지: the word glued before a kinship or elder noun in a quoted nickname;
    'X'라구, ... 그렇게 불렀는데: a quoted word whose verb of calling comes later."""
    out: list[Hit] = []
    rx = _rx()
    modifiers = cue_words().get("modifier", "ko")
    for match in rx["nick_kin"].finditer(folded):
        word = match.group(1)
        if word in modifiers or _never(word, res) or word[-1] in "은는던운된한큰":
            continue  # '옆집할매', '작은언니', '큰오빠': whose or which, no nickname
        if korean.adnominal_verb(word, res) and len(word) > 1:
            continue
        out.append(_person(match.start(1), word, res, "nickname_kin"))
    for match in rx["quoted_rago"].finditer(folded):
        if rx["later_calling"].match(folded, match.end()) is None:
            continue
        word = match.group(1)
        if _never(word, res):
            continue
        out.append(_person(match.start(1), word, res, "quoted_called_later"))
    return out


def _shared_work(folded: str, res: Resources) -> list[Hit]:
    """같이 일한 X 기억나요?: a full name after a relative clause of shared work or life."""
    out: list[Hit] = []
    for match in _rx()["shared"].finditer(folded):
        word = match.group(1)
        if word[0] not in res.sur_ko_hangul or not korean.name_shaped(word):
            continue
        if _never(word, res):
            continue
        out.append(_person(match.start(1), word, res, "shared_work_name")._replace(uncertain=True))
    return out


_HAS_NAME_NOUN = literal_test(("이름", "본명", "가명", "예명", "별명", "실명"))
"""What ``_statements`` reads a name after (round 30, speed: one search, no generator)."""
_HAS_QUOTE = char_test(_QUOTES)
"""The quotation marks ``voc_quoted``, ``nick_kin`` and ``quoted_rago`` open with (r31)."""


def find_name_slots(folded: str, res: Resources) -> list[Hit]:
    """Every round-11 name-slot hit (see the module docstring)."""
    out: list[Hit] = []
    if _HAS_NAME_NOUN(folded):
        out += _statements(folded, res)
    quoted = _HAS_QUOTE(folded)  # what the vocative and nickname patterns open with
    if quoted:
        out += _vocatives(folded, res)
    if "," in folded:
        out += _self_named(folded, res)
    out += _children(folded, res)
    if "이름" in folded or "가명" in folded or "별명" in folded or "예명" in folded:
        out += _named_list(folded, res)
    if "(" in folded:
        out += _aged(folded, res)
    if quoted:
        out += _nicknames(folded, res)
    if "같이" in folded or "함께" in folded:
        out += _shared_work(folded, res)
    return out
