"""The app's own words in English and Korean.

Questions, choices and constraint messages come from the questionnaire in the
chosen language; everything else the interviewer reads is here.  A missing
Korean entry falls back to English rather than showing a key.  Keys are plain
names so that tests can assert on them without depending on the wording.
"""

from __future__ import annotations

__all__ = ["LANGUAGE_NAMES", "has", "t"]

LANGUAGE_NAMES = {"en": "English", "ko": "한국어"}

_STRINGS: dict[str, tuple[str, str]] = {
    # --- key and command names (footer, command palette) ---
    "key.lock": ("Lock", "잠금"),
    "key.language": ("한국어", "English"),
    "key.quit": ("Quit", "종료"),
    "key.wipe": ("Wipe…", "삭제…"),
    "key.back": ("Back", "이전"),
    "key.next": ("Next", "다음"),
    "key.sections": ("Sections", "섹션"),
    "key.review": ("Review", "검토"),
    "key.history": ("History", "기록"),
    "key.home": ("List", "면담 목록"),  # short: the footer at 80 columns also shows ^q
    "key.new": ("New", "새 면담"),
    "key.open": ("Open", "열기"),
    "key.filter": ("Filter", "검색"),
    "key.complete": ("Mark complete", "완료 표시"),
    "key.edit": ("Edit", "수정"),
    "key.narrative": ("Story editor", "이야기 편집"),
    "key.done": ("Done", "완료"),
    "key.mark": ("Redact selection", "선택 가리기"),
    "key.release": ("Keep span", "가리지 않기"),
    "key.cancel": ("Cancel", "취소"),
    "key.focus_preview": ("Spans", "가린 부분"),
    "key.join": ("Join project", "프로젝트 참여"),
    "key.command_palette": ("palette", "명령"),
    "key.theme": ("Theme", "테마"),
    "key.keys": ("Keys", "단축키"),
    "key.audit_review": ("Audit review", "감사 검토"),
    "cmd.audit_review": (
        "Pass or fail a sample of redacted narratives",
        "가린 이야기 표본을 통과 또는 불합격으로 판정",
    ),
    "palette.search": ("Search for commands…", "명령 찾기…"),
    "key.statement_language": ("Statement: other language", "설명문: 다른 언어"),
    "cmd.lock": ("Lock the workspace now", "지금 작업공간 잠그기"),
    "cmd.language": ("Switch language (English / 한국어)", "언어 바꾸기 (English / 한국어)"),
    "cmd.wipe": (
        "Panic wipe: destroy this workspace for good",
        "긴급 삭제: 이 작업공간을 영구히 파기",
    ),
    "cmd.quit": ("Quit fieldkit (everything is already saved)", "fieldkit 종료 (모두 저장됨)"),
    "cmd.theme": ("Change the colour theme", "색상 테마 바꾸기"),
    "cmd.keys": ("Show the keys for this screen", "이 화면의 단축키 보기"),
    "cmd.home": ("Go to the interview list", "면담 목록으로"),
    "cmd.new": ("Start a new interview", "새 면담 시작"),
    "cmd.review": ("Review every answer of this interview", "이 면담의 모든 답 검토"),
    "cmd.sections": ("Jump to a section", "섹션으로 이동"),
    "cmd.history": ("Show earlier versions of this answer", "이 답의 이전 기록 보기"),
    "cmd.narrative": ("Open the story editor with redaction preview", "이야기 편집기 열기"),
    "cmd.release": (
        "Keep this text in the export? The decision is logged with the time.",
        "이 부분을 가리지 않고 내보낼까요? 결정은 시간과 함께 기록됩니다.",
    ),
    "cmd.complete": ("Mark this interview complete", "이 면담을 완료로 표시"),
    "cmd.join": (
        "Join your coordinator's project (the project file and the key code she reads out)",
        "코디네이터의 프로젝트에 참여 (프로젝트 파일과 코디네이터가 불러 주는 키 코드)",
    ),
    # --- unlock / create ---
    "unlock.title": ("Unlock workspace", "작업공간 열기"),
    "unlock.locked": ("Locked", "잠김"),
    "unlock.passphrase": ("Passphrase", "비밀번호 문구"),
    "unlock.button": ("Unlock", "열기"),
    "unlock.working": ("Unlocking…", "여는 중…"),
    "unlock.failed": ("Wrong passphrase.", "비밀번호 문구가 틀렸습니다."),
    "create.title": ("Create a workspace", "작업공간 만들기"),
    "create.intro": (
        "No workspace here yet. Choose a passphrase of five or more unrelated words, or have "
        "one suggested. It cannot be recovered: without it the interviews cannot be read by "
        "anyone.",
        "아직 작업공간이 없습니다. 서로 관련 없는 단어 다섯 개 이상으로 비밀번호 문구를 정하거나 "
        "제안을 받으세요. "
        "잊으면 복구할 수 없고, 누구도 면담 내용을 읽을 수 없습니다.",
    ),
    "create.repeat": ("Repeat the passphrase", "비밀번호 문구 다시 입력"),
    "suggest.button": ("Suggest a passphrase", "비밀번호 문구 제안"),
    "suggest.shown": (
        "Write it down (keep it apart from the laptop), then type it into both fields "
        "({n} random words, {bits} bits):",
        "적어서 노트북과 따로 보관한 뒤 아래 두 칸에 입력하세요 (무작위 단어 {n}개, {bits}비트):",
    ),
    "create.button": ("Create", "만들기"),
    "create.working": ("Creating…", "만드는 중…"),
    "workspace.at": ("Workspace", "작업공간"),
    # --- home ---
    "home.title": ("Interviews", "면담 목록"),
    "home.filter": ("Filter by reference or status", "참조 번호나 상태로 검색"),
    "home.empty": (
        "No interviews yet. Press n to start one.",
        "면담이 없습니다. n 을 눌러 시작하세요.",
    ),
    "home.col.ref": ("Reference", "참조"),
    "home.col.status": ("Status", "상태"),
    "home.col.progress": ("Progress", "진행"),
    "home.col.updated": ("Last change", "마지막 변경"),
    "status.in_progress": ("in progress", "진행 중"),
    "status.complete": ("complete", "완료"),
    "status.exported": ("exported", "내보냄"),
    "status.declined": ("declined", "동의 안 함"),
    "new.title": ("New interview", "새 면담"),
    "new.ref": ("Reference code (optional; never a name)", "참조 코드 (선택, 이름 금지)"),
    "new.start": ("Start", "시작"),
    # --- interview ---
    "q.number": ("Question {n} of {total}", "질문 {n}/{total}"),
    "q.required": ("required", "필수"),
    "q.progress": ("answered {n} of {total}", "답 {n}/{total}"),
    "q.digits_only": (
        "This field takes digits only (letters are not typed in).",
        "이 칸에는 숫자만 입력할 수 있어요 (글자는 들어가지 않아요).",
    ),
    "q.saved": ("✓ saved {at}", "✓ 저장됨 {at}"),
    "q.cleared": ("✓ cleared {at}", "✓ 지움 {at}"),
    "q.unchanged": ("✓ already saved", "✓ 이미 저장됨"),
    "q.stored": ("✓ saved", "✓ 저장됨"),
    "q.previous_saved": ("✓ previous answer saved {at}", "✓ 앞 질문의 답 저장됨 {at}"),
    "q.draft_saved": (
        "draft saved {at} · not yet submitted (Enter submits)",
        "임시 저장됨 {at} · 아직 제출 안 됨 (Enter 로 제출)",
    ),
    "q.not_saved": ("not saved", "저장 안 됨"),
    "story.draft_saved": (
        "draft saved {at} · not yet submitted",
        "임시 저장됨 {at} · 아직 제출 안 됨",
    ),
    "story.draft_restored": (
        "draft restored · not yet submitted",
        "임시 저장본을 되살림 · 아직 제출 안 됨",
    ),
    "q.revisions": ("history {n} (F3)", "기록 {n} (F3)"),
    "q.sealed": (
        "SEALED — identity: stays on this device, never exported",
        "봉인 — 신원 정보: 이 기기에만 남고 절대 내보내지 않음",
    ),
    "q.consent": (
        "Consent first: nothing else can be answered until consent is recorded.",
        "동의 먼저: 동의를 기록하기 전에는 다른 질문에 답할 수 없습니다.",
    ),
    "q.statement": (
        "Read this to her before asking (F6: the other language):",
        "묻기 전에 읽어 주세요 (F6: 다른 언어):",
    ),
    "q.no_consent": ("Consent has not been given.", "동의를 받지 않았습니다."),
    "q.first": ("This is the first question.", "첫 번째 질문입니다."),
    "q.last": (
        "Last question. Press ctrl+r to review.",
        "마지막 질문입니다. ctrl+r 로 검토하세요.",
    ),
    "q.choice_hint": ("digit or ↑↓ then Enter", "숫자 또는 ↑↓ 후 Enter"),
    "q.multi_hint": ("digit or space toggles · Enter next", "숫자/스페이스로 선택 · Enter 다음"),
    "q.note_hint": ("Enter to continue", "Enter 로 계속"),
    "q.year_month": ("YYYY-MM, e.g. 1998-02", "YYYY-MM, 예: 1998-02"),
    "q.date": ("YYYY-MM-DD", "YYYY-MM-DD"),
    "q.money": ("amount, e.g. 3000 {currency}", "금액, 예: 3000 {currency}"),
    "q.number_hint": ("a number", "숫자"),
    "q.year": ("four-digit year", "네 자리 연도"),
    "q.text": ("type the answer, Enter to save", "답을 입력하고 Enter 로 저장"),
    "q.story_empty": ("(nothing written yet)", "(아직 내용 없음)"),
    "q.story_draft": (
        "[draft, not yet submitted: Enter opens it]",
        "[임시 저장본, 아직 제출 안 됨: Enter 로 열기]",
    ),
    "q.story_open": ("Enter: open the story editor", "Enter: 이야기 편집기 열기"),
    "outline.title": ("Sections", "섹션"),
    "jump.title": ("Jump to section", "섹션으로 이동"),
    "history.title": ("Earlier versions", "이전 기록"),
    "history.none": ("No earlier versions.", "이전 기록이 없습니다."),
    "history.cleared": ("(cleared)", "(지움)"),
    # --- narrative ---
    "story.title": ("Story editor", "이야기 편집기"),
    "story.preview": ("As exported (after redaction)", "내보낼 모습 (가림 처리 후)"),
    "story.unavailable": (
        "Redaction engine not available: no preview is shown. The story is saved as you type.",
        "가림 엔진을 사용할 수 없어 미리보기가 없습니다. 이야기는 입력하는 대로 저장됩니다.",
    ),
    "story.spans": ("{n} redacted, {u} to check", "{n}곳 가림, {u}곳 확인 필요"),
    "story.saved": ("✓ saved {at}", "✓ 저장됨 {at}"),
    "story.select_first": (
        "Select the missed name or place in the text first.",
        "먼저 본문에서 빠진 이름이나 장소를 선택하세요.",
    ),
    "story.marked": ("Will be redacted from now on.", "이제부터 가려집니다."),
    "story.released": ("Kept in the export (logged).", "내보내기에 남깁니다 (기록됨)."),
    "span.release": (
        "Keep it in the export (not identifying; logged with the time)",
        "내보내기에 남기기 (신원 정보 아님, 시간과 함께 기록)",
    ),
    "span.identity": (
        "An identity term (from the sealed section or marked before): it is always redacted.",
        "신원 정보(봉인 구역의 답이거나 전에 표시한 말)라서 항상 가립니다.",
    ),
    "span.confirm": ("Always redact it (it identifies someone)", "항상 가리기 (신원을 드러냄)"),
    "story.confirmed": ("Will always be redacted.", "항상 가려집니다."),
    "label.title": ("Redact as…", "무엇으로 가릴까요…"),
    "label.person": ("Person", "사람"),
    "label.place": ("Place", "장소"),
    "label.contact": ("Contact (phone, ID…)", "연락처 (전화, 아이디…)"),
    "label.other": ("Other", "기타"),
    # --- review ---
    "review.title": ("Review", "검토"),
    "review.missing": ("Required, not answered ({n}):", "필수인데 답하지 않음 ({n}):"),
    "review.invalid": ("No longer valid ({n}):", "더 이상 맞지 않음 ({n}):"),
    "review.ready": ("Every required question is answered.", "필수 질문에 모두 답했습니다."),
    "review.unanswered": ("— not answered —", "— 답 없음 —"),
    "review.not_complete": ("Not marked complete", "완료로 표시하지 않음"),
    "review.completed": ("Marked complete.", "완료로 표시했습니다."),
    "review.declined": (
        "Closed as declined. It stays on this laptop and is never exported.",
        "동의하지 않은 면담으로 닫았습니다. 이 노트북에만 남고 내보내지 않습니다.",
    ),
    "review.hint": ("Enter on a row: edit that answer", "줄에서 Enter: 그 답 수정"),
    # --- wipe, errors, lock ---
    "wipe.title": ("Panic wipe", "긴급 삭제"),
    "wipe.body": (
        "This destroys the key of this workspace. Every interview in it becomes unreadable, "
        "for you too, forever. Interviews already exported are not affected.\n\n"
        "Type {phrase} to confirm.",
        "이 작업공간의 열쇠를 파기합니다. 모든 면담을 당신도 영원히 읽을 수 없게 됩니다. "
        "이미 내보낸 면담에는 영향이 없습니다.\n\n확인하려면 {phrase} 를 입력하세요 (영문).",
    ),
    "wipe.button": ("Destroy", "파기"),
    "wipe.done": ("The workspace was wiped.", "작업공간을 파기했습니다."),
    "error.internal": (
        "Internal error ({kind}). Answers already saved are safe. Please report this.",
        "내부 오류 ({kind}). 이미 저장된 답은 안전합니다. 이 문제를 알려 주세요.",
    ),
    "error.ok": ("OK", "확인"),
    "locked.notice": ("Locked after {m} idle minutes.", "{m}분 동안 입력이 없어 잠겼습니다."),
    "locked.notice_one": ("Locked after 1 idle minute.", "1분 동안 입력이 없어 잠겼습니다."),
    "dirty.kept": (
        "The text in the field is not a valid answer yet: it was kept as a draft, not submitted.",
        "입력란의 내용이 아직 올바른 답이 아니어서 제출하지 않고 임시 저장했습니다.",
    ),
    # --- settings: lock policy, duress passphrase; notices after an unlock ---
    "key.settings": ("Settings", "설정"),
    "cmd.settings": ("Lock policy and duress passphrase", "잠금 정책과 비상 비밀번호 문구"),
    "settings.title": ("Settings", "설정"),
    "settings.lock": ("Lock", "잠금"),
    "settings.lock_after": (
        "Lock after this many idle minutes",
        "입력이 없으면 몇 분 뒤에 잠글까요",
    ),
    "settings.wipe_after": (
        "Wipe after this many wrong passphrases in a row (empty: never)",
        "비밀번호 문구가 연속으로 몇 번 틀리면 파기할까요 (비워 두면 안 함)",
    ),
    "settings.wipe_explained": (
        "At the limit the key is destroyed without a word: the screen only says "
        "'Wrong passphrase', then and for every later passphrase, the right one too.",
        "한도에 이르면 아무 표시 없이 열쇠를 파기합니다. 화면에는 '비밀번호 문구가 틀렸습니다'만 "
        "나오고, 그 뒤로는 맞는 비밀번호 문구를 넣어도 똑같습니다.",
    ),
    "settings.show_tries": (
        "Show how many tries are left after a wrong passphrase",
        "비밀번호 문구가 틀리면 남은 횟수 보여 주기",
    ),
    "settings.save_policy": ("Save lock settings", "잠금 설정 저장"),
    "settings.policy_saved": ("Lock settings saved.", "잠금 설정을 저장했습니다."),
    "settings.policy_invalid": (
        "Minutes 0-1440 and tries 1-100, in digits.",
        "분은 0-1440, 횟수는 1-100 사이 숫자로 넣으세요.",
    ),
    "settings.duress": ("Duress passphrase", "비상 비밀번호 문구"),
    "settings.duress_explained": (
        "A second passphrase for when you are forced to unlock: it opens a practice "
        "workspace with a few practice interviews, which looks and behaves like this one.",
        "강제로 열라고 할 때 쓰는 두 번째 비밀번호 문구입니다. 연습 면담 몇 개가 든 연습 "
        "작업공간이 열리고, 이 작업공간과 똑같이 보이고 움직입니다.",
    ),
    "settings.duress_new": (
        "Duress passphrase (four or more unrelated words)",
        "비상 비밀번호 문구 (서로 관련 없는 단어 네 개 이상)",
    ),
    "settings.duress_destroy": (
        "Opening it also destroys this workspace, for good",
        "비상 비밀번호 문구로 열면 이 작업공간을 영구히 파기하기",
    ),
    "settings.duress_set": ("Set duress passphrase", "비상 비밀번호 문구 정하기"),
    "settings.duress_remove": ("Remove", "없애기"),
    "settings.duress_off": ("No duress passphrase is set.", "비상 비밀번호 문구가 없습니다."),
    "settings.duress_on": (
        "A duress passphrase is set. Opening it leaves this workspace as it is.",
        "비상 비밀번호 문구가 있습니다. 그것으로 열어도 이 작업공간은 그대로 남습니다.",
    ),
    "settings.duress_on_destroy": (
        "A duress passphrase is set. Opening it destroys this workspace.",
        "비상 비밀번호 문구가 있습니다. 그것으로 열면 이 작업공간을 파기합니다.",
    ),
    "settings.duress_working": ("Preparing the practice workspace…", "연습 작업공간을 만드는 중…"),
    "settings.duress_saved": ("Duress passphrase set.", "비상 비밀번호 문구를 정했습니다."),
    "settings.duress_removed": ("Duress passphrase removed.", "비상 비밀번호 문구를 없앴습니다."),
    "unlock.tries_left": (
        "Wrong passphrase. {n} tries left.",
        "비밀번호 문구가 틀렸습니다. {n}번 남았습니다.",
    ),
    "notice.policy_restored": (
        "The lock settings stored on disk had been changed; yours are restored.",
        "디스크의 잠금 설정이 바뀌어 있었습니다. 원래 설정으로 되돌렸습니다.",
    ),
    "notice.failed_attempts": (
        "{n} wrong passphrase(s) were typed since the last unlock.",
        "지난번에 연 뒤로 비밀번호 문구가 {n}번 틀렸습니다.",
    ),
    "notice.duress_lost": (
        "The duress passphrase no longer opens its practice workspace: set it again in Settings.",
        "비상 비밀번호 문구로 연습 작업공간이 열리지 않습니다. 설정에서 다시 정하세요.",
    ),
    "notice.upgraded": (
        "The workspace was upgraded to the new key file.",
        "작업공간을 새 열쇠 파일 형식으로 바꿨습니다.",
    ),
    "notice.rotation_interrupted": (
        "Re-encryption under a new key was interrupted; it is still under the old key.",
        "새 열쇠로 다시 암호화하다가 멈췄습니다. 아직 이전 열쇠로 되어 있습니다.",
    ),
}


def t(key: str, lang: str, **values: object) -> str:
    """The text for ``key`` in ``lang`` (English if missing), formatted with ``values``."""
    english, korean = _STRINGS.get(key, (key, key))
    text = korean if lang == "ko" and korean else english
    return text.format(**values) if values else text


def has(key: str) -> bool:
    return key in _STRINGS


def _merge_screen_strings() -> None:
    """The join screen's and the repeat screens' words, kept in modules of their own."""
    from fieldkit.tui.i18n_join import STRINGS as JOIN
    from fieldkit.tui.i18n_repeats import STRINGS as REPEATS

    _STRINGS.update(JOIN)
    _STRINGS.update(REPEATS)


_merge_screen_strings()
