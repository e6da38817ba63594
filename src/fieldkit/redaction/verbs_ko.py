"""Korean verb forms: is a token a conjugated verb or adjective, not a noun?

Split from ``korean`` (round 15): a name never takes a verb's ending (닿자마자, 똑같다고,
찌르면), so the rules that look for names in Korean ask these first.  ``korean`` exports
``verb_like`` and ``spelled_ordinary`` as before.
"""

from __future__ import annotations

from fieldkit.redaction import dictionary_ko, hangul, spoken_ko
from fieldkit.redaction.data import word_set
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["negated_after", "never_a_noun", "spelled_ordinary", "verb_alone", "verb_like"]


_VERB_ENDINGS = tuple(
    sorted(
        word_set(
            "자마자 다고 냐고 자고 다며 라며 면서 으면서 으면 면 아서 어서 여서 아도 어도 여도 "
            "니까 으니까 으니 는데 은데 던데 더니 다가 도록 지만 지비 지요 죠 네요 군요 거든요 "
            "거든 어 여 고 게 지 던 기 음 ㅁ 러 려고 려면 "
            "문 으문 구 구는 문서"  # round 21: the spoken 구 (고) and 문 (면): 먹으문, 패구
            " 믄 으믄"  # round 22: the northern 믄 (면): 내놓으믄, 읽으믄
            # (구 only after a one-syllable verb or a noun's 하: 강남구 is a district)
        )
        | frozenset(spoken_ko.NORTHERN_ENDINGS),
        key=len,
        reverse=True,
    )
)
"""Endings only a verb or adjective stem takes (닿자마자, 똑같다고, 찌르면, 쥐여)."""
_CONTRACTED = {"져": "지", "와": "오", "워": "우", "해": "하", "돼": "되", "봐": "보", "줘": "주"}


_SHORT_VERBS = word_set("가 오 보 하 되 주 자 서 사 타 켜 쓰 패 빚 먹 업 메 쥐 깨 떼 뭐")
"""One-syllable verb stems (and 뭐, 뭐고) before 면, 러, or the spoken 구 and 문 (패구, 빚구,
뭐구: round 21)."""


def _stems_before(token: str, ending: str) -> list[str]:
    """What the token's stem may be once ``ending`` is removed (건넘 -> 건너, 켜져 -> 켜지)."""
    if ending == "ㅁ":
        last = token[-1]
        if not "가" <= last <= "힣":
            return []  # a Latin, Hanzi or jamo word (a name in Latin letters before a kind)
        initial, vowel, final = hangul.decompose(last)
        if final != "ㅁ":
            return []
        return [token[:-1] + hangul.compose(initial, vowel, "-")]
    stem = token[: -len(ending)]
    if not stem:
        return []
    out = [stem]
    if stem[-1] in _CONTRACTED:
        out.append(stem[:-1] + _CONTRACTED[stem[-1]])
    last = stem[-1]
    if "가" <= last <= "힣":
        initial, vowel, final = hangul.decompose(last)
        if final == "ㅆ":  # 갔다고 -> 가, 건넜다 -> 건너
            out.append(stem[:-1] + hangul.compose(initial, vowel, "-"))
    return out


def spelled_ordinary(word: str, res: Resources) -> bool:
    """A word the lists know in its South Korean spelling (녀자, 려관, 로동자, 뻐스)."""
    return any(w in res.lex_ko for w in spoken_ko.southern_spellings(word))


_VERB_CACHE: dict[str, bool] = {}
_VERB_OWNER: list[Resources] = []


def verb_like(token: str, res: Resources) -> bool:
    """A verb or adjective form the word list holds the stem of (닿자마자: 닿; 건넘: 건너;
    빠져나와서: 빠져나오): no name takes these endings.  Cached per word (bounded)."""
    if not _VERB_OWNER or _VERB_OWNER[0] is not res or len(_VERB_CACHE) > 50_000:
        _VERB_OWNER[:] = [res]
        _VERB_CACHE.clear()
    known = _VERB_CACHE.get(token)
    if known is None:
        known = _VERB_CACHE[token] = _verb_like(token, res)
    return known


