"""Ordinary Korean the catch-all and the cue rules must leave alone (issue 11, round 7).

Blind sets D and E lost most of their kept text to four kinds of ordinary word that the
frequency lexicon does not hold: kinship and household words (작은애, 시숙, 큰시누, 사촌동생),
identity papers (공민증, 호구, 무호구), workers named by their trade or the unit they work
in (채탄공, 검표원, 뱃사공, 압연직장, 가내작업반), and spoken verb endings (되구, 있대,
막힘메, 죽었지비, 끓여주더란).  None of them is a name, a place or a business, whoever writes
the sentence, so they are told apart here by complete word data (``data/ordinary_ko.tsv``,
the standard kinship terms of the National Institute of Korean Language and the identity
papers of the statutes, sources in the file) and by Korean word formation (a prefix of
birth order or side of the family before a kinship term, a trade suffix after a word, a
verb ending after a verb stem), never by a list of the words a passage used.

A name stays a name: the trade suffixes leave a word of a name's shape alone (a surname and
two given-name syllables), the spoken endings need a verb stem the word list holds or a
past-tense syllable before them, and a kinship term is never a given name of the list.
"""

from __future__ import annotations

from functools import lru_cache

from fieldkit.redaction import data, hangul, korean
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = [
    "after_determiner",
    "after_role",
    "closed",
    "kinship",
    "not_place",
    "ordinary_word",
    "position",
    "retrospective",
    "spoken_ending",
]

_KIN_PREFIX = (
    "큰",
    "작은",
    "막내",
    "맏",
    "둘째",
    "셋째",
    "넷째",
    "사촌",
    "외사촌",
    "고종",
    "이종",
    "외",
    "친",
    "시",
    "처",
    "새",
    "의붓",
    "수양",
    "친정",
    "손위",
    "손아래",
)
"""What the standard guide puts before a kinship term: birth order or size (큰, 작은, 막내,
맏, 둘째), the side of the family (외, 친, 시, 처, 친정), the degree (사촌, 이종, 고종), a
step or foster relation (새, 의붓, 수양), seniority (손위, 손아래)."""

_PAPER_TAIL = ("번호", "부", "책", "조사", "등록", "사진")
"""What follows a paper's name in one word (공민증번호, 호구부, 호구조사)."""


@lru_cache(maxsize=1)
def _rows() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for kind, words in data.rows("ordinary_ko.tsv"):
        out[kind] = tuple(w for w in words.split("|") if w)
    return out


@lru_cache(maxsize=1)
def kinship() -> frozenset[str]:
    """The listed kinship terms alone (오마니, 시누이): people, where papers and units are
    things (round 26, ``things_named_ko``)."""
    return frozenset(_rows().get("kinship", ()))


@lru_cache(maxsize=1)
def closed() -> frozenset[str]:
    """Every listed kinship term, paper and unit word, and the kinship compounds the guide
    describes (큰시누, 작은오빠, 사촌동생): words no cue makes a name."""
    rows = _rows()
    kin = frozenset(rows.get("kinship", ()))
    made = {p + k for p in _KIN_PREFIX for k in kin if len(p) + len(k) >= 3}
    papers = {p + t for p in rows.get("document", ()) for t in _PAPER_TAIL}
    return (
        kin
        | frozenset(made)
        | frozenset(rows.get("document", ()))
        | frozenset(papers)
        | frozenset(rows.get("unit", ()))
    )


@lru_cache(maxsize=1)
def _trades() -> tuple[tuple[str, int], ...]:
    out = []
    for item in _rows().get("trade", ()):
        suffix, _, shortest = item.partition(":")
        out.append((suffix, int(shortest)))
    return tuple(sorted(out, key=lambda t: -len(t[0])))


def _bare(stem: str) -> str:
    """The word without a plural 들 or a household 네 (시숙네, 계호원들, 권사님들)."""
    for tail in ("님들", "들", "네"):
        if len(stem) > len(tail) + 1 and stem.endswith(tail):
            return stem[: -len(tail)]
    return stem


def _trade(word: str, res: Resources) -> bool:
    """A worker named by a trade suffix (채탄공, 검표원, 뱃사공, 요양보호사): long enough for
    the suffix, and not a name's shape (김지원 stays a name: 김 and 지, 원 of names)."""
    for suffix, shortest in _trades():
        if len(word) < shortest or not word.endswith(suffix):
            continue
        if len(word) == 3 and (korean.name_shaped(word) or word[1:] in res.given_ko):
            return False
        if suffix == "원" and word.endswith(_rows().get("institution", ())):
            return False  # 서울가정법원: an institution, left to the organisation rules
        return not (len(word) == 3 and suffix in "원수" and word[0] in res.sur_ko_hangul)
    return False  # (이수원 above: a surname and a given name ending 원)


