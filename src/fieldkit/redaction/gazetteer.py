"""Gazetteer matching: every listed spelling of a place, and the context a word-like one needs.

Most spellings in ``data/gazetteer.tsv`` are names and nothing else (연길,
Hoeryong, 珲春): found anywhere, they are places for certain.  A spelling
marked as an ordinary word is decided by its context instead, so that the
lexicon never keeps a place silently and never turns every "relief" (안도)
into a county:

========================  =====================  ================  =============
context                   example                ``*`` word        ``**`` frequent
========================  =====================  ================  =============
administrative suffix     안도현, 通化市,          certain           certain
                          Antu County
locative                  안도에서, 안도 근처,      certain           uncertain
                          in Antu, 到通化
anywhere else             안도는, 安图的          uncertain         not a place
not a word of its own     안도했다                 not a place       not a place
========================  =====================  ================  =============

Uncertain spans are redacted and listed for review.  A Hangul spelling counts
only at the start of a word; a marked one only when what follows in the word is
a particle (안도에, 안도는) or an administrative suffix (안도현).  A spelling
shared by places in different provinces carries no province (``resources``).  Latin
spellings are matched in ``gazetteer_latin``, by the same table (``verdict``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from fieldkit.redaction import hangul, hangul_words, korean
from fieldkit.redaction.chinese import opens_word_zh, surname_before
from fieldkit.redaction.cuewords import closed_words
from fieldkit.redaction.gazetteer_parts import SHORT as _SHORT
from fieldkit.redaction.gazetteer_parts import hangul_openings as _openings
from fieldkit.redaction.gazetteer_parts import hanzi_openings
from fieldkit.redaction.gazetteer_parts import island as _island
from fieldkit.redaction.gazetteer_parts import surname_start as _surname_start
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.textview import view
from fieldkit.redaction.verbs_ko import verb_alone

__all__ = ["find_gazetteer_native", "verdict"]

_PARTICLE = (
    "에서부터|에서였어요|에서였는데|에서였고|에서였다|에서요|에서는|에서도|에서의|에선|에서|으로부터|로부터|으로는|로는|으로|로|으루는|루는|으루두|루두|으루|루|에는|에도|에게|에|"
    "까지|부터|은|는|이|가|을|를|의|와|과|도|만|이나|나|이랑|랑|하고|하구|처럼|보다|이라고|라고|"
    "이라는|라는|이다|이고|이었어요|이었는데|이었고|였어요|였는데|였고|이었어|였어|이었시오|였시오|이었|였|엔|"
    "쪽|출신|사람|입니다|"
    "이에요|예요|에요|이요|요|으로요|로요|까지요|이야|인데|이지요|이지|이죠|이래|래|임|이라|"
    "이니까|이니깐|이면|이라서|인가|인지|이더라|더라|서는|서도|서|"
    "이야요|야요|이라구|라구|이래요|이랬고|이랬는데|이랬어요|이구|이지비|이오|이우|"
    "라서|라면|라니까|라|야|이었나|였나|"
    "이잖아요|잖아요|이잖아|잖아"
)
"""Round 21: the spoken and northern endings after a place (남평이야요, 이도구라구,
경흥이랬고).  Round 23: the copula's forms after an open syllable (바로 만포라, 만포야),
as 이라 and 이야 after a closed one.  Round 25: the spoken 하구 for 하고 (연길하구 남양 사이).
Round 40: "you know" (건너가 회령이잖아요, 바로 장백이잖아요)."""
_WORD_END = rf"(?:{_PARTICLE})?(?![가-힣])"
_HANGUL_SUFFIX = re.compile(
    rf"(로동자구|노동자구|작업반|구역|시|현|군|구|진|촌|리|동|역|읍|면){_WORD_END}"
)
_HANZI_SUFFIX = lazy_pattern("[市县縣区區镇鎮乡鄉村旗州]")
_SUFFIX_CHARS = frozenset("市县縣区區镇鎮乡鄉村旗州")
_HANGUL_LOCATIVE = re.compile(
    r"(?:(?:에서부터|에서|으로부터|로부터|으로|로|으루|루|에|까지|서)(?:는|도|두|의|만|요)?(?![가-힣])"
    r"|에선(?![가-힣])"
    r"|에서(?:였어요|였는데|였고|였다|요)(?![가-힣])"
    r"|\s(?:근처|부근|쪽|지역|일대|방향|방면|역전|역 앞|기차역|시내)"
    r"|공항|쪽(?:으로|에서|에)(?![가-힣])|\s?(?:출신|태생))"
)
"""서 is the spoken 에서 (무산서 왔다, 회령서 잡혔다), 에선 the spoken 에서는 (회령에선 다
알았어요); a town's airport (청주공항) says where; so does 쪽 glued before a locative
(관전쪽으로: round 20), and 출신 or 태생, spaced or glued (무산출신이라서: round 35).  Round 40:
으루 and 루 are the northern 으로 (혜산으루 배치받아, 강계루 갔슴다)."""
_HANGUL_LOCATIVE_STRONG = re.compile(
    r"(?:(?:에서부터|에서|으로부터|로부터|으로|으루|까지)(?:는|도|두|의|만)?(?![가-힣])"
    r"|\s(?:근처|부근|지역|일대|방면|역전|역 앞|기차역|시내)|\s?(?:출신|태생))"
)
"""For a frequent word (동안, 위해) a bare 에 or 로 is no sign of a place (그 동안에).  Round
27: a station's front or the town centre after it is (통화 역전, 통화 시내: not a phone call);
round 35: so is 출신 or 태생, spaced or glued (통화 출신, 무산출신이라서: where one is from)."""
_HANGUL_WORD = re.compile(_WORD_END)
_HANGUL_GOES_ON = lazy_pattern(
    rf"{_WORD_END}|(?:로동자구|노동자구|구역|시|현|군|구|진|촌|리|동|역|읍|면|지구|시내|읍내|역전|땅|"
    r"바닥|시장|변두리|외곽|일대|부근|근처|방면|쪽|사람|출신|말|내기|행|발|까지|공항|항|"
    r"언니|아줌마|아주머니|아저씨|할머니|이모|댁|살아요|살았어요|살았는데|살았고|살때|"
    r"있을때|있었을때|있었어요|있었는데|있었고|있던)"
)
"""What may follow a two-syllable place in the same word: a particle, a suffix, 시내,
역전, 사람 (연길시내, 회령역전, 무산사람); round 19: the kin word of a nickname (청진언니:,
무산아줌마: the woman from that town); round 21: a verb of living glued by a quick typist
(부천살아요); round 33: being there (도문있을때, 회령있었는데), which the learned flagger
had caught until its retraining on every development set."""
_GLUED_LOCATIVE = lazy_pattern("(?:에서|으로|까지)(?=[가-힣])")
"""A locative particle with the next word typed onto it (함흥에서기차타고: round 23)."""
_HANZI_BEFORE = frozenset("在到去从回往住离逃卖嫁")
_CERTAIN, _UNCERTAIN = False, True


def verdict(mark: str, suffix: bool, locative: bool, strong: bool, alone: bool) -> bool | None:
    """Uncertain (True), certain (False) or not a place (None), by the table above."""
    if suffix:
        return _CERTAIN
    if mark == "*":
        return _CERTAIN if locative else (_UNCERTAIN if alone else None)
    return _UNCERTAIN if strong else None


_LIVED = lazy_pattern(
    r"\s?(?:살아요|살았어요|살았는데|살았고|살았지|사는데|살고|살던|살다가|살\s?때)"
)
"""부천 살아요, 부천살아요: spoken Korean drops the 에 before a verb of living; a place
that is also a word (``*``) reads as the place there, as before a locative (round 21)."""
_ARROW_AFTER = re.compile(r"\s?(?:→|->|⇒|⟶)\s?([가-힣]{2,6})")
_ARROW_BEFORE = re.compile(
    r"([가-힣]{2,6})(?:\s(?:경유|거쳐|거쳐서|통과|출발))?\s?(?:→|->|⇒|⟶)\s?$"
)  # round 20: 백산 경유 → 통화


def _on_route(folded: str, start: int, end: int, res: Resources) -> bool:
    """A stop of a route written with arrows, beside another place (X→쿤밍→라오스 경유): the
    arrow says from or to, as a locative does; beside a word (통화 -> 문자) it says nothing
    (round 12)."""
    after = _ARROW_AFTER.match(folded, end)
    before = _ARROW_BEFORE.search(folded, max(0, start - 10), start)
    return any(m is not None and _place_word(m.group(1), res) for m in (after, before))


_ADMIN_AFTER = re.compile(rf"\s([가-힣]{{1,4}}?)(구역|현|구|진|향|촌|리){_WORD_END}")


def _before_admin_place(folded: str, end: int, res: Resources) -> bool:
    """A city directly before one of its districts or counties (상해 민항구로, 위해 환취구):
    the district's own administrative suffix says the word before it names the city, as
    a locative would (round 13).  Only a suffix below a city (구, 현, 진, 향, 촌, 리): 시
    and 군 also follow a field word (거주 밀산시).  The next word must be no word itself
    (친구, 도구, 가구 end in 구 too): a name and its suffix."""
    after = _ADMIN_AFTER.match(folded, end)
    if after is None:
        return False
    whole = after.group(1) + after.group(2)
    return whole not in res.lex_ko and after.group(1) not in res.lex_ko_common


_BOUND_AFTER = lazy_pattern(
    r"\s(?:거|것|게|걸|건|적|줄|김|채|듯|뿐)(?:[예이야에을를은는도만임]|(?![가-힣]))"
)
"""A bound noun after the word: only a verb's modifier stands there (나선 거예요, 간 적;
the northern copula 임다: 나선 거임다, round 27)."""


def _bound_itself(folded: str, start: int) -> bool:
    """할 거야, 하는 게, X이 거야: the spelling opens with a bound noun after a verb's
    modifier (a word closed by ㄴ or ㄹ, or 는 or 던) or an owner's affectionate 이."""
    if folded[start] not in "거것게" or start < 2 or folded[start - 1] != " ":
        return False
    before = folded[start - 2]
    if not "가" <= before <= "힣":
        return False
    return before in "는던이" or hangul.decompose(before)[2] in ("ㄴ", "ㄹ")


