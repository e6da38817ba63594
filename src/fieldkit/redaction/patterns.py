"""Contact details, document numbers and exact dates, found by validated patterns.

Each rule is one compiled regex plus, where the format has one, a validator
(the Chinese resident ID check digit, a real calendar date).  A number that has
the shape but fails validation is still redacted, flagged uncertain: recall
comes first, and a mistyped ID is still an ID.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.online_words import MARKED_ID, ONLINE_STOP
from fieldkit.redaction.pattern_windows import ACCOUNT_WORDS_KO, MONTHS, matches
from fieldkit.redaction.textview import view

__all__ = ["RULES", "find_patterns"]

_SEP = r"[\s\-.]?"
_MONTHS = MONTHS
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_ONLINE_CONTEXT = (  # "line" alone only before an ID with a digit or _: "the line is busy";
    # round 27: after "signal" in lower case only an ID with a digit, "_" or "." (the noun:
    # "if the signal was good")
    r"(?:we-?chat|weixin|wechat\s*id|wx|vx|微信号?|위챗|QQ|qq|큐큐|kakao\s*talk|kakaotalk|kakao|"
    r"카톡|카카오톡?|line\s+id|line(?=\s*(?:is|was|:|：|=)\s*@?[A-Za-z0-9.\-]*[\d_])|라인|telegram|텔레그램|signal|skype|facebook|instagram|insta|"
    r"douyin|抖音|weibo|微博|tiktok|zalo|아이디|user\s*name|username|handle|账号|帐号|"
    + "|".join(ACCOUNT_WORDS_KO)
    + ")"
)


@dataclass(frozen=True, kw_only=True)
class Rule:
    """One pattern rule: a regex, its label, and an optional validator."""

    name: str
    label: str
    regex: re.Pattern[str]
    group: int = 0
    validate: Callable[[str], bool] | None = None
    uncertain: bool = False


def _cn_id_ok(text: str) -> bool:
    """The ISO 7064 MOD 11-2 check digit of an 18-character Chinese resident ID."""
    chars = re.sub(r"\s", "", text).upper()
    if len(chars) != 18:
        return len(chars) == 15
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(c) * w for c, w in zip(chars[:17], weights, strict=True))
    return "10X98765432"[total % 11] == chars[17]


def _online_id_ok(text: str) -> bool:
    """An online ID has a digit, ``_`` or ``.`` in it, or is not an ordinary word."""
    return bool(re.search(r"[\d_.]", text)) or text.casefold() not in ONLINE_STOP


def _noun_signal(found: str, value: str) -> bool:
    """ "the signal was good": the noun, not the app, unless the ID is marked as one (round 27)."""
    return found.startswith("signal") and re.search(r"[\d_.]", value) is None


def _digits_between(low: int, high: int) -> Callable[[str], bool]:
    def check(text: str) -> bool:
        return low <= len(re.sub(r"\D", "", text)) <= high

    return check


def _r(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


RULES: tuple[Rule, ...] = (
    Rule(
        name="email",
        label="EMAIL",
        regex=_r(r"(?<![\w.+-])[\w.+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"),
    ),
    Rule(
        name="url",
        label="URL",
        regex=_r(r"(?:https?://|www\.)[^\s<>\"'\]\)（）]+[^\s<>\"'\]\).,;:!?。，]", re.IGNORECASE),
    ),
    Rule(
        name="domain",
        label="URL",
        regex=_r(
            r"(?<![\w@.])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|kr|kp|me|io|co|"
            r"info|tv|cc)(?:/[^\s<>\"')\]]*[^\s<>\"')\].,;:!?])?(?![\w.]*@)(?!\w)",
            re.IGNORECASE,
        ),
    ),
    Rule(
        name="cn_resident_id",
        label="ID_NUMBER",
        regex=_r(
            r"(?<![\dA-Za-z])[1-9]\d{5}\s?(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
            r"\s?\d{3}[\dXx](?![\dA-Za-z])"
        ),
        validate=_cn_id_ok,
    ),
    Rule(
        name="kr_resident_number",
        label="ID_NUMBER",
        regex=_r(r"(?<!\d)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\s?-\s?[1-8]\d{6}(?!\d)"),
    ),
    Rule(
        name="passport_context",
        label="ID_NUMBER",
        regex=_r(
            r"(?:passport|여권|护照|護照|ID card|id card|identity card|身份证|신분증|card no\.?|"
            r"certificate|证件|번호|号码|number|no\.|"
            # a record's number: admission, chart, file, registration (round 41)
            r"住院号|病历号|门诊号|病案号|档案号|登记号|编号)[^\n\d]{0,20}?"
            r"(?<![A-Za-z0-9])([A-Za-z]{0,2}\d{6,10}[A-Za-z]?)(?![A-Za-z0-9])",
            re.IGNORECASE,
        ),
        group=1,
    ),
    Rule(
        name="passport_shape",
        label="ID_NUMBER",
        regex=_r(r"(?<![A-Za-z0-9])[A-Z]{1,2}\d{7,8}(?![A-Za-z0-9])"),
    ),
    Rule(
        name="cn_mobile",
        label="PHONE",
        regex=_r(
            rf"(?<![\d+])(?:(?:\+|00)?\s?86{_SEP}|\(\+?86\)\s?)?1[3-9]\d(?:{_SEP}\d){{8}}(?!\d)"
        ),
    ),
    Rule(
        name="kr_mobile",
        label="PHONE",
        regex=_r(
            rf"(?<![\d+])(?:(?:\+|00)?\s?82{_SEP}0?|0)1[016789]{_SEP}\d{{3,4}}{_SEP}\d{{4}}(?!\d)"
        ),
    ),
    Rule(
        name="landline",
        label="PHONE",
        regex=_r(
            rf"(?<![\d+])(?:(?:(?:\+|00)\s?)?(?:86|82|850){_SEP}\(?0?|\(?0)\d{{1,3}}\)?{_SEP}"
            rf"\d{{3,4}}{_SEP}\d{{4}}(?!\d)"
        ),
        # round 19: the space before a country code only after + or 00 (주민번호는 850412-...
        # is a resident number, not North Korea's 850); 00 and the code count as digits
        validate=_digits_between(9, 15),
    ),
    Rule(
        name="international",
        label="PHONE",
        regex=_r(r"(?<![\w+])\+\s?\d{1,3}(?:[\s\-.]?\(?\d{1,5}\)?){2,5}(?!\d)"),
        validate=_digits_between(8, 15),
    ),
    Rule(
        # round 29: a North American number, its area code in brackets ((773) 555-0148): the
        # shape alone is a phone (area code and exchange open with 2-9), no cue needed, as a
        # resettled woman's US or Canadian number is written in case notes
        name="nanp_area_code",
        label="PHONE",
        regex=_r(r"(?<![\w(+])\([2-9]\d{2}\)[ \t]?[2-9]\d{2}[-. ]\d{4}(?!\d)"),
    ),
    Rule(
        name="phone_context",
        label="PHONE",
        regex=_r(
            r"(?:phone|tel\.?|telephone|mobile|cell|call(?:ed)?|dial|number|电话|手机|号码|联系|"
            r"전화|번호|핸드폰|휴대폰|연락처)[^\n\d]{0,20}?(?<![\w])(\+?\d[\d\s\-.()]{4,18}\d)(?!\d)",
            re.IGNORECASE,
        ),
        group=1,
        validate=_digits_between(5, 15),
    ),
    Rule(
        # a bank account after its word, glued to a particle (계좌 610201-04-338172로); round
        # 19: the bank's name and a few words may stand between (계좌는 전과 같이 국민은행 ...)
        name="bank_account",
        label="ID_NUMBER",
        regex=_r(
            r"(?:계좌번호|계좌|통장번호|account\s+(?:no\.?|number|#)|account|账号|帐号|账户|"
            r"帳戶|银行卡号?|卡号)[^\n\d]{0,24}?(?<![\d\-])(\d{2,8}(?:-\d{2,8}){1,4})(?![\d\-])",
            re.IGNORECASE,
        ),
        group=1,
        validate=_digits_between(9, 20),
    ),
    Rule(
        name="long_number",
        label="ID_NUMBER",
        # round 19: glued to a Hangul particle or copula too (431201-04-118273입니다), not
        # to a currency (100000000원)
        regex=_r(r"(?<![\w.,])\d(?:[\s\-]?\d){8,22}(?![0-9A-Za-z_]|원|위안|달러|元|块)"),
        uncertain=True,
    ),
    Rule(
        name="online_id_context",
        label="ONLINE_ID",
        regex=_r(
            rf"{_ONLINE_CONTEXT}([^\n]{{0,14}}?)(?<![A-Za-z0-9_.\-])"
            r"(?!(?:id|account|handle|name|username|number|is|was|msgs?|messages?|from|to|by|"
            r"for|of|with|sent|says|said|writes|wrote|user)\b)"
            r"([A-Za-z0-9][A-Za-z0-9_.\-]{2,30}[A-Za-z0-9_]|\d{5,12})(?![A-Za-z0-9_@])",
            re.IGNORECASE,
        ),
        group=2,
        validate=_online_id_ok,
    ),
    Rule(
        name="online_id_before_app",
        label="ONLINE_ID",
        regex=_r(
            r"(?<![\w@.])([A-Za-z0-9][A-Za-z0-9_.\-]{2,30}[A-Za-z0-9_])\s+(?:on|via|in|at)\s+"
            r"(?:WeChat|Wechat|Telegram|KakaoTalk|Kakao|QQ|Line|Signal|Instagram|Facebook|Weibo)\b"
        ),
        group=1,
        validate=_online_id_ok,
    ),
    Rule(
        name="handle",
        label="ONLINE_ID",
        regex=_r(r"(?<![\w@.])@[A-Za-z0-9_][A-Za-z0-9_.]{2,30}(?<!\.)"),
    ),
    Rule(
        name="date_day_month",
        label="DATE",
        regex=_r(rf"(?<![\w])(?:the\s+)?{_DAY}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\b\.?(?!\w)"),
    ),
    Rule(
        name="date_month_day",
        label="DATE",
        regex=_r(rf"(?<![\w]){_MONTHS}\.?\s+{_DAY}(?:st|nd|rd|th)?(?![\d\w])"),
    ),
    Rule(
        name="date_ko",
        label="DATE",
        regex=_r(r"(?<!\d)(?:1[0-2]|0?[1-9])\s?월\s?(?:[12]\d|3[01]|0?[1-9])\s?일"),
    ),
    Rule(
        # round 26: a Korean court's case number (2021드단10457, 2019고단123): year, the
        # case type in Hangul, the serial; 2021년3월 is a date, not a case
        name="case_number_ko",
        label="ID_NUMBER",
        regex=_r(r"(?<![\d가-힣])(?:19|20)\d{2}(?![년월일])[가-힣]{1,3}\d{3,7}(?!\d)"),
    ),
    Rule(
        name="date_zh",
        label="DATE",
        regex=_r(r"(?<!\d)(?:1[0-2]|0?[1-9])\s?月\s?(?:[12]\d|3[01]|0?[1-9])\s?[日号號]"),
    ),
    Rule(
        name="date_numeric",
        label="DATE",
        regex=_r(
            # the Korean formal date (한글 맞춤법 문장부호: 2019. 5. 8.) ends with its period
            rf"(?<![\d.])(?:(?:19|20)\d{{2}}\.\s?(?:1[0-2]|0?[1-9])\.\s?{_DAY}\.(?=\s|$)|"
            rf"(?:19|20)\d{{2}}[-./]\s?(?:1[0-2]|0?[1-9])[-./]\s?{_DAY}|"
            rf"{_DAY}[-./](?:1[0-2]|0?[1-9])[-./](?:19|20)\d{{2}}|"
            rf"(?:1[0-2]|0?[1-9])/{_DAY}/(?:19|20)\d{{2}}|"
            # round 20: a note's two-digit year (03.11.5, 00.2.14), dots only
            rf"\d{{2}}\.(?:1[0-2]|0?[1-9])\.{_DAY}(?![\d.]))(?!\d)"
        ),
    ),
)

_YEAR = lazy_pattern(r"(?:19|20)\d{2}")

_NEEDS = {
    "email": "at",
    "handle": "at",
    "url": "url",
    "domain": "domain",
    "online_id_context": "online",
    "online_id_before_app": "online_before",
    "date_day_month": "month",
    "date_month_day": "month",
    "date_ko": "digit",
    "date_zh": "digit",
    "date_numeric": "digit",
    "case_number_ko": "digit",
    "bank_account": "bank",
}
_BANK_NATIVE = ("계좌", "통장", "账", "帳", "卡号")
_TLDS = frozenset(str.split("com cn net org kr kp me io co info tv cc"))
_MONTH_WORDS = frozenset(
    str.split(
        "jan january feb february mar march apr april may jun june jul july aug august sep "
        "sept september oct october nov november dec december"
    )
)
_ONLINE_WORDS = frozenset(
    str.split(
        "wechat weixin wx vx qq kakao kakaotalk line telegram signal skype facebook instagram "
        "insta douyin weibo tiktok zalo username handle user account"
    )
)
_ONLINE_NATIVE = (
    "微信",
    "위챗",
    "큐큐",
    "카톡",
    "카카오",
    "라인",
    "텔레그램",
    "아이디",
    "抖音",
    "微博",
    "账号",
    "帐号",
    *ACCOUNT_WORDS_KO,
)
_ONLINE_NATIVE_RX = re.compile("|".join(map(re.escape, _ONLINE_NATIVE)))
"""Any of ``_ONLINE_NATIVE`` in a text, in one search (round 9, speed)."""
_DIGIT = re.compile(r"\d")
_DIGITS5 = re.compile(r"\d(?:[\s\-.()]{0,2}\d){4}")


def _triggers(text: str, words: frozenset[str]) -> set[str]:
    """Which families of rules can match at all (cheap checks that skip whole regexes)."""
    found = set()
    if "@" in text:
        found.add("at")
    if "://" in text or "www." in text.lower():
        found.add("url")
    if "." in text and words & _TLDS:
        found.add("domain")
    native = view(text).has_hangul or view(text).has_hanzi  # round 14, speed
    if words & _ONLINE_WORDS or (native and _ONLINE_NATIVE_RX.search(text)):
        found.update(("online", "online_before"))
    digit = _DIGIT.search(text)
    if digit and ("account" in words or any(k in text for k in _BANK_NATIVE)):
        found.add("bank")  # an account number follows its word
    if words & _MONTH_WORDS and digit:
        found.add("month")  # a day of the month is digits
    if digit:
        found.add("digit")
        if _DIGITS5.search(text):
            found.add("digits5")
    return found


@lru_cache(maxsize=64)
def _rules_for(triggers: frozenset[str]) -> tuple[tuple[Rule, str], ...]:
    """The rules (in ``RULES`` order) whose family the text's triggers name, with that
    family: none for a text with no digit, ``@`` or messaging word (round 9, speed)."""
    every = ((rule, _NEEDS.get(rule.name, "digits5")) for rule in RULES)
    return tuple((rule, family) for rule, family in every if family in triggers)


def find_patterns(text: str, words: frozenset[str] | None = None) -> Iterator[Hit]:
    """Every pattern hit in folded ``text`` (``words``: its lower-case words, if known).

    Rules only run where they can match: near a run of digits, near an ``@``,
    near a messaging-app word.  The windows keep a 5,000-character narrative
    well under a millisecond here.
    """
    if words is None:
        words = frozenset(re.findall(r"[a-z0-9]+", text.lower()))
    triggers = _triggers(text, words)
    cache: dict[str, list[tuple[int, int]]] = {}
    seen: set[tuple[str, int, int]] = set()
    for rule, family in _rules_for(frozenset(triggers)):
        for match in matches(rule.regex, rule.name, text, family, cache):
            start, end = match.span(rule.group)
            if (rule.name, start, end) in seen:
                continue
            seen.add((rule.name, start, end))
            value = match.group(rule.group)
            ok = rule.validate(value) if rule.validate else True
            if rule.name == "online_id_context" and not re.search(r"[\d_.]", value):
                ok = ok and MARKED_ID().fullmatch(match.group(1)) is not None
            if rule.name == "online_id_context" and _noun_signal(match.group(), value):
                continue
            if rule.name == "online_id_context" and value.isdigit() and len(value) < 5:
                continue  # 유튜브 보면서 ... 2019년에: a year, not an ID (round 21)
            if rule.validate and not ok and (rule.label != "ID_NUMBER" or rule.group):
                continue
            detail = ""
            if rule.name == "date_numeric":
                year = _YEAR().search(value)
                detail = year.group() if year else ""
            yield Hit(
                start=start,
                end=end,
                label=rule.label,
                detector="pattern",
                rule=rule.name,
                uncertain=rule.uncertain or not ok,
                detail=detail,
            )
