"""Words before a spaced kind noun that cannot be its name (issue 11, round 13, lane KO-ORG).

``orgs.py`` reads the word before a spaced business noun (해바라기 노래방, 금강 식당) as the
business's name unless it is ordinary.  Many ordinary words are also possible names
(해바라기, 진달래), so the lexicon alone cannot decide; but four grammatical classes are never
the name of the place that follows them, because they belong to the clause, not the noun:

- time and frequency adverbs and durations (이 년 동안 식당 일, 매주 교회에, 올해 학교
  들어가요): they modify the verb, a closed class of Korean;
- a counter glued to a number (97년에는 학교도, 3명이 식당에): the digit before the word
  says it is a quantity or a date;
- a word ending in the contracted locative topic 엔 or in 에는/에선 (첨엔 식당 서빙인줄,
  서울엔 교회가): a particle ends the word, so a new phrase starts at the noun;
- the plural of a people noun (애들 학교, 사람들 교회): the people who go there.

The check runs only for a spaced stem already matched by ``orgs.py``'s compiled pattern,
so it costs nothing on texts with no kind noun.
"""

from __future__ import annotations

import re

from fieldkit.redaction import dictionary_ko, known_ko, korean
from fieldkit.redaction.anchored import finditer_from
from fieldkit.redaction.cuewords import closed_words
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.inflected_ko import verb_spelled
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.org_nouns import kind_noun_length, korean_nouns
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.textview import view

__all__ = [
    "clause_word_before_kind",
    "find_apposed_orgs",
    "find_greeting_orgs",
    "find_hanzi_named_kinds",
    "kind_compound",
    "no_name_before_kind",
]

_TIME_ADVERBS = frozenset(
    str.split(
        "동안 사이 매일 매주 매달 매월 매년 매번 날마다 주마다 달마다 해마다 올해 작년 "
        "재작년 내년 금년 이번 지난번 다음번 요즘 요새 최근 처음 첨 첨엔 처음엔 처음에 "
        "나중 나중엔 나중에 그때 이때 그날 이날 당시 한때 예전 옛날 오늘 어제 내일 "
        "아침 저녁 낮 밤 새벽 주말 평일 방학 휴일 내내 늘 항상 자주 가끔 때때로 "
        "계속 이미 벌써 아직 다시 또 먼저 결국 드디어 원래 본래 주로 거의"
    )
)
"""Adverbs and adverbial nouns of time and frequency (written from Korean grammar): they
modify the verb of the clause, never name the place after them."""

_PEOPLE = frozenset(
    str.split("애 얘 아이 사람 여자 남자 친구 동무 언니 오빠 형 누나 동생 우리 저희 너희 학생 손님")
)
"""People nouns whose plural (애들, 사람들) says who goes to the place, not what it is called."""

_TOPIC_ENDINGS = ("에서는", "에는", "에선", "엔")


def clause_word_before_kind(folded: str, start: int, stem: str) -> bool:
    """Whether ``stem`` (at ``start``, spaced before a kind noun) belongs to the clause:
    a time adverb, a counter after a digit, a word closed by 엔/에는, or a people plural."""
    if stem in _TIME_ADVERBS:
        return True
    if start > 0 and folded[start - 1].isdigit():
        return True  # 97년에는, 3명이: a number's counter
    if len(stem) >= 2 and stem.endswith(_TOPIC_ENDINGS):
        return True  # 첨엔, 서울에는: a particle closes the word
    if _connective(stem) or dictionary_ko.adverb(stem):
        return True  # 잘해서 노래방, 가믄 종이공장: a clause ends; 잠깐 공장에: an adverb (r27)
    if verb_spelled(stem):
        return True  # 맛있는 식당, 없는 가게: a syllable only a verb closes so (round 29)
    return stem.endswith("들") and stem[:-1] in _PEOPLE


_CONNECTIVES = tuple(
    str.split(
        "니까 니깐 는데 는데두 는데도 은데 었는데 았는데 였는데 해서 이라서 이라 지만 더니 "
        "다가 길래 거든 는지 으면 으믄 다니까 다구 다고"
        " 아서 어서 와서 워서 여서 져서 쳐서 으나 면서 고서 자마자"  # round 29
    )
)
"""Connective endings that close a clause before the next one (from Korean grammar,
northern 두 and 구 beside 도 and 고): no name ends so.  Round 29: the -아서/-어서 of
sequence after any vowel stem (도망나와서 식당에, 숨어서 공장에), the concessive 으나
(쫓아갔으나 공장에는), 면서, 고서 and 자마자; lane K found 쫓아갔으나 a certain
organisation before 공장."""


def _connective(stem: str) -> bool:
    """A clause's connective ending (아프다니까, 조선족이었는데), or a one-syllable verb
    stem and the spoken 구, 믄, 고 or 면 (하구, 가믄)."""
    if len(stem) >= 3 and stem.endswith(_CONNECTIVES):
        return True
    return len(stem) == 2 and stem[1] in "구믄고면" and dictionary_ko.stem(stem[0])