def _unit(word: str) -> bool:
    """A workplace, ward or room of something (압연직장, 가내작업반, 가사조정실): a word of
    two syllables or more before a unit noun."""
    return any(word.endswith(u) and len(word) > len(u) for u in _rows().get("unit", ()))


def ordinary_word(stem: str, res: Resources, words: frozenset[str]) -> bool:
    """A kinship term, a paper, a trade or a unit, in the list or made by word formation;
    with its plural or household ending (시숙네, 계호원들) or its affectionate 이 split off
    as a particle (할머이가: 할머 + 이가).  ``words`` are the cue lists' closed words, which
    hold ``closed()``."""
    if stem in res.given_ko:
        return False
    bare, own = _bare(stem), closed()
    if any(w in words or w in own for w in (stem, bare, stem + "이")):
        return True
    if len(bare) >= 3 and bare.startswith("무") and bare[1:] in words:
        return True  # 무호구, 무국적: without the paper
    return _trade(bare, res) or _unit(bare) or _distance(stem)


def _distance(word: str) -> bool:
    """A distance in li told in Sino-Korean numbers (사십리, 백리): 십, 백 or 천 in it, so
    that a village of two syllables (삼리, 오리) is not one."""
    return (
        len(word) >= 3
        and word.endswith("리")
        and set(word[:-1]) <= set("일이삼사오육칠팔구십백천")
        and any(c in word for c in "십백천")
    )


_SHORT_STEMS = frozenset(
    str.split("되 하 읽 넘 떼 먹 놓 받 찾 잡 씻 맞 입 걷 듣 묻 살 알 팔 벌 웃 울 좋 싫 많 낳")
)
"""One-syllable verb stems that end no given name in the name-syllable list, so that a
two-syllable 되구, 넘구 is a verb while 영구, 민구, 철구 stay names."""


_AUXILIARY = frozenset("싶같")
"""싶다, 같다 after a verb (먹고 싶더라, 그런 것 같더라): the syllable before 더."""


def _past(syllable: str) -> bool:
    """A syllable with ㅆ or ㅄ under it (갔, 였, 있, 없): a tense or a verb, never a name's."""
    return "가" <= syllable <= "힣" and hangul.decompose(syllable)[2] in ("ㅆ", "ㅄ")


def _verb_stem(stem: str, res: Resources) -> bool:
    if not stem:
        return False
    if _past(stem[-1]):
        return True
    if len(stem) == 1:
        return stem in _SHORT_STEMS and stem not in korean.given_syllables()
    listed = stem in res.lex_ko and not korean.name_shaped(stem) and stem not in res.given_ko
    return listed or (stem[-1] in "하되주" and stem[:-1] in res.lex_ko)


def spoken_ending(token: str, res: Resources) -> bool:
    """A verb in a spoken or northern ending the word list cannot cut: the connective 구
    for 고 (되구, 때리구, 갔구; 학년이구 a noun and the copula), reported speech 대/래
    (있대, 연락하래), a question 나 after a past syllable (사월이였나), the northern
    -ㅁ메 and 지비 (막힘메, 죽었지비), -더란, -니까나, -잖, -는중, -ㄴ척."""
    if len(token) < 2:
        return False
    last, before = token[-1], token[:-1]
    if len(token) >= 3 and token.endswith(_SPOKEN_TAILS):
        return True
    if last == "구" or last in "대래" or last == "나":
        if before.endswith("이") and len(before) >= 3 and before[:-1] in res.lex_ko_common:
            return last != "대"  # 학년이구, 사월이나: a noun and the copula (이대: a school)
        if before.endswith(("였", "었")) and len(before) >= 3:
            return korean.counted_or_bound(before[:-2], res) or before[:-2] in res.lex_ko
        if last == "나" and len(token) == 2:
            return token[0] in ("되", "했", "있", "없", "갔", "왔")
        if last == "래" and not before.endswith("하"):
            return _past(before[-1])
        stem = before[:-1]
        if before.endswith("시") and stem and (stem in _SHORT_STEMS or _verb_stem(stem, res)):
            return True  # 하시구, 가시구: the honorific 시 before the ending
        return _verb_stem(before, res)
    if last == "메" and "가" <= before[-1] <= "힣":
        return len(token) >= 3 and hangul.decompose(before[-1])[2] == "ㅁ"
    return _question_or_note(token, last, before, res)


