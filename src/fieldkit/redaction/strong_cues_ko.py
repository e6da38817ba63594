"""Strong cues that always win (round 10 of issue 11): the lexicon may only downgrade.

Issue 11 says a strong cue always redacts; a word list may only make the hit *uncertain*.
Three Korean slots were kept silently before this module (detector ``cue``):

* **a lone surname before a title, office or 씨 in any form**: the title followed by a
  copula or a verb ending rather than a particle (정 목사님이신데, 허 마담이었는데, 김씨고),
  and a surname glued to a title of the ``title ko`` cue row (허마담이, 장노인 집), or a
  Hanzi surname before the household 가 (陈가였는데).  Determiners and closed words before
  a spaced title never fire (이 사람, 그 목사님, 전 목사 "the former pastor", 연 ...);
* **a word under a naming cue**: a quoted word after 별명, 이름, 가명, 닉네임 (별명 '곰'),
  a word before (이)라고 and a verb of calling ('곰'이라고 불린 놈, 뚱보라고 불렀다; a
  quoted word before a verb of teasing, "천사"라고 비꼬았다, round 12), a
  quoted word in apposition to a role noun (안내 브로커 '털보');
* **formal statements**: a role noun of legal and counselling records (진술인, 피해자,
  내담자 ...) before a name, or a name before "(여, 36세)".

Each rule finds its rare anchor first (a title, a quote, 라고, a role noun, 세) and reads
back, so nothing is tried at every position.
"""

from __future__ import annotations

import re
from functools import lru_cache

from fieldkit.redaction import korean
from fieldkit.redaction.anchored import char_test, finditer_from
from fieldkit.redaction.anchors_ko import RANK, RECORD, holds, title_starts
from fieldkit.redaction.cuewords import (
    FELLOW_BELIEVERS,
    alternation,
    closed_words,
    cue_words,
    person_nouns,
)
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.known_ko import known_word
from fieldkit.redaction.org_nouns import korean_nouns
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.surnames_ko import (
    WORD_SURNAMES,
    glued_surname,
    honoured_word,
    korean_surname,
)
from fieldkit.redaction.textview import view
from fieldkit.redaction.things_named_ko import noun_in_i, thing_named

__all__ = ["RECORD_ROLES", "find_strong_cues"]

_NOT_SPACED = frozenset("저그두세네이전연현구고각매본당총새옛노한몇온첫딴뭔웬제")
"""Determiners, numbers and prefixes before a spaced title: 이 사람, 그 목사님, 두 아저씨,
전 목사 ("the former pastor"), 현 소장 ("the current"), 연 ("year"), 고 ("the late"), 제 ("my"),
새 선생 ("a new"), 한 아저씨 ("a man"): a surname there only under another rule."""
_COPULA = (
    r"(?:님)?(?:이|)(?:신데|셨|시고|시다|시라|시던|신|었|었던|고|구|라서|라고|라구|라는|란|래|"
    r"던|든지|지만|니까|면|요|에요|예요|다|야|지|죠|네|더라)|(?:님)?(?:였|인데|인가|인지|임)"
)
_PARTICLE_END = rf"(?:님)?(?:{alternation(korean.PARTICLES)})?(?![가-힣])"
_QUOTES = "'\"‘’“”「」『』"
_QUOTE_SET = frozenset(_QUOTES)
_HAS_QUOTE = char_test(_QUOTES)
"""``not _QUOTE_SET.isdisjoint(text)`` at C speed (round 31, speed)."""
_NAMING = "별명|별칭|이름|가명|닉네임|애칭|호칭|예명|본명"
_CALLING = r"(?:불렀|부르|불러|부를|불리|불린|불렸|불림|부른|부릅|부름|칭했|칭하)"
_NOT_CALLED = frozenset(str.split("뭐 뭘 머 누 나 너 저 제 내 네 걔 쟤 얘 그 이 왜 어 또 참 다 꼭"))
"""One syllable before 라고 불렀다 that is a pronoun or a question, never the name given:
뭐라고 불렀어요, 나라고 불렀지 (round 29)."""
_NO_NOUN: frozenset[str] = frozenset()
RECORD_ROLES = (
    "진술인|피해자|가해자|내담자|신고인|참고인|피의자|고소인|피고소인|증인|피해여성|상담자|"
    "신청인|피신청인|제보자|의뢰인|"
    "환자명|예금주|수취인|송금인|세대주|명의자"  # round 40: a chart's or a receipt's fields
)
_PERSON_NOUNS = (
    "사람|남자|여자|놈|년|애|아이|언니|오빠|누나|형|아저씨|아줌마|아주머니|할머니|할아버지|"
    "분|친구|청년|처녀|총각|남편|색시|동생"
)
_GA_AFTER = (
    r"가(?:였|이었|야|예요|래요|라는|라고|라서|인데|네|놈|가|는|를|한테|의|도|에|하고|랑|고)"
)
"""What follows the household 가 after a Hanzi surname (陈가였는데, 王가한테; round 33: 孙가에,
王가하고, 王가랑, 王가고)."""


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(cue_words().get("title", "ko"))


