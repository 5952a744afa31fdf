"""Issue 18: the blind corpus. Each file imitates a plan a council or partnership published,
and its reading (NAME.expected.yaml) was written by a person before the importer saw it
(tests/blind/FORMAT.md). Nothing may be read wrongly in silence; nine in ten must be read
right. `python -m tests.blind_reading train train2 heldout heldout2` prints the table."""

from __future__ import annotations

from pathlib import Path

import pytest

from .blind_reading import BLIND, cases, score

PARTS = [p.name for p in sorted(BLIND.iterdir()) if p.is_dir()]
CASES = [path for part in PARTS for path in cases(part)]


@pytest.mark.parametrize("path", CASES, ids=[f"{p.parent.name}/{p.name}" for p in CASES])
def test_no_file_is_read_wrongly(path: Path) -> None:
    outcome, why = score(path)
    assert outcome != "wrong", why


def test_nine_in_ten_are_read_right_and_the_corpus_is_wide() -> None:
    outcomes = [score(path)[0] for path in CASES]
    assert len(CASES) >= 25
    assert {p.suffix for p in CASES} >= {".docx", ".xlsx", ".csv", ".txt"}
    right = sum(1 for o in outcomes if o.startswith("right"))
    assert right >= 0.9 * len(CASES), f"{right} of {len(CASES)} read right"
