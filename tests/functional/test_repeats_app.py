"""Repeats in the app: add, review, delete an instance; each answer stored at once.

Assertions read a fresh unlock of the workspace (what is on disk)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import OptionList

from fieldkit.questionnaire import Questionnaire
from fieldkit.session import create_workspace
from fieldkit.tui.app import FieldkitApp
from fieldkit.tui.screens.interview import InterviewScreen
from fieldkit.tui.screens.repeat import InstanceScreen, RepeatScreen
from repeat_helpers import tiny_sales
from tui_helpers import interviewing, keys, reopen, text_of, typed, wait_until

from helpers import PASSPHRASE, REPEATS, questionnaire_from_toml

AppFactory = Callable[..., FieldkitApp]


@pytest.fixture
def sales_qn() -> Questionnaire:
    return tiny_sales()


@pytest.fixture
def sales_dir(tmp_path: Path, sales_qn: Questionnaire) -> Path:
    directory = tmp_path / "ws"
    create_workspace(directory, PASSPHRASE, questionnaire=sales_qn).close()
    return directory


def stored_instances(directory: Path) -> list[dict[str, object]]:
    with reopen(directory) as ws:
        (summary,) = ws.summaries()
        return [i.answers for i in ws.interview(summary.id).instances("sales")]


def listed(app: FieldkitApp) -> list[str]:
    options = app.screen.query_one("#r-list", OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def _to_repeats(pilot: object) -> None:
    await keys(pilot, "1", "enter")  # type: ignore[arg-type]  # consent: yes
    await typed(pilot, "1974", "enter")  # type: ignore[arg-type]
    await typed(pilot, "1998-02", "enter")  # type: ignore[arg-type]
    await keys(pilot, "1", "enter")  # type: ignore[arg-type]  # sold: yes (asks the repeat)
    await keys(pilot, "f7")  # type: ignore[arg-type]


async def test_add_answer_review_and_delete_instances(
    sales_dir: Path, sales_qn: Questionnaire, app_factory: AppFactory
) -> None:
    app = app_factory(sales_dir, questionnaire=sales_qn)
    async with interviewing(app, consent=False) as pilot:
        await _to_repeats(pilot)
        assert isinstance(app.screen, RepeatScreen)
        assert listed(app)[-1].strip() == "+ Add one: Each sale"
        await keys(pilot, "enter")  # add one: stored at once, its questions open
        assert isinstance(app.screen, InstanceScreen)
        assert len(stored_instances(sales_dir)) == 1
        assert text_of(app, "#i-label") == "Year of this sale"
        await typed(pilot, "1998", "enter")
        assert stored_instances(sales_dir) == [{"sale_year": 1998}]  # saved before moving on
        assert "✓ saved" in text_of(app, "#i-status")
        assert text_of(app, "#i-label") == "Price of this sale"
        await typed(pilot, "3000000", "enter")  # above the maximum: refused, stays
        assert text_of(app, "#i-status").startswith("✗")
        assert text_of(app, "#i-label") == "Price of this sale"
        await keys(pilot, *["backspace"] * 7)
        await typed(pilot, "12", "enter")
        assert text_of(app, "#i-label") == "Buyer's name"
        assert stored_instances(sales_dir) == [{"sale_year": 1998, "sale_price": 12}]
        await keys(pilot, "escape")
        assert isinstance(app.screen, RepeatScreen)
        assert "1. 1998 · 12" in "\n".join(listed(app))  # reviewed on the list
        await keys(pilot, "down", "enter")  # the add line: a second sale
        await typed(pilot, "2003", "enter")
        await keys(pilot, "escape")
        assert [i.get("sale_year") for i in stored_instances(sales_dir)] == [1998, 2003]
        await keys(pilot, "up", "delete")  # from the second instance up to the first
        assert "deleted" in text_of(app, "#r-status")
        assert stored_instances(sales_dir) == [{"sale_year": 2003}]
        await keys(pilot, "escape")
        assert isinstance(app.screen, InterviewScreen)


async def test_korean_and_a_lock_keeps_a_typed_answer(
    sales_dir: Path, sales_qn: Questionnaire, app_factory: AppFactory
) -> None:
    app = app_factory(sales_dir, questionnaire=sales_qn)
    async with interviewing(app, consent=False) as pilot:
        await _to_repeats(pilot)
        await keys(pilot, "f2")  # Korean
        assert "+ 하나 추가: 각 판매" in "\n".join(listed(app))
        await keys(pilot, "enter")
        assert text_of(app, "#i-label") == "이번 판매 연도"
        await typed(pilot, "1999")
        await app.screen.flush()  # what a lock or quit does first
        assert stored_instances(sales_dir) == [{"sale_year": 1999}]


@pytest.fixture
def cascade_qn() -> Questionnaire:
    return questionnaire_from_toml(REPEATS)


@pytest.fixture
def cascade_dir(tmp_path: Path, cascade_qn: Questionnaire) -> Path:
    """A workspace of REPEATS: an entry's county choices follow its province."""
    directory = tmp_path / "ws"
    create_workspace(directory, PASSPHRASE, questionnaire=cascade_qn).close()
    return directory


