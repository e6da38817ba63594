"""Addresses (label ``ADDRESS``): they locate a woman as surely as a village.

Building, unit and room numbers (3동 2단원 501호, 5号楼2单元301室, Building 3, Unit 2, Room
501), a street with its number (新华路15号, 解放路 18号, 15 Xinhua Road, No. 7 Jiefang Street)
and a South Korean road-name address (목동로 12길 5, 원곡로 23번길 7, 중앙로 115에), each
redacted whole: a Korean one with the towns and province written before it (서울 양천구
목동로 12길 5), parts a comma apart as one (원곡로 23번길 7, 101동 1203호).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import data
from fieldkit.redaction.addresses_lots import lot_addresses, road_suffix, romanised_lots
from fieldkit.redaction.addresses_tails_ko import floor_after, verbal_myeon
from fieldkit.redaction.cuewords import closed_words
from fieldkit.redaction.hanzi_provinces import after_province
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.textview import view

__all__ = ["find_addresses"]

_NUM_ZH = r"[0-9一二三四五六七八九十百零〇两]+"
_ADDRESS = (
    # 3동 2단원 501호, 5층 301호실, 501호 (the numbers first: a digit starts every match)
    # round 38: the room's copula (2단원 301이었어요); round 39: 室 read as 실 (2단원 601실)
    # and the particle 로 (2단원 301로 보낼게)
    r"(?:\d+\s?(?:호루|호동|동|단원|라인|호실|호|층|번지|인민반|반|통|조|단지)\s?){2,}"
    r"(?:\d{3,4}실?(?!\d|(?!인데|이에요|이고|에서|에|이었|이요|이야|이라|으로|로|까지)[가-힣]))?"
    r"|\d{3,4}\s?호실?|\d{1,3}\s?인민반"
    # a house after its Yanbian compound (건공소구 17호: round 38)
    r"|(?<=소구 )\d{1,4}\s?호(?!\d|(?!이|에|였)[가-힣])"
    # a street's neighbourhood committee (委) and the house (향양가 4위 17호: round 38)
    r"|(?<=[가-힣]가 )\d{1,2}위\s?\d{1,4}\s?(?:호|조)(?![가-힣\d])"
    # a lot number and the flat: 1872-3 301호, 45-12번지 201호 (round 6)
    r"|\d{2,5}-\d{1,4}\s?(?:번지\s?)?\d{2,4}\s?호"
    # a neighbourhood unit or a village's group after its dong, ri or village (오산덕동 5반,
    # 무산읍 7반, 진달래촌 3조: round 17); the places before it join it (whole_addresses)
    r"|(?<=[가-힣]{2}[동리촌읍둔] )\d{1,3}\s?(?:반|조)(?![\d장원])",
    # 신화로 15번지, 장백길 3호, 목동로 12길 5, 원곡로 23번길 7, 중앙로 115에 (from the
    # road's suffix; its name is taken back); a bare number ends the clause and is no count
    # (택시로 30 분 is a ride)
    r"(?:로|길|거리|가)\s?\d+(?:-\d+)?\s?(?:번지|호|번?길\s?\d+(?:-\d+)?(?!\d)"
    r"|번길)"
    r"|(?:로|길)\s?\d+(?:-\d+)?(?=(?:에서|에|예요|이에요|입니다)?(?:[\s.)]|$|,(?!\s?\d)|,\s?\d{1,4}\s?(?:동|층|호)))"
    r"(?!\s?(?:분|시간|번|개|명|살|년|달|월|일|층|km|킬로|미터|원|위안|리|시|초|대|장|권))",
    # 5号楼2单元301室
    rf"(?:{_NUM_ZH}(?:号楼|栋|幢|座|单元|楼|层|室|号|户)){{2,}}(?:\d{{3,4}}(?![\d号室]))?"
    rf"|{_NUM_ZH}(?:号楼|栋|幢|单元|室)(?:(?<=单元)\s?\d{{3,4}}(?![\d号室]))?"  # 3单元 502 (r38)
    # a village's group (柳树村3组, 红旗屯二队: round 6), from the village's suffix
    rf"|(?:[\u4e00-\u9fff]{{1,3}}[村屯]|(?<=社区))\s?{_NUM_ZH}(?:组|队|社)(?:\s?{_NUM_ZH}号)?"
    # 长仁村 4组 27号; round 38: with the village's name, which no list may hold (新村 3组)
    rf"|(?<=[村屯])\s?{_NUM_ZH}号"  # a village's house (前店村 35号: round 38)
    # a street's neighbourhood committee (委) and its group (河南街 光明委 12组: round 38)
    rf"|(?:[\u4e00-\u9fff]{{1,4}}[街路]\s?)?[\u4e00-\u9fff]{{2,3}}委\s?{_NUM_ZH}[组号]",
    # 新华路15号 (from the street's suffix)
    rf"(?:路|街|巷|胡同|大街|道)\s?(?:{_NUM_ZH}组\s?)?{_NUM_ZH}号(?:院)?"  # r27: 安民街 3组 17号
    rf"(?:\s?(?:{_NUM_ZH}|[A-Z])(?:号楼|栋|座|单元|楼|层|室))*"  # round 27: 45号 B座 1703
    r"(?:(?<=[元楼栋座])\s?\d{3,4}(?![\d号室]))?",  # 河南街 28号 6单元 301: a room without 室
    # Building 3, Unit 2, Room 501; Apt. 4B; 15 Xinhua Road; Xinhua Road No. 15
    r"(?:No\.?\s?)?\d{1,5}(?:-\d{1,5})?[A-Za-z]?,?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Road|Street|St|Rd|Avenue|Ave|"
    r"Lane|Alley|Boulevard|Blvd|Way|Hutong)\b\.?"
    r"(?:,\s(?:[A-Z][a-z]+\s+){1,3}(?:Road|Street|Avenue|Lane|Alley|Hutong)\b)?"
    r"|(?:(?:Building|Bldg|Block|Blk|Unit|Entrance|Room|Rm|Apartment|Apt|Flat|Floor|"
    r"House|No|Lane)\.?\s?#?\d{1,5}[A-Za-z]?(?:,?\s+|(?![\w])))+"
    # the street after the numbers (Rm 302, No. 17 Zhengyang Rd: round 7)
    r"(?:(?:[A-Z][a-z]+\s+){1,3}(?:Road|Street|St|Rd|Avenue|Ave|Lane|Alley|Hutong)\b\.?"
    # a lane off a street, a comma apart (No. 46, Third Lane, Xinxing Street: round 11)
    r"(?:,\s(?:[A-Z][a-z]+\s+){1,3}(?:Road|Street|Avenue|Lane|Alley|Hutong)\b)?)?"
    r"(?:(?:[A-Z][a-z]+\s+){1,2}(?:Gardens?|Apartments?|Complex|Residence|Mansions?|Towers?|"
    r"Estate|Compound|Court|Heights|Plaza|Village|Xiaoqu|Shequ|Apt)\b\.?)?"
    # typed in lower case, two parts at least (building 12, unit 305: round 10)
    r"|(?:(?:building|block|unit|entrance|room|apartment|flat|floor)\s#?\d{1,5}[a-z]?,?\s+){1,3}"
    r"(?:building|block|unit|entrance|room|apartment|flat|floor)\s#?\d{1,5}[a-z]?(?![\w])"
    # one apartment or room number in lower case, after a comma (..., Seoul, apt 302: round 17)
    r"|(?<=, )(?:apt|apartment|flat|room|suite)\.?\s#?\d{2,5}[a-z]?(?![\w])"
    r"|(?:[A-Z][a-z]+\s+){1,3}(?:Road|Street|Avenue|Lane|Alley|Hutong),?\s+"
    r"(?:No\.?\s?)?\d{1,5}\b",
    # a South Korean road-name address romanised: 17 Nongoge-ro 123beon-gil, Mokdong-ro 12-gil 5
    r"(?:\d{1,5}(?:-\d{1,4})?\s+)?[A-Z][a-z]+(?:-[a-z]+)*-(?:ro|gil|daero)\b"
    r"(?:\s+\d{1,4}(?:beon)?-?gil\b)?(?:\s+\d{1,5}(?:-\d{1,4})?\b)?"
    # 105-dong 1203-ho (, Jugong Apartment); 14th inminban, 3 inminban
    r"|\d{1,4}-dong,?\s+\d{1,5}-ho\b(?:,?\s+[A-Z][a-z]+\s+(?:Apartments?|Apt|Villa|Mansion)\b\.?)?"
    # a residential compound after its unit numbers (Xingfu Xiaoqu, Jugong Apt.: round 6)
    r"|(?<=, )[A-Z][a-z]+\s(?:Xiaoqu|Shequ|Apt\.|Apartments)(?![\w])"
    r"|\d{1,3}(?:st|nd|rd|th)?\s+inminban\b",
)
_ROAD_NAME = (
    None,
    re.compile(r"[가-힣]{1,8}$"),
    None,
    re.compile(r"[\u4e00-\u9fff]{1,6}$"),
    None,
    None,
)
"""Which patterns start at a road's suffix, and the name taken back from it."""
_BEFORE_UNITS = (  # compiled on first use (round 28, speed: 11 ms; one passage in 70 needs it)
    lazy_pattern(
        r"(?:[가-힣]{1,8}(?:로|길|거리|가)\s?\d+\s?(?:번지|번길|호)?"
        r"|(?:(?<![가-힣])[가-힣]{1,6}(?:시|구|군|진|현)\s[가-힣]{1,8}(?:로|길|거리|가)\s)?"
        r"(?<![가-힣])[가-힣A-Za-z]{1,10}\s?(?:아파트|빌라|맨션|오피스텔|주공|타운)"
        r"|(?<![가-힣])[가-힣]{1,6}(?:시|구|군|진|현)\s[가-힣]{1,8}(?:로|길|거리|가)"
        # 논현동 에코메트로 1203동: a complex named after its neighbourhood, no 아파트
        r"|(?<![가-힣])[가-힣]{1,6}(?:동|읍|면|리)\s[가-힣A-Za-z]{2,10})\s?$"
    ),
    lazy_pattern(
        rf"(?:[\u4e00-\u9fff]{{1,6}}(?:路|街|巷|胡同|大街|道)\s?{_NUM_ZH}号(?:院)?"
        r"|[\u4e00-\u9fff]{1,4}(?:小区|花园|公寓|大厦|新村|家属院|家属楼|社区))\s?$"
    ),
)


