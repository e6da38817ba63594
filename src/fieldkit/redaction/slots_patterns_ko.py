"""The patterns of ``slots_ko`` (the slots only a name fills), apart from its rules so that
module stays short (round 31: its rules became plain functions).  ``slot_patterns`` is built
on first use, as ``slots_ko._rx`` was."""

from __future__ import annotations

import re
from functools import lru_cache

from fieldkit.redaction.cuewords import alternation, cue_words

__all__ = ["BIRTH_ORDER", "DENIED_OR_BECAME", "QUOTES", "slot_patterns"]

QUOTES = "'\"‘’“”「」『』"
_END = rf"(?=[\s,.!?…~){QUOTES}]|$)"
_NAMING = "본이름|이름|본명|가명|예명|실명|별명"
_COPULA_I = (
    "이었슴다 이였슴다 이었어요 이였어요 이었는데 이었지요 이었구요 이었고 이었다 이었지 이었죠 "
    "이라고만 이라구만 이야요 이에요 이예요 이라요 이라고 이라구 이래요 이랍니다 이었 이였 입니다 "
    "임다 인데 이고 이구 이다 이야 이지 이죠 이요 이오 "
    "이었나 이었던가"  # round 41: asking (이름이 향원이었나)
)
_COPULA_OPEN = (
    "였슴다 였어요 였는데 였지요 였구요 였고 였다 였지 였죠 야요 예요 라요 라고만 라구만 라고 라구 "
    "래요 "
    "랍니다 였 다 야 고 구 지 죠 요 "
    "였나 였던가"
)
DENIED_OR_BECAME = (
    "이 아니고",
    "이 아니라",
    "가 아니고",
    "가 아니라",
    "이 됐어요",
    "가 됐어요",
    "이 됐다",
    "가 됐다",
    "이 됐지",
    "가 됐지",
    "이 되었다",
    "가 되었다",
)
"""본명은 바다가 아니고, 별명이 바다가 됐어요: the name said by what it is not or became
(round 20); the particle must fit the word, as the copula must."""
_COPULAS = tuple(
    sorted((*_COPULA_I.split(), *_COPULA_OPEN.split(), *DENIED_OR_BECAME), key=len, reverse=True)
)
_SELF_COPULAS = "이야요|이에요|이예요|이라요|이야|이다|입니다|임다|야요|예요|라요|야|다"
BIRTH_ORDER = (
    "큰애|작은애|막내|맏이|첫째|둘째|셋째|넷째|다섯째|첫애|큰딸|작은딸|막내딸|맏딸|둘째딸|"
    "큰아들|작은아들|막내아들|맏아들|둘째아들|장남|장녀|차남|차녀|큰놈|작은놈"
)
_CALLING = (
    r"(?:불렀|부르|불러|불리|불린|불렸|불림|부른|부릅|부름|했|하고|하면서|하며|하는|하던|하니)"
)
_SHARED = r"(?:같이|함께)\s[가-힣]{1,5}(?:한|했던|하던|던)\s"


@lru_cache(maxsize=1)
def slot_patterns() -> dict[str, re.Pattern[str]]:
    """Every pattern of ``slots_ko``'s rules, by name."""
    c = cue_words()
    kin = alternation((*c.get("kinship", "ko"), "할배", "할망", "아지매", "형", "누나", "총각"))
    quote = f"[{QUOTES}]"
    return {
        "statement": re.compile(
            rf"(?:{_NAMING})(?:이|은|는)\s([가-힣]{{1,4}}?)"
            rf"(?:({'|'.join(_COPULAS)}){_END}|(이?)(?=[.,!?…]))"
        ),
        "voc_quoted": re.compile(rf"{quote}([가-힣]{{1,4}}?)([아야])[!,.~…]*{quote}\s?{_CALLING}"),
        "self_named": re.compile(
            rf"(?:저|나|내)\s([가-힣]{{1,4}}?)(?:{_SELF_COPULAS})(?=[\s,.!?…~{QUOTES}]|$)"
        ),
        "address_before": re.compile(rf"(?:^|[\n{QUOTES}]|[.!?…]\s)\s?([가-힣]{{1,4}}),\s?$"),
        "line_start": re.compile(rf"(?:^|[\n{QUOTES}])\s?$"),
        "ordinal": re.compile(
            rf"(?:{BIRTH_ORDER})(?:는|은|이|가)?\s([가-힣]{{1,4}}?)"
            rf"(이에요|예요|이고|고|이야|야|이다|다|인데|이요|요|이|)(?=\s?[,.(]|$)"
        ),
        "naming_noun": re.compile(r"(?:가명|별명|예명|이름)"),
        "topic_item": re.compile(
            r"(?:^|\s)([가-힣]{1,3})(?:은|는)\s([가-힣]{1,4}?)(이)?(?=[,.]|$)"
        ),
        "aged": re.compile(r"\(\d{1,2}\s?(?:세|살)?\s?[,)]"),
        "aged_name": re.compile(r"(?<![가-힣])([가-힣]{2,4})\s?$"),
        "nick_kin": re.compile(
            rf"{quote}([가-힣]{{1,3}}?)(?:{kin}){quote}(?:이)?라(?:고|구|는|\s)"
        ),
        "quoted_rago": re.compile(rf"{quote}([가-힣]{{1,5}}){quote}(?:이)?라(?:고|구),"),
        "later_calling": re.compile(r"[^.!?\n]{0,40}?(?:불렀|부르|불러|불리|불린|불렸)"),
        "shared": re.compile(
            rf"{_SHARED}([가-힣]{{3}})(?=\s?(?:기억|알아|알지|알죠|생각나)|(?:이|은|는|를|랑|하고|도)\s)"
        ),
    }