def _place_word(word: str, res: Resources) -> bool:
    return any(
        word[:stop] in res.gaz_hangul or word[:stop] in res.gaz_marked
        for stop in range(len(word), 1, -1)
    )


def _spoken_verb(name: str, folded: str, end: int, res: Resources) -> bool:
    """A one-syllable verb stem and the spoken 구 (고) or 문 (면) that a gazetteer spells
    (하구 河口, 하문 厦门, 주구 周口): the verb, unless a locative or a suffix follows."""
    if len(name) != 2 or name[1] not in "구문" or not korean.verb_like(name, res):
        return False
    if name[1] == "문" and folded.startswith("서", end):
        return True  # 하문서: the spoken 면서 (하면서), not 厦门 and the spoken 에서
    return _HANGUL_LOCATIVE.match(folded, end) is None and not _HANGUL_SUFFIX.match(folded, end)


_DISTRICT_NEXT = lazy_pattern(r"\s[가-힣]{1,4}[구군](?:에서|[에의은는이가를로도]|[\s.,]|$)")
_ENGLISH_BEFORE = lazy_pattern(r"\b(?:in|from|to|at|near)\s$")


def _place_goes_on(folded: str, start: int, end: int) -> bool:
    """A Hangul letter glued after a spelling, a district's word after it (대구 달서구:
    대구 is no verb's 대고 there) or an English preposition before it (in 대구)."""
    glued = "가" <= folded[end : end + 1] <= "힣"
    english = _ENGLISH_BEFORE().search(folded, max(0, start - 6), start) is not None
    return glued or english or _DISTRICT_NEXT().match(folded, end) is not None


