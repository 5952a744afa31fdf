"""Values as councils write them in a plan table (RAG words; months are model.Month.from_cell)."""

from __future__ import annotations

from ..model import Status

# What councils write in a RAG column, and the RAG status it means.
STATUS_WORDS: dict[str, Status] = {
    **{s.value: s for s in Status if s.value},
    "r": Status.RED,
    "a": Status.AMBER,
    "g": Status.GREEN,
    "b": Status.BLUE,
    "complete": Status.BLUE,
    "completed": Status.BLUE,
    "achieved": Status.BLUE,
    "done": Status.BLUE,
    "on track": Status.GREEN,
    "on target": Status.GREEN,
    "at risk": Status.AMBER,
    "some slippage": Status.AMBER,
    "off track": Status.RED,
    "behind schedule": Status.RED,
    "significant delay": Status.RED,
    "not started": Status.UNRATED,
    "pending": Status.UNRATED,
}
