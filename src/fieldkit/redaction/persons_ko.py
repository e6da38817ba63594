"""Korean person cues of round 7 (issue 11): slots the grammar reserves for a person.

Each rule finds its own rare anchor first (a church office, 답:, a kin word for a child,
a title glued to a word, 가네) and reads the text just before or after it:

* **a Christian given name before a church office** (요셉 목사님, 다니엘 전도사): biblical
  names in their Korean Bible spelling (``data/christian_names_ko.txt``) are frequent
  words, so the lexicon vetoed them; the office says "person".  Certain.
* **the answer to a question about a name** (문: 그 사람 이름은? 답: 박지성, ...): the
  answer's first word, whatever the lexicon says (uncertain when it is an ordinary word and
  no name shape).
* **a child named after a kin word for a child** (큰애 은하는, 우리 준호는): a word whose
  syllables are all common given-name syllables; after 우리 only a word that is not one of
  the 15,000 most frequent (우리 나라는, 우리 민족은 are words).  Uncertain.
* **a surname glued to a title** (쟝사장, 쑤사부, 자오할매, 오선생님): a Korean or
  Mandarin-sound Chinese surname (``mandarin_ko.py``) and a title written as one word that
  is no word itself (이사장, 부사장 are).
* **"the X family"** (류가네, 리가가; 남편이 장가라서, after a role noun and its particle even
  where the pair is a word: uncertain): a surname, 가 and 네 or a particle, when the pair is no
  word (장가 "marriage", 국가 "state" are; their 가 is not the family's).
* **the copula of a name in dialect** (이름이 X라요, 이름이 진짜 X이야요): the word before
  it, whatever the lexicon says (uncertain when it is a word);
* **a child's given name before what is a child's** (X이 학교, X이 입학식, X이 생일);
* **a role, its topic particle and a full name alone** (남편은 한성철, ...);
* **a word ending in 이 before a comma or an ellipsis** (깜둥이, 말라깽이…): the 이 is the
  affectionate suffix of a nickname and stays inside the span, where no list knows the stem;
* **a quoted alias** (가명 '미소'로, 별명은 "곰") and **a Hanzi name spelled out** after 한자로
  when it opens with a Chinese surname (성룡이, 한자로 成龙; uncertain);
* **a Chinese name in its Mandarin sound** (류메이, 쑨더하이): a Chinese surname, then one or
  two syllables of the NIKL transcription of pinyin, one at least no Korean given name uses,
  the whole no Korean word.  A 이 after a syllable with no final is part of the name (하이,
  메이): the subject particle 이 follows only a consonant.  Uncertain.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import data, korean
from fieldkit.redaction.cuewords import alternation, closed_words, cue_words
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.mandarin_ko import mandarin_surnames, segments
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.surnames_ko import WORD_SURNAMES

__all__ = ["find_round7_persons"]

_CHURCH = tuple(str.split("선교사 목사 전도사 집사 권사 장로 신부 수녀 사모 형제 자매"))
_CHILD_WORDS = tuple(str.split("큰애 작은애 막내 큰딸 작은딸 큰아들 작은아들 맏딸 맏아들"))
_GLUED_TITLES = tuple(
    str.split(
        "사장 사장님 사부 선생 선생님 할매 할머니 할배 아저씨 아주머니 아줌마 영감 여사 사모님 "
        "씨네 씨네집"
    )
)
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
        "church": re.compile(rf"(?<=\s)(?:{alternation(_CHURCH)})(?:님)?{_PARTICLE}"),
        "before": re.compile(r"(?<![가-힣])([가-힣]{2,4})\s$"),
        "answer": re.compile(r"(?:답|A)\s?[:：]\s?['\"‘“]?([가-힣]{2,5})['\"’”]?" + _AFTER_NAME),
        "question": re.compile(r"(?:문|Q)\s?[:：]"),
        "asks_name": re.compile(r"이름|성함|누구|뭐라고\s?불|뭐라\s?했"),
        "child": re.compile(
            rf"(?:{alternation((*_CHILD_WORDS, '우리'))})\s([가-힣]{{2,3}}?)(?:이)?"
            r"(?:는|가|도|를|랑|이랑|하고|한테|는요|만)(?![가-힣])"
        ),
        "glued": re.compile(
            rf"(?:{alternation(_GLUED_TITLES)})(?:{_PARTICLE}|(?:라|라고|라구)(?![가-힣]))"
        ),
        "glued_title": re.compile(rf"(?:{alternation(_GLUED_TITLES)})"),
        "family": re.compile(
            rf"가(?:네(?:집)?{_PARTICLE}|(?:가|는|를|한테|에게|하고|랑)(?![가-힣]))"
        ),
        "word": re.compile(r"[가-힣]{2,6}"),
        "named_copula": re.compile(
            r"(?:이름|본명|가명|별명)(?:이|은|는)\s(?:(?:진짜|정말|원래|그냥)\s)?['‘]?"
            rf"([가-힣]{{1,4}}?)['’]?(?:{alternation(_DIALECT_COPULA)})(?![가-힣])"
        ),
        "school": re.compile(rf"이\s(?:[가-힣]{{0,4}}학교|{alternation(_CHILD_THINGS)})"),
        "role_topic": re.compile(
            rf"(?:{alternation(cue_words().get('role', 'ko'))})(?:은|는|이|가)\s"
            r"([가-힣]{3})(?:이)?(?=\s?[,.(]|\s?$)"
        ),
        "alias": re.compile(
            r"(?:가명|별명|예명|애칭|본명)(?:은|는|이|을|으로)?\s?['‘\"“]([가-힣]{1,4})['’\"”]"
        ),
        "hanzi_spelled": re.compile(r"한자로(?:는)?\s?([\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])"),
        "role_family": re.compile(
            rf"(?:{alternation(cue_words().get('role', 'ko'))})(?:이|은|는|가)\s([가-힣])가"
            r"(?=\s?[,.]|\s?$|(?:라서|라고|라구|야|였|이고|인데|요|예요|이에요|라요)(?![가-힣]))"
        ),
        "list_i": re.compile(r"이(?=['’\"”]?\s?(?:[,…·(]|\.\.)|['’\"”]\s?$)"),
    }


def _hit(start: int, end: int, rule: str, uncertain: bool) -> Hit:
    return Hit(
        start=start,
        end=end,
        label="PERSON",
        detector="cue",
        rule=rule + ("_ordinary" if uncertain else ""),
        uncertain=uncertain,
    )


def _church_names(folded: str) -> Iterator[Hit]:
    rx, names = _rx(), christian_names()
    for office in rx["church"].finditer(folded):
        before = rx["before"].search(folded, max(0, office.start() - 6), office.start())
        if before is not None and before.group(1) in names:
            yield _hit(before.start(1), before.end(1), "christian_name_before_office", False)


def _answers(folded: str, res: Resources) -> Iterator[Hit]:
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
        yield _hit(
            answer.start(1),
            answer.end(1),
            "answer_to_name",
            ordinary and not korean.name_shaped(stem),
        )


def _children(folded: str, res: Resources) -> Iterator[Hit]:
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
        yield _hit(match.start(1), match.end(1), "child_named", True)


def _surname_at(folded: str, end: int, res: Resources) -> int | None:
    """The start of a surname ending at ``end`` that opens its word, or None."""
    for size in (2, 1):
        start = end - size
        if start < 0 or (start and "가" <= folded[start - 1] <= "힣"):
            continue
        surname = folded[start:end]
        if surname in mandarin_surnames() or (size == 1 and surname in res.sur_ko_hangul):
            return start
    return None


def _glued_titles(folded: str, res: Resources) -> Iterator[Hit]:
    rx = _rx()
    for title in rx["glued_title"].finditer(folded):
        if not title.start() or not "가" <= folded[title.start() - 1] <= "힣":
            continue
        tail = rx["glued"].match(folded, title.start())
        if tail is None or tail.end() < title.end():
            continue
        start = _surname_at(folded, title.start(), res)
        if start is None:
            continue
        surname = folded[start : title.start()]
        word = folded[start : title.end()]
        if (
            word in res.lex_ko
            or word in closed_words("ko")
            or surname + title.group()[0] in res.lex_ko
        ):
            continue  # 이사장, 부사장, 고사장: one word
        uncertain = surname in WORD_SURNAMES or surname in res.lex_ko
        yield _hit(start, title.start(), "surname_glued_title", uncertain)


def _families(folded: str, res: Resources) -> Iterator[Hit]:
    for match in _rx()["family"].finditer(folded):
        at = match.start() - 1
        if at < 0 or (at and "가" <= folded[at - 1] <= "힣"):
            continue
        surname = folded[at]
        if surname not in res.sur_ko_hangul and surname not in mandarin_surnames():
            continue
        if surname + "가" in res.lex_ko and surname not in _SPOKEN_CHINESE_FAMILY:
            continue  # 장가가, 국가는, 주가가: a word and its particle
        yield _hit(at, at + 2, "surname_family", surname in WORD_SURNAMES)


_SPOKEN_CHINESE_FAMILY = frozenset("리류")
"""리가, 류가: the North Korean spelling of 이 and 유, for whom the pair is a loanword (Riga)
or nothing; 이가 and 유가 are far more often a particle or a word."""


_COUNTERS = "번 원 명 개 살 년 달 위안 씩 째 키로 근 톤 보루 시 분 초 층 호 회 차 배 장 권 대"
_NUMERALS = "일이삼사오육칠팔구십백천만억한두세네석넉"
_COUNTED = re.compile(rf"[{_NUMERALS}]+(?:{'|'.join(_COUNTERS.split())})")
"""A number and its counter (이천원, 한번, 천위안): Sino-Korean numerals read as surnames."""


def _final_n(syllable: str) -> bool:
    return "가" <= syllable <= "힣" and (ord(syllable) - 0xAC00) % 28 == 4


def _mandarin_names(folded: str, res: Resources) -> Iterator[Hit]:
    given = korean.given_syllables()
    for word in _rx()["word"].finditer(folded):
        if word.start() and "가" <= folded[word.start() - 1] <= "힣":
            continue
        token = word.group()
        if korean.verb_like(token, res):
            continue
        stem, tail = korean.split_particle(token)
        if tail.startswith("이") and not korean.final_consonant(stem[-1]):
            stem = stem + "이"  # 쑨더하이: 이 after a vowel is the name's
        hit = _mandarin_name(word.start(), token, res, given) if tail == "만" else None
        hit = hit or _mandarin_name(word.start(), stem, res, given)
        if hit is not None:
            yield hit


def _mandarin_name(start: int, stem: str, res: Resources, given: frozenset[str]) -> Hit | None:
    """A Chinese surname and one or two Mandarin syllables; the whole token is tried first
    before 만, which also ends names (정두만)."""
    if len(stem) >= 2:
        for size in (2, 1):
            surname, rest = stem[:size], stem[size:]
            if surname not in mandarin_surnames() or not 1 <= len(rest) <= 4:
                continue
            if not segments(rest, 2) or all(s in given for s in rest):
                continue
            if (
                _COUNTED.match(stem)
                or not stem.strip(_NUMERALS)
                or (stem[-1] == "지" and _final_n(stem[-2]))
            ):
                return None  # 이천원, 한번, 두번; 진짠지 (the ending ㄴ지 of a verb)
            if korean.counted_or_bound(stem, res) or korean.bound_compound(stem, res):
                return None  # 두보루, 구류장: a count, a word and a bound noun
            if rest.startswith(_GLUED_TITLES):
                return None  # 쑤사부: a surname glued to a title (``_glued_titles``)
            if stem in res.lex_ko or korean.ordinary(stem, res) or korean.verb_like(stem, res):
                return None
            if stem in res.gaz_hangul or stem in res.keep_native or stem in closed_words("ko"):
                return None
            return _hit(start, start + len(stem), "mandarin_name", True)
    return None


def _named_by_copula(folded: str, res: Resources) -> Iterator[Hit]:
    for match in _rx()["named_copula"].finditer(folded):
        stem = match.group(1)
        if stem.startswith(("뭐", "머", "무엇", "누구")) or stem in closed_words("ko"):
            continue  # 이름이 뭐라요: asked, not told
        if len(stem) == 1 and korean.final_consonant(stem) != match.group().endswith(
            ("이라요", "이야요", "이에요", "이라예", "이래요")
        ):
            continue  # one syllable only with the copula its final takes (봄이야요)
        ordinary = stem in res.lex_ko or korean.ordinary(stem, res)
        yield _hit(match.start(1), match.end(1), "named_by_copula", ordinary)


def _school_children(folded: str, res: Resources) -> Iterator[Hit]:
    """서준이 학교, 하은이 생일: a given name, its affectionate 이 and what is a child's."""
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
        yield _hit(start, match.start(), "child_with_school", True)