def _hangul(folded: str, start: int, end: int, res: Resources) -> Hit | None:
    name = folded[start:end]
    if _spoken_verb(name, folded, end, res):
        return None  # 돈 주구, 하문서: the spoken 고 and 면(서), not 周口 or 厦门 (round 21)
    province = res.gaz_hangul.get(name)
    if province is not None:
        two = end - start == 2
        if two and not (
            _HANGUL_GOES_ON().match(folded, end) or _GLUED_LOCATIVE().match(folded, end)
        ):
            return None  # 계호원들: two syllables that open another word are no place
        suffix = _HANGUL_SUFFIX.match(folded, end)
        if suffix is not None and not korean.verb_like(folded[start : suffix.end()], res):
            end = suffix.start() + len(suffix.group(1))  # 풍서군서: the county's own 군 too
        return Hit(
            start=start,
            end=end,
            label="PLACE",
            detector="gazetteer",
            rule="hangul",
            uncertain=False,
            detail=province,
        )
    if name not in res.gaz_marked:
        return None
    province, mark = res.gaz_marked[name]
    suffix = _HANGUL_SUFFIX.match(folded, end)
    if suffix is not None and folded[start : suffix.start() + len(suffix.group(1))] in res.lex_ko:
        suffix = None  # 개구리 (a frog), not 个旧 and a village's 리: the whole is a word
    route = _on_route(folded, start, end, res) or _before_admin_place(folded, end, res)
    lived = _LIVED().match(folded, end) is not None
    uncertain = verdict(
        mark,
        suffix is not None,
        route or lived or _HANGUL_LOCATIVE.match(folded, end) is not None,
        route or _HANGUL_LOCATIVE_STRONG.match(folded, end) is not None,
        _HANGUL_WORD.match(folded, end) is not None,
    )
    if uncertain is None or (uncertain and korean.verb_like(name, res)):
        return None  # 보러 갔다: a verb form alone is no place (보러에서 would be)
    if uncertain and verb_alone(name, res) and not _place_goes_on(folded, start, end):
        return None  # 못 하지, 딱 서고, 가루를 내서: a verb, nothing after it (round 26)
    whole = hangul.word_from(folded, start)
    if uncertain and (korean.verb_like(whole, res) or (whole != name and whole in res.lex_ko)):
        return None  # 물고기 잡다가: the whole word is a verb's (round 17); 로씨야 a word
    if uncertain and (_BOUND_AFTER().match(folded, end) or _bound_itself(folded, start)):
        return None  # 나선 거예요, 할 거야: a verb's modifier and a bound noun (round 14c)
    if uncertain and name in closed_words("ko") and not _HANGUL_LOCATIVE.match(folded, end):
        return None  # 공장 동료 X: a role noun the gazetteer also spells (동료에서 stays)
    if suffix and korean.verb_like(folded[start : suffix.end()], res):
        return None  # 안다구 했슴다: a verb (Yanbian 안다고), not 안다 + 구
    if suffix:
        end = suffix.start() + len(suffix.group(1))
    return Hit(
        start=start,
        end=end,
        label="PLACE",
        detector="gazetteer",
        rule="hangul",
        uncertain=uncertain,
        detail=province,
    )


