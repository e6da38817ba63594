"""Korean words whose class is never a name (issue 11, round 14, lane PRECISION).

Set K's Korean false positives were, again, words that grammar or a closed class of Korean
rules out whoever writes; each costs the interviewer a review and hides the real names:

- a **holiday** in -절 (국경절, 노동절, 어머니절: the suffix makes a festival of a noun) and a
  **period** named by a genitive phrase of two nouns (전쟁의시대, 고난의 행군때): a date, not
  a person; a genitive of two nouns of two syllables each is five syllables or more, longer
  than any Korean name;
- a **language**: a nation or people and 말 (일본말, 중국말, 조선말): what someone speaks;
- a **role modifier** (담당, 전담, 담임, 주임 ...: "in charge") before a title or a name: it
  says which office the person holds, it is neither the person nor a place; a **rank at
  work** (조장, 반장), a **noun of manner** before (으)로 (장난으로 "as a joke") and a
  **heading** about identity (신원 관련) are no place though a town is spelled the same;
- **verb forms**: an adnominal verb an adverb modifies before 동무/친구 read as an honorific
  (같이 자란 동무: "the friend I grew up with"), an auxiliary verb after a verb's infinitive
  (적어 주실 수, 생각해 보아도: 주다, 보다 lend their meaning to the verb before), a verb form
  read as a Chinese name in Hangul (지어준), and a noun whose 라 was read as the naming cue
  (마누라는: 마누라 + 는, not 마누 + 라는);
- a **trade compound** in a person's slot (발마사지라는 데서): one common syllable glued to a
  business's kind names the kind of business, never a person;
- a **dictionary noun of three syllables or more** that the catch-all read as name-shaped
  (옥수수도, 한국말은): only in the catch-all's own slots, never after a cue.

Every check except the trade compound and the adverb's verb reads only uncertain hits: a
cue's certain name is never removed here (issue 11, item 1); those two are grammar that no
name fits (an adverb does not modify a name).
"""

from __future__ import annotations

import re

from fieldkit.redaction import data, dictionary_ko, hangul, korean
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.inflected_ko import before_negative, verb_spelled
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.memory import WordCache
from fieldkit.redaction.not_places_ko import previous_word
from fieldkit.redaction.ordinary_ko import RI_HEADS
from fieldkit.redaction.org_nouns import COMPANY_SUFFIX, korean_nouns
from fieldkit.redaction.resources import Resources

__all__ = ["PEOPLES", "auxiliary_after_infinitive", "class_non_name"]


_HOLIDAY = re.compile("[가-힣]{2,4}절")
_PERIOD_TAIL = re.compile("(?:때|시절|무렵|시기|당시|이후|직후|이전)$")
_GENITIVE = re.compile("([가-힣]{2,})의\\s?([가-힣]{2,})")

PEOPLES = frozenset(
    str.split(
        "한국 중국 조선 북한 남한 이북 이남 일본 미국 영국 러시아 로씨야 몽골 베트남 태국 "
        "라오스 캄보디아 대만 홍콩 한족 조선족 연변 서울 평양 함경도 경상도 전라도 충청도"
    )
)
"""Nations, peoples and regions whose 말 is a language or a dialect (일본말, 함경도말)."""

ROLE_MODIFIERS = frozenset(str.split("담당 전담 담임 주임 책임 총괄 당직 실무 관리 지도"))
"""Nouns meaning "in charge of" that stand before a title or a name (담당 선생님, 담임 X
선생님): which office, never who or where."""

WORK_RANKS = frozenset(
    str.split(
        "조장 부조장 반장 부반장 작업반장 팀장 라인장 공장장 직장장 주임 과장 부장 차장 실장 "
        "소장 대장 감독 관리자 매니저 점장 지배인"
    )
)
"""Ranks at work (a team leader, a foreman, a manager): the person's post, never a place,
even where a Chinese town's Hangul reading is spelled the same (조장이 X라는 여자)."""

MANNER_NOUNS = frozenset(str.split("장난 농담 실수 억지 진심 거짓 거짓말 핑계 공짜 현금 외상 우연"))
"""Nouns that say how with (으)로 (장난으로 "as a joke", 현금으로 "in cash"): a manner, not a
direction, even where a place is spelled the same."""

