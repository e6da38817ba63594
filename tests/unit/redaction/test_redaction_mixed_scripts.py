"""Words of any script in the slots Korean rules read never crash the engine.

Round 14's set O found a crash that random Unicode (test_redaction_properties) could not
reach: a Latin name before a Korean kind noun went to the verb reader, which took its last
letter for a Hangul syllable.  Random text rarely builds a rule's slot, so these sentences
put random words of every script exactly where the Korean rules look: before kind nouns,
titles, particles, copulas and naming cues.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldkit.redaction import Redactor
from fieldkit.redaction.hangul import decompose
from fieldkit.redaction.korean import verb_like

ENGINE = Redactor.default()

TEMPLATES = [
    "{w} 교회에서 일했어요.",
    "{w}라는 식당에서 만났어요.",
    "{w} 공장 사장이 {w}이었어요.",
    "언니 {w}이랑 같이 갔어요.",
    "{w} 씨가 도와줬어요.",
    "이름은 {w}이에요. {w}이는 잘 있어요.",
    "성명: {w} / 고향: {w}",
    "| 이름 | 관계 |\n| {w} | 딸 |",
    "{w}, {w}, 나 세 명이 건넜어요.",
    "{w}에서 {w}으로 팔려 갔슴다.",
    "간판은 {w}이었고 {w} 쪽 선교사님이 왔어요.",
    "{w}(본명 {w})는 {w}댁이라고 불렀어요.",
    "도와준 단체 이름은 {w}이었어요.",  # the slot of set O's crash
    "선교회는 {w}이고 재단은 {w}예요.",
]
SCRIPTS = st.one_of(
    st.from_regex(r"[A-Z][a-z]{1,9}", fullmatch=True),  # Crossing, Harvest
    st.text(alphabet="蕾百合天堂金子星屯村镇", min_size=1, max_size=4),
    st.text(alphabet="ＡＢＣｇｍ", min_size=1, max_size=4),  # fullwidth: beyond 힣
    st.text(alphabet="ㄱㅁㅎㅏㅣ", min_size=1, max_size=3),  # jamo: before 가
    st.text(alphabet="가힣봄별ㅁ蕾g", min_size=1, max_size=5),  # scripts mixed in one word
)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(TEMPLATES), st.lists(SCRIPTS, min_size=3, max_size=3))
def test_any_script_in_a_korean_slot(template: str, words: list[str]) -> None:
    text = template
    for word in words * 2:
        text = text.replace("{w}", word, 1)
    result = ENGINE.redact(text)
    assert all(0 <= span.start < span.end <= len(text) for span in result.spans)


def test_the_crash_set_o_found() -> None:
    """A Latin word ending in a letter, read by the verb reader (its -ㅁ noun ending)."""
    assert not verb_like("Crossing", ENGINE.res)
    ENGINE.redact("우리를 도와준 단체 이름은 Crossing이었어요.")


def test_decompose_has_no_jamo_for_other_scripts() -> None:
    assert decompose("봄") == ("ㅂ", "ㅗ", "ㅁ")
    for other in ("g", "蕾", "ｍ", "ㅁ", "😀"):
        assert decompose(other) == ("", "", "")
