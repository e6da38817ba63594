"""Chinese constructions of round 12 (issue 11, lane EN: English, mixed and Chinese text).

* **a legal role before a name** (被告人赵长海，男: judgments, indictments and statements
  name each party after its role, then a comma or the sex): a Chinese surname and one or
  two Hanzi between the role and that comma are a person, even when the given name is also a
  place (长海) or a word.  Anchor: the role noun.
* **chat labels with a full-width colon** (``【群名】小白兔：明天谁去？ 山里的风：我去。``): a
  retyped group chat opens each message with the sender's display name and ``：``.  When two
  different labels open messages (at a line start, after the ``【group】`` header or after a
  sentence's end and a space) and one of them opens two, each is an account's display name:
  an ``ONLINE_ID``, like the bracketed labels of ``chat_labels``.  A role (记者, 律师, 被告人),
  a word, a pronoun or a speech verb (他说) is no display name.  Anchor: ``：``.
* **a surname before an office title** (村主任金主任, 南书记说): a single Hanzi that is a
  Chinese or Korean surname, before 主任, 书记, 队长 ..., opening its clause or after another
  title, is a person; a prefix of the office (副主任, 班主任, 村主任) is not.  Anchor: the title.
* **a given name ending in 姬 or 花** (我去，美花要的钱我带回来): one or two Hanzi and 姬/花
  opening a clause before a verb or 的 are a person, uncertain; a word (鲜花, 棉花) is not.
  Anchor: 姬 or 花.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import data
from fieldkit.redaction.anchored import matches_near, positions
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["find_round12_zh"]

_HAN = "\u4e00-\u9fff"

# --- legal roles ------------------------------------------------------------------------------

_LEGAL_ROLE = lazy_pattern(
    r"(?:被告人|被害人|证人|原告人|原告|被告|被上诉人|上诉人|被申请人|申请人|受害人|"
    r"犯罪嫌疑人|嫌疑人|申诉人)"
    rf"([{_HAN}]{{2,3}})(?=[，,、（(；;：:]|[男女][，,、）)])"
)


def _legal_parties(folded: str, res: Resources) -> Iterator[Hit]:
    for match in _LEGAL_ROLE().finditer(folded):
        name = match.group(1)
        if name[0] not in res.sur_zh_hanzi or name[:2] in res.lex_zh:
            continue  # 被告人于是 ..., 原告常常 ...
        if name[1:] in res.function_zh:
            continue
        yield Hit.at(match.span(1), label="PERSON", detector="cue", rule="zh_legal_party")


# --- chat labels with a full-width colon -----------------------------------------------------

_LABEL = lazy_pattern(
    r"(?:^|(?<=\n)|(?<=】)|(?<=[。？！?!.…~～][ \t]))[ \t]*"
    r"([^\s：:，,。？！?!【】\[\]]{2,10})[：:](?=[^\s\d/])",
    re.MULTILINE,
)
_NOT_LABELS = frozenset(
    str.split(
        "记者 受访者 采访者 主持人 审判长 审判员 法官 被告人 被告 原告 证人 律师 辩护人 "
        "公诉人 书记员 翻译 调查员 问 答 群主 管理员 客服 系统 备注 地址 电话 时间 日期 "
        "老公 老婆 妈妈 爸爸 朋友 我 自己"
    )
)
_SPEECH_ENDS = ("说", "道", "问", "答", "讲", "喊", "称", "表示", "写")
_PRONOUNS = frozenset("我你他她它您")
_NOT_IN_GIVEN = _PRONOUNS | frozenset("这那哪每某该的了一")
_MIN_LABELS = 2
_HAS_HAN = lazy_pattern(f"[{_HAN}]")


def _label_ok(label: str, res: Resources) -> bool:
    if label in _NOT_LABELS or label in res.lex_zh or label in res.function_zh:
        return False
    if label.endswith(_SPEECH_ENDS) or any(c in _PRONOUNS for c in label):
        return False
    return _HAS_HAN().search(label) is not None  # Korean and English labels: ``speakers``


def _colon_labels(folded: str, res: Resources) -> Iterator[Hit]:
    colons = [i for i in positions(folded, ("：", ":")) if not folded[i - 1 : i].isspace()]
    matches = matches_near(folded, colons, _LABEL(), 12, 2)
    found = [m for m in matches if _label_ok(m.group(1), res)]
    counts = Counter(m.group(1) for m in found)
    if len(counts) < _MIN_LABELS or max(counts.values()) < _MIN_LABELS:
        return
    for match in found:
        yield Hit.at(match.span(1), label="ONLINE_ID", detector="cue", rule="zh_colon_label")


# --- a surname before an office title ---------------------------------------------------------

_OFFICE = lazy_pattern(
    rf"(?:^|(?<=[^{_HAN}])|(?<=主任|书记|队长|村长|所长|科长|组长|社长))"
    rf"([{_HAN}])(?=主任|书记|队长|村长|所长|科长|站长|厂长|组长|社长)"
)
_OFFICES = ("主任", "书记", "队长", "村长", "所长", "科长", "站长", "厂长", "组长", "社长")
_OFFICE_PREFIXES = frozenset("副班科系室村组部处局老新大小前原总正代主该这那各市县乡镇省厂校院队")


def _surname_offices(folded: str, res: Resources) -> Iterator[Hit]:
    offices = positions(folded, _OFFICES)
    for match in matches_near(folded, offices, _OFFICE(), 1, 3):
        char = match.group(1)
        if char in _OFFICE_PREFIXES or char in res.function_zh:
            continue
        if char in res.sur_zh_hanzi or char in _korean_surnames_hanzi():
            yield Hit.at(match.span(1), label="PERSON", detector="cue", rule="zh_surname_office")


@lru_cache(maxsize=1)
def _korean_surnames_hanzi() -> frozenset[str]:
    """The hanja of every Korean surname (``surnames_ko.tsv``: 南, 玄, 都 ...): Korean-Chinese
    villages in Jilin write their surnames so, and the Chinese list lacks some of them."""
    out: set[str] = set()
    for row in data.rows("surnames_ko.tsv"):
        out.update(c for c in row[1].split("|") if len(c) == 1)
    return frozenset(out)


# --- a given name ending in 姬 or 花 -------------------------------------------------------------

_FLOWER_NAME = lazy_pattern(
    rf"(?:^|(?<=[^{_HAN}]))([{_HAN}]{{1,2}}[姬花])"
    r"(?=要|说|的|去|来|在|是|和|也|就|被|把|给|让|还|又|都|已经|没|姐|呢|啊|呀)"
)


def _flower_names(folded: str, res: Resources) -> Iterator[Hit]:
    for match in matches_near(folded, positions(folded, ("姬", "花")), _FLOWER_NAME(), 2, 4):
        name = match.group(1)
        if name in res.lex_zh or name[-2:] in res.lex_zh:
            continue  # 鲜花, 棉花, 樱花
        if any(c in res.function_zh or c in _NOT_IN_GIVEN for c in name[:-1]):
            continue  # 这花, 的花
        yield Hit.at(
            match.span(1),
            label="PERSON",
            detector="name",
            rule="zh_flower_given",
            uncertain=True,
        )


# --- a village's group in Chinese numerals ----------------------------------------------------

_VILLAGE_GROUP = lazy_pattern(
    r"(?<=[^们这那本我你他她该每全各][村屯])[一二三四五六七八九十]{1,3}(?:组|队|社)"
)


def _village_groups(folded: str) -> Iterator[Hit]:
    """新华村二组: the address rules keep only spans holding an Arabic digit (两室一厅 is a
    flat's size, not an address); a village's group written in Chinese numerals right after
    村 or 屯 is an address all the same, and the places before it join it."""
    for match in matches_near(folded, positions(folded, ("村", "屯")), _VILLAGE_GROUP(), 0, 6):
        yield Hit.at(match.span(), label="ADDRESS", detector="org", rule="village_group_zh")


def find_round12_zh(folded: str, res: Resources) -> Iterator[Hit]:
    """The rules of this module (see its doc); the caller checks the text holds Hanzi."""
    if "人" in folded or "告" in folded:
        yield from _legal_parties(folded, res)
    if "：" in folded or ":" in folded:
        yield from _colon_labels(folded, res)
    if "长" in folded or "主任" in folded or "书记" in folded:
        yield from _surname_offices(folded, res)
    if "姬" in folded or "花" in folded:
        yield from _flower_names(folded, res)
    if "村" in folded or "屯" in folded:
        yield from _village_groups(folded)
