"""Form fields, family tables and the old "the X fellow" 가 (round 12 of issue 11).

Four Korean slots that only a person fills, each found from its own rare anchor and read
back (detector ``cue``; a value that is also a common word is redacted *uncertain*):

* **a name field**: ``성명: X``, ``이름 : X``, ``본인 성명 X``.  A field label is the
  strongest cue there is: whatever the value is, it is redacted (a word only uncertain),
  unless the field says there is no name (미상, 모름, 없음);
* **a family table row**: a kinship word, perhaps numbered (``딸1``, ``외손자``), a name and
  then a dash or an age (``딸1 X - 북송``, ``외손자 X 17``).  The dash or the bare number
  after the name is what makes the line a table row and the word a name;
* **a lone surname with the household 가** (``곽가 영감``, ``홍가였는데``, ``봉가 성 가진``,
  ``김가네``, ``중개 김가 떼감``): the old way to say "the Kim fellow".  The surname stands
  alone (no syllable before it) and 가 is followed by a word only a person takes (영감, 놈,
  성 "surname", 네 "household", a copula); after a role noun (중개, 브로커) a space is
  enough.  Never the subject particle: 제가, 이가 (this one; tooth), and never a word
  (정가 "fixed price", 고가 "high price", 대가, 원가): the surname and 가 must not be a
  dictionary word;
* **people named in turn while names are given** (a naming noun, 이름, 예명, 별명, near):
  ``옆방 애는 X, 또 하나는 Y`` (a topic for a person and a bare word, then the next one) and
  ``이름 다 꽃이름, 나는 X`` (the writer's own).  With no naming noun near, 큰 애는 학생, 또
  하나는 군인 is about what they are, not what they are called, and nothing fires.
"""

from __future__ import annotations

import re
from functools import lru_cache

from fieldkit.redaction import korean
from fieldkit.redaction.cuewords import alternation, closed_words, cue_words, person_nouns
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.known_ko import known_word
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.surnames_ko import WORD_SURNAMES, korean_surname
from fieldkit.redaction.textview import view

__all__ = ["find_fields"]

_FIELD_LABELS = "성명|이름|성함|실명|본명|한국이름|중국이름|조선이름|가명|예명"
_NO_NAME = frozenset(
    str.split("미상 불상 모름 없음 비공개 생략 익명 무명 불명 확인불가 미확인 기재안함 없다")
)
_KIN_EXTRA = (
    "외손자|외손녀|친손자|친손녀|증손자|증손녀|큰아들|작은아들|막내딸|막내아들|장남|장녀|차남|차녀"
)
_GA_FOLLOWERS = (
    r"가(?:(\s?(?:영감|노인|놈|녀석|늙은이|할멈|할배|아바이|아매|에미나이|에미나|간나|새끼"
    r"|아저씨|아주머니|아줌마|아재|할아버지|할머니|총각)"
    r"|\s성(?=\s|을|이|씨|가진))"
    r"|네(?=[가-힣\s,.])|(?:였|이었|라는|래|인데|구만|라고|라서|예요|에게)"
    r"|(?:가|한테|하고|랑|고|에|야)(?=[\s,.!?]))"
)
"""Round 21: the northern 에미나이 (문가 에미나이) among the strong followers; a particle
after the 가 (방가가 받아서, 배가하고), or 고 after 성은 (성은 박가고), for a surname whose
가-word is no word.  Round 33: 라서, 예요, 에게, 에 and 야 (제가 김가라서, 김가에 팔렸다).
Round 40: the kin words said of a man or woman by surname (박가 아저씨네, 최가 할머니)."""
_PARTICLE_END = frozenset("가는이은을를에도의와과")
_WORD = r"([가-힣]{1,4})"
_NAMING = lazy_pattern(r"이름|예명|별명|가명|닉네임")
_NOT_SURNAME_GA = frozenset("제이내누그저나")
"""Syllables before 가 that are a pronoun or a word far more often than a surname: 제가 (I),
이가 (this one; tooth), 나가 (go out), 누가 (who)."""


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern[str]]:
    kin = alternation((*cue_words().get("role", "ko"),))
    roles = alternation((*cue_words().get("role", "ko"), "중개", "중개인", "소개", "소개꾼"))
    value = r"([가-힣]{2,4}|[\u4e00-\u9fff]{2,3})"
    return {
        "colon": re.compile(r"[:：]"),
        "field_label": re.compile(rf"(?:^|(?<=[\s/|,(]))(?:{_FIELD_LABELS})\s?$", re.MULTILINE),
        "field_value": re.compile(rf"\s?{value}(?=\s|$|[/|,;()\[\]]|\.)", re.MULTILINE),
        "self_field": re.compile(rf"본인\s?(?:성명|이름)\s{value}(?=\s|$|[/|,;()])"),
        "row_end": re.compile(
            r"(?<=\s)(?:[-–—]\s|(?<!\d)\d{1,3}(?:세|살|\s[-–—]\s|[,/)]|$))", re.MULTILINE
        ),
        "row_head": re.compile(
            rf"(?:^|(?<=[\s/|,:(]))(?:{_KIN_EXTRA}|{kin})\d?\s{value}\s$", re.MULTILINE
        ),
        "parallel": re.compile(
            rf"(?:애|아이|언니|여자|남자|사람|친구|하나|한\s?명)(?:은|는)\s{_WORD},\s?"
            rf"(?:또|다른|나머지)\s?(?:하나|한\s?명|애|아이|언니|친구)(?:은|는)\s{_WORD}"
            r"(?=[.,!?~]|\s|$)"
        ),
        "own_name": re.compile(
            rf"(?:이름|예명|별명|가명|닉네임)[^.!?\n]{{0,24}},\s?(?:나는|난|저는|전)\s{_WORD}"
            r"(?=[.!?~]|\s?$)",
            re.MULTILINE,
        ),
        "ga": re.compile(rf"{_GA_FOLLOWERS}|가(?=[\s,.])"),
        "age_only": re.compile(r"\((?:만\s?)?\d{1,2}\s?(?:세|살)\)"),
        "kin_age_name": re.compile(r"(?<![가-힣])([가-힣]+)\s([가-힣]{1,4})$"),
        "role_before": re.compile(rf"(?:{roles})\s$"),
    }


