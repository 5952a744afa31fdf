"""Score plan import against the blind corpus (tests/blind/): each file's reading, written by
a person before the importer saw it (NAME.expected.yaml, format in tests/blind/FORMAT.md).

An outcome is 'right' (read as the person reads it, or refused where they would refuse),
'refused' (refused where a person reads it: not wrong, not right), or 'wrong' (read otherwise
than the person reads it, or read where they would refuse): the last is what must never happen.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

from ofsted_plan.errors import PlanError
from ofsted_plan.importing.importer import import_table
from ofsted_plan.model import Plan

BLIND = Path(__file__).parent / "blind"


def cases(part: str) -> list[Path]:
    folder = BLIND / part
    return sorted(p for p in folder.iterdir() if p.suffix in (".docx", ".xlsx", ".csv", ".txt"))


def actual(plan: Plan) -> list[dict[str, Any]]:
    out = []
    for theme in plan.themes:
        for rec in theme.recommendations:
            for a in rec.actions:
                out.append(
                    {
                        # where the tool numbered refs itself (they start again under
                        # each heading, or one is merged beside several actions) it keeps
                        # the council's as 'Ref as written': that is the ref as written
                        "ref": a.extra.get("Ref as written")
                        or (None if a.ref_generated else a.ref),
                        "under": [t for t in (theme.title, rec.text) if t],
                        "action": a.action,
                        "lead": list(a.lead),
                        "end": str(a.end) if a.end else None,
                        "status": a.status.value or "unrated",
                    }
                )
    return out


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list):
        return [_norm(v) for v in value]
    return value


def differences(expected: dict[str, Any], plan: Plan) -> list[str]:
    found = actual(plan)
    wanted = expected.get("actions") or []
    # A plan holds each theme's actions together: a theme that comes again later in the
    # document gathers its actions under its first place (and the import report says so).
    firsts: dict[str, int] = {}
    for n, w in enumerate(wanted):
        firsts.setdefault(_norm((w.get("under") or [""])[0]), n)
    wanted = sorted(wanted, key=lambda w: firsts[_norm((w.get("under") or [""])[0])])
    diffs = []
    if "title" in expected and _norm(expected["title"]) != _norm(plan.title):
        diffs.append(f"title: {plan.title!r} (expected {expected['title']!r})")
    if len(found) != len(wanted):
        diffs.append(f"{len(found)} actions (expected {len(wanted)})")
    for i, (f, w) in enumerate(zip(found, wanted, strict=False)):
        for key in ("ref", "under", "action", "lead", "end", "status"):
            if key not in w:
                continue
            if _norm(f[key]) != _norm(w[key]):
                diffs.append(
                    f"action {i + 1} ({w.get('ref')}): {key} {f[key]!r} (expected {w[key]!r})"
                )
    return diffs


def score(path: Path) -> tuple[str, str]:
    expected = yaml.safe_load(Path(str(path) + ".expected.yaml").read_text(encoding="utf-8"))
    try:
        plan = import_table(path)
    except PlanError as exc:
        if expected.get("outcome") == "refuse":
            at = expected.get("refuse_at")
            if at is None or exc.line == at:
                return "right", f"refused as expected: {exc}"
            return "right?", f"refused, but at {exc.line} not {at}: {exc}"
        if expected.get("accept_refusal"):
            return "right", f"refused (accepted): {exc}"
        return "refused", str(exc)
    except Exception as exc:  # a crash is the worst: count it as wrong
        return "wrong", f"CRASH {type(exc).__name__}: {exc}"
    if expected.get("outcome") == "refuse":
        return "wrong", f"read, but a person refuses it at {expected.get('refuse_at')}"
    diffs = differences(expected, plan)
    return ("right", "") if not diffs else ("wrong", "; ".join(diffs[:6]))


def main(parts: list[str]) -> None:
    tally: dict[str, int] = {}
    for part in parts:
        for path in cases(part):
            outcome, why = score(path)
            tally[outcome] = tally.get(outcome, 0) + 1
            print(f"{outcome:8} {part}/{path.name}: {why[:600]}")
    print(tally)


if __name__ == "__main__":
    main(sys.argv[1:] or ["train"])
