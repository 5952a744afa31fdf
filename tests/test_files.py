"""Nothing lost: atomic writes that keep permissions and never clobber anyone's edit."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from ofsted_plan.errors import PlanError
from ofsted_plan.store import files
from ofsted_plan.store.files import write_atomic


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_new_file_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    write_atomic(target, "title: x\n")
    assert target.read_text() == "title: x\n"
    assert leftovers(tmp_path) == []


def test_existing_file_is_refused_without_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    target.write_text("mine\n")
    with pytest.raises(PlanError, match="already exists"):
        write_atomic(target, "theirs\n")
    assert target.read_text() == "mine\n"


def test_permissions_are_kept(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    target.write_text("old\n")
    target.chmod(0o640)
    write_atomic(target, "new\n", overwrite=True)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_text() == "new\n"


def test_a_file_changed_since_it_was_read_is_not_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    target.write_text("as read\n")
    original = target.read_bytes()
    target.write_text("someone else's edit\n")
    with pytest.raises(PlanError, match="changed on disk since it was read"):
        write_atomic(target, "ours\n", original=original)
    assert target.read_text() == "someone else's edit\n"
    assert leftovers(tmp_path) == []
    write_atomic(target, "ours\n", original=target.read_bytes())
    assert target.read_text() == "ours\n"


def test_temp_file_is_removed_when_the_write_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.yaml"
    target.write_text("old\n")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", broken_replace)
    with pytest.raises(PlanError, match="No space left on device"):
        write_atomic(target, "new\n", overwrite=True)
    assert target.read_text() == "old\n"
    assert leftovers(tmp_path) == []


def test_interrupted_write_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "plan.yaml"

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(files.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "new\n")
    assert not target.exists()
    assert leftovers(tmp_path) == []


def test_folder_that_is_not_a_folder(tmp_path: Path) -> None:
    (tmp_path / "plans").write_text("a file, not a folder\n")
    with pytest.raises(PlanError, match="cannot write here: Not a directory"):
        write_atomic(tmp_path / "plans" / "plan.yaml", "x\n")