def _role_topic_names(folded: str, res: Resources) -> Iterator[Hit]:
    """남편은 한성철이, ...: a role noun, its topic particle and a full name alone."""
    for match in _rx()["role_topic"].finditer(folded):
        if match.start() and "가" <= folded[match.start() - 1] <= "힣":
            continue
        stem = match.group(1)
        if not korean.name_shaped(stem) or stem in res.lex_ko or korean.verb_like(stem, res):
            continue
        uncertain = stem[0] in WORD_SURNAMES or not korean.name_shaped(stem, res)
        yield _hit(match.start(1), match.end(1), "role_topic_name", uncertain)


def _list_items(folded: str, res: Resources) -> Iterator[Hit]:
    """깜둥이, 말라깽이…: a word ending in 이 before a comma or an ellipsis keeps its 이 (the
    affectionate suffix of a nickname); only where no word list knows the stem, which the
    catch-all flags anyway: this only keeps the 이 inside its span."""
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
        yield Hit(
            start=start,
            end=match.end(),
            label="PERSON",
            detector="cue",
            rule="list_item_with_i",
            uncertain=True,
            core=(start, match.start()),
        )


def _role_families(folded: str, res: Resources) -> Iterator[Hit]:
    """남편이 장가라서, 남편은 왕가, ...: what a role noun is, a surname and 가 ("of the X
    family"), even where the pair is a word (장가 "marriage": uncertain)."""
    for match in _rx()["role_family"].finditer(folded):
        if match.start() and "가" <= folded[match.start() - 1] <= "힣":
            continue
        surname = match.group(1)
        if surname not in res.sur_ko_hangul and surname not in mandarin_surnames():
            continue
        ordinary = surname + "가" in res.lex_ko or surname in WORD_SURNAMES
        yield _hit(match.start(1), match.end(1) + 1, "role_is_family", ordinary)