async def test_an_entrys_choices_follow_its_choice_filter_and_an_answer_can_be_cleared(
    cascade_dir: Path, cascade_qn: Questionnaire, app_factory: AppFactory
) -> None:
    """The county list offers only the province's counties; erasing a stored answer and
    pressing Enter clears it (a revision), as on a question asked once."""
    app = app_factory(cascade_dir, questionnaire=cascade_qn)
    async with interviewing(app, consent=False) as pilot:
        await typed(pilot, "1", "enter")  # sold once: the repeat is asked
        await keys(pilot, "f7", "enter")
        assert isinstance(app.screen, InstanceScreen)
        await typed(pilot, "1995", "enter")
        assert text_of(app, "#i-label") == "Province"
        await typed(pilot, "1", "enter")  # Jilin
        assert text_of(app, "#i-label") == "County", text_of(app, "#i-status")
        offered = text_of(app, "#i-choices")
        assert "1 Yanji" in offered and "2 Hunchun" in offered
        assert "Dandong" not in offered  # Liaoning's
        await typed(pilot, "3", "enter")  # no third county in Jilin
        assert text_of(app, "#i-status").startswith("✗")
        await keys(pilot, "backspace")
        await typed(pilot, "2", "enter")
        assert stored_instances(cascade_dir) == [
            {"sale_year": 1995, "sale_province": "jilin", "sale_county": "hunchun"}
        ]
        await keys(pilot, "escape", "enter")  # the entry again, from its first question
        assert app.screen.query_one("#i-input").value == "1995"  # the stored answer, editable
        await keys(pilot, "enter", "enter")  # year and province kept as they are
        assert text_of(app, "#i-label") == "County"
        assert app.screen.query_one("#i-input").value == "2"  # Hunchun, by its number
        await keys(pilot, "backspace", "enter")
        assert "✓ cleared" in text_of(app, "#i-status")
    assert stored_instances(cascade_dir) == [{"sale_year": 1995, "sale_province": "jilin"}]
    with reopen(cascade_dir) as ws:
        session = ws.interview(ws.summaries()[0].id)
        (instance,) = session.instances("sales")
        history = session.instance_history(instance.id, "sale_county")
        assert [r.value for r in history] == ["hunchun", None]  # the clearing is a revision


async def test_an_entrys_refusals_are_specific_in_korean(
    cascade_dir: Path, cascade_qn: Questionnaire, app_factory: AppFactory
) -> None:
    """A number not on screen is refused with the numbers that are, in Korean (it listed the
    choices' internal values, filtered-out ones too); text still invalid at a lock or quit
    is reported with its reason (the notice was the untranslated key "dirty.discarded")."""
    app = app_factory(cascade_dir, questionnaire=cascade_qn)
    async with interviewing(app, consent=False) as pilot:
        await typed(pilot, "1", "enter")  # sold once: the repeat is asked
        await keys(pilot, "f2", "f7", "enter")  # Korean, then a new entry
        await typed(pilot, "1995", "enter")
        await typed(pilot, "1", "enter")  # 길림
        assert text_of(app, "#i-label") == "현"
        await typed(pilot, "3", "enter")  # only two counties are shown
        assert text_of(app, "#i-status") == "✗ 보이는 보기의 번호를 입력하세요 (1부터 2까지)"
        assert stored_instances(cascade_dir) == [{"sale_year": 1995, "sale_province": "jilin"}]
        await app.screen.flush()  # what a lock or quit does first, with "3" still typed
        await wait_until(pilot, lambda: len(app._notifications) > 0)
        told = [str(n.message) for n in app._notifications]
        assert told[-1] == (
            "이 항목에 입력한 내용은 저장하지 않았습니다: "
            "보이는 보기의 번호를 입력하세요 (1부터 2까지)"
        )
    assert stored_instances(cascade_dir) == [{"sale_year": 1995, "sale_province": "jilin"}]
