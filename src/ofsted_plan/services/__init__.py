"""What each command does, without click: one module per kind of work, each function returning
a record of `results/` (or `board.Paper`) that one renderer shows.

- `load`: find and read the plans, `plan check`
- `reading`: list, overdue, summary, show, export
- `versions`: what changed between versions in git (diff, history, --since)
- `paper`: the board paper (what goes in it is decided in `board.py`)
- `tracking`: trend, slippage, stale, chase and each action's last update, from git
- `updates`: set, add, done (edit a plan under its lock)
- `importing`: the council's table read into a plan

The cli parses options into these calls; tests and scripts can call them directly.
"""
