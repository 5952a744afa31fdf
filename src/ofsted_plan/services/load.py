"""Find and read the plans a command names (files, folders, $PLAN_PATH or the nearest
plans/). Kept apart from `checking` so loading a plan from the cache imports no YAML reader."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Plan
from ..store.discover import load_plans


def load(paths: Sequence[str], *, use_cache: bool = True) -> list[Plan]:
    """The plans named by paths (files or folders), else $PLAN_PATH, else the nearest plans/."""
    return load_plans(paths, use_cache=use_cache)


def load_at(paths: Sequence[str], rev: str) -> list[Plan]:
    """The plans named by paths as they stood at `rev` in git (`plan list --at sib-2017-03`),
    read from git without checking anything out."""
    from ..store.discover import plan_files  # lazy: git only with --at
    from ..store.git import plans_at

    return plans_at(plan_files(paths), rev)
