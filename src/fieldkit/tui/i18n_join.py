"""The words of joining a project, Korean and English (merged into ``i18n`` at import).

The join screen (``fieldkit.tui.screens.join``): the project file, the coordinator's key
code and what the file will do on this laptop (``join.*``), and why a typed key code was
refused (``code.*``, one per ``CodeError.problem``).  Moved out of ``i18n`` (round 30,
review) so that module stays under ~400 lines; the strings are unchanged.  Korean wording is
listed in docs/glossary.md for a fluent reader's review.
"""

from __future__ import annotations

__all__ = ["STRINGS"]

STRINGS: dict[str, tuple[str, str]] = {
    "join.title": ("Join a project", "프로젝트 참여"),
    "join.intro": (
        "Type where the project file is, and the key code your coordinator reads out to you "
        "(five groups of five). A file signed by any other key is refused.",
        "프로젝트 파일이 있는 곳과, 코디네이터가 불러 주는 키 코드(다섯 글자씩 다섯 묶음)를 "
        "입력하세요. 다른 키로 서명된 파일은 거부됩니다.",
    ),
    "join.file": ("Project file (path)", "프로젝트 파일 (경로)"),
    "join.code": ("Coordinator key code", "코디네이터 키 코드"),
    "join.check": ("Check", "확인"),
    "join.checking": ("Checking…", "확인 중…"),
    "join.button": ("Join", "참여"),
    "join.matches": (
        "The key code matches the project file '{name}'.",
        "키 코드가 프로젝트 파일 '{name}'와 일치합니다.",
    ),
    "join.verbatim": (
        "Answers that would leave this laptop as typed (not redacted, not generalised): {n}",
        "입력한 그대로(가리거나 일반화하지 않고) 이 노트북 밖으로 나가는 답: {n}개",
    ),
    "join.kept": (
        "Kept on this laptop although the project file would export them: {n}",
        "프로젝트 파일은 내보내려 하지만 이 노트북에 남겨 두는 답: {n}개",
    ),
    "join.lock": ("Locks after {m} idle minutes.", "{m}분 동안 입력이 없으면 잠깁니다."),
    "join.lock_own": ("Locking: this laptop's own setting.", "잠금: 이 노트북의 설정을 따릅니다."),
    "join.wipe": (
        "Wiped after {n} wrong passphrases in a row.",
        "비밀번호 문구를 연달아 {n}번 틀리면 작업공간이 삭제됩니다.",
    ),
    "join.wipe_own": (
        "Wipe after wrong passphrases: this laptop's own setting.",
        "비밀번호 문구를 틀렸을 때의 삭제: 이 노트북의 설정을 따릅니다.",
    ),
    "join.refuse": (
        "Stories with unreviewed uncertain spans are not exported until they are reviewed.",
        "확인하지 않은 불확실한 부분이 있는 이야기는 확인할 때까지 내보내지 않습니다.",
    ),
    "join.redact": (
        "Uncertain spans in stories are redacted without review.",
        "이야기의 불확실한 부분은 확인 없이 가립니다.",
    ),
    "join.done": (
        "Joined. Enrolment code: {code}\nRead it to your coordinator, group by group.",
        "참여했습니다. 등록 코드: {code}\n코디네이터에게 한 묶음씩 불러 주세요.",
    ),
    "join.bad_file": (
        "This project file cannot be used: {detail}",
        "이 프로젝트 파일은 쓸 수 없습니다: {detail}",
    ),
    "code.missing": (
        "Type the key code your coordinator reads out. Nothing was changed.",
        "코디네이터가 불러 주는 키 코드를 입력하세요. 아무것도 바뀌지 않았습니다.",
    ),
    "code.groups": (
        "A code has five groups of five characters. Read it again with your coordinator.",
        "코드는 다섯 글자씩 다섯 묶음입니다. 코디네이터와 다시 읽어 보세요.",
    ),
    "code.length": (
        "Group {group} should have five characters. Read it again with your coordinator.",
        "{group}번째 묶음은 다섯 글자여야 합니다. 코디네이터와 다시 읽어 보세요.",
    ),
    "code.check": (
        "Group {group} looks wrong. Read that group again with your coordinator.",
        "{group}번째 묶음이 틀린 것 같습니다. 그 묶음을 코디네이터와 다시 읽어 보세요.",
    ),
    "code.character": (
        "The code has a character that is never in a code. Read it again.",
        "코드에 들어갈 수 없는 글자가 있습니다. 다시 읽어 보세요.",
    ),
    "code.legacy": (
        "The code has four groups; a code has five. Read it again with your coordinator.",
        "코드가 네 묶음입니다. 코드는 다섯 묶음입니다. 코디네이터와 다시 읽어 보세요.",
    ),
    "code.mismatch": (
        "The code does not match this project file: it may not come from your coordinator. "
        "Do not join. Nothing was changed.",
        "코드가 이 프로젝트 파일과 맞지 않습니다. 코디네이터가 보낸 파일이 아닐 수 있습니다. "
        "참여하지 마세요. 아무것도 바뀌지 않았습니다.",
    ),
}