def _question_or_note(token: str, last: str, before: str, res: Resources) -> bool:
    """A verb's question or a note's nominal end (round 39): 맞죠, 그렇죠, 했죠 (죠 on a
    verb; 순희죠 keeps its name), the northern 했슴까 and 말임까 (a common noun and the
    copula), a note's 말함, 확인함, 송환됨 (a common noun and 하다, 되다) and 낳음, 받음
    (음 on a one-syllable verb stem no given name ends in)."""
    if last == "죠":
        return _verb_stem(before, res) or before.endswith("렇")
    if token.endswith("슴까") and len(token) >= 3:
        return True
    if token.endswith("임까") and before[:-1] in res.lex_ko_common:
        return True
    if last in "함됨" and before in res.lex_ko_common:
        return True
    return last == "음" and len(before) == 1 and _verb_stem(before, res)


def position(word: str) -> bool:
    """A word for where in a town (시내, 읍내, 외곽, 근처): before a business noun it says
    where the business is, never its name (the town before it is the place)."""
    return word in _rows().get("position", ())


def not_place(stem: str, suffix: str, res: Resources) -> bool:
    """A word ending in a place suffix that no place is: a verb in a spoken ending (학년이구,
    물어보냐면, 잡히면), a bound noun of seats and amounts (옆자리, 백원짜리), a distance in
    li (사십리), two listed words joined (고향친구: 고향 + 친구)."""
    word = stem + suffix
    if spoken_ending(word, res) or (word.endswith(_VERB_MYEON) and len(word) >= 3):
        return True
    if suffix == "진" and len(stem) >= 2 and _open_eo(stem[-1]):
        return True  # 넘겨진, 버려진: a passive verb's adnominal, not a town in 진
    if suffix == "리" and stem.endswith(("자", "짜")) and len(stem) >= 2:
        return True  # 자리 (a seat), 짜리 (worth): bound nouns
    if suffix == "리" and len(stem) >= 2 and word.endswith(RI_HEADS):
        return True  # 파뿌리, 밭머리, 작은며느리: a compound on a noun in 리 (round 29)
    if suffix == "면" and stem[-1] == "이" and korean.counted_or_bound(stem[:-1], res):
        return True  # 이십원이면: "if it is twenty yuan" (round 29)
    if _distance(word):
        return True  # 사십리: forty li (삼리 is a village)
    head, tail = word[:-2], word[-2:]
    common = res.lex_ko_common
    return len(head) >= 2 and head in common and tail in common and tail not in _PLACE_WORDS


_VERB_MYEON = ("냐면", "히면", "기면", "어보면", "아보면", "으면", "거리면", "철이면")
"""Conditional endings of verbs (물어보냐면, 잡히면, 물어보면, 먹으면): no township in 면;
round 29: a verb in 거리다 (낄낄거리면) and "when it is the season" (모내기철이면)."""

RI_HEADS = ("뿌리", "머리", "며느리", "꼬리", "허리", "소리", "우리")
"""Native nouns ending in 리 (a root, a head or an edge, a daughter-in-law, a tail, a waist,
a sound, a pen) that head compounds of things and people (잔뿌리, 밭머리, 맏며느리,
돼지우리), never a village's name in 리 (round 29)."""


def _open_eo(syllable: str) -> bool:
    """A syllable of ㅓ, ㅕ, ㅏ or ㅐ with no final (겨, 려, 어): a verb's 어 form before 진."""
    if not "가" <= syllable <= "힣":
        return False
    _, vowel, final = hangul.decompose(syllable)
    return vowel in ("ㅓ", "ㅕ", "ㅏ", "ㅐ") and final in ("", "-")


_PLACE_WORDS = frozenset(str.split("지구 특구 시내 시구 지리 마을 구역 분구 소구 신구 신리 신촌"))
"""Two-syllable words ending in a place suffix that end place names too (개발지구)."""

_SPOKEN_TAILS = ("지비", "더란", "니까나", "잖", "잖아", "는중", "인척", "는척")
"""Endings no noun takes: the northern 지비 (죽었지비), 더란 (해주더란), 니까나 (댔으니까나),
잖 of 잖아 (갔잖아), a verb before 중 and 척 (키우는중, 벙어리인척)."""