def _aliases(folded: str, res: Resources) -> Iterator[Hit]:
    """가명 '미소'로, 별명은 "곰": a quoted word after a word for a person's name."""
    for match in _rx()["alias"].finditer(folded):
        stem = match.group(1)
        if stem in closed_words("ko") or stem in res.gaz_hangul:
            continue
        yield _hit(match.start(1), match.end(1), "quoted_alias", stem in res.lex_ko)


def _hanzi_spelled(folded: str, res: Resources) -> Iterator[Hit]:
    """성룡이, 한자로 成龙: a Hanzi name spelled out after 한자로, opening with a surname
    (a place there is the gazetteer's: 연길, 한자로 延吉)."""
    for match in _rx()["hanzi_spelled"].finditer(folded):
        name = match.group(1)
        if name in res.gaz_hanzi or name in res.keep_native:
            continue
        if name[0] in res.sur_zh_hanzi or name[:2] in res.sur_zh_hanzi:
            yield _hit(match.start(1), match.end(1), "hanzi_spelled", True)


def find_round7_persons(folded: str, res: Resources) -> Iterator[Hit]:
    """Every round-7 Korean person cue (module docstring)."""
    yield from _aliases(folded, res)
    yield from _role_families(folded, res)
    yield from _hanzi_spelled(folded, res)
    yield from _named_by_copula(folded, res)
    yield from _school_children(folded, res)
    yield from _role_topic_names(folded, res)
    yield from _list_items(folded, res)
    yield from _church_names(folded)
    yield from _answers(folded, res)
    yield from _children(folded, res)
    yield from _glued_titles(folded, res)
    yield from _families(folded, res)
    yield from _mandarin_names(folded, res)