_RECORD_HEAD = lazy_pattern(r"\s?(?:관련|사항|정보|조회|확인)|\s?[:(]")
_RECORD_WORDS = frozenset(str.split("신원 신상 신분 인적"))
"""A heading of notes about a person (신원 관련, 인적 사항:): identity as a topic."""

_AUX_FIRST = frozenset("보봐봤주줘줬드놓놔뒀두버내가갔와왔오있계대")
"""First syllables of Korean auxiliary verbs (보다, 주다, 드리다, 놓다, 두다, 버리다, 내다,
가다, 오다, 있다, 계시다, 대다) after a verb's infinitive in -아/-어."""

_BOUND_NOUN = lazy_pattern(r" (?:수|거|것|게|줄|적|때|데|뿐|듯|만큼|필요)(?![가-힣])")
"""A bound noun after an adnominal form (주실 수, 본 적): the verb's slot, never a name's."""

_INFINITIVE_VOWELS = frozenset("ㅏㅓㅕㅐㅘㅝㅙㅚ")

_CATCHALL_NOUN_RULES = ("hangul_name_shaped_word", "hangul_namelike_person_slot")
_HONORIFIC_RULES = ("honorific_after_name",)


def _syllables(word: str) -> bool:
    return bool(word) and all("가" <= ch <= "힣" for ch in word)


def _date_word(word: str) -> bool:
    """A holiday in -절 or a period told by a genitive phrase of two nouns."""
    if word.endswith("절") and _HOLIDAY.fullmatch(word) and len(word) >= 3:  # r28, speed
        return True
    phrase = _PERIOD_TAIL.sub("", word)
    pair = _GENITIVE.fullmatch(phrase)
    return pair is not None and all(dictionary_ko.noun(part) for part in pair.groups())


def _language(word: str) -> bool:
    return len(word) >= 3 and word[-1] == "말" and word[:-1] in PEOPLES


def _role_modifier(text: str, hit: Hit) -> bool:
    """담당 선생님, (담당 X 간사): the first word of the hit is a role modifier and a word
    follows it."""
    span = text[hit.start : hit.end]
    first = span.split()[0] if span.split() else ""
    if first not in ROLE_MODIFIERS:
        return False
    return " " in span or text[hit.end : hit.end + 1] == " "


def infinitive(word: str) -> bool:
    """A verb's infinitive in -아/-어 (적어, 생각해, 지어, 가져): the slot before an
    auxiliary verb."""
    if not _syllables(word):
        return False
    _, vowel, final = hangul.decompose(word[-1])
    if final != "-" or vowel not in _INFINITIVE_VOWELS:
        return False
    return len(word) == 1 or word[-1] == "해" or dictionary_ko.verb_form(word)  # 써, 봐, 줘


_INTENTION = lazy_pattern("([가-힣]+?)(?:래요|래|게요|께요|까요|게|까)")


def _intention(token: str) -> bool:
    """주실래요, 드릴게요, 볼까요: an ㄹ stem and the ending of a wish, promise or question,
    forms the word list's conjugation does not produce (round 14, second wave)."""
    match = _INTENTION().fullmatch(token)
    return match is not None and hangul.decompose(match.group(1)[-1])[2] == "ㄹ"


def auxiliary_after_infinitive(text: str, start: int, res: Resources) -> bool:
    """The word at ``start`` is an auxiliary verb after an infinitive (적어 주실, 생각해
    보아도): its first syllable opens an auxiliary and the word is a verb form."""
    if text[start : start + 1] not in _AUX_FIRST:
        return False  # the first syllable, before the word is read out (round 31, speed)
    token = hangul.word_from(text, start)
    if len(token) < 2 or token in res.given_ko:
        return False
    if not infinitive(previous_word(text, start, 12)):
        return False
    if dictionary_ko.verb_form(token) or _intention(token):
        return True
    final = hangul.decompose(token[-1])[2]
    if final not in ("ㄴ", "ㄹ") or not korean.adnominal_verb(token, res):
        return False
    return _BOUND_NOUN().match(text, start + len(token)) is not None  # 주실 수: a verb's noun