def _hanzi_suffix(folded: str, end: int, res: Resources) -> bool:
    """An administrative suffix after the name, unless it opens a word (天桥岭镇村民: the
    villager, not a village; 延吉市场: the market)."""
    return _HANZI_SUFFIX().match(folded, end) is not None and not opens_word_zh(folded, end, res)


def _hanzi(folded: str, start: int, end: int, res: Resources) -> Hit | None:
    if end - start > 2 and folded[end - 1] in _SUFFIX_CHARS and opens_word_zh(folded, end - 1, res):
        end -= 1  # 延吉市场, 天桥岭镇村民: the market, the villager; the suffix opens a word
    name = folded[start:end]
    province = res.gaz_hanzi.get(name)
    if province is not None:
        end += 1 if _hanzi_suffix(folded, end, res) else 0  # 罗南区, not 罗南 + 区
        return Hit(
            start=start,
            end=end,
            label="PLACE",
            detector="gazetteer",
            rule="hanzi",
            uncertain=False,
            detail=province,
        )
    if name not in res.gaz_marked:
        return None
    province, mark = res.gaz_marked[name]
    surname = _surname_start(folded, start, res)
    if surname is not None:
        return Hit(
            start=surname,
            end=end,
            label="PERSON",
            detector="name",
            rule="zh_surname_place",
            uncertain=True,
        )
    suffix = _hanzi_suffix(folded, end, res)
    before = start > 0 and folded[start - 1] in _HANZI_BEFORE
    alone = end == len(folded) or folded[end] in _HANZI_WORD_END
    uncertain = verdict(mark, suffix, before, before, alone)
    if uncertain is None and _island(folded, start, end):
        uncertain = _UNCERTAIN
    if uncertain is None:
        return None
    end += 1 if suffix else 0
    return Hit(
        start=start,
        end=end,
        label="PLACE",
        detector="gazetteer",
        rule="hanzi",
        uncertain=uncertain,
        detail=province,
    )


