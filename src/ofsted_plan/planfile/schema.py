"""The JSON Schema of the plan file (`plan schema`, `plan.schema.json`), made from
`model.FIELDS`: a new field is in the schema with nothing written here, and a new kind of
field must say here how a plan file holds it (mypy checks every kind is handled).

`python -m ofsted_plan.planfile.schema` writes both shipped copies; `tests/test_schema.py`
checks they are what this module makes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from ..model import EVIDENCE_KEYS, FIELDS, STATUS_ORDER, FieldKind, assert_never

TEXT = {"$ref": "#/definitions/text"}


def _status_pattern() -> str:
    """Any case of each status word, 'unrated' included, or nothing (as Status.parse reads)."""
    words = [s.value for s in STATUS_ORDER if s.value] + ["unrated"]
    either = "|".join("".join(f"[{c.upper()}{c}]" for c in word) for word in words)
    return rf"^\s*({either})?\s*$"


def _kind(kind: FieldKind) -> dict[str, Any]:
    """How a plan file holds a field of this kind."""
    match kind:
        case FieldKind.TEXT | FieldKind.NOTE:
            return dict(TEXT)
        case FieldKind.FLAG:
            return {"type": "boolean"}
        case FieldKind.MONTH:
            return {"$ref": "#/definitions/month"}
        case FieldKind.INITIALS:
            return {"$ref": "#/definitions/initials"}
        case FieldKind.STATUS:
            return {"type": ["string", "null"], "pattern": _status_pattern()}
        case FieldKind.EXTRA:
            return {"type": "object", "additionalProperties": TEXT}
        case FieldKind.EVIDENCE:
            return {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {key: dict(TEXT) for key in EVIDENCE_KEYS},
                },
            }
        case _:
            assert_never(kind)


def _action() -> dict[str, Any]:
    properties: dict[str, Any] = {}
    for info in FIELDS:
        if info.name == "ref":  # the one field a plan cannot do without
            held: dict[str, Any] = {"type": ["string", "number"], "minLength": 1, "pattern": r"\S"}
        else:
            held = _kind(info.kind)
        properties[info.name] = {**held, "description": info.help} if info.help else held
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["ref"],
        "properties": properties,
    }


def schema() -> dict[str, Any]:
    """The plan file's JSON Schema (draft 7)."""
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "ofsted-plan improvement plan",
        "description": "A council's post-Ofsted improvement plan, as `plan import` writes it"
        " and `plan check` checks it.",
        "type": "object",
        "additionalProperties": False,
        "required": ["themes"],
        "properties": {
            "title": {**TEXT, "description": "The plan's title."},
            "notes": {
                "type": "array",
                "description": "Other lines above the first table header, kept as they were.",
                "items": TEXT,
            },
            "themes": {
                "type": "array",
                "description": "The plan's themes, in order.",
                "items": {"$ref": "#/definitions/theme"},
            },
        },
        "definitions": {
            "text": {
                "description": "Text. A plain number or yes/no is read as the text written"
                " (plan check warns: quote it).",
                "type": ["string", "number", "boolean", "null"],
            },
            "month": {
                "type": ["string", "null"],
                "description": "A month, YYYY-MM (e.g. 2017-02), or empty for none.",
                "pattern": r"^\s*(\d{4}-(0[1-9]|1[0-2]))?\s*$",
            },
            "initials": {
                "description": "Officers' initials: several separated by '/', e.g. RG/JF.",
                "anyOf": [TEXT, {"type": "array", "items": TEXT}],
            },
            "theme": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "theme": {**TEXT, "description": "The theme's title."},
                    "recommendations": {
                        "type": "array",
                        "items": {"$ref": "#/definitions/recommendation"},
                    },
                },
            },
            "recommendation": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "recommendation": {**TEXT, "description": "The recommendation's text."},
                    "actions": {"type": "array", "items": {"$ref": "#/definitions/action"}},
                },
            },
            "action": _action(),
        },
    }


def schema_text() -> str:
    """The schema as the shipped files hold it."""
    return json.dumps(schema(), indent=2, ensure_ascii=False) + "\n"


# Where the schema is shipped: in the package (`plan schema` prints it) and at the top of the
# repository (the plans' modeline points there).
SHIPPED = ("src/ofsted_plan/plan.schema.json", "plan.schema.json")


def main() -> None:
    """Write both shipped copies, from the repository's top folder."""
    top = Path(sys.argv[1]) if len(sys.argv) > 1 else Path()
    for name in SHIPPED:
        (top / name).write_text(schema_text(), encoding="utf-8")


if __name__ == "__main__":
    main()