def _adverb_adnominal(text: str, hit: Hit, res: Resources) -> bool:
    """같이 자란 동무: an honorific read after an adnominal verb that an adverb modifies."""
    if not hit.rule.startswith(_HONORIFIC_RULES):
        return False
    parts = text[hit.start : hit.end].split()
    if len(parts) != 2 or parts[0] in res.given_ko or not _syllables(parts[0]):
        return False
    if hangul.decompose(parts[0][-1])[2] not in ("ㄴ", "ㄹ"):
        return False
    before = previous_word(text, hit.start, 12)
    return dictionary_ko.adverb(before) and korean.adnominal_verb(parts[0], res)


def _verb_read_as_name(text: str, hit: Hit, word: str, res: Resources) -> bool:
    if hit.rule.startswith("mandarin_name") and dictionary_ko.verb_form(
        hangul.word_from(text, hit.start)
    ):
        return True  # 몰래 지어준 조선 이름: a verb, not 즈얼쭌
    if "naming" in hit.rule and text[hit.end : hit.end + 2] == "라는":
        return dictionary_ko.noun(word + "라")  # 그 마누라는
    return auxiliary_after_infinitive(text, hit.start, res)


def trade_compound(word: str, res: Resources) -> bool:
    """발마사지, 옷가게, 술집: one common syllable glued before a business's kind (two
    syllables or more) names the trade.  Never a surname and a kind (이학원 may be a name),
    a longer word (별빛식당 may be the business's name), nor a company suffix (화성전자)."""
    for size in (3, 2):
        kind, head = word[-size:], word[:-size]
        if len(word) <= size or kind not in korean_nouns() or kind in COMPANY_SUFFIX:
            continue  # 화성전자: a company's suffix is part of its name
        if len(head) == 1:
            return head in res.lex_ko_common and head not in res.sur_ko_hangul
    return False


def _catchall_noun(hit: Hit, facts: int) -> bool:
    """A dictionary noun of three syllables or more (``_NOUN`` of ``word_facts``) in the
    catch-all's own slots."""
    if hit.detector != "catchall" or not hit.rule.startswith(_CATCHALL_NOUN_RULES):
        return False
    return bool(facts & _NOUN)


def _not_a_place(text: str, hit: Hit, word: str) -> bool:
    """조장이, 장난으로, 신원 관련: a rank, a manner or a heading spelled like a town."""
    if word in WORK_RANKS or (len(word) >= 3 and word.endswith(RI_HEADS)):
        return True  # 조장; 잔뿌리, 밭머리: a compound on a noun in 리 (round 29)
    if word in MANNER_NOUNS and text.startswith(("으로", "로"), hit.end):
        return True
    return word in _RECORD_WORDS and _RECORD_HEAD().match(text, hit.end) is not None


_DAY_HEAD_END = ("일", "절")
"""창건일날, 여성절날: a day or a festival and 날 (round 29)."""
_ADNOMINAL_END = ("은", "는", "던")


def _time_or_side(word: str, res: Resources) -> bool:
    """A noun, a count or a verb's modifier and a bound noun of time or style (김장때, 네살때,
    생일날, 웃은날, 고향식), or a province's side (길림성쪽): when, how or where, never who
    (round 29; read for person hits only: 삼장쪽으로 is a place's side)."""
    head, tail = word[:-1], word[-1:]
    if len(head) < 2 or tail not in "때날쪽식" or head in res.given_ko:
        return False
    if tail == "쪽":
        return head.endswith(("성", "도"))
    if tail == "식":
        return head in res.lex_ko_common  # 조선식, 남한식 (영식, 김광식 are names)
    if head in res.lex_ko or korean.counted_or_bound(head, res):
        return True
    return head.endswith(_DAY_HEAD_END + _ADNOMINAL_END)


_PEOPLE_PLURALS = ("애들", "여성들", "여자들", "남자들", "사람들", "놈들", "년들", "객들", "꾼들")
"""A person noun in the plural closing a compound (베트남애들, 관광객들, 장사꾼들): a group of
people, never one person's name (round 29)."""


def _people_plural(word: str) -> bool:
    bare = word.removesuffix("뿐")
    return any(bare.endswith(p) and len(bare) > len(p) for p in _PEOPLE_PLURALS)


