"""Issue 25 item 11: `plan import` writes nothing that does not read back as the plan read,
whether the check runs after the text is written or, on a large plan, in a second process
beside it (planfile/checked.py); and the cycle collector it pauses while reading is back on
afterwards, refused or not."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ofsted_plan.errors import PlanError
from ofsted_plan.model import Plan
from ofsted_plan.planfile import checked, writer
from ofsted_plan.planfile.writer import dump_plan, plan_to_data
from ofsted_plan.services.importing import import_table


@pytest.fixture
def seed(seed_tsv: Path) -> Plan:
    return import_table(str(seed_tsv)).plan


def test_the_check_walks_the_plan_as_its_data(seed: Plan) -> None:
    """Each action's data made as the check reaches it: the same steps as the whole data's."""
    assert list(writer._flat_plan(seed)) == list(writer._flat(plan_to_data(seed)))
    seed.notes.append("A note")
    seed.themes[0].recommendations[0].actions.clear()
    assert list(writer._flat_plan(seed)) == list(writer._flat(plan_to_data(seed)))


@pytest.mark.parametrize("fork_from", [0, 10**9], ids=["beside", "after"])
def test_the_checked_text_is_the_plan_s_text(
    seed: Plan, fork_from: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(checked, "FORK_FROM", fork_from)
    monkeypatch.setattr(checked, "_BATCH", 512)  # many batches through the pipe
    assert checked.dump_checked(seed) == dump_plan(seed)


@pytest.mark.parametrize("fork_from", [0, 10**9], ids=["beside", "after"])
@pytest.mark.parametrize(
    "spoil",
    [
        lambda text: text.replace("status: green", "status: amber", 1),  # a value changed
        lambda text: text.replace("    lead:", "    lede:", 1),  # a key changed
        lambda text: text[: len(text) // 2],  # cut short
        lambda text: text + "---\ntitle: again\n",  # a second document
        lambda text: text.replace("themes:", "themes: [", 1),  # not YAML at all
    ],
    ids=["value", "key", "cut", "two-documents", "broken"],
)
def test_a_text_that_does_not_read_back_is_never_returned(
    seed: Plan, fork_from: int, spoil: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = spoil(dump_plan(seed))
    assert text != dump_plan(seed)

    def spoiled(plan: Plan) -> Iterator[str]:
        yield from (text[i : i + 700] for i in range(0, len(text), 700))

    monkeypatch.setattr(checked, "FORK_FROM", fork_from)
    monkeypatch.setattr(checked, "_BATCH", 512)
    monkeypatch.setattr(checked, "dump_parts", spoiled)
    monkeypatch.setattr(checked, "dump_plan", lambda plan: "".join(spoiled(plan)))
    assert checked.dump_checked(seed) is None


def test_the_import_says_so_and_writes_nothing_when_the_text_does_not_read_back(
    seed_tsv: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ofsted_plan.services.importing.dump_checked", lambda plan: None)
    with pytest.raises(PlanError, match="did not read back"):
        import_table(str(seed_tsv))


def test_the_cycle_collector_is_on_again_after_an_import_refused_or_not(
    seed_tsv: Path, tmp_path: Path
) -> None:
    assert gc.isenabled()
    import_table(str(seed_tsv))
    assert gc.isenabled()
    broken = tmp_path / "broken.tsv"
    broken.write_text("Ref\tAction\tLead officer\tEnd date\tRAG\n1\tAudit\tRG\tMar-19\tPurple\n")
    with pytest.raises(PlanError):
        import_table(str(broken))
    assert gc.isenabled()