_NEVER_NOUN_ENDINGS = tuple(
    word_set(
        "구나 군요 는커녕 렇게 게나 었고 았고 었던 았던 겠다 겠어 겠지 "
        "라고만 으라고 으라는 으라 어낸 아낸 어진 아진 었나 았나 는지 던지 하던 했던 "
        "다길래 냐길래 자길래 하였다 하였고 하였으며 보니까 으니까 길래 없소 으러 "
        "으문 하문 하구 주오 까봐"  # round 21: 먹으문, 일하문, 말하구, 먹여주오, 깰까봐
        " 으믄 하믄 슴둥 다나 다곤 다고들 다구들"  # round 22: 앉으믄, 있잖슴둥, 좋다나, 크다곤
        " 듣구 놓구 갖구 거구 라군"  # round 24: 사다놓구, 시킬거구, 말이라군 (였구 is a copula too)
    )
)
"""Endings no name or noun of three syllables or more takes (죽었구나, 아무렇게나,
즐겁기는커녕, 가만있으라고, 지어낸), whatever the word list holds of its stem."""
_NEVER_NOUN_WORDS = word_set(
    "있나 없나 했나 갔나 왔나 안다구 한다구 간다구 해서 해도 해야 했어 했고 했는데 없소 되오 "
    "하재이요 했재이요 있재이요 없재이요 하재요 하문 하믄 그러문 그라문 "
    "하구 주구 보구 하문서 하구요 주구요 "
    "없디 있디 하디 같디"  # round 22: the northern 디 (지): 없디, 같디
)
_AFTER_PAST = ("시오", "시요", "슴다", "습데", "다는", "다던", "대요", "대", "구", "디")
"""The northern polite endings after a past stem (넘었시오, 왔시요, 했슴다): round 14c; and
(round 17) the quoted adnominal and hearsay after one (왔다는 아주머니, 팔렸다던 언니,
바뀌었대요); round 21: the spoken 구 for 고 (돌아가셨구, 했구); round 22: the northern 디
(살았디, 넘었디)."""


def _past_ending(token: str) -> bool:
    """넘었시오, 갔시요, 왔다는: a syllable closed by ㅆ, then a northern polite ending or the
    quoted adnominal."""
    ending = next((e for e in _AFTER_PAST if token.endswith(e)), "")
    past = len(token) - len(ending) - 1  # the syllable before the ending
    if not ending or past < 0 or len(token) < 2:
        return False
    if token[past] == "였" or (past and token[past - 1 : past + 1] == "이었"):
        return False  # 바위였슴다, 최동혁이었시오: the copula after a noun or a name
    return hangul.decompose(token[past])[2] == "ㅆ"


def _formal_ha(token: str) -> bool:
    """재탈북하여, 이송하여: a verbal noun and the written connective 하여 (round 14c)."""
    return len(token) >= 4 and token.endswith("하여")


def _verb_like(token: str, res: Resources) -> bool:
    if _standard_verb_like(token, res) or spoken_ko.spoken_verb(token):
        return True
    return any(_standard_verb_like(w, res) for w in spoken_ko.standard_spellings(token))


_NO_COPULA_ENDINGS = ("다가", "자마자")
"""Endings the copula never takes after a name (보라니까 is "because it is Bora")."""


def _dictionary_verb(stem: str, ending: str) -> bool:
    """A stem of the dictionary's verb list (끊기) that is no given name's shape, or a
    one-syllable noun and 하 (일하, 말하), before 다가 or 자마자; the frequency lexicon lacks
    most stems (round 19: 일하다가 사장이, 끊기니까 공장이)."""
    if ending in _NO_COPULA_ENDINGS:
        return dictionary_ko.stem(stem) or (len(stem) == 2 and stem[1] == "하")
    return dictionary_ko.stem(stem) and not dictionary_ko.given_syllables_only(stem)


def _spoken_ha(stem: str, res: Resources) -> bool:
    """일하, 말하: a one-syllable noun made a verb, before the spoken 구 or 문."""
    return len(stem) == 2 and stem[1] == "하" and stem[0] in res.lex_ko_common


def _closed_verb(stem: str) -> bool:
    """깎, 잡, 읽: a one-syllable verb stem closed by a consonant that the dictionary lists and
    no given name or district holds (남구, 동구, 서구 stay districts), before the spoken 구
    and 문 (과일 깎구, 먹으문: round 22)."""
    closed = len(stem) == 1 and hangul.decompose(stem)[2] != "-"
    return closed and _dictionary_verb(stem, "구")