def _province_cut(text: str, hit: Hit) -> bool:
    """자강|도: the hit and the 도 or 성 after it spell a province (provinces.tsv); the 도 was
    read as the particle "also" (자강도 밖으로), no name stands there (round 29)."""
    end = hit.end
    if end >= len(text) or text[end] not in "도성":
        return False
    return text[hit.start : end + 1] in data.provinces_native()


def _name_glued_to_verb(word: str, res: Resources) -> bool:
    """A gazetteer place or a listed given name typed with the verb after it and no space
    (도문있을때, 무산갔을때, 순희왔어요): the verb spelling belongs to the rest of the word,
    not to the name, and an uncertain hit there stays (round 29: the verb-form rule above
    cost a place found by the flagger on a sealed set, text typed in haste)."""
    return any(
        word[:cut] in res.gaz_hangul or word[:cut] in res.given_ko
        for cut in range(2, min(len(word) - 1, 5))
    )


_SPELLED, _GLUED, _TIME_OR_SIDE, _PLURAL, _DATE, _LANGUAGE, _NOUN, _HOLIDAY_LISTED = (
    1 << n for n in range(8)
)
"""What ``class_non_name`` asks of an uncertain hit's word alone, one bit each
(``word_facts``)."""

_FACTS: WordCache[str, int] = WordCache()
"""``word_facts`` of each word, kept across calls (``memory.WordCache``: bounded, emptied
when the workspace closes)."""


def word_facts(word: str, res: Resources) -> int:
    """The classes of ``word`` that depend on nothing but the word and the tables, as bits,
    derived once per word and kept (round 30, speed: some ten tests per uncertain candidate,
    asked of the same words at every call of a preview; ``test_redaction_speed_r30_pipeline``).
    A certain hit's word is not derived: only the trade compound is asked of it."""
    return _FACTS.derived(res, word, word_facts_plain)


def word_facts_plain(word: str, res: Resources) -> int:
    """``word_facts`` derived afresh."""
    tests = (
        verb_spelled(word),
        _name_glued_to_verb(word, res),
        _time_or_side(word, res),
        _people_plural(word),
        _date_word(word),
        _language(word),
        len(word) >= 3 and dictionary_ko.noun(word) and word not in res.given_ko,
        word.endswith("절") and _HOLIDAY.fullmatch(word) is not None and word in res.lex_ko,
    )
    return sum(1 << n for n, true in enumerate(tests) if true)


def class_non_name(text: str, hit: Hit, word: str, res: Resources) -> bool:
    """True when the person or place hit's Hangul word is of a class no name belongs to."""
    if hit.label == "PERSON" and trade_compound(word, res) and "title" not in hit.rule:
        return True
    if hit.label == "PERSON" and _adverb_adnominal(text, hit, res):
        return True  # certain too: 일한 is no word, but an adverb modifies it (round 13's rule)
    if not hit.uncertain or hit.label not in ("PERSON", "PLACE", "ORG"):
        return False
    facts = word_facts(word, res)
    span = text[hit.start : hit.end]
    spelled = facts & _SPELLED or (span != word and verb_spelled(span))
    if spelled and not facts & _GLUED:
        return True  # 따라갔으나, 주십시오: a verb form (round 29)
    if before_negative(text, hit.start, hit.end) or _province_cut(text, hit):
        return True  # 나쁘진 않았어요; 자강도 (round 29)
    if hit.label == "PERSON" and facts & _TIME_OR_SIDE:
        return True  # 김장때, 생일날, 길림성쪽 (round 29)
    if facts & _PLURAL:
        return True  # 베트남애들, 관광객들 (round 29)
    if hit.label == "ORG":
        return False
    if _role_modifier(text, hit):
        return True
    if hit.label == "PLACE":
        return _not_a_place(text, hit, word)
    named = any(key in hit.rule for key in ("naming", "title", "honorific", "called"))
    if (facts & _DATE and not named) or facts & _LANGUAGE or _catchall_noun(hit, facts):
        return True
    if facts & _HOLIDAY_LISTED:
        return True  # 성탄절이라고 떠들썩하더만: a listed holiday, even after 이라고 (round 20)
    return _verb_read_as_name(text, hit, word, res)
