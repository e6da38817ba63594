"""Korean person cues of round 7 (issue 11): slots the grammar reserves for a person.

Each rule finds its own rare anchor first (a church office, 답:, a kin word for a child,
a quote, 한자로) and reads the text just before or after it:

* **a Christian given name before a church office** (요셉 목사님, 다니엘 전도사): biblical
  names in their Korean Bible spelling (``data/christian_names_ko.txt``) are frequent
  words, so the lexicon vetoed them; the office says "person".  Certain.
* **the answer to a question about a name** (문: 그 사람 이름은? 답: 박지성, ...): the
  answer's first word, whatever the lexicon says (uncertain when it is an ordinary word and
  no name shape).
* **a child named after a kin word for a child** (큰애 은하는, 우리 준호는): a word whose
  syllables are all common given-name syllables; after 우리 only a word that is not one of
  the 15,000 most frequent (우리 나라는, 우리 민족은 are words).  Uncertain.
* **the copula of a name in dialect** (이름이 X라요, 이름이 진짜 X이야요): the word before
  it, whatever the lexicon says (uncertain when it is a word);
* **a child's given name before what is a child's** (X이 학교, X이 입학식, X이 생일), and
  a woman named by her child (봄이 엄마라는 사람, 사랑이 할매 집: uncertain);
* **a role, its topic particle and a full name alone** (남편은 한성철, ...);
* **a word ending in 이 before a comma or an ellipsis** (깜둥이, 말라깽이…): the 이 is the
  affectionate suffix of a nickname and stays inside the span, where no list knows the stem;
* **a call repeated** (나라야 나라야 했어요: uncertain when a word), a full name recalled
  with a question's copula (리영남인가: uncertain);
* **a quoted alias** (가명 '미소'로, 별명은 "곰") and **a Hanzi name spelled out** after 한자로
  when it opens with a Chinese surname (성룡이, 한자로 成龙; uncertain);
* the surname rules (glued to a title, "the X family", Chinese names in their Mandarin
  sound) are in ``family_names_ko.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from fieldkit.redaction import data, korean
from fieldkit.redaction.anchored import literal_test
from fieldkit.redaction.anchors_ko import CHURCH, holds
from fieldkit.redaction.cuewords import alternation, closed_words
from fieldkit.redaction.family_names_ko import find_family_names, role_before
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.ranks_ko import find_rank_names
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.surnames_ko import WORD_SURNAMES

__all__ = ["CHURCH_OFFICES", "find_round7_persons"]

CHURCH_OFFICES = tuple(str.split("선교사 목사 전도사 집사 권사 장로 신부 수녀 사모 형제 자매"))
_CHILD_WORDS = tuple(str.split("큰애 작은애 막내 큰딸 작은딸 큰아들 작은아들 맏딸 맏아들"))
_DIALECT_COPULA = tuple(
    str.split("이라요 라요 이야요 야요 이에요 예요 이라예 라예 입니더 이래요 래요")
)
"""The copula after a name in northern and southern speech (이미자라요, 봄이야요)."""
_CHILD_THINGS = tuple(str.split("유치원 어린이집 학원 입학식 졸업식 담임 숙제 학년 생일 돌잔치"))
"""What is a child's own: X이 학교, X이 생일 (the possessive after a given name)."""
_ANSWER_WORDS = frozenset(
    str.split("네 예 아니 아니요 아뇨 몰라 몰라요 모르 글쎄 그냥 기억 없어요 없슴다 맞아요 그래요")
)
_AFTER_NAME = r"(?=\s?[,.(（/…~!?]|\s?$|\s?\n|\s(?:이라고|라고|한자로|그|이요|요)(?![가-힣]))"
_PARTICLE = rf"(?:{alternation((*korean.PARTICLES, '께', '께서'))})?(?![가-힣])"