def never_a_noun(token: str) -> bool:
    """A word whose ending no noun or name takes, whatever its stem (아무렇게나, 왔다는,
    가보니까): the part of ``verb_like`` that needs no word list, so the learned flagger can
    ask it too (round 17)."""
    if token in _NEVER_NOUN_WORDS or _past_ending(token) or _formal_ha(token):
        return True
    if len(token) >= 3 and token.endswith(_NEVER_NOUN_ENDINGS):
        ending = next(e for e in _NEVER_NOUN_ENDINGS if token.endswith(e))
        return not (ending[0] == "었" and token[: -len(ending)].endswith("이"))
    return False  # (이었고, 이었던 are a copula after a noun)


_SPOKEN_ENDINGS = ("더라고", "더라구", "더라", "대요", "아요", "대", "아")
"""Spoken endings a dictionary verb stem takes (이름이 똑같대, 똑같아, 같더라): hearsay 대,
the plain 아, the recalled 더라 (round 35).  Only after a stem of the dictionary's verb list
that is no given name's shape (``_dictionary_verb``), and never a one-syllable open stem
before 아 or 대: 사랑아 and 보아 stay names."""


def _spoken_form(token: str) -> bool:
    ending = next((e for e in _SPOKEN_ENDINGS if token.endswith(e)), "")
    stem = token[: -len(ending)]
    if not ending or not stem:
        return False
    if len(ending) == 1 and len(stem) == 1 and hangul.decompose(stem)[2] == "-":
        return False  # 보아, 지아: an open syllable and 아 or 대 is a given name's shape
    return _dictionary_verb(stem, ending)


def _standard_verb_like(token: str, res: Resources) -> bool:
    if never_a_noun(token) or _spoken_form(token):
        return True
    if token.endswith("하는") and len(token) >= 4 and token[:-2] in res.lex_ko:
        return True  # 노래하는: a noun made a verb (은하는 is a name and its particle)
    for ending in _VERB_ENDINGS:
        if ending != "ㅁ" and not token.endswith(ending):
            continue
        if ending == "ㅁ" and token in res.lex_ko:
            continue  # 보람, 마음: a listed noun, not 보라 + ㅁ
        for stem in _stems_before(token, ending):
            short = stem in _SHORT_VERBS or _closed_verb(stem)
            if ending.startswith("구") and not short and not _spoken_ha(stem, res):
                continue  # 강남구, 금주구: a word and a district's 구, no spoken 고
            if stem in res.lex_ko and (len(stem) >= 2 or len(ending) >= 2 or ending in "어여"):
                return True
            if len(stem) >= 3 and stem[-1] in "하되" and stem[:-1] in res.lex_ko_common:
                return True  # 생각하면, 공부하고: a noun made a verb
            if short and ending in ("면", "러", "려고", "려면", "구", "문"):
                return True  # 오면, 보러: a one-syllable verb (no name ends so); 주구, 하문
            if ending in ("구", "문") and _spoken_ha(stem, res):
                return True  # 일하문, 말하구: a noun made a verb, spoken (round 21)
            if len(ending) >= 2 and _dictionary_verb(stem, ending):
                return True  # 끊기니까, 일하다가 (round 19)
    return False


_HADA_FORMS = frozenset(("하지", "하고", "하구", "해서", "하니", "하면", "하믄"))
"""하다 in a bare ending (하지, 하구): the dictionary's conjugation leaves the light verb out."""


def verb_alone(word: str, res: Resources) -> bool:
    """A word standing alone that is a verb's form (못 하지, 딱 서고, 가루를 내서): no place a
    gazetteer spells so (하지, 서고, 내서) without a particle or a suffix (round 26)."""
    return word in _HADA_FORMS or dictionary_ko.conjugated_word(word, res)


_NEGATED_AFTER = lazy_pattern(r"\s?(?:안|못)(?:\s|나|되|돼|했|해|하)")


def negated_after(folded: str, end: int) -> bool:
    """A negation follows the word ending at ``end`` (기억 안 나요, 생각 안나, 확인 못
    했어요): the word is the noun of a negated predicate, what the speaker cannot do about a
    name, never the name itself (round 29: 이름은 기억 안나요 gave 기억 as a person)."""
    return _NEGATED_AFTER().match(folded, end) is not None
