"""Reference codes: how an interviewer finds an interview again, never who it is.

A reference code is shown in the interview list and in the app's header, in plain sight of
anyone beside the laptop, and it is how a refused export or a log line names the interview.
So it must not carry what the rest of fieldkit keeps sealed: a name, a place, a phone or ID
number, an online ID.  The check runs the redaction engine over the code, the same engine
that redacts narratives, and refuses the code when it finds anything but a date (interview
dates are a common, harmless numbering).  Refusing is cheap: the interviewer types another
code; accepting a name cannot be undone by anything but a wipe.
"""

from __future__ import annotations

from fieldkit.errors import ReferenceCodeError
from fieldkit.session.redaction import load_engine

__all__ = ["check_reference"]

_HARMLESS = frozenset({"DATE"})
"""Labels a reference code may hold."""

_WHAT = {
    "PERSON": ("a name", "이름"),
    "PLACE": ("a place", "지명"),
    "ADDRESS": ("an address", "주소"),
    "ORG": ("the name of a business or organisation", "가게나 단체 이름"),
    "PHONE": ("a phone number", "전화번호"),
    "ID_NUMBER": ("an ID number", "신분증 번호"),
    "ONLINE_ID": ("an online ID", "온라인 아이디"),
    "EMAIL": ("an e-mail address", "이메일 주소"),
    "URL": ("a web address", "인터넷 주소"),
}

_HINT = (
    "use a number or a code such as 'A-12'; names stay in the sealed identity section",
    "'A-12'처럼 번호나 기호로 정하세요. 이름은 봉인된 신원 섹션에만 적습니다.",
)


def check_reference(ref: str) -> str:
    """The code, stripped, when it identifies no one; ``ReferenceCodeError`` otherwise.

    The message names the kind of identifier found, never the code itself.
    """
    code = ref.strip()
    if any(not character.isprintable() for character in code):
        raise ReferenceCodeError(
            "the reference code holds a control character, which the list cannot show",
            hint=_HINT[0],
            translations={"ko": "참조 코드에 화면에 보일 수 없는 제어 문자가 있습니다."},
            hint_translations={"ko": _HINT[1]},
        )
    for span in load_engine().scan(code):
        if span.label not in _HARMLESS:
            english, korean = _WHAT.get(span.label, ("an identifier", "신원을 드러내는 내용"))
            raise _refused(english, korean)
    return code


def _refused(english: str, korean: str) -> ReferenceCodeError:
    return ReferenceCodeError(
        f"the reference code looks like it holds {english}: anyone beside the laptop "
        "can read it in the interview list",
        hint=_HINT[0],
        translations={
            "ko": f"참조 코드에 {korean}처럼 보이는 부분이 있습니다. 참조 코드는 면담 목록에 "
            "그대로 보여서 옆 사람도 읽을 수 있습니다."
        },
        hint_translations={"ko": _HINT[1]},
    )
