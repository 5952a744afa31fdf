"""The JSON Schema editors use: shipped, printed by `plan schema`, and in step with `plan check`."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from .helpers import REPO, run

CORPUS = Path(__file__).parent / "corpus"
PACKAGED = REPO / "src" / "ofsted_plan" / "plan.schema.json"


def schema() -> dict:
    return json.loads(run("schema").stdout)


def schema_errors(path: Path) -> list[str]:
    """What an editor's schema check says of a file (YAML read as editors read it)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        return [f"YAML: {exc}"]
    validator = jsonschema.Draft7Validator(schema())
    return [error.message for error in validator.iter_errors(data)]


def test_plan_schema_prints_the_shipped_schema() -> None:
    printed = run("schema").stdout
    assert printed == PACKAGED.read_text(encoding="utf-8")
    assert printed == (REPO / "plan.schema.json").read_text(encoding="utf-8")
    jsonschema.Draft7Validator.check_schema(json.loads(printed))


def test_shipped_plan_is_valid_and_points_at_the_schema() -> None:
    plan = REPO / "plans" / "ofsted-2016.yaml"
    assert schema_errors(plan) == []
    first = plan.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../plan.schema.json"
    assert (plan.parent / "../plan.schema.json").resolve().exists()


def test_import_writes_the_modeline(tmp_path: Path) -> None:
    target = tmp_path / "plan.yaml"
    run("import", str(REPO / "tests" / "data" / "seed.tsv"), "-o", str(target))
    assert target.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=")


# Broken files that both the schema and `plan check` can see (duplicate keys and refs, end
# before start and YAML's own errors are beyond a JSON Schema; `plan check` finds those).
SHARED = [
    "unknown-key.yaml",
    "bad-status.yaml",
    "bad-months.yaml",
    "not-a-plan.yaml",
    "no-themes.yaml",
    "wrong-shapes.yaml",
    "many-problems.yaml",
    "refs.yaml",
]


@pytest.mark.parametrize("name", [*SHARED, "sound.yaml", "warnings.yaml"])
def test_schema_and_check_agree(name: str) -> None:
    path = CORPUS / name
    check = run("check", str(path))
    assert bool(schema_errors(path)) == (check.exit_code == 1), (schema_errors(path), check.stdout)


def test_schema_sees_what_check_sees_in_a_value(tmp_path: Path) -> None:
    plan = REPO / "plans" / "ofsted-2016.yaml"
    text = plan.read_text(encoding="utf-8")
    for broken in (
        text.replace("status: amber", "status: purple", 1),
        text.replace("end: 2017-02", "end: 2017-13", 1),
        text.replace("lead: RG", "leader: RG", 1),
        text.replace("comments: ", "comments:\n              - a list\n            x: ", 1),
    ):
        target = tmp_path / "plan.yaml"
        target.write_text(broken, encoding="utf-8")
        assert schema_errors(target)
        assert run("check", str(target)).exit_code == 1


def test_schema_holds_every_field_of_an_action() -> None:
    """A field added to the model (model.FIELDS) must be added to the schema too."""
    from ofsted_plan.model import FIELDS

    action = schema()["definitions"]["action"]["properties"]
    assert list(action) == [f.name for f in FIELDS]
    from ofsted_plan.model import FieldKind

    by_kind = {FieldKind.MONTH: "#/definitions/month", FieldKind.INITIALS: "#/definitions/initials"}
    for info in FIELDS:
        if info.kind in by_kind:
            assert action[info.name]["$ref"] == by_kind[info.kind], info.name


def test_the_shipped_schema_is_made_from_the_model() -> None:
    """Both copies are what `python -m ofsted_plan.planfile.schema` writes from model.FIELDS."""
    from ofsted_plan.planfile.schema import SHIPPED, schema_text

    for name in SHIPPED:
        assert (REPO / name).read_text(encoding="utf-8") == schema_text(), (
            f"{name} is out of date: run python -m ofsted_plan.planfile.schema"
        )