@lru_cache(maxsize=1)
def _kinship() -> frozenset[str]:
    return frozenset(cue_words().get("kinship", "ko"))


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern[str]]:
    c = cue_words()
    titles = alternation(c.get("title", "ko"))
    roles = alternation((*c.get("role", "ko"), *c.get("title", "ko")))
    quoted = rf"[{_QUOTES}]([가-힣]{{1,5}})[{_QUOTES}]"
    return {
        "title": re.compile(rf"(?:{titles})"),
        "copula": re.compile(rf"(?:{_COPULA})"),
        "end": re.compile(rf"(?:{_PARTICLE_END}|{_COPULA})"),
        "hanzi_ga": re.compile(rf"([\u4e00-\u9fff]){_GA_AFTER}"),
        "naming_quoted": re.compile(
            rf"(?:{_NAMING})(?:은|이|는|이가|을|도)?\s?(?:[:：]\s?)?{quoted}"
        ),
        "rago": re.compile(rf"라(?:고|구)만?\s?(?:[가-힣]+\s)?{_CALLING}"),
        "rago_tease": re.compile(r"라(?:고|구)\s?(?:[가-힣]+\s)?(?:비꼬|비꼈|놀리|놀렸|놀려)"),
        "rago_stem": re.compile(
            rf"(?:{quoted}이?|(?<![가-힣\u4e00-\u9fffA-Za-z0-9])([가-힣]{{1,5}}))$"
        ),
        "rank": re.compile(rf"(?:{alternation(c.get('rank_word', 'ko'))})(?=[,.)]|\s?$)"),
        "named_full": re.compile(
            r"(?:성함|본명|실명|이름)(?:은|이|는)\s([가-힣]{2,4}?)"
            r"(?:이라|라|이에요|예요|이고|이래|래|이다|입니다|이야|야|인데|이었|였)"
        ),
        "rane": re.compile(
            rf"라는\s(?:[가-힣]+\s)?(?:{_PERSON_NOUNS})(?:들)?(?:{_PARTICLE_END}|{_COPULA})"
        ),
        "quoted": re.compile(rf"\s{quoted}"),
        "title_after": re.compile(rf"\s?(?:{titles})"),
        "role_before": re.compile(rf"(?<![가-힣])(?:{roles})(?:님)?$"),
        "record_role": re.compile(
            rf"(?:{RECORD_ROLES})\s([가-힣]{{2,4}}?)(?:{_PARTICLE_END}|\s?[(,/|])"
        ),
        "sex_age": re.compile(
            r"\((?:(?:여|남)(?:성|자)?|아동|여아|남아|유아|영아)\s?[,/]\s?(?:만\s?)?\d{1,3}\s?(?:세|살)?\)"
        ),
        "sex_age_name": re.compile(r"(?<![가-힣])([가-힣]{2,4})\s?$"),
    }


def _surname_titles(folded: str, res: Resources) -> list[Hit]:
    """One pass over the titles (an alternation of some hundred words) for both forms."""
    out: list[Hit] = []
    for title in finditer_from(_rx()["title"], folded, title_starts(folded)):  # round 32
        hit = _spaced_copula(folded, title, res) or _glued_title(folded, title, res)
        if hit is not None:
            out.append(hit)
    return out


