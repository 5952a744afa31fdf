"""The cache of parsed plans: used when current, never when stale, corrupt or bypassed."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from ofsted_plan.model import Action, Month, Plan, Recommendation, Status, Theme
from ofsted_plan.planfile import reader as yaml_reader
from ofsted_plan.planfile.writer import dump_plan, plan_to_data
from ofsted_plan.store import cache
from ofsted_plan.store.discover import load_plans

from .helpers import REPO, run

DAY = 24 * 3600


def aged(path: Path) -> None:
    """Make the file look as if it was last changed yesterday (and settle its ctime)."""
    old = time.time() - DAY
    os.utime(path, (old, old))


@pytest.fixture
def plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "plans" / "ofsted-2016.yaml"
    target.parent.mkdir()
    shutil.copy(REPO / "plans" / "ofsted-2016.yaml", target)
    aged(target)
    # ctime is "now" after utime; let the racy check look at mtime only for these tests
    monkeypatch.setattr(cache, "RACY_SECONDS", -1.0)
    return target


def no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(path: object) -> None:
        raise AssertionError("the YAML was parsed")

    monkeypatch.setattr(yaml_reader, "load_plan", fail)


def test_second_load_comes_from_the_cache_and_is_identical(
    plan: Path, monkeypatch: pytest.MonkeyPatch, private_cache: Path
) -> None:
    (first,) = load_plans([str(plan)])
    assert len(list(private_cache.iterdir())) == 1
    no_parsing(monkeypatch)
    (second,) = load_plans([str(plan)])
    assert plan_to_data(second) == plan_to_data(first)
    assert (second.name, second.path) == ("ofsted-2016", str(plan))
    assert [a.line for a in second.actions()] == [a.line for a in first.actions()]


def test_command_output_is_the_same_from_the_cache(plan: Path) -> None:
    fresh = run("list", "-p", str(plan), "-f", "json", "--as-of", "2017-04-01", "--no-cache")
    run("list", "-p", str(plan), "-f", "json")  # fills the cache
    cached = run("list", "-p", str(plan), "-f", "json", "--as-of", "2017-04-01")
    assert json.loads(cached.stdout) == json.loads(fresh.stdout)


def test_a_changed_file_is_read_again_even_with_the_same_size_and_mtime(plan: Path) -> None:
    load_plans([str(plan)])
    before = plan.stat()
    text = plan.read_text()
    plan.write_text(text.replace("status: amber", "status: green", 1))  # same size
    os.utime(plan, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the same mtime
    assert plan.stat().st_size == before.st_size
    assert plan.stat().st_mtime_ns == before.st_mtime_ns
    (again,) = load_plans([str(plan)])
    assert next(a for a in again.actions() if a.ref == "1.1").status.value == "green"


def test_a_corrupt_cache_entry_is_ignored(plan: Path, private_cache: Path) -> None:
    load_plans([str(plan)])
    (entry,) = private_cache.iterdir()
    for garbage in (b"", b"not marshal at all", entry.read_bytes()[:100]):
        entry.write_bytes(garbage)
        (loaded,) = load_plans([str(plan)])
        assert len(list(loaded.actions())) == 55


def test_an_entry_for_another_version_is_ignored(
    plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_plans([str(plan)])
    monkeypatch.setattr(cache, "__version__", "0.0.0-other")
    assert cache.load(plan, plan.stat()) is None


def test_an_entry_made_by_other_code_is_ignored(
    plan: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Someone editing the tool's code must never be served a parse the old code made."""
    package = tmp_path / "package"
    (package / "cli").mkdir(parents=True)
    (package / "store").mkdir()
    (package / "store" / "cache.py").write_text("# the cache\n")
    (package / "cli" / "commands.py").write_text("# a command\n")
    monkeypatch.setattr(cache, "__file__", str(package / "store" / "cache.py"))
    load_plans([str(plan)])
    assert cache.load(plan, plan.stat()) is not None
    (package / "cli" / "commands.py").write_text("# a command, edited\n")
    assert cache.load(plan, plan.stat()) is None


def test_a_file_changed_just_now_is_not_cached(
    tmp_path: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "RACY_SECONDS", 2.0)
    fresh = tmp_path / "fresh.yaml"
    shutil.copy(REPO / "plans" / "ofsted-2016.yaml", fresh)
    load_plans([str(fresh)])
    assert list(private_cache.iterdir()) == []


def test_no_cache_option_and_environment(
    plan: Path, monkeypatch: pytest.MonkeyPatch, private_cache: Path
) -> None:
    run("summary", "-p", str(plan), "--no-cache")
    assert list(private_cache.iterdir()) == []
    monkeypatch.setenv("PLAN_NO_CACHE", "1")
    load_plans([str(plan)])
    assert list(private_cache.iterdir()) == []


def test_an_unwritable_cache_folder_is_no_error(
    plan: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("PLAN_CACHE_DIR", str(blocker / "cache"))
    result = run("summary", "-p", str(plan), "-f", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["total"] == 55


def test_every_shape_of_plan_comes_back_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, private_cache: Path
) -> None:
    """Actions are kept by column: a theme with no recommendations, a recommendation with no
    actions, other columns, missing months and an unrated action all come back as they were,
    each under its own recommendation."""
    monkeypatch.setattr(cache, "RACY_SECONDS", -1.0)
    actions = [
        Action(ref="1.1", action="a", end=Month(2017, 3), lead=("RG", "JF"), status=Status.RED),
        Action(ref="1.2", extra={"Cost": "£5k"}),
        Action(ref="2.1", start=Month(2016, 9), end_text="Ongoing", status=Status.BLUE),
    ]
    plan = Plan(
        "Plan",
        [
            Theme("Empty theme", []),
            Theme("One", [Recommendation("R1", actions[:2]), Recommendation("No actions", [])]),
            Theme("Two", [Recommendation("R2", actions[2:])]),
        ],
        notes=["a note"],
    )
    target = tmp_path / "plan.yaml"
    target.write_text(dump_plan(plan), encoding="utf-8")
    aged(target)
    (first,) = load_plans([str(target)])
    no_parsing(monkeypatch)
    (second,) = load_plans([str(target)])
    assert plan_to_data(second) == plan_to_data(first)
    shape = [[len(r.actions) for r in t.recommendations] for t in second.themes]
    assert shape == [[], [2, 0], [1]]
    assert second.themes[1].recommendations[0].actions[1].extra == {"Cost": "£5k"}
    assert [a.status for a in second.actions()] == [Status.RED, Status.UNRATED, Status.BLUE]


def test_an_empty_plan_comes_back_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, private_cache: Path
) -> None:
    monkeypatch.setattr(cache, "RACY_SECONDS", -1.0)
    target = tmp_path / "plan.yaml"
    target.write_text("title: Nothing yet\nthemes: []\n", encoding="utf-8")
    aged(target)
    load_plans([str(target)])
    no_parsing(monkeypatch)
    (plan,) = load_plans([str(target)])
    assert (plan.title, plan.themes) == ("Nothing yet", [])
