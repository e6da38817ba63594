"""Bracketed speaker labels of a chat export (round 10 of issue 11).

KakaoTalk exports a chat as ``[이름] [오후 3:15] 메시지`` and people retype chats the same way
(``[name] message``).  When at least two lines open with a ``[X]`` label and there are two or
more different labels, the text is a chat, and each label is who speaks: the same reading as
round 8's ``X:`` labels (``speakers``), whose role and name checks this module reuses.

Inside a label:

* a bare name (``[봄날]``, ``[红梅]``, ``[Mina]``) is a PERSON; a role (``[나]``, ``[상대]``,
  ``[老公]``, ``[me]``) is not; a common word is kept but uncertain, as in ``speakers``;
* a name with a title or kin word after it (``[향미언니]``, ``[은혜맘]``) gives the name; a lone
  surname with an office (``[박실장]``, ``[이주무관]``) gives the surname;
* a name with its affectionate 이 after a closed syllable (``[순옥이]``) gives the name;
* in a two-word label whose second word is a person (``[두리하나 김팀장]``) the first word is
  the organisation she speaks for (ORG, uncertain), unless it is a government office
  (``양천구청``: the place is found by the place rules).

Labels holding a digit (``[오후 3:15]``) are times, not speakers.  A time stamp in brackets
before ``X :`` (``[오후 9:14] 연길큰언니: ...``, ``[2019. 5. 2. 오후 11:03] 화성댁 : ...``: the
other way chats are exported and retyped) makes X the speaker's display name, an
``ONLINE_ID`` whatever the word is (round 20).  Found from line starts by
one anchored pattern, only when the text has a ``[`` at a line start.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from fieldkit.redaction.cuewords import cue_words
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.speakers import is_speaker_name, ordinary_label

__all__ = ["find_chat_labels"]

_LABEL = lazy_pattern(r"^[ \t]*\[([^\[\]\n]{1,24})\]", re.MULTILINE)
_INLINE = lazy_pattern(r"(?:^|(?<=[ \t]))\[([^\[\]\n]{1,24})\](?=[ \t])")
"""A label anywhere on a line, before a space: only for ``_inline_labels``."""
_HANDLE = lazy_pattern(r"[가-힣A-Za-z_.]+\d+[가-힣A-Za-z_.\d]*")
"""A display name with digits in it (연변아줌마77, hua_mei_04): an account's handle, redacted
whole as an ``ONLINE_ID`` (round 18); a label with digits and spaces or a colon is a time."""
_HANGUL = lazy_pattern(r"[가-힣]{1,4}")
_HANZI = lazy_pattern(r"[\u4e00-\u9fff]{2,3}")
_LATIN = lazy_pattern(r"[A-Z][a-z]{1,14}")
# who a label may name that is no person (the writer, the other side, a relative by role)
_ROLE_KO = frozenset(
    str.split(
        "나 저 내 상대 상대방 본인 우리 엄마 아빠 어머니 아버지 남편 아내 언니 오빠 누나 형 "
        "동생 딸 아들 시누 시누이 시어머니 친구 브로커 선생님 목사님 사장님 알수없음 발신자"
    )
)
_ROLE_ZH = frozenset(
    str.split(
        "老公 老婆 妈妈 爸爸 儿子 女儿 姐姐 哥哥 弟弟 妹妹 嫂子 婆婆 公公 老板 朋友 群主 客服 "
        "阿姨 叔叔 舅舅 姑姑 奶奶 爷爷 姥姥 姥爷 宝贝 亲爱的 老师 同学 中介 我 自己"
    )
)
_NOT_ONE = _ROLE_KO | frozenset(
    str.split("너 애 걔 쟤 얘 음 네 예 응 아 어 뭐 왜 참 또 꼭 곧 좀 땡")
)
"""One-syllable labels that are a pronoun, an answer or a sound, never who speaks."""
# kin and address words glued after a name in a label, beyond the cue list's titles
_AFTER_NAME = ("맘", "엄마", "아빠", "주무관", "님")
_OFFICE_SUFFIX = ("청", "경찰서", "파출소", "주민센터")
_MIN_LINES = 2


@lru_cache(maxsize=1)
def _titles() -> tuple[str, ...]:
    """Titles and kin words that may close a label, longest first (언니, 실장, 팀장, 간사)."""
    words = set(cue_words().get("title", "ko")) | set(_AFTER_NAME)
    return tuple(sorted((w for w in words if w and len(w) <= 3), key=len, reverse=True))


def _closed_syllable(ch: str) -> bool:
    return (ord(ch) - 0xAC00) % 28 != 0


def _hangul_name(token: str, res: Resources) -> tuple[int, int, bool] | None:
    """Where in a Hangul label token the name is (start, end, uncertain), if anywhere."""
    if token in _ROLE_KO:
        return None
    for title in _titles():
        stem = token[: -len(title)]
        if not token.endswith(title) or not stem:
            continue
        if len(stem) == 1 and stem in res.sur_ko_hangul:
            return 0, 1, False
        if 2 <= len(stem) <= 3 and stem not in _ROLE_KO and is_speaker_name(stem, res):
            return 0, len(stem), ordinary_label(stem, res)
        break  # 달님: no name before the title; the whole label may still be one
    if len(token) >= 3 and token.endswith("이") and _closed_syllable(token[-2]):
        stem = token[:-1]
        if stem not in _ROLE_KO and is_speaker_name(stem, res):
            return 0, len(stem), ordinary_label(stem, res)
    if len(token) >= 2 and len(token) <= 3 and is_speaker_name(token, res):
        return 0, len(token), ordinary_label(token, res)
    if len(token) == 1 and token not in _NOT_ONE and is_speaker_name(token, res):
        return 0, 1, True  # [별]: a one-syllable name, always a word too (round 29)
    return None


_DECORATION = lazy_pattern(r"[^\w\s]+$")
"""Emoji or symbols closing a display name ([하늘🌙], [순옥♡]): no part of the name (round 29)."""


def _name_in(token: str, res: Resources) -> tuple[int, int, bool] | None:
    token = _DECORATION().sub("", token) if not token[-1].isalnum() else token
    if not token:
        return None
    if _HANGUL().fullmatch(token):
        return _hangul_name(token, res)
    if _HANZI().fullmatch(token):
        if token in _ROLE_ZH or not is_speaker_name(token, res):
            return None
        return 0, len(token), token in res.lex_zh
    if _LATIN().fullmatch(token) and is_speaker_name(token, res):
        return 0, len(token), ordinary_label(token, res)
    return None


def _label_hits(start: int, label: str, res: Resources, repeated: bool) -> list[Hit]:
    out: list[Hit] = []
    tokens = label.split()
    if not tokens or len(tokens) > 2:
        return out
    last = label.rindex(tokens[-1])
    found = _name_in(tokens[-1], res)
    if found is not None:
        s, e, uncertain = found
        uncertain = uncertain and not repeated
        rule = "chat_label" + ("_ordinary" if uncertain else "")
        out.append(
            Hit(
                start=start + last + s,
                end=start + last + e,
                label="PERSON",
                detector="cue",
                rule=rule,
                uncertain=uncertain,
            )
        )
    if len(tokens) == 2 and found is not None:
        org = tokens[0]
        if re.fullmatch(r"[가-힣]{2,8}", org) is None or org in res.gaz_hangul:
            return out
        if org.endswith(_OFFICE_SUFFIX) or org in _ROLE_KO:
            return out
        first = label.index(org)
        out.append(
            Hit(
                start=start + first,
                end=start + first + len(org),
                label="ORG",
                detector="cue",
                rule="chat_label_org",
                uncertain=True,
            )
        )
    return out


_STAMPED = lazy_pattern(
    r"\[(?:\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.\s?)?(?:(?:오전|오후|AM|PM|am|pm)\s?)?\d{1,2}:\d{2}\]"
    r"\s?([^\s:\[\]][^:\[\]\n]{0,15}?)\s?:"
)


def _stamped_names(folded: str, res: Resources) -> list[Hit]:
    """[오후 9:14] 연길큰언니: the display name after a chat's time stamp.  Round 29: the
    stamp may be a 24-hour clock with no 오전/오후 or AM/PM (``[14:10] Soo: ...``), the way
    Telegram, Signal and most desktop exports write it; a name before a colon after a
    bracketed time is a speaker either way.  After such a stamp a common word (Update, and
    also Soo, which the word list holds) is a speaker only when it comes back on another
    line, and then uncertain: a time log's headings seldom repeat, a chat's speakers do."""
    out: list[Hit] = []
    matches = list(_STAMPED().finditer(folded))
    said = Counter(match.group(1).strip() for match in matches)
    for match in matches:
        name = match.group(1).strip()
        doubt = _bare_clock(match.group()) and ordinary_label(name, res)
        if doubt and said[name] < 2:
            continue  # [09:31] Update: a log's heading word after its time, not a speaker
        if name and is_speaker_name(name, res):
            start = match.start(1)
            out.append(
                Hit.at(
                    (start, start + len(name)),
                    label="ONLINE_ID",
                    detector="cue",
                    rule="chat_stamped",
                    uncertain=doubt,
                )
            )
    return out


def _bare_clock(stamp: str) -> bool:
    """A stamp with no 오전/오후 or AM/PM, which time logs share with chats (round 29)."""
    return not any(mark in stamp for mark in ("오전", "오후", "AM", "PM", "am", "pm"))


def find_chat_labels(folded: str, res: Resources) -> list[Hit]:
    """Every name in the bracketed speaker labels of a chat (module docstring)."""
    out: list[Hit] = []
    if "[" not in folded:
        return out
    if ":" in folded:
        out += _stamped_names(folded, res)
    labels = _labels(folded, _LABEL())
    if len(labels) < _MIN_LINES or len({label for _, label in labels}) < 2:
        labels = _inline_labels(folded)
        if not labels:
            return out
    counts = Counter(label for _, label in labels)
    for start, label in labels:
        offset = folded.index(label, start)
        if _HANDLE().fullmatch(label):
            out.append(
                Hit.at(
                    (offset, offset + len(label)),
                    label="ONLINE_ID",
                    detector="cue",
                    rule="chat_handle",
                )
            )
            continue
        out += _label_hits(offset, label, res, counts[label] > 1)
    return out


def _labels(folded: str, pattern: re.Pattern[str]) -> list[tuple[int, str]]:
    found = [(m.start(1), m.group(1).strip()) for m in pattern.finditer(folded)]
    return [(at, label) for at, label in found if _time_free(label)]


def _inline_labels(folded: str) -> list[tuple[int, str]]:
    """A chat pasted onto one line ([사랑] 언니 나 왔어 [순옥] 진짜? [사랑] 응): labels after a
    space count when the text opens with one and a speaker comes back (round 19), which a
    transcript's stage directions ([웃음] ... [침묵]) seldom do."""
    if not _LABEL().match(folded):
        return []
    labels = _labels(folded, _INLINE())
    counts = Counter(label for _, label in labels)
    if len(counts) < 2 or max(counts.values()) < 2:
        return []
    return labels


def _time_free(label: str) -> bool:
    """No digit, or a handle's digits (연변아줌마77); never a time (오후 3:15, 2019.5.8)."""
    return not any(ch.isdigit() for ch in label) or _HANDLE().fullmatch(label) is not None