_NATIONS = tuple(str.split("한국 조선 중국 북한 남한 한족 조선족 일본 러시아 몽골 태국 베트남"))
_NATION_AT = re.compile("|".join(_NATIONS))
"""Where ``_APPOSED`` can match (it opens with a look-behind, which ``re`` tried at every
position; the names alone are found at C speed: round 17, speed)."""
_APPOSED = re.compile(
    rf"(?<![가-힣])(?:{'|'.join(_NATIONS)})"
    r"(?:식당|음식점|반점|노래방|술집|가게|마트|슈퍼|교회|회사|공장|호텔|여관|다방|카페)"
    r" ([가-힣]{2,6}?)(에서는|에서도|에서|에도|에|서|으로|로|이라는|라는|이란|란)?(?![가-힣])"
    r"( (?:주방|홀|카운터|사장|주인|종업원|직원|건물|지점|본점))?"
)
"""A nation's or people's kind of venue (한국식당, 조선족교회, 중국회사) then a spaced word in
a place's slot: with a locative or naming particle (무지개에서, 무지개라는) or before a part
or person of the venue (무지개 주방, 무지개 사장)."""

_VENUE_WORDS = frozenset(
    str.split(
        "주방 부엌 홀 카운터 방 룸 창고 숙소 기숙사 앞 옆 뒤 안 밖 근처 건너편 맞은편 "
        "사장 사장님 주인 주인집 직원 종업원 손님 사람 사람들 여자 여자들 일 일자리 "
        "같은 거기 여기 저기 그곳 하나 몇 "
        "목사 목사님 전도사 전도사님 집사 집사님 장로 신자 교인 신도"
    )
)
"""A venue's parts and people, and words a clause puts after it: never its name."""


_CONNECTIVE = frozenset("면고해아어와워려니며가져러")
"""Last syllables before a connective -서 (하면서, 가서, 와서, 해서): a verb, not a name."""


def find_apposed_orgs(folded: str, res: Resources) -> list[Hit]:
    """<nation><kind> <Name>: the name after its description, in a place's slot (round 13).

    The description says only what kind of place it is; the word after it is the place's
    name when it stands where a place stands (a locative or naming particle, or before the
    venue's kitchen or owner) and is no part or person of the venue and no verb form
    (한국식당 주방에서, 중국식당 일하면서, 한국식당 알바를 are left).  A lexicon word may be
    the name (무지개, 아리랑), so the hit is uncertain (listed for review).  Gate: the
    compiled pattern needs a kind noun glued to a nation's name, so most texts skip; it is
    tried only where a nation's name occurs (round 17, speed: it opens with a look-behind,
    which ``re`` tried at every position of a long document).
    """
    out: list[Hit] = []
    starts = (nation.start() for nation in _NATION_AT.finditer(folded))
    for match in finditer_from(_APPOSED, folded, starts):
        if match.group(2) is None and match.group(3) is None:
            continue  # no place slot: 한국식당 알바를 했어요
        word = match.group(1)
        if match.group(2) == "서" and word[-1] in _CONNECTIVE:
            continue  # 일하면서, 들어가서: a verb's connective -서, not the locative
        if word in _VENUE_WORDS or word in closed_words("ko"):
            continue
        if word in res.given_ko or word in res.gaz_hangul:
            continue  # 영희: a person; a town is the place rules' to label
        if korean.verb_like(word + (match.group(2) or ""), res) or known_ko.verb_form(word, res):
            continue
        out.append(
            Hit(
                start=match.start(1),
                end=match.end(1),
                label="ORG",
                detector="context",
                rule="apposed_org_ko",
                uncertain=True,
            )
        )
    return out


_HANZI_KIND = lazy_pattern(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,4}) ?([가-힣]{2,9})")
"""A Hanzi run (2-4) then, spaced or glued, a Hangul word: 华丰 복장공장, 金星식당에서."""


def find_hanzi_named_kinds(folded: str, res: Resources) -> list[Hit]:
    """<Hanzi name> <Korean kind noun>: a Chinese business named in its own script before the
    Korean word for what it is (round 13).  A Korean speaker keeps the sign's Hanzi and adds
    the kind in Korean (华丰 복장공장, 金星 식당에서); the Hanzi is the business's name, an
    ORG (and ``propagate`` then finds its Korean reading, 화풍이라).  Never a listed town
    (延吉 식당: the place rules' own) or a kept word (中国 식당: a kind of restaurant); a
    Chinese word (天宫 발마사지) is uncertain (round 14: it was dropped).
    Gate: the caller runs this only on texts with both Hanzi and Hangul.
    """
    out: list[Hit] = []
    kinds = korean_nouns()
    starts = (start for start, _ in view(folded).hanzi_runs)  # round 17, speed
    for match in finditer_from(_HANZI_KIND(), folded, starts):
        name, word = match.group(1), match.group(2)
        bare = korean.split_particle(word)[0]
        if not any(bare.endswith(kind) for kind in kinds if len(kind) >= 2):
            continue
        if name in res.keep_native or name in res.gaz_hanzi:
            continue
        out.append(
            Hit.at(  # round 14: a word (天宫) is a sign's name too, flagged for review
                match.span(1),
                label="ORG",
                detector="org",
                rule="hanzi_before_kind_ko",
                uncertain=name in res.lex_zh,
            )
        )
    return out