_ADDRESS_GATES = (
    re.compile(r"\d\s?(?:동|단원|라인|호|층|번지|반|통|조|인민반|단지)|(?:로|길|거리|가)\s?\d"),
    re.compile(r"[0-9一二三四五六七八九十]\s?(?:号|栋|幢|座|单元|楼|层|室|户|组|队|社)"),
)
"""Cheap tests that a Korean or Chinese text may hold an address (the address patterns are
costly to try at every position)."""
_ADDRESS_WORDS = frozenset(
    str.split(
        "building bldg block blk unit entrance room rm apartment apt flat floor road street "
        "avenue ave lane alley boulevard blvd hutong rd st suite"
    )
)
"""The English words an address holds (one of them at least)."""


_ROMANISED = 5
_ROMANISED_GATE = re.compile(r"[a-z]-(?:ro|gil|daero)\b")
_UNITS_GATE = lazy_pattern(r"\d-ho\b|\d(?:st|nd|rd|th)? inminban")
"""The romanised Korean road-name pattern and its cheap test."""
_HANGUL_CHAR = lazy_pattern("[가-힣]")
_HANZI_CHAR = lazy_pattern("[\u4e00-\u9fff]")
_STREET_WORDS = frozenset(
    str.split("road street avenue ave lane alley boulevard blvd hutong rd st")
)  # (rd, st: "No. 17 Zhengyang Rd", round 7)
_UNIT_GATE = lazy_pattern(
    r"(?:Building|Bldg|Block|Blk|Unit|Entrance|Room|Rm|Apartment|Apt|Flat|Floor|House|No"
    r"|building|block|unit|entrance|room|apartment|apt|flat|floor|suite)\.?\s?#?\d"
)