def _spaced_copula(folded: str, title: re.Match[str], res: Resources) -> Hit | None:
    """정 목사님이신데, 허 마담이었는데: a spaced surname, a title and a copula (the title
    with a particle is ``cues_ko._surname_titles``)."""
    at = title.start()
    if at < 2 or folded[at - 1] != " " or (at > 2 and folded[at - 3].isalnum()):
        return None
    if _rx()["copula"].match(folded, title.end()) is None:
        return None
    surname = folded[at - 2]
    if surname in _NOT_SPACED or not korean_surname(surname, res):
        return None
    return person_by_cue(at - 2, at - 1, "surname_title_copula", surname in WORD_SURNAMES)


def _spaced_ranks(folded: str, res: Resources) -> list[Hit]:
    """리 상위, 조사는: a spaced surname before a rank word (``rank_word``: 상위, 상사, also
    ordinary words) that ends a clause; with a particle it is ``ranks_ko``."""
    out: list[Hit] = []
    if not holds(folded, RANK):
        return out  # no rank word: no match (round 32, speed: anchors_ko)
    for rank in _rx()["rank"].finditer(folded):
        at = rank.start()
        if at < 2 or folded[at - 1] != " " or (at > 2 and folded[at - 3].isalnum()):
            continue
        surname = folded[at - 2]
        if surname in _NOT_SPACED or surname in WORD_SURNAMES:
            continue
        if surname in res.sur_ko_hangul:
            out.append(person_by_cue(at - 2, at - 1, "surname_rank_clause", False))
    return out


def _glued_title(folded: str, title: re.Match[str], res: Resources) -> Hit | None:
    """허마담이, 장노인 집, 문씨고: a surname glued to a title; the whole word is no title
    and no word (노인, 마담 alone; 솜씨, 글씨 are words)."""
    rx, titles = _rx(), _titles()
    at = title.start()
    start = glued_surname(folded, at, res)
    if start is None or rx["end"].match(folded, title.end()) is None:
        return None
    surname = folded[start:at]
    word = surname + title.group()
    if word in titles or word in res.lex_ko or word in closed_words("ko") or word in korean_nouns():
        return None  # 양계장: a business's kind, no 양 계장 (round 27)
    if title.group() in _kinship() or title.group() in FELLOW_BELIEVERS:
        return None  # 왕언니 ("top sister"), 왕할머니, 친자매: kinship words
    if title.group() == "씨" and (
        rx["copula"].match(folded, title.end()) is None or folded.startswith("야", title.end())
    ):
        return None  # 김씨가: ``names`` finds those; 로씨야 (Russia): no vocative after 씨
    uncertain = (
        surname in WORD_SURNAMES
        or (len(surname) == 2 and surname in res.lex_ko)  # 사공, 서문, 동방: words too
        or surname + title.group()[0] in res.lex_ko
    )
    return person_by_cue(start, at, "surname_glued_title", uncertain)


def _hanzi_household(folded: str, res: Resources) -> list[Hit]:
    """陈가였는데: a Hanzi surname alone before the household 가."""
    out: list[Hit] = []
    for match in _rx()["hanzi_ga"].finditer(folded):
        at = match.start()
        if at and ("\u4e00" <= folded[at - 1] <= "\u9fff" or folded[at - 1].isalnum()):
            continue
        if match.group(1) in res.sur_zh_hanzi:
            out.append(person_by_cue(at, at + 1, "hanzi_surname_ga", False))
    return out


def _word_hit(start: int, word: str, res: Resources, rule: str) -> Hit | None:
    if word in closed_words("ko") or word in _titles():
        return None  # 엄마라고 불렀다, 별명 '사장': a role is no name
    if word.endswith("이") and word[:-1] in person_nouns("ko"):
        return None  # 광철이 형이라고 불러: a kinship word and its 이 (round 20)
    uncertain = word in res.lex_ko or known_word(word, res, dictionary=False)
    if rule == "called_word":
        return person_by_cue(start, start + len(word), rule, uncertain)
    # quoted under a naming cue, a word is a nickname: uncertain, but its rule carries no
    # ``_ordinary``, so that propagation finds its later mentions ('두꺼비' ... 두꺼비가)
    return person_by_cue(start, start + len(word), rule, False)._replace(uncertain=uncertain)


