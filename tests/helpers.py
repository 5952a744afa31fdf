"""Helpers the tests share: where the seed is, and running `plan` as a user would."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NoReturn

import pytest
from click.testing import CliRunner, Result

from ofsted_plan.cli import cli

DATA = Path(__file__).parent / "data"
SEED = DATA / "seed.tsv"
REPO = Path(__file__).parent.parent


def missing(what: str) -> NoReturn:
    """A test that needs a program CI installs (chromium, LibreOffice): skipped on a machine
    without it, with the reason (pytest -rs prints it), but a failure on CI (CI=true)."""
    if os.environ.get("CI"):
        pytest.fail(f"{what} on CI: .ci/run installs it")
    pytest.skip(what)


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    """Run `plan ARGS` the way a user would, keeping stdout and stderr apart."""
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False, prog_name="plan")


def run_on(plan: Path, *args: str) -> Result:
    """Run a reading command on one plan file."""
    return run(*args, "-p", str(plan))


def add_table(document: object, rows: list[tuple[str, ...]]) -> None:
    """A Word table of these rows (the first its header), as python-docx writes one."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))  # type: ignore[attr-defined]
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
