"""Round 29, the lead's fixes beside the lanes' (invented sentences).

웨이신 is the Korean reading of 微信 (WeChat), the app these women are reached through, and of
威信县, a county in Yunnan: as a bare word it is the app (kept like 위챗, WeChat and 微信);
with its county suffix it is still a place.
"""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor


@pytest.fixture(scope="module")
def engine() -> Redactor:
    return Redactor.default()


@pytest.mark.parametrize(
    "text",
    [
        "웨이신으로 연락했어요.",
        "그 사람 웨이신 아이디만 받았어요.",
        "언니랑은 웨이신에서 만났어요.",
    ],
)
def test_weixin_the_app_in_hangul_is_kept(engine: Redactor, text: str) -> None:
    assert engine.redact(text).spans == ()


def test_weixin_county_with_its_suffix_is_still_a_place(engine: Redactor) -> None:
    result = engine.redact("윈난성 웨이신현에서 왔대요.")
    assert [(s.label, s.start, s.end) for s in result.spans] == [("PLACE", 4, 8)]