_KIND_MODIFIERS = {
    "공장": frozenset(
        str.split(
            "봉제 가발 의류 피복 옷 신발 구두 가방 모자 장갑 양말 전자 부품 식품 수산물 "
            "수산물가공 수산 가공 포장 인형 완구 가구 목재 제지 종이 플라스틱 벽돌 시멘트 "
            "통조림 김치 두부 과자 빵 라면 국수 술 맥주 담배 방직 섬유 자동차 철강 화학 "
            "비료 약품 화장품 유리 타일 비닐 고무 기계 반도체 조립 "
            # round 14: farm and food products (고추 공장, 된장공장)
            "고추 고춧가루 된장 간장 고추장 참기름 기름 쌀 콩 옥수수 감자 과일 채소 야채 "
            "고기 생선 오징어 해산물 우유 사탕 음료 떡 소시지 만두 냉면 "
            # round 27: materials, processes and snacks (펄프 공장, 사출 공장, 하청 공장)
            "펄프 가죽 피혁 사출 하청 도금 인쇄 염색 금속 전선 배터리 비누 과자 초코파이 "
            "호두과자 제과 제빵"
        )
    ),
    # round 27: what a farm, an orchard or a shop grows or sells (버섯 농장, 화장품 가게)
    "농장": frozenset(
        str.split(
            "버섯 딸기 인삼 사과 사과배 포도 배추 고추 채소 야채 감자 옥수수 벼 돼지 소 닭 "
            "오리 염소 젖소 양봉 목화 담배 과일"
        )
    ),
    "수원": frozenset(str.split("사과 배 사과배 복숭아 포도 감 귤 과일")),
    "가게": frozenset(
        str.split("화장품 옷 신발 과일 채소 야채 반찬 휴대폰 핸드폰 잡화 식품 그릇 가방")
    ),
    "학교": frozenset(
        str.split("직업 기술 야간 주말 한글 한국어 영어 컴퓨터 미용 요리 간호 운전 대안 특수 신학")
    ),
    "교회": frozenset(str.split("가정 지하 개척 한인 대형 동네 시골")),
}
"""What a factory makes, what a school teaches, what kind of church it is (Korean's own
compounds: 봉제공장 "sewing factory", 직업학교 "vocational school", 가정교회 "house
church"): the word glued before the kind says which kind, never which one."""


def kind_compound(stem: str, noun: str) -> bool:
    """Whether ``stem`` glued to ``noun`` is a kind of place (봉제공장, 직업학교), no name.
    Round 27: a company is of the kinds a factory is (의류 회사), and two products joined
    say a kind too (자동차부품 회사, 수산물포장 공장)."""
    kinds = _KIND_MODIFIERS.get("공장" if noun == "회사" else noun[-2:], frozenset())
    if stem in kinds:
        return True
    return len(stem) >= 3 and any(
        stem[:cut] in kinds and stem[cut:] in kinds for cut in range(1, len(stem))
    )


def no_name_before_kind(folded: str, match: re.Match[str], stem: str, gap: str, noun: str) -> bool:
    """For ``orgs.py``: a clause word before a spaced kind (동안 식당) or a kind compound
    glued (봉제공장): the word before the kind noun names no place."""
    if gap:  # round 14: a product spaced before its factory (고추 공장) is the kind too
        return clause_word_before_kind(folded, match.start(1), stem) or kind_compound(stem, noun)
    return kind_compound(stem, noun)


_GREETING = lazy_pattern(
    r"전화(?:를|가|이)?\s?(?:받|오|올|와)[^.\n'‘\"“]{0,16}"
    r"['‘\"“]([가-힣]{2,10}?)(?:입니다|이에요|예요|이요)[.!,]?['’\"”]"
)
"""The phone greeting a worker had to say when a call came in: 전화 받으면 'X입니다' (the
business answers; a caller's 전화해서 '순자예요' gives her own name, left to the name rules)."""


def find_greeting_orgs(folded: str, res: Resources) -> list[Hit]:
    """전화 ... 'X입니다': the business a telephone is answered with (round 13).

    A worker quoting how she answered the shop's phone quotes the shop's name; the quoted
    word is the name (uncertain when it is a dictionary word, a role or a closed word is left:
    '사장님입니다', '여기입니다').  Gate: 전화 and a quote mark in the text.
    """
    out: list[Hit] = []
    if "전화" not in folded:
        return out
    for match in _GREETING().finditer(folded):
        word = match.group(1)
        if word in closed_words("ko") or korean.verb_like(word, res) or word in res.given_ko:
            continue
        if word in _VENUE_WORDS or word in res.keep_native or word in res.gaz_hangul:
            continue
        kind = kind_noun_length(word)  # 금룡반점: the name, its kind kept (as orgs.py)
        out.append(
            Hit.at(
                (match.start(1), match.end(1) - kind),
                label="ORG",
                detector="context",
                rule="greeting_org_ko",
                uncertain=word in res.lex_ko or korean.ordinary(word, res),
            )
        )
    return out
