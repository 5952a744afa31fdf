"""Issue 22: the people file, update forms out (`plan chase --forms`), replies back
(`plan collect`)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from .helpers import REPO, run

PEOPLE = """\
RG:
  name: Rachel Green
  email: rachel.green@example.gov.uk
  role: Head of Early Help
JF:
  name: Jo Fisher
  email: jo.fisher@example.gov.uk
  role: Service Manager
ZZ:
  name: Zed Zee
"""


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shipped plan with a people file beside it, in plans/ of the cwd."""
    (tmp_path / "plans").mkdir()
    shutil.copy(REPO / "plans" / "ofsted-2016.yaml", tmp_path / "plans")
    (tmp_path / "plans" / "people.yaml").write_text(PEOPLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PLAN_PATH", raising=False)
    return tmp_path


def test_people_lists_officers_their_open_actions_and_who_has_no_entry(plans: Path) -> None:
    result = run("people")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["Officer", "Name", "Email", "Role", "Open", "Refs"]
    rg = next(line for line in lines if line.startswith("RG "))
    assert "Rachel Green" in rg and "rachel.green@example.gov.uk" in rg and " 1.1 " in rg
    assert next(line for line in lines if line.startswith("CP ")).split()[1:3] == ["(no", "entry)"]
    assert "No entry in the people file: CP" in result.stdout
    assert "leading no action: ZZ." in result.stdout
    data = json.loads(run("people", "--format", "json").stdout)
    assert data["people_file"] == "plans/people.yaml"
    rg_data = next(o for o in data["officers"] if o["initials"] == "RG")
    assert rg_data["person"]["role"] == "Head of Early Help"
    assert "1.1" in [a["ref"] for a in rg_data["open"]]
    assert "CP" in data["no_entry"] and data["leading_nothing"][0]["initials"] == "ZZ"
    narrowed = json.loads(run("people", "--officer", "JF", "--format", "json").stdout)
    assert [o["initials"] for o in narrowed["officers"]] == ["JF"]


def test_the_people_file_is_not_read_as_a_plan(plans: Path) -> None:
    assert run("check").exit_code == 0


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("RG:\n  name: R\n  email: not-an-address\n", 3, "not an email address"),
        ("RG:\n  name: R\n  phone: 123\n", 3, "unknown key 'phone'"),
        ("RG:\n  name: R\nrg:\n  name: S\n", 3, "listed twice"),
        ("RG: Rachel\n", 1, "give name, email and role"),
        ("- RG\n", 1, "map initials"),
        ("RG:\n  name: [R\n", 3, "not YAML"),
    ],
)
def test_people_file_mistakes_are_refused_at_their_line(
    plans: Path, text: str, line: int, words: str
) -> None:
    (plans / "plans" / "people.yaml").write_text(text, encoding="utf-8")
    result = run("people")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: plans/people.yaml:{line}: "), result.stderr
    assert words in result.stderr
    assert "Traceback" not in result.stderr


def test_people_without_a_people_file(plans: Path) -> None:
    (plans / "plans" / "people.yaml").unlink()
    result = run("people")
    assert result.exit_code == 0
    assert "No people file" in result.stdout