@lru_cache(maxsize=1)
def christian_names() -> frozenset[str]:
    """Biblical given names in the Korean Bible's spelling (요셉, 다니엘, 에스더)."""
    return frozenset(row[0] for row in data.rows("christian_names_ko.txt"))


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern[str]]:
    return {
        # after a space, read back in ``_church_names`` (round 13: a look-behind first was
        # tried at every position of a long document)
        "church": re.compile(rf"(?:{alternation(CHURCH_OFFICES)})(?:님)?{_PARTICLE}"),
        "before": re.compile(r"(?<![가-힣])([가-힣]{2,4})\s$"),
        "answer": re.compile(r"(?:답|A)\s?[:：]\s?['\"‘“]?([가-힣]{2,5})['\"’”]?" + _AFTER_NAME),
        "question": re.compile(r"(?:문|Q)\s?[:：]"),
        "asks_name": re.compile(r"이름|성함|누구|뭐라고\s?불|뭐라\s?했"),
        "child": re.compile(
            rf"(?:{alternation((*_CHILD_WORDS, '우리'))})\s([가-힣]{{2,3}}?)(?:이)?"
            r"(?:는|가|도|를|랑|이랑|하고|한테|는요|만)(?![가-힣])"
        ),
        "named_copula": re.compile(
            r"(?:이름|본명|가명|별명)(?:이|은|는)\s(?:(?:진짜|정말|원래|그냥)\s)?['‘]?"
            rf"([가-힣]{{1,4}}?)['’]?(?:{alternation(_DIALECT_COPULA)})(?![가-힣])"
        ),
        "school": re.compile(rf"이\s(?:[가-힣]{{0,4}}학교|{alternation(_CHILD_THINGS)})"),
        "role_topic": re.compile(r"[은는이가]\s([가-힣]{3})(?:이)?(?=\s?[,.(]|\s?$)"),
        "alias": re.compile(
            r"(?:가명|별명|예명|애칭|본명)(?:은|는|이|을|으로)?\s?['‘\"“]([가-힣]{1,4})['’\"”]"
        ),
        "hanzi_spelled": re.compile(r"한자로(?:는)?\s?([\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])"),
        "teknonym": re.compile(
            r"이\s(?:엄마|아빠|할매|할머니|할아버지|어머니|아버지|오마니|아바이)"
            r"(?:라는|라고|라구|이라는|네(?![가-힣])|\s집)"
        ),
        "teknonym_stem": re.compile(r"(?<![가-힣])([가-힣]{1,3})$"),
        "recalled": re.compile(r"(?:인가|인지|이던가|이였나|였나|이었나)(?=[\s,.?]|$)"),
        "recalled_stem": re.compile(r"(?<![가-힣])([가-힣]{3})$"),
        "vocative_space": re.compile(r"[아야]\s"),
        "list_i": re.compile(r"이(?=['’\"”]?\s?(?:[,…·(]|\.\.)|['’\"”]\s?$)"),
    }


_hit = person_by_cue
_HAS_RECALLED = literal_test(("인가", "인지", "던가", "였나", "었나"))
"""What each of the ``recalled`` copulas holds (이던가, 이였나, 이었나 hold the last three)."""


def _church_names(folded: str) -> list[Hit]:
    out: list[Hit] = []
    if not holds(folded, CHURCH):
        return out  # no church office: no match (round 32, speed: anchors_ko)
    rx, names = _rx(), christian_names()
    for office in rx["church"].finditer(folded):
        if not folded[office.start() - 1 : office.start()].isspace():
            continue
        before = rx["before"].search(folded, max(0, office.start() - 6), office.start())
        if before is not None and before.group(1) in names:
            out.append(_hit(before.start(1), before.end(1), "christian_name_before_office", False))
    return out


