"""Properties: redaction never crashes on any Unicode, and no known term survives."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldkit.redaction import PLACEHOLDER, KnownTerm, Redactor
from fieldkit.redaction.known import compile_known
from fieldkit.redaction.normalize import Folded

ENGINE = Redactor.default()
SURNAMES = ["Kim", "Lee", "Ri", "Park", "Pak", "Choi", "Choe", "Jung", "Han", "Hwang", "Yun"]
SYLLABLES = [
    "young",
    "hee",
    "chol",
    "ho",
    "sun",
    "ok",
    "myong",
    "kum",
    "hyang",
    "mi",
    "su",
    "jin",
    "song",
    "il",
    "nam",
    "ae",
    "bun",
    "ryon",
    "hwa",
    "chun",
]
HANGUL_NAMES = st.builds(
    lambda a, b, c: a + b + c,
    st.sampled_from(list("김리이박최정한황윤강조")),
    st.sampled_from(list("영철순옥명금향미수진성일남애분련화춘")),
    st.sampled_from(list("희호자숙실란옥남철수애화분순미")),
)
LATIN_NAMES = st.builds(
    lambda s, a, b, sep: f"{s} {a.capitalize()}{sep}{b}",
    st.sampled_from(SURNAMES),
    st.sampled_from(SYLLABLES),
    st.sampled_from(SYLLABLES),
    st.sampled_from(["-", ""]),
)
FILLER = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=80)


def survives(term: KnownTerm, output: str) -> bool:
    matcher = compile_known((term,))
    masked = PLACEHOLDER.sub(lambda m: " " * len(m.group()), Folded(output).text)
    return matcher.search(masked)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_never_crashes_on_any_unicode(text: str) -> None:
    result = ENGINE.redact(text)
    for span in result.spans:
        assert 0 <= span.start < span.end <= len(text)
    ENGINE.scan(result.text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.one_of(LATIN_NAMES, HANGUL_NAMES), before=FILLER, after=FILLER)
def test_known_person_never_survives(name: str, before: str, after: str) -> None:
    term = KnownTerm(name)
    text = f"{before} {name} said {name.upper()} and {name.lower()}; {after}"
    output = ENGINE.redact(text, known=[term]).text
    assert not survives(term, output)
    assert name.casefold() not in output.casefold()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    digits=st.text(alphabet="0123456789", min_size=11, max_size=11).map(lambda d: "13" + d[2:]),
    sep=st.sampled_from(["", " ", "-", "."]),
    filler=FILLER,
)
def test_known_phone_never_survives_any_separator(digits: str, sep: str, filler: str) -> None:
    term = KnownTerm(f"+86 {digits}", "contact")
    written = sep.join([digits[:3], digits[3:7], digits[7:]])
    output = ENGINE.redact(f"{filler} call {written} {filler}", known=[term]).text
    assert digits not in output.replace(sep, "") if sep else digits not in output
    assert not survives(term, output)
