"""Every fieldkit error in the reader's language: a Korean title, message and hint per code.

``fieldkit.errors`` raises in English, with the specific place and fix of each raise site;
that text is what the CLI prints by default and what tests and support quote.  The
interviewer reads in Korean, though, and an English dialog on a Korean screen is one she may
not be able to act on.  So every error *class* also has Korean wording here, keyed by its
``code`` (one wording per kind of failure, since the raise sites' English is free-form), and
``render(error, lang)`` picks the words:

- English: the error's own title, message, place and hint, as raised.
- Korean: the error's own Korean translation when the raise site gave one (answer checks and
  passphrase refusals carry one, see ``AnswerError.localized``), else the code's wording
  below.  The English ``where`` (it names internal question ids and files) is left out on a
  Korean screen; ``render(..., keep_where=True)`` keeps it for the command line, where it is
  a path or a row a coordinator needs.

Format fields are filled from the error itself (``fields``), never from an answer.  New
Korean wording is listed in docs/glossary.md, "Errors (issue 15)", for a fluent reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from fieldkit.errors import (
    AnswerError,
    BundleDeclinedError,
    CodeError,
    FieldkitError,
    NothingToExportError,
    PassphraseError,
    QuestionnaireError,
    WrongPassphraseError,
)

__all__ = ["KOREAN", "Rendered", "Wording", "fields", "render"]


@dataclass(frozen=True, kw_only=True)
class Wording:
    """A kind of failure in one language; ``more`` adds a sentence per field the error has."""

    title: str
    message: str
    hint: str
    more: dict[str, str] = field(default_factory=dict)
    """Field name -> a sentence with ``{that field}``, added when the error has the field."""


@dataclass(frozen=True, kw_only=True)
class Rendered:
    """What a dialog or a stderr line shows."""

    title: str
    message: str
    hint: str | None
    where: str | None
    details: list[str]


_HANGUL = re.compile("[\uac00-\ud7a3]")

_W = Wording
KOREAN: dict[str, Wording] = {
    "FK000": _W(
        title="fieldkit 오류",
        message="작업을 끝내지 못했습니다.",
        hint="다시 해 보고, 같은 일이 되풀이되면 코디네이터에게 알려 주세요.",
    ),
    "FK010": _W(
        title="설정 오류",
        message="설정이나 환경 변수의 값을 쓸 수 없습니다.",
        hint="설정 값을 고친 뒤 다시 시작하세요.",
    ),
    "FK020": _W(
        title="파일을 쓰지 못함",
        message="파일을 그 자리에 쓸 수 없습니다. 아무것도 쓰지 않았습니다.",
        hint="다른 이름이나 폴더를 고르거나, 폴더와 남은 공간을 확인하세요.",
    ),
    "FK100": _W(
        title="질문지 오류",
        message="질문지 파일을 읽을 수 없거나 형식 규칙에 맞지 않습니다.",
        hint="질문지를 만든 사람에게 파일을 고쳐 달라고 하세요.",
    ),
    "FK110": _W(
        title="조건식 오류",
        message="질문지의 조건식을 해석할 수 없거나 없는 질문을 가리킵니다.",
        hint="질문지를 만든 사람에게 조건식을 고쳐 달라고 하세요.",
    ),
    "FK120": _W(
        title="엑셀 질문지를 가져오지 못함",
        message="엑셀 질문지 파일을 읽을 수 없거나 실행할 수 없는 내용이 있습니다.",
        hint="표시된 행을 모두 고친 뒤 다시 가져오세요. 아무것도 쓰지 않았습니다.",
        more={"problems": "문제가 있는 행: {problems}개."},
    ),
    "FK200": _W(
        title="답을 받을 수 없음",
        message="이 답은 질문에 맞지 않습니다.",
        hint="답을 고쳐서 다시 입력하세요.",
    ),
    "FK210": _W(
        title="동의가 먼저입니다",
        message="동의를 기록하기 전에는 다른 질문에 답할 수 없습니다.",
        hint="먼저 설명문을 읽어 드리고 동의 여부를 기록하세요.",
    ),
    "FK220": _W(
        title="참조 코드를 쓸 수 없음",
        message="참조 코드에 사람을 알아볼 수 있는 내용이 있는 것 같습니다.",
        hint="'A-12'처럼 번호나 기호로 정하세요. 이름은 봉인된 신원 섹션에만 적습니다.",
    ),
    "FK300": _W(
        title="가져오기 실패",
        message="가져올 면담 파일의 형식이 잘못되었습니다. 아무것도 가져오지 않았습니다.",
        hint="표시된 문제를 고친 뒤 다시 가져오세요.",
        more={"problems": "다른 문제: {problems}개."},
    ),
    "FK400": _W(
        title="작업공간 오류",
        message="작업공간이 없거나, 이미 있거나, 열 수 없습니다.",
        hint="작업공간 폴더를 확인하세요. 잠겨 있으면 다시 여세요.",
    ),
    "FK410": _W(
        title="비밀번호 문구가 틀림",
        message="비밀번호 문구가 틀렸습니다.",
        hint="대소문자와 띄어쓰기를 확인하고 다시 입력하세요.",
        more={"tries": "{tries}번 남았습니다."},
    ),
    "FK420": _W(
        title="비밀번호 문구를 쓸 수 없음",
        message="새 비밀번호 문구를 받아들일 수 없습니다.",
        hint="더 긴 문구를 고르고, 두 번 똑같이 입력하세요.",
    ),
    "FK430": _W(
        title="더 새 버전의 작업공간",
        message="이 작업공간은 더 새 버전의 fieldkit으로 만들어졌습니다.",
        hint="fieldkit을 최신 버전으로 바꾼 뒤 여세요.",
    ),
    "FK440": _W(
        title="저장하지 못함",
        message="암호화된 작업공간에 쓰지 못했습니다.",
        hint="저장 공간이 남아 있는지 확인하고 다시 해 보세요. 입력한 내용은 화면에 남아 있습니다.",
    ),
    "FK450": _W(
        title="기록 사슬이 끊김",
        message="작업공간의 변경 기록에서 항목이 빠졌거나 바뀌었습니다.",
        hint="작업공간을 더 쓰지 말고 코디네이터에게 알려 주세요.",
    ),
    "FK500": _W(
        title="키 오류",
        message="키를 읽거나 만들거나 쓸 수 없습니다.",
        hint="키 파일이 손상되지 않았는지 확인하세요.",
    ),
    "FK600": _W(
        title="가림 처리 오류",
        message="가림 처리를 끝내지 못했습니다. 아무것도 내보내지 않았습니다.",
        hint="이야기 편집기에서 불확실한 부분을 하나씩 검토한 뒤 다시 내보내세요.",
        more={"problems": "같은 문제가 있는 다른 면담: {problems}건."},
    ),
    "FK700": _W(
        title="내보내기 파일 오류",
        message="내보내기 파일을 쓰거나 읽거나 받아들일 수 없습니다.",
        hint="새 파일 이름을 고르거나, 바뀐 면담이 있는지 확인하세요.",
    ),
    "FK701": _W(
        title="내보낼 면담이 없음",
        message="내보낼 면담이 없습니다.",
        hint="아무것도 쓰지 않았습니다. 동의하지 않았거나 동의를 철회한 면담은 이 기기에만 "
        "남습니다. 철회한 면담의 기록 번호는 코디네이터에게 직접 알려 주세요.",
        more={"withdrawn": "동의하지 않음 {declined}건, 내보낸 뒤 동의 철회 {withdrawn}건."},
    ),
    "FK710": _W(
        title="내보내기 파일이 아님",
        message="이 파일은 fieldkit 내보내기 파일이 아닙니다.",
        hint="면담자에게서 받은 파일이 맞는지 확인하세요.",
    ),
    "FK720": _W(
        title="받는 사람이 다름",
        message="이 내보내기 파일은 이 코디네이터의 키로 암호화되지 않았습니다.",
        hint="면담자가 올바른 프로젝트 파일로 참여했는지 확인하세요.",
    ),
    "FK730": _W(
        title="손상되거나 변조된 내보내기 파일",
        message="내보내기 파일이 무결성 검사를 통과하지 못했습니다.",
        hint="면담자에게 다시 내보내 달라고 하세요.",
    ),
    "FK740": _W(
        title="다른 곳에서 온 내보내기 파일",
        message="이 내보내기 파일은 진짜이지만 이 작업공간의 것이 아닙니다.",
        hint="프로젝트와 질문지, 등록된 기기를 확인하세요.",
    ),
    "FK750": _W(
        title="이미 받은 내보내기 파일",
        message="이 내보내기 파일은 이미 합쳤거나 기기의 이전 내보내기 파일 다음 것이 아닙니다.",
        hint="빠진 내보내기 파일을 먼저 합치세요.",
    ),
    "FK760": _W(
        title="오래된 기록",
        message="기록이 저장된 것보다 오래되었거나 다른 기기의 것입니다.",
        hint="면담자에게 최신 내보내기 파일을 받으세요.",
    ),
    "FK770": _W(
        title="맞지 않는 기록",
        message="서명된 기록이 프로젝트의 질문지에 맞지 않습니다.",
        hint="면담자의 질문지 버전을 확인하세요.",
    ),
    "FK771": _W(
        title="동의하지 않은 면담이 들어 있음",
        message="동의하지 않은 면담의 기록이 들어 있어 이 내보내기 파일을 받지 않았습니다. "
        "이 파일의 다른 기록도 합치지 않았습니다.",
        hint="면담자에게 fieldkit을 최신 버전으로 바꾼 뒤 면담을 모두 다시 내보내 달라고 "
        "하세요. 새 버전은 동의하지 않은 면담을 내보내지 않습니다.",
        more={"record": "문제의 기록: {record}."},
    ),
    "FK790": _W(
        title="프로젝트 오류",
        message="프로젝트 파일이 잘못되었거나 작업공간이 아직 참여하거나 등록하지 않았습니다.",
        hint="코디네이터에게 받은 프로젝트 파일로 먼저 참여하세요.",
    ),
    "FK791": _W(
        title="키 코드를 받을 수 없음",
        message="입력한 키 코드가 형식에 맞지 않거나 다른 키의 코드입니다.",
        hint="코디네이터가 읽어 주는 코드를 묶음마다 다시 확인하세요.",
        more={"group": "{group}번째 묶음을 확인하세요."},
    ),
    "FK800": _W(
        title="감사 오류",
        message="감사를 실행할 수 없습니다.",
        hint="입력 파일과 키, 프로젝트 파일을 확인하세요.",
    ),
    "FK900": _W(
        title="보고서 오류",
        message="요청한 대로 보고서나 자료를 만들 수 없습니다.",
        hint="질문 이름과 파일 이름, 형식을 확인하세요.",
    ),
}


def fields(error: FieldkitError) -> dict[str, object]:
    """The format fields an error carries: counts, positions and record references, never
    an answer."""
    found: dict[str, object] = {}
    if error.details:
        found["problems"] = len(error.details)
    if isinstance(error, WrongPassphraseError) and error.remaining_tries is not None:
        found["tries"] = error.remaining_tries
    if isinstance(error, CodeError) and error.group is not None:
        found["group"] = error.group
    if isinstance(error, NothingToExportError) and error.declined + error.withdrawn:
        found["declined"], found["withdrawn"] = error.declined, error.withdrawn
    if isinstance(error, BundleDeclinedError) and error.record is not None:
        found["record"] = error.record
    return found


def _korean_words(error: FieldkitError) -> tuple[str, str | None] | None:
    """The raise site's own Korean, when it gave some: a translation it carries, or its
    message itself when it was raised in Korean (the CLI's passphrase check is)."""
    if isinstance(error, (AnswerError, QuestionnaireError)) and "ko" in error.translations:
        return error.translations["ko"], error.hint_translations.get("ko")
    if isinstance(error, PassphraseError) and "ko" in error.translations:
        return error.translations["ko"]
    if _HANGUL.search(error.message):
        hint = error.hint if error.hint and _HANGUL.search(error.hint) else None
        return error.message, hint
    return None


def render(error: FieldkitError, lang: str, *, keep_where: bool = False) -> Rendered:
    """Title, message, hint and place of ``error`` in ``lang`` (``en`` or ``ko``)."""
    if lang != "ko":
        return Rendered(
            title=error.title,
            message=error.message,
            hint=error.hint,
            where=error.where,
            details=list(error.details),
        )
    wording = KOREAN.get(error.code, KOREAN["FK000"])
    message, hint = wording.message, wording.hint
    own = _korean_words(error)
    if own is not None:
        message, hint = own[0], own[1] or hint
    values = fields(error)
    extra = [text.format(**values) for name, text in wording.more.items() if name in values]
    details = list(error.details)
    if isinstance(error, QuestionnaireError) and "ko" in error.detail_translations:
        details = list(error.detail_translations["ko"])
    if own is None and details:
        # The raise sites that list problems put the first in the message and the rest in
        # ``details``: the code's wording replaces the message, so the first goes first here.
        details.insert(0, error.message)
    return Rendered(
        title=wording.title,
        message=" ".join([message, *extra]),
        hint=hint,
        where=error.where if keep_where else None,
        details=details if keep_where else [],
    )