_HANZI_WORD_END = frozenset("的人了是，。、；：！？,.;:!? \n")
"""What may follow a word-like Hanzi name for it to stand alone (延边的; not 上高 in 上高中)."""


_OPENS = hangul_words.register(lambda word, res: word[:2] in _openings(res)[0])
"""A Hangul word whose first two syllables open a spelling (round 9): the others hold no
place, and the scan reads only these, from the text's table of words (round 32, speed)."""


def find_gazetteer_native(folded: str, res: Resources) -> Iterator[Hit]:
    """Hangul places at the start of a word, Hanzi places anywhere (longest first)."""
    known = view(folded)
    if known.has_hangul:  # no table, openings or generator step for English (round 32)
        yield from _hangul_places(folded, res)
    if not known.has_hanzi:
        return
    for start, end in known.hanzi_runs:  # the runs ``[\u4e00-\u9fff]+`` (round 32)
        yield from _hanzi_scan(folded, start, end, res)


def _hangul_places(folded: str, res: Resources) -> Iterator[Hit]:
    """Hangul places at the start of a word (of the words whose opening opens a spelling)."""
    listed, marked = res.gaz_hangul, res.gaz_marked
    _, longer, longest = _openings(res)
    for start, end, _word in hangul_words.words(folded, res, _OPENS):
        shortest = start + 2
        if start and folded[start - 1].isdigit():
            # 3000위안, 5호: a unit after a number.  A list's ③ folds to 3 too (③하얼빈):
            # units are one or two syllables, so a longer place still counts (round 13)
            shortest = start + 3
        reach = _SHORT
        if end - start > _SHORT and folded[start : start + _SHORT + 1] in longer:
            reach = longest
        for stop in range(min(end, start + reach), shortest - 1, -1):
            name = folded[start:stop]
            if name not in listed and name not in marked:
                continue  # what ``_hangul`` answers first, asked without the call (round 9)
            hit = _hangul(folded, start, stop, res)
            if hit:
                yield hit
                break


def _hanzi_scan(folded: str, index: int, end: int, res: Resources) -> Iterator[Hit]:
    """The Hanzi places of a run, longest first at each position.  ``_hanzi`` is called only
    for a name it could find: one whose position opens a spelling (``hanzi_openings``), listed
    itself or closed by a suffix character, which ``_hanzi`` may cut (round 32, speed)."""
    openings, listed, marked = hanzi_openings(res), res.gaz_hanzi, res.gaz_marked
    while index < end - 1:
        if folded[index : index + 2] not in openings:
            index += 1
            continue
        for size in range(min(end - index, 8), 1, -1):
            name = folded[index : index + size]
            if (
                name not in listed
                and name not in marked
                and (size == 2 or name[-1] not in _SUFFIX_CHARS)
            ):
                continue  # what ``_hanzi`` answers, without the call
            hit = _hanzi(folded, index, index + size, res)
            if hit and hit.label == "PLACE" and size == 2 and surname_before(folded, index, res):
                # 郭长海: a surname and a given name that is also a place (长海)
                hit = Hit(
                    start=index - 1,
                    end=hit.end,
                    label="PERSON",
                    detector="name",
                    rule="zh_surname_place",
                    uncertain=True,
                )
            if hit:
                yield hit
                index = hit.end
                break
        else:
            index += 1