_CONTRACTED_POLITE = frozenset("줘해봐돼와워셔져겨려")
"""Contracted verb syllables before the polite 요 (바꿔줘요, 가봐요, 안돼요)."""


def after_role(token: str, stem: str, res: Resources) -> bool:
    """What follows a role or kinship noun and is no name, by grammar: a postposition made
    of a verb (브로커 통해서, 언니 따라, 남편 대신), a verb's connective 어서 (불러서, 건너서), a
    plain or polite sentence end (한다, 아니다, 바꿔줘요), an adjectival noun in 적 (우호적),
    a noun of time in 후, 전 (사망후, 결혼전)."""
    if token in _rows().get("postposition", ()) or stem in _rows().get("postposition", ()):
        return True
    if spoken_ending(token, res):
        return True
    if len(token) >= 3 and token.endswith("서") and not korean.final_consonant(token[-2]):
        vowel = hangul.decompose(token[-2])[1] if "가" <= token[-2] <= "힣" else ""
        if vowel in ("ㅓ", "ㅏ", "ㅕ", "ㅐ") and token[-2] not in korean.given_syllables():
            return True  # 불러서, 건너서 (민서, 윤서: 서 after a consonant or a name's syllable)
    if token.endswith("요") and len(token) >= 3 and token[-2] in _CONTRACTED_POLITE:
        return True
    if token.endswith("다") and len(token) >= 2 and _declarative(token[:-1], res):
        return True
    if len(stem) >= 3 and stem.endswith("적") and stem[:-1] in res.lex_ko:
        return True
    return len(stem) >= 3 and stem[-1] in "후전" and stem[:-1] in res.lex_ko


def _declarative(before: str, res: Resources) -> bool:
    """한다, 간다, 먹는다, 아니다: ㄴ or 는 on a verb stem before 다, or 아니."""
    if before.endswith("아니") or (before.endswith("는") and len(before) >= 2):
        return True
    last = before[-1]
    if not "가" <= last <= "힣" or hangul.decompose(last)[2] != "ㄴ":
        return False
    initial, vowel, _ = hangul.decompose(last)
    base = before[:-1] + hangul.compose(initial, vowel, "-")
    return base in _SHORT_STEMS or (base in res.lex_ko and len(base) >= 2)


def retrospective(stem: str, res: Resources) -> bool:
    """있더, 알더, 하더 before 라고: the retrospective 더 of 있더라고 ("it was there, I saw"),
    a verb, not a name before the naming cue 라고; round 25: said 드 in the north and
    Yanbian (웃드라구요)."""
    if len(stem) < 2 or not stem.endswith(("더", "드")):
        return False
    before = stem[:-1]
    listed = len(before) >= 2 and before in res.lex_ko
    if before[-1] == "다" or before in ("거", "게", "것", "건"):
        return True  # 때렸다더라고요 (hearsay), 넘긴 거더라고요 (a bound noun): round 19
    if before[-1] in _AUXILIARY:
        return True  # 먹구싶더라구, 좋은 것 같더라고: an auxiliary adjective (round 25)
    if before in _SAYING or (len(before) >= 2 and before[-1] == "시"):
        return True  # 그러더라고요, 그러시더라구요: "so she said", honoured (round 38)
    return _past(before[-1]) or before in _SHORT_STEMS or listed


_SAYING = frozenset(("그러", "이러", "저러", "그랬", "카"))
"""The verbs of saying so (그러다, 이러다; the northern 카다) before the retrospective 더."""


_DETERMINER_BEFORE = lazy_pattern(r"(?<![가-힣])(?:같은|다른|이런|그런|저런|어떤|무슨)\s$")


_COUNTRY_BEFORE = lazy_pattern(r"(?<![가-힣])(?:한국|중국|조선|북한|남한|일본|미국)\s$")


def after_determiner(folded: str, start: int, *, countries: bool = False) -> bool:
    """같은 기수 언니, 다른 반 오빠: the word at ``start`` follows a determiner, so it is the
    common noun it modifies, not a name; with ``countries`` a country too, which says what
    kind (한국 라면이라고 하니까: a naming cue's word): round 27."""
    if _DETERMINER_BEFORE().search(folded, max(0, start - 4), start) is not None:
        return True
    return countries and _COUNTRY_BEFORE().search(folded, max(0, start - 3), start) is not None
