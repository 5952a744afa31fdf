"""The people file (`plans/people.yaml`, optional): each officer's initials with their name,
email and role, so chase letters, forms and commits name people, not initials.

    RG:
      name: Rachel Green
      email: rachel.green@example.gov.uk
      role: Head of Early Help

Read with every mistake at its FILE:LINE; a missing file is no people at all.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

import yaml

from ..errors import PlanError
from ..model import Person
from ..planfile.reader import plain_loader
from .discover import PEOPLE_FILE

FIELDS = ("name", "email", "role")


def people_path(plan_paths: Sequence[str | None]) -> str | None:
    """The people file beside the first plan read from a file, if there is one."""
    for path in plan_paths:
        if path:
            candidate = os.path.join(os.path.dirname(path) or ".", PEOPLE_FILE)
            return candidate if os.path.isfile(candidate) else None
    return None


def read_people(path: str | None) -> dict[str, Person]:
    """Each person by their initials folded to upper case; {} without a file."""
    if path is None:
        return {}
    try:
        with open(path, encoding="utf-8-sig") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise PlanError(f"cannot read the people file: {exc}", path=path) from None
    return parse_people(text, path)


def parse_people(text: str, path: str) -> dict[str, Person]:
    try:
        root: Any = yaml.compose(text, Loader=plain_loader())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise PlanError(
            f"not YAML: {getattr(exc, 'problem', None) or exc}",
            path=path,
            line=mark.line + 1 if mark else None,
        ) from None
    if root is None:
        return {}
    hint = "write 'RG:' then 'name:', 'email:' and 'role:' indented under it"
    if not isinstance(root, yaml.MappingNode):
        raise PlanError(
            "the people file should map initials to a person",
            path=path,
            line=root.start_mark.line + 1,
            hint=hint,
        )
    people: dict[str, Person] = {}
    for key, value in root.value:
        line = key.start_mark.line + 1
        initials = str(getattr(key, "value", "")).strip()
        if not isinstance(key, yaml.ScalarNode) or not initials or " " in initials:
            raise PlanError("initials expected here (RG)", path=path, line=line, hint=hint)
        if initials.upper() in people:
            raise PlanError(f"{initials} is listed twice", path=path, line=line)
        if not isinstance(value, yaml.MappingNode):
            raise PlanError(
                f"{initials}: give name, email and role under it",
                path=path,
                line=value.start_mark.line + 1,
                hint=hint,
            )
        fields: dict[str, str] = {}
        email_line = line
        for field_key, field_value in value.value:
            name = str(getattr(field_key, "value", ""))
            at = field_key.start_mark.line + 1
            if name not in FIELDS:
                raise PlanError(
                    f"{initials}: unknown key {name!r}",
                    path=path,
                    line=at,
                    hint="a person has name, email and role",
                )
            if not isinstance(field_value, yaml.ScalarNode):
                raise PlanError(f"{initials}: {name} should be text", path=path, line=at)
            fields[name] = str(field_value.value).strip()
            email_line = at if name == "email" else email_line
        email = fields.get("email", "")
        if email and ("@" not in email or any(c.isspace() or c in "<>" for c in email)):
            raise PlanError(
                f"{initials}: {email!r} is not an email address",
                path=path,
                line=email_line,
            )
        people[initials.upper()] = Person(initials, **fields, line=line)
    return people
