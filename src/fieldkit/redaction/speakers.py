"""Speaker labels of a transcript or chat (round 8 of issue 11).

A line (or a sentence) that opens with ``X:`` names who speaks.  When a text has at least
two different such labels it is a dialogue, and each label that is a name is a PERSON:
one to three Hangul syllables, two or three Hanzi, or a capitalised Latin word, that is no
closed-class word, title, kinship term or role label (문, 답, 질문, 면담자, 통역, 시간, 장소,
Interviewer, Q ...).  A label that is also a common word (이슬 "dew") is uncertain; the
others are certain, so propagation finds the name later in the text (정아야, 정아는).
Found from line and sentence starts by one anchored pattern, only when the text has a colon.
A quoted chat's ``>`` before the label and a hyphenated romanised name (Min-ho:) are read
too (round 26).  Round 41: a chat retyped on one line, its turns parted by `` / ``, and the
account in brackets after a label (은하수(QQ 1394827705): ...), as set CO's writers typed them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction.anchored import finditer_from
from fieldkit.redaction.cuewords import closed_words
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["find_speakers", "is_speaker_name", "ordinary_label"]

_ROLE_LABELS = frozenset(
    str.split(
        "문 답 나 너 질문 답변 면담자 면접자 피면접자 조사자 연구자 진행자 사회자 참가자 "
        "응답자 구술자 증언자 진술인 진술자 통역 통역사 통역자 기자 상담사 상담자 내담자 "
        "인터뷰어 본인 일동 모두 전원 다같이 주 참고 비고 메모 출처 일시 날짜 시간 장소 제목 "
        "내용 요약 결론 이유 주제 기록 녹취 편집 번역 원문 사진 자료 예 답장 이름 나이 성별 "
        "주소 직업 고향 학력 국적 연락처 전화 생년월일 출생 가족 종교 상태 결과 문제 대답 "
        "설명 배경 특징 사건 경위 목적 방법 주의 경고 공지 안내 알림 결과물 합계 총"
    )
)
_ROLE_LATIN = frozenset(
    str.split(
        "q a i me we you interviewer interviewee respondent translator interpreter moderator "
        "note notes source date time place subject re cc to from reply answer question all "
        "everyone narrator speaker reporter caller operator dispatcher counsellor counselor "
        "volunteer caseworker officer client witness survivor victim host guest agent"
    )
)
_MIN_LABELS = 2


@lru_cache(maxsize=1)
def _rx() -> re.Pattern[str]:
    return re.compile(
        r"(?:^|(?<=\n)|(?<=[.!?。]\s)|(?<=\s/\s)|(?<=\]\s))[ \t]*(?:>[ \t]*)*"
        r"([가-힣]{1,3}|[\u4e00-\u9fff]{2,3}|[A-Z][a-z]{1,14}(?:-[A-Za-z][a-z]{1,6})?)"
        r"(?:\((?:QQ|qq|ID|id|微信|위챗|카톡|WeChat|wechat)?[^()\n]{1,24}\))?"
        r"[ \t]?[:：](?=[ \t]|$)",
        re.MULTILINE,
    )


_COLON = lazy_pattern("[:：]")
_LONGEST_LABEL = 15


def _label_starts(folded: str) -> Iterator[int]:
    """Where ``_rx`` can match, read back from each colon (round 13, speed: the pattern opens
    with look-behinds, which ``re`` tried at every position of a long text).  A label is the
    whole word before the colon (one space or tab may come between), since a line start or
    a space comes before it; the match opens anywhere in the spaces and tabs before that
    word, or at the word."""
    for colon in _COLON().finditer(folded):
        end = colon.start()
        if end and folded[end - 1] in " \t":
            end -= 1
        opened = folded.rfind("(", max(0, end - 26), end) if folded[end - 1 : end] == ")" else -1
        end = opened if opened > 0 else end  # 은하수(QQ 1394827705): an account after the name
        start = end
        while start and not folded[start - 1].isspace() and end - start <= _LONGEST_LABEL:
            start -= 1
        if start == end or (start and not folded[start - 1].isspace()):
            continue  # no word, or one longer than any label
        yield start
        while start and folded[start - 1] in " \t>":
            start -= 1
            yield start


def is_speaker_name(label: str, res: Resources) -> bool:
    """A label that may be a name: no role, closed-class word or gazetteer place (also the
    check of ``chat_labels`` for ``[X]`` labels)."""
    if label.isascii():
        low = label.casefold()
        return low not in _ROLE_LATIN and low not in closed_words("en")
    if label in _ROLE_LABELS or label in closed_words("ko"):
        return False
    return label not in res.gaz_hanzi


def ordinary_label(label: str, res: Resources) -> bool:
    """A label that is also a common word (이슬 "dew", 경화): still a speaker's name in a
    dialogue, but uncertain, so the reviewer sees it."""
    if label.isascii():
        return label.casefold() in res.lex_en
    return label in res.lex_ko_common


_DIALOGUE_ROLES = frozenset(
    str.split("나 너 저 문 답 질문 답변 면담자 구술자 내담자 상담사 상담자 조사자 Q A Me I")
)
"""Labels that say the text is a dialogue (the writer's own 나:, an interview's 문:/답:):
beside one of them, a single other label is the other side (round 12)."""


def _two_sided(folded: str, labels: list[tuple[int, int]], spans: list[tuple[int, int]]) -> bool:
    """``小雪: ... / 나: ... / 小雪: ...``: one name label, said at least twice, facing a
    dialogue role (나, 문, 답) is a chat with one other person (round 12 of issue 11)."""
    names = {folded[s:e] for s, e in spans}
    if len(names) != 1 or len(spans) < _MIN_LABELS:
        return False
    return any(folded[s:e] in _DIALOGUE_ROLES for s, e in labels)


def find_speakers(folded: str, res: Resources) -> list[Hit]:
    """Every speaker label that is a name, in a text with two or more (module docstring)."""
    out: list[Hit] = []
    if ":" not in folded and "：" not in folded:
        return out
    labels = [m.span(1) for m in finditer_from(_rx(), folded, _label_starts(folded))]
    spans = [(s, e) for s, e in labels if is_speaker_name(folded[s:e], res)]
    spans = _turns_inline(folded, labels, spans)
    if len({folded[s:e] for s, e in spans}) < _MIN_LABELS and not _two_sided(folded, labels, spans):
        return out
    for start, end in spans:
        uncertain = ordinary_label(folded[start:end], res)
        out.append(
            Hit(
                start=start,
                end=end,
                label="PERSON",
                detector="cue",
                rule="speaker_label" + ("_ordinary" if uncertain else ""),
                uncertain=uncertain,
            )
        )
    return out


def _inline(folded: str, start: int) -> bool:
    """A label after `` / `` or ``] `` rather than at a line's or a sentence's start."""
    return folded[max(0, start - 2) : start] in ("/ ", "] ")


def _turns_inline(
    folded: str, labels: list[tuple[int, int]], spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A label on one line after a slash or a bracket counts only as a chat's turn: said at
    least twice, facing a dialogue role (은하수: ... / 나: ... / 은하수: ...).  A form typed on
    one line (출생지: ... / 탈북일: ...) has labels there too, each said once (round 41)."""
    said = Counter(folded[s:e] for s, e in spans)
    chat = any(folded[s:e] in _DIALOGUE_ROLES for s, e in labels)
    return [
        (s, e)
        for s, e in spans
        if not _inline(folded, s) or (chat and said[folded[s:e]] >= _MIN_LABELS)
    ]