def _answers(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    if ":" not in folded and "：" not in folded:
        return out  # the answer pattern holds one (round 28, speed)
    rx = _rx()
    for answer in rx["answer"].finditer(folded):
        window = folded[max(0, answer.start() - 160) : answer.start()]
        questions = list(rx["question"].finditer(window))
        if not questions or rx["asks_name"].search(window, questions[-1].end()) is None:
            continue
        stem = answer.group(1)
        if stem in _ANSWER_WORDS or stem in closed_words("ko") or stem in res.gaz_hangul:
            continue
        if stem.startswith(("몰", "모르", "기억", "글쎄")) or korean.verb_like(stem, res):
            continue
        ordinary = stem in res.lex_ko or korean.ordinary(stem, res)
        out.append(
            _hit(
                answer.start(1),
                answer.end(1),
                "answer_to_name",
                ordinary and not korean.name_shaped(stem),
            )
        )
    return out


def _children(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    given = korean.given_syllables()
    for match in _rx()["child"].finditer(folded):
        if match.start() and "가" <= folded[match.start() - 1] <= "힣":
            continue
        stem = match.group(1)
        if len(stem) != 2 or not all(s in given for s in stem):
            continue
        if stem in closed_words("ko") or stem in res.keep_native or stem in res.gaz_hangul:
            continue
        if match.group().startswith("우리") and stem in res.lex_ko_common:
            continue  # 우리 나라는, 우리 민족은
        out.append(_hit(match.start(1), match.end(1), "child_named", True))
    return out


def _named_by_copula(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    if not ("이름" in folded or "본명" in folded or "가명" in folded or "별명" in folded):
        return out  # the pattern opens with one of them (round 28, speed)
    for match in _rx()["named_copula"].finditer(folded):
        stem = match.group(1)
        if stem.startswith(("뭐", "머", "무엇", "누구")) or stem in closed_words("ko"):
            continue  # 이름이 뭐라요: asked, not told
        if len(stem) == 1 and korean.final_consonant(stem) != match.group().endswith(
            ("이라요", "이야요", "이에요", "이라예", "이래요")
        ):
            continue  # one syllable only with the copula its final takes (봄이야요)
        ordinary = stem in res.lex_ko or korean.ordinary(stem, res)
        out.append(_hit(match.start(1), match.end(1), "named_by_copula", ordinary))
    return out


def _school_children(folded: str, res: Resources) -> list[Hit]:
    """서준이 학교, 하은이 생일: a given name, its affectionate 이 and what is a child's."""
    out: list[Hit] = []
    given = korean.given_syllables()
    for match in _rx()["school"].finditer(folded):
        start = match.start() - 2
        if start < 0 or (start and "가" <= folded[start - 1] <= "힣"):
            continue
        stem = folded[start : match.start()]
        if not all(s in given for s in stem) or not korean.final_consonant(stem[-1]):
            continue
        if stem in closed_words("ko") or stem in res.keep_native or stem in res.gaz_hangul:
            continue
        out.append(_hit(start, match.start(), "child_with_school", True))
    return out


def _role_topic_names(folded: str, res: Resources) -> list[Hit]:
    """남편은 한성철이, ...: a role noun, its topic particle and a full name alone."""
    out: list[Hit] = []
    for match in _rx()["role_topic"].finditer(folded):
        if not role_before(folded, match.start()):
            continue
        stem = match.group(1)
        if not korean.name_shaped(stem) or stem in res.lex_ko or korean.verb_like(stem, res):
            continue
        uncertain = stem[0] in WORD_SURNAMES or not korean.name_shaped(stem, res)
        out.append(_hit(match.start(1), match.end(1), "role_topic_name", uncertain))
    return out


def _list_items(folded: str, res: Resources) -> list[Hit]:
    """깜둥이, 말라깽이…: a word ending in 이 before a comma or an ellipsis keeps its 이 (the
    affectionate suffix of a nickname); only where no word list knows the stem, which the
    catch-all flags anyway: this only keeps the 이 inside its span."""
    out: list[Hit] = []
    for match in _rx()["list_i"].finditer(folded):
        start = match.start()
        while start and "가" <= folded[start - 1] <= "힣" and match.start() - start < 4:
            start -= 1
        stem = folded[start : match.start()]
        if len(stem) < 2 or (start and "가" <= folded[start - 1] <= "힣"):
            continue
        if not korean.final_consonant(stem[-1]) or stem + "이" in res.lex_ko:
            continue
        if stem in res.lex_ko or stem in closed_words("ko") or stem in res.gaz_hangul:
            continue
        out.append(
            Hit(
                start=start,
                end=match.end(),
                label="PERSON",
                detector="cue",
                rule="list_item_with_i",
                uncertain=True,
                core=(start, match.start()),
            )
        )
    return out


def _teknonyms(folded: str, res: Resources) -> list[Hit]:
    """봄이 엄마라는 사람, 사랑이 할매 집: a woman named by her child's name (X이 엄마),
    before a naming particle or her household; 엄마가, 엄마를 after a subject are left."""
    out: list[Hit] = []
    rx = _rx()
    for anchor in rx["teknonym"].finditer(folded):
        match = rx["teknonym_stem"].search(folded, max(0, anchor.start() - 3), anchor.start())
        if match is None:
            continue
        stem = match.group(1)
        if not korean.final_consonant(stem[-1]) or stem in closed_words("ko"):
            continue
        if stem in res.gaz_hangul or stem in res.keep_native or stem + "이" in res.lex_ko:
            continue
        out.append(_hit(match.start(1), match.end(1), "teknonym", True))
    return out


_NOT_CALLED = frozenset(str.split("아니 그래 이거 저거 그거 여기 거기 저기 뭐 어디 누구 정말 진짜"))
"""Words said twice that are no call (아니야 아니야 "no, no"; 여기야 여기야 "here")."""


def _repeated_calls(folded: str, res: Resources) -> list[Hit]:
    """나라야 나라야 했어요, 순덕아 순덕아: a call repeated is a name, even a word
    (uncertain); 아니야 아니야, 그래야 그래야 are words and verbs."""
    out: list[Hit] = []
    for anchor in _rx()["vocative_space"].finditer(folded):
        start = anchor.start()
        while start and "가" <= folded[start - 1] <= "힣" and anchor.start() - start < 3:
            start -= 1
        stem, ending = folded[start : anchor.start()], anchor.group()[0]
        if len(stem) < 2 or (start and "가" <= folded[start - 1] <= "힣"):
            continue  # 가야 가야: one syllable is a verb as often as a name
        again = anchor.end()
        if not folded.startswith(stem + ending, again):
            continue
        after = again + len(stem) + 1
        if after < len(folded) and "가" <= folded[after] <= "힣":
            continue
        if korean.final_consonant(stem[-1]) != (ending == "아"):
            continue  # 아 after a final consonant (순덕아), 야 after a vowel (나래야)
        if stem + ending in res.lex_ko or korean.verb_stem(stem, res):
            continue
        if stem in closed_words("ko") or stem in res.gaz_hangul or stem in _NOT_CALLED:
            continue
        ordinary = stem in res.lex_ko
        out.append(_hit(start, anchor.start(), "repeated_call", ordinary))
        out.append(_hit(again, again + len(stem), "repeated_call", ordinary))
    return out


def _recalled(folded: str, res: Resources) -> list[Hit]:
    """리영남인가, 박경철이었나: a full name recalled with a question's copula (a name half
    remembered); only a surname and two given-name syllables that are no word."""
    out: list[Hit] = []
    if _HAS_RECALLED(folded) is None:
        return out  # round 31, speed: one of these ends each copula of the pattern
    rx = _rx()
    for anchor in rx["recalled"].finditer(folded):
        match = rx["recalled_stem"].search(folded, max(0, anchor.start() - 3), anchor.start())
        if match is None:
            continue
        stem = match.group(1)
        if korean.name_shaped(stem, res) and stem not in res.lex_ko:
            out.append(_hit(match.start(1), match.end(1), "recalled_name", True))
    return out


def _aliases(folded: str, res: Resources) -> list[Hit]:
    """가명 '미소'로, 별명은 "곰": a quoted word after a word for a person's name."""
    out: list[Hit] = []
    if "'" not in folded and "‘" not in folded and '"' not in folded and "“" not in folded:
        return out  # the pattern's opening quotation mark (round 28, speed)
    for match in _rx()["alias"].finditer(folded):
        stem = match.group(1)
        if stem in closed_words("ko") or stem in res.gaz_hangul:
            continue
        out.append(_hit(match.start(1), match.end(1), "quoted_alias", stem in res.lex_ko))
    return out


def _hanzi_spelled(folded: str, res: Resources) -> list[Hit]:
    """성룡이, 한자로 成龙: a Hanzi name spelled out after 한자로, opening with a surname
    (a place there is the gazetteer's: 연길, 한자로 延吉)."""
    out: list[Hit] = []
    if "한자로" not in folded:
        return out  # round 28, speed
    for match in _rx()["hanzi_spelled"].finditer(folded):
        name = match.group(1)
        if name in res.gaz_hanzi or name in res.keep_native:
            continue
        if name[0] in res.sur_zh_hanzi or name[:2] in res.sur_zh_hanzi:
            out.append(_hit(match.start(1), match.end(1), "hanzi_spelled", True))
    return out


def find_round7_persons(folded: str, res: Resources) -> list[Hit]:
    """Every round-7 Korean person cue (module docstring)."""
    out: list[Hit] = []
    out += _aliases(folded, res)
    out += _recalled(folded, res)
    out += _teknonyms(folded, res)
    out += _repeated_calls(folded, res)
    out += _hanzi_spelled(folded, res)
    out += _named_by_copula(folded, res)
    out += _school_children(folded, res)
    out += _role_topic_names(folded, res)
    out += _list_items(folded, res)
    out += _church_names(folded)
    out += _answers(folded, res)
    out += _children(folded, res)
    out += find_family_names(folded, res)
    out += find_rank_names(folded, res)
    return out