def _value_hit(start: int, value: str, rule: str, res: Resources) -> Hit | None:
    if value in _NO_NAME or value in closed_words("ko"):
        return None
    uncertain = value in res.lex_ko or (
        len(value) == 2 and known_word(value, res, dictionary=False)
    )
    return person_by_cue(start, start + len(value), rule, uncertain)


def _fields(folded: str, res: Resources) -> list[Hit]:
    """Found from the colon (rare) and read back to the label; 본인 성명 X from 본인."""
    out: list[Hit] = []
    rx = _rx()
    for colon in rx["colon"].finditer(folded):
        at = colon.start()
        if rx["field_label"].search(folded, max(0, at - 6), at) is None:
            continue
        value = rx["field_value"].match(folded, at + 1)
        if value is not None:
            hit = _value_hit(value.start(1), value.group(1), "name_field", res)
            if hit is not None:
                out.append(hit)
    if "본인" in folded:
        for match in rx["self_field"].finditer(folded):
            hit = _value_hit(match.start(1), match.group(1), "name_field", res)
            if hit is not None:
                out.append(hit)
    return out


def _kin_rows(folded: str, res: Resources) -> list[Hit]:
    """Found from the dash or age that ends a row, read back to the kinship word."""
    out: list[Hit] = []
    known = view(folded)
    if not known.has_digit and "-" not in folded and "–" not in folded and "—" not in folded:
        return out  # a row ends with a dash or a number (round 28, speed)
    rx = _rx()
    for end in rx["row_end"].finditer(folded):
        match = rx["row_head"].search(folded, max(0, end.start() - 16), end.start())
        if match is None:
            continue
        value = match.group(1)
        if value in closed_words("ko") or value in _NO_NAME:
            continue
        if value[-1] in _PARTICLE_END and value[:-1] in res.lex_ko:
            continue  # 엄마 손전화가 191-...: a noun and its particle, no name
        if value[0] >= "가" and not (korean_surname(value[0], res) or len(value) >= 3):
            continue  # 딸 하나 - , 아들 둘 10: a number word, not a name
        hit = _value_hit(match.start(1), value, "family_row", res)
        if hit is not None:
            out.append(hit)
    return out


@lru_cache(maxsize=1)
def _relatives() -> frozenset[str]:
    """Kinship words and roles (아들, 딸, 남편, 시누이: ``cues.tsv``)."""
    return frozenset((*cue_words().get("kinship", "ko"), *cue_words().get("role", "ko")))