def _latin_gate(index: int, folded: str, words: frozenset[str]) -> bool:
    """Whether the English (or the romanised Korean road-name) pattern may match."""
    if index == _ROMANISED:
        if road_suffix(folded) and _ROMANISED_GATE.search(folded) is not None:
            return True
        return ("-ho" in folded or "inminban" in folded) and bool(_UNITS_GATE().search(folded))
    return _english_gate(folded, words)


def _english_gate(folded: str, words: frozenset[str]) -> bool:
    """A street word, or a unit word before its number (Room 501): "room" and "floor"
    alone are too common to try the English address patterns for."""
    return bool(words & _STREET_WORDS) or (
        bool(words & _ADDRESS_WORDS) and _UNIT_GATE().search(folded) is not None
    )


def find_addresses(folded: str, words: frozenset[str], stem_cut: frozenset[str]) -> Iterator[Hit]:
    """Address spans; one with a street before its numbers (신화로 15번지 3동 501호) is one."""
    spans: list[tuple[int, int]] = []
    windows: dict[bool, list[tuple[int, int]]] = {}
    known = view(folded)  # round 14, speed: the scripts the text holds, found once per call
    scripts = (known.has_hangul, known.has_hanzi)
    gates = (*(_ADDRESS_GATES[0],) * 2, *(_ADDRESS_GATES[1],) * 2)
    for index, pattern in enumerate(_patterns()):
        if index < len(gates):
            if not scripts[index // 2] or not gates[index].search(folded):
                continue  # a Korean or Chinese address needs its script
        elif not _latin_gate(index, folded, words):
            continue
        chinese = index in (2, 3)
        if chinese not in windows:
            windows[chinese] = _digit_windows(folded, _DIGITS_ZH() if chinese else _DIGITS())
        for match in _in_windows(index, pattern, folded, windows[chinese]):
            previous = folded[match.start() - 1 : match.start()]
            if previous.isascii() and previous.isalnum():
                continue  # inside a Latin word (the patterns have no look-behind: it is slow)
            start, end = match.start(), match.start() + len(match.group().rstrip(" ,"))
            start = _taken_back(folded, start, index, stem_cut)
            while index == 0 and start and "가" <= folded[start - 1] <= "힣":
                start -= 1  # 연봉2동 38반: the name glued before the dong's number (round 18)
            if any(c.isdigit() for c in folded[start:end]):
                spans.append((start, end))
    if scripts[0]:
        spans.extend(lot_addresses(folded))  # 다대동 912-4, 정왕동 1834 103동 704호 (round 11)
    if words:
        spans.extend(romanised_lots(folded))  # Jeongwang-dong 1857-4, PO Box 4471 (round 21)
    for start, end in _joined(folded, sorted(spans)):
        start = _towns_before(folded, start)
        end = floor_after(folded, end) if scripts[0] else end  # 신월로 214 3층 (round 26)
        yield Hit(start=start, end=end, label="ADDRESS", detector="org", rule="address")


_DIGITS = lazy_pattern(r"[0-9]+")
_DIGITS_ZH = lazy_pattern(r"[0-9一二三四五六七八九十百零〇两]+")


def _digit_windows(folded: str, digits: re.Pattern[str]) -> list[tuple[int, int]]:
    """Stretches around the numbers of a text (40 characters either side, merged): every
    address holds a number, and a long document holds few (trying the patterns only
    there is a fifth of their cost on one)."""
    out: list[tuple[int, int]] = []
    for match in digits.finditer(folded):
        low, high = max(0, match.start() - 40), min(len(folded), match.end() + 40)
        if out and low <= out[-1][1]:
            out[-1] = (out[-1][0], high)
        else:
            out.append((low, high))
    return out


_IN_EVERY_MATCH = (
    re.compile(r"\d\s?(?:동|단원|라인|호|층|번지|반|통|조|인민반|단지)"),
    re.compile(r"(?:로|길|거리|가)\s?\d"),
    re.compile(r"[0-9一二三四五六七八九十百零〇两](?:号|栋|幢|座|单元|楼|层|室|户|组|队|社)"),
    re.compile("号"),
    re.compile(
        r"Road|Street|St|Rd|Avenue|Ave|Lane|Alley|Boulevard|Blvd|Way|Hutong|Building|Bldg|"
        r"Block|Blk|Unit|Entrance|Room|Rm|Apartment|Apt|Flat|Floor|House|No|"
        r"building|block|unit|entrance|room|apartment|apt|flat|floor|suite"
    ),
    re.compile(r"-(?:ro|gil|daero|dong)|Xiaoqu|Shequ|Apt\.|Apartments|inminban"),
)
"""What every match of each address pattern holds (a number and its unit, a road's suffix
and its number, an English street or unit word): a window without it is skipped, which
leaves what the pattern finds in the others unchanged."""


def _in_windows(
    index: int, pattern: re.Pattern[str], folded: str, windows: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    needed = _IN_EVERY_MATCH[index]
    for low, high in windows:
        if needed.search(folded, low, high):
            yield from pattern.finditer(folded, low, high)


def _taken_back(folded: str, start: int, index: int, stem_cut: frozenset[str]) -> int:
    """Where an address starts: at the road's name before a road suffix (新华 of 新华路,
    after 住在), or at a street and number before building and unit numbers."""
    window = folded[max(0, start - 24) : start]
    road = _ROAD_NAME[index]
    if road is not None:
        found = road.search(window)
        if found is not None:
            road_end = start
            start -= len(found.group())
            while folded[start] in stem_cut:  # 住在新华路15号: the street starts after 住在
                start += 1
            if index == 3:  # 吉林省延吉市河南街: not from the province's tail (round 33)
                start = after_province(folded, start, road_end)
        return start
    if index in (0, 2):
        found = _BEFORE_UNITS[index // 2]().search(window)
        if found is not None:
            start -= len(found.group())
            while folded[start] in stem_cut:
                start += 1
    return start


_GAPS = frozenset({" ", ",", ", "})
_TOWNS_BEFORE = lazy_pattern(
    r"(?:(?<![가-힣])[가-힣]{1,6}(?:시|군|구|읍|면|동)\s(?:[가-힣]{1,6}가\s)?)+$"
)
"""Towns, districts and 동 before a Korean address, each maybe with a Yanbian street (가)
after it (연길시 하남가 건공소구 7동 ...); a 가 word alone is a subject (언니가 3동 ...)."""


@lru_cache(maxsize=1)
def _province_before() -> re.Pattern[str]:
    names = sorted((s for s in data.provinces() if _HANGUL_CHAR().match(s)), key=len, reverse=True)
    return re.compile(rf"(?<![가-힣])(?:{'|'.join(names)})\s$")


_STREET_BEFORE = (
    re.compile(r"(?<![가-힣])[가-힣]{2,6}가\s$"),
    re.compile(r"[\u4e00-\u9fff]{1,6}(?:路|街|巷|胡同|大街|道)\s$"),
)
"""A street written before the compound or district an address opens with (하남가 신흥소구
3호루, 하남가 민성아파트 5동; 河南街 光明小区 6号楼: round 7).  Never before an address that
opens with its numbers: 언니가 3동 is a subject."""


_HANZI_UNITS = lazy_pattern(r"\d{1,4}\s?(?:号楼|栋|幢|单元)")


def _street_before(folded: str, start: int) -> int:
    first = folded[start : start + 1]
    script = 0 if _HANGUL_CHAR().match(first) else 1 if _HANZI_CHAR().match(first) else -1
    if script < 0 and _HANZI_UNITS().match(folded, start):
        script = 0  # 서탑가 3号楼: Hanzi units after a Yanbian or Shenyang street in Hangul
    if script < 0:
        return start  # (an address opening with its numbers: 언니가 3동 is a subject)
    opening = re.match(r"[가-힣]+", folded[start : start + 8])
    if opening and opening.group()[-1] in "시군현동읍면리":
        return start  # (주소가 투먼시, 주소가 정왕동 ...: a street lies inside its city or 동)
    found = _STREET_BEFORE[script].search(folded, max(0, start - 10), start)
    if found is not None and found.group()[:-2] not in closed_words("ko"):
        return found.start()  # (엄마가 민성아파트에: a kinship word and its particle)
    return start


def _towns_before(folded: str, start: int) -> int:
    """A Korean address taken whole with its towns and province, as it is written on an
    envelope (서울 양천구 목동로 12길 5; 안산시 단원구 원곡로 23번길 7)."""
    if start >= 2:
        start = _street_before(folded, start)
    if start == 0 or not _HANGUL_CHAR().match(folded, max(0, start - 2)):
        return start
    found = _TOWNS_BEFORE().search(folded, max(0, start - 30), start)
    while found and verbal_myeon(found.group().split()[0]):  # 말하면 연길시: "if" (round 26)
        found = _TOWNS_BEFORE().search(
            folded, found.start() + len(found.group().split()[0]) + 1, start
        )
    if found and found.group().split()[0][-1] in "구동읍면":
        start = _street_before(folded, found.start())  # 하남가 신흥소구: a street, its district
    elif found:
        start = found.start()  # (주소가 투먼시: a city opens the address, no street before it)
    province = _province_before().search(folded, max(0, start - 12), start)
    return province.start() if province and found else start


def _joined(folded: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping address spans, or ones a space, a comma or both apart, as one (원곡로
    23번길 7, 101동 1203호; Jiefang Street No. 7, Building 2)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and (start <= out[-1][1] or folded[out[-1][1] : start] in _GAPS):
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in _ADDRESS)