def _quoted_words(folded: str, res: Resources) -> list[Hit]:
    """별명 '두꺼비', 안내 브로커 '털보', "천사"라고 비꼬았다: a quoted word (each pattern
    holds a quotation mark; ``_named_words`` calls this only when the text has one)."""
    out: list[Hit] = []
    rx = _rx()
    for match in rx["naming_quoted"].finditer(folded):
        hit = _word_hit(match.start(1), match.group(1), res, "naming_quoted")
        if hit is not None:
            out.append(hit)
    for match in rx["quoted"].finditer(folded):  # the quote first, the role read back
        if rx["role_before"].search(folded, max(0, match.start() - 8), match.start()) is None:
            if rx["title_after"].match(folded, match.end()) is None:
                continue
            rule = "titled_quoted"  # 거기 '왕눈이' 권사님이: a title after the quote (r31)
        else:
            rule = "role_quoted"
        hit = _word_hit(match.start(1), match.group(1), res, rule)
        if hit is not None:
            out.append(hit)
    for tease in rx["rago_tease"].finditer(folded):  # "천사"라고 비꼬았다: quoted only
        stem = rx["rago_stem"].search(folded, max(0, tease.start() - 9), tease.start())
        if stem is not None and stem.group(1) is not None:
            hit = _word_hit(stem.start(1), stem.group(1), res, "called_quoted")
            if hit is not None:
                out.append(hit)
    return out


def _named_words(folded: str, res: Resources) -> list[Hit]:
    """별명 '두꺼비', '곰'이라고 불린, 뚱보라고 불렀다, 안내 브로커 '털보'."""
    out: list[Hit] = []
    rx = _rx()
    if _HAS_QUOTE(folded):  # round 28, speed: the three need a quote
        out += _quoted_words(folded, res)
    for rago in rx["rago"].finditer(folded) if "라고" in folded or "라구" in folded else ():
        stem = rx["rago_stem"].search(folded, max(0, rago.start() - 9), rago.start())
        if stem is None:
            continue
        quoted = stem.group(1) is not None
        word, start = (stem.group(1), stem.start(1)) if quoted else (stem.group(2), stem.start(2))
        if (
            not quoted
            and word.endswith("이")
            and len(word) > 1
            and korean.final_consonant(word[-2])
            and not noun_in_i(word, res)
        ):
            word = word[:-1]  # 곰이라고: the copula 이, not the name (절름발이: the word's)
        single = not quoted and len(word) < 2
        if single and (word in _NOT_CALLED or thing_named(folded, start, word, _NO_NOUN, res)):
            continue  # 뭐라고, 나라고 불렀다 ("called me"): no name (round 29: 비라고 불렀다 is)
        hit = _word_hit(start, word, res, "called_quoted" if quoted else "called_word")
        if hit is not None and single:
            hit = hit._replace(uncertain=True, rule="called_syllable_ordinary")
        if hit is not None:
            out.append(hit)
    return out


def _named_people(folded: str, res: Resources) -> list[Hit]:
    """성함이 김OO이라, 본명은 OO이고: a full name after a naming noun (even a famous one or
    a word: uncertain); 바트라는 몽골 남자: a word before 라는 and a noun for a person."""
    out: list[Hit] = []
    rx = _rx()
    naming = "성함" in folded or "본명" in folded or "실명" in folded or "이름" in folded
    for match in rx["named_full"].finditer(folded) if naming else ():
        name = match.group(1)
        if (
            _glued_before(folded, match.start())
            or len(name) < 3
            or not korean_surname(name[0], res)
        ):
            continue
        hit = _word_hit(match.start(1), name, res, "naming_full_name")
        if hit is not None:
            out.append(hit)
    for rane in rx["rane"].finditer(folded) if "라는" in folded else ():
        stem = rx["rago_stem"].search(folded, max(0, rane.start() - 9), rane.start())
        if stem is None or stem.group(2) is None:
            continue
        word = stem.group(2)
        if word.endswith("이") and len(word) > 2 and korean.final_consonant(word[-2]):
            word = word[:-1]
        if len(word) < 2 or known_word(word, res):
            continue  # 한국이라는, 식당이라는: a word there is a thing, not named
        hit = _word_hit(stem.start(2), word, res, "called_word")
        if hit is not None:
            out.append(hit)
    return out