def _kin_ages(folded: str, res: Resources) -> list[Hit]:
    """아들 준(6세), 딸 은별(3살): a kinship word, then a word glued to an age in brackets, is
    that child's or kinsman's name (round 40: a roster's sex is often left out, which
    ``strong_cues_ko``'s 이름(여, 27세) needs).  A word the dictionary holds is a name only
    uncertain (딸 봄(3살)); a count (딸 하나(3살)) or the kin word itself is none."""
    out: list[Hit] = []
    rx = _rx()
    for age in rx["age_only"].finditer(folded):
        named = rx["kin_age_name"].search(folded, max(0, age.start() - 12), age.start())
        if named is None or named.group(1) not in _relatives():
            continue
        name = named.group(2)
        if name in closed_words("ko") or name in person_nouns("ko"):
            continue  # 아들 딸(3살): a kinship word, a role or a title is no name
        out.append(person_by_cue(named.start(2), named.end(2), "kin_name_age", name in res.lex_ko))
    return out


def _surname_ga(syllable: str, res: Resources, strong: bool) -> bool:
    """A surname whose 가 is no particle; after a strong follower (영감, 놈, 성 "surname")
    even a surname whose 가-word is a verb stem (오가 "come and go") is one."""
    if syllable in _NOT_SURNAME_GA or not korean_surname(syllable, res):
        return False
    word = syllable + "가"
    if word in closed_words("ko"):
        return False
    return strong or (word not in res.lex_ko and not known_word(word, res))


def _household_ga(folded: str, res: Resources) -> list[Hit]:
    """Found from 가 and its follower (a literal first, so the scan is fast), then the
    surname before it read back: alone, or after a role noun and a space."""
    out: list[Hit] = []
    rx = _rx()
    for match in rx["ga"].finditer(folded):
        at = match.start() - 1
        if at < 0 or not "가" <= folded[at] <= "힣":
            continue
        if at and (folded[at - 1].isalnum() or "\u4e00" <= folded[at - 1] <= "\u9fff"):
            continue  # 정가, 아버지가: 가 ends a longer word
        strong = match.group(1) is not None
        if match.group() == "가" and rx["role_before"].search(folded, max(0, at - 8), at) is None:
            continue  # X가 and a space: a particle, unless a role noun comes before (중개 김가)
        if _surname_ga(folded[at], res, strong):
            out.append(  # the 가 is the name's (최가 놈이): no particle left behind
                person_by_cue(at, at + 2, "surname_household_ga", folded[at] in WORD_SURNAMES)
            )
    return out


def _named_in_turn(folded: str, res: Resources) -> list[Hit]:
    """옆방 애는 X, 또 하나는 Y: people introduced one after the other by a topic and a bare
    word; 이름은 다 꽃이름, 나는 X: after a naming noun, "and me, X" gives the writer's own."""
    out: list[Hit] = []
    rx = _rx()
    if _NAMING().search(folded) is None:
        return out
    for name in ("parallel", "own_name"):
        for match in rx[name].finditer(folded):
            window = folded[max(0, match.start() - 80) : match.end() + 40]
            if name == "parallel" and _NAMING().search(window) is None:
                continue  # 큰 애는 학생, 또 하나는 군인: no names are being given
            for group in range(1, (match.lastindex or 0) + 1):
                word = match.group(group)
                if len(word) < 2 or word in _NO_NAME or word in res.gaz_hangul:
                    continue
                if korean.verb_like(word, res) or word in person_nouns("ko"):
                    continue
                if name == "own_name" and korean.verb_form(word, res):
                    continue  # 나는 몰라: a verb ends the sentence, no name
                hit = _value_hit(match.start(group), word, "named_in_turn", res)
                if hit is not None:
                    out.append(hit)
    return out


def find_fields(folded: str, res: Resources) -> list[Hit]:
    """Every round-12 field, table-row and household-가 person (module docstring)."""
    out: list[Hit] = []
    if ":" in folded or "：" in folded or "본인" in folded:
        out += _fields(folded, res)
    out += _kin_rows(folded, res)
    if "(" in folded and view(folded).has_digit:
        out += _kin_ages(folded, res)
    if "가" in folded:
        out += _household_ga(folded, res)
    if "," in folded:
        out += _named_in_turn(folded, res)
    return out
