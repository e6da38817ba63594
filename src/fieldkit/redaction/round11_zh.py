"""Chat display names before a timestamp and a Chinese name in a passive story (round 11 of
issue 11, lane EN: English, mixed and Chinese text).

* **display names before a timestamp.** WeChat, QQ and KakaoTalk exports, and chats people
  retype, open each message with the sender's display name and the time (``name 21:03`` or
  ``name 21:03:12``).  When at least two lines open so, with two different names, the text
  is a chat and each name is an account's display name: an ``ONLINE_ID``, whatever the word
  list says (a display name is often an ordinary phrase, 春暖花开, or a nickname with
  digits).  A role or time word in that slot (我, 老公, me, 오후, 下午) is no name.
  Anchor: the time at a line start.
* **a Chinese given name before the passive 被** (上次英子就是被他卖到...: "last time
  Yingzi was sold by him"): two Hanzi that open their clause, or follow a time word that
  does (上次, 后来, 去年 ...), before 被 with at most an adverb between (就是, 也, 都, 又,
  才), and are no word, function word, place, role or number (the same test as
  ``chinese_given``): a person, uncertain.  Anchor: 被.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from fieldkit.redaction.chinese_given import not_a_given_name
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["find_round11_zh"]

_STAMPED = lazy_pattern(
    r"^[ \t]*([^\s:：\[\]]{2,20})[ \t]+(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}[ \t]+)?"
    r"\d{1,2}:\d{2}(?::\d{2})?(?=[ \t])",
    re.MULTILINE,
)
_NOT_SENDERS = frozenset(
    str.split(
        "我 我自己 自己 老公 老婆 妈妈 爸爸 上午 下午 早上 晚上 今天 昨天 "
        "나 저 엄마 오전 오후 어제 오늘 me you am pm today yesterday at on"
    )
)
_MIN_LINES = 2


def _display_names(folded: str) -> Iterator[Hit]:
    found = [m for m in _STAMPED().finditer(folded) if not _no_sender(m.group(1))]
    if len(found) < _MIN_LINES or len({m.group(1) for m in found}) < _MIN_LINES:
        return
    for match in found:
        yield Hit.at(match.span(1), label="ONLINE_ID", detector="cue", rule="chat_stamp_name")


def _no_sender(name: str) -> bool:
    return name.casefold() in _NOT_SENDERS or name.replace("-", "").replace("/", "").isdigit()


_HAN = "\u4e00-\u9fff"
_AUXILIARY = frozenset("就会能要可没不已还也都又才是将该得把让给对再很最")
"""Adverbs and auxiliaries that stand before 被 (就会被, 已经被, 不要被): no name holds one
in this slot."""
_BEFORE_BEI = lazy_pattern(rf"([{_HAN}]{{2}})(?:就是|也是|就|也|都|又|才|是)?$")
_TIME_BEFORE = lazy_pattern(
    rf"(?:^|[^{_HAN}]|(?<![{_HAN}])(?:上次|后来|那次|那年|去年|前年|当时|结果|以前|"
    r"听说|其实|可是|但是|没想到|那时候|那时))$"
)


def _passive_names(folded: str, res: Resources) -> Iterator[Hit]:
    for bei in re.finditer("被", folded):
        head = _BEFORE_BEI().search(folded, max(0, bei.start() - 4), bei.start())
        if head is None:
            continue
        start, stop = head.span(1)
        if _TIME_BEFORE().search(folded, max(0, start - 4), start) is None:
            continue
        word = head.group(1)
        if not_a_given_name(word, res) or any(c in _AUXILIARY for c in word):
            continue
        yield Hit(
            start=start,
            end=stop,
            label="PERSON",
            detector="name",
            rule="zh_given_before_passive",
            uncertain=True,
        )


def find_round11_zh(folded: str, res: Resources, has_hanzi: bool) -> Iterator[Hit]:
    """The rules of this module (see its doc)."""
    if ":" in folded:
        yield from _display_names(folded)
    if has_hanzi and "被" in folded:
        yield from _passive_names(folded, res)