def _glued_before(folded: str, at: int) -> bool:
    """A Hangul syllable just before ``at``: the anchor word is the end of a longer word."""
    return at > 0 and "가" <= folded[at - 1] <= "힣"


def _records(folded: str, res: Resources) -> list[Hit]:
    """피해자 김하늘은, 한보람(여, 36세): a formal statement names its people; a roster's
    child too, by the word for a child in place of her sex (기쁨(아동, 9세): round 39)."""
    out: list[Hit] = []
    rx = _rx()
    records = rx["record_role"].finditer(folded) if holds(folded, RECORD) else ()  # round 32
    for match in records:
        name = match.group(1)
        if honoured_word(name, res) and not _glued_before(folded, match.start()):
            out.append(person_by_cue(match.start(1), match.end(1), "record_role_honoured", True))
            continue  # 피해자 별씨는, 내담자 별님은: one syllable and its honorific (round 17)
        if (
            _glued_before(folded, match.start())
            or not korean_surname(name[0], res)
            or name in closed_words("ko")
        ):
            continue
        if _record_word(name, res):
            if _surname_and_word(name, res):  # 내담자 오다솜은: 오 + 다솜, read as 오다, "come"
                out.append(person_by_cue(match.start(1), match.end(1), "record_role_name", True))
            continue  # 피해자 진술에, 진술인 조선족 식당: a noun after the role, no name
        out.append(
            person_by_cue(match.start(1), match.end(1), "record_role_name", name in res.lex_ko)
        )
    bracket = "(" in folded and view(folded).has_digit  # what sex_age needs (r28, speed)
    for sex_age in rx["sex_age"].finditer(folded) if bracket else ():  # the bracket first
        named = rx["sex_age_name"].search(folded, max(0, sex_age.start() - 5), sex_age.start())
        if named is None or named.group(1) in closed_words("ko") or named.group(1) in _titles():
            continue
        out.append(person_by_cue(named.start(1), named.end(1), "name_sex_age", False))
    return out


def _record_word(name: str, res: Resources) -> bool:
    """An ordinary word after a record's role noun: two syllables a word (진술), a word and
    a particle (여기서), or a word that no surname and given name explain (조선족, 한국행);
    김하늘, 한보람 are a surname and a given name that is also a word, so they stay."""
    if len(name) == 2:
        return name in res.lex_ko or known_word(name, res)
    if name[-1] in "서는도의에를을와과가이은만" and name[:-1] in res.lex_ko:
        return True
    if not known_word(name, res):
        return False
    return name[1:] not in res.lex_ko and not korean.name_shaped(name)


def _surname_and_word(name: str, res: Resources) -> bool:
    """Three syllables after a record's role noun, a surname and a word a dictionary reading
    explains (오다솜: 다솜, "love"; the whole read as 오다, "come"): 김하늘 with a rarer
    word, so the cue wins, uncertain (issue 11: a lexicon may downgrade a strong cue,
    never drop it)."""
    if len(name) != 3 or name in res.lex_ko:
        return False
    if name[:2] in res.lex_ko and not name[:2].endswith("다"):
        return False  # 우울감: a noun and its suffix; 오다 is a verb's dictionary form
    return name[-1] not in "서는도의에를을와과가이은만" and known_word(name[1:], res)


def find_strong_cues(folded: str, res: Resources) -> list[Hit]:
    """Every round-10 strong-cue hit (see the module docstring)."""
    out: list[Hit] = []
    out += _surname_titles(folded, res)
    out += _spaced_ranks(folded, res)
    if view(folded).has_hanzi and re.search(r"[\u4e00-\u9fff]가", folded):  # r28, speed
        out += _hanzi_household(folded, res)
    out += _named_words(folded, res)
    out += _named_people(folded, res)
    out += _records(folded, res)
    return out
