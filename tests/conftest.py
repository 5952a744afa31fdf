"""Shared fixtures: a private copy of the real seed export, and a plan imported from it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .gitrepo import make_repo
from .helpers import SEED, run


@pytest.fixture(autouse=True)
def private_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Each test has its own cache of parsed plans, never the user's."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("PLAN_CACHE_DIR", str(folder))
    monkeypatch.delenv("PLAN_NO_CACHE", raising=False)
    return folder


@pytest.fixture
def seed_tsv(tmp_path: Path) -> Path:
    """A copy of the council's real export, so no test can change the original."""
    target = tmp_path / "seed.tsv"
    shutil.copy(SEED, target)
    return target


@pytest.fixture
def plan_file(tmp_path: Path, seed_tsv: Path) -> Path:
    """The seed imported by `plan import` into a plans/ folder."""
    (tmp_path / "plans").mkdir()
    target = tmp_path / "plans" / "ofsted-2016.yaml"
    result = run("import", str(seed_tsv), "-o", str(target))
    assert result.exit_code == 0, result.output
    return target


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A throwaway git repository: the plan tagged sib-2017-03, then April's changes; cwd."""
    folder = make_repo(tmp_path / "council")
    monkeypatch.chdir(folder)
    monkeypatch.delenv("PLAN_PATH", raising=False)
    return folder


@pytest.fixture
def meetings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A throwaway repository with three tagged SIB meetings (gitrepo.make_meetings_repo); cwd."""
    from .gitrepo import make_meetings_repo

    folder = make_meetings_repo(tmp_path / "council")
    monkeypatch.chdir(folder)
    monkeypatch.delenv("PLAN_PATH", raising=False)
    return folder
