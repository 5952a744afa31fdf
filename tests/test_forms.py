"""Issue 22: the people file, update forms out (`plan chase --forms`), replies back
(`plan collect`)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import openpyxl
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


# Forms out and replies back, on a git repository.


@pytest.fixture
def council(plans: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`plans` committed to git, with a committer for `plan collect --commit`."""
    from .gitrepo import git

    for key, value in {
        "GIT_COMMITTER_NAME": "Performance team",
        "GIT_COMMITTER_EMAIL": "performance@example.gov.uk",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }.items():
        monkeypatch.setenv(key, value)
    (plans / ".gitignore").write_text("forms/\n", encoding="utf-8")
    git(plans, "init", "-q", "-b", "main")
    git(plans, "add", ".")
    git(plans, "commit", "-q", "-m", "Plan as at the April SIB")
    return plans


def _rows(path: Path) -> dict[str, int]:
    """Each ref's row on the form."""
    sheet = openpyxl.load_workbook(path)["Updates"]
    return {str(r[0].value): r[0].row for r in sheet.iter_rows(min_row=4) if r[0].value}


def _fill(path: Path, values: dict[tuple[str, str], str]) -> None:
    """Fill cells as an officer would: (ref, column title) -> text."""
    book = openpyxl.load_workbook(path)
    sheet = book["Updates"]
    titles = {c.value: n for n, c in enumerate(sheet[3], 1)}
    rows = _rows(path)
    for (ref, title), value in values.items():
        sheet.cell(row=rows[ref], column=titles[title]).value = value
    book.save(path)


def test_forms_are_one_workbook_per_officer_with_four_editable_columns(council: Path) -> None:
    result = run("chase", "--forms", "-o", "forms", "--as-of", "2017-05-20", "--theme", "1")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert "Wrote forms/RG.xlsx: update form for RG." in result.stderr
    book = openpyxl.load_workbook(council / "forms" / "RG.xlsx")
    assert book.sheetnames == ["Updates", "About"]
    assert book["About"].sheet_state == "hidden"
    about = {r[0]: r[1] for r in book["About"].iter_rows(values_only=True)}
    blob = subprocess.run(
        ["git", "rev-parse", "HEAD:plans/ofsted-2016.yaml"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    head = subprocess.run(
        ["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert about["blob"] == blob and about["commit"] == head
    assert about["officer"] == "RG" and about["path"] == "plans/ofsted-2016.yaml"
    sheet = book["Updates"]
    assert "Rachel Green (RG)" in str(sheet["A1"].value)
    assert "Fill in the shaded columns only" in str(sheet["A2"].value)
    header = [c.value for c in sheet[3]]
    assert header == [
        "Ref",
        "Action",
        "Start",
        "End",
        "RAG now",
        "Latest update",
        "New RAG",
        "Update",
        "New end month",
        "Evidence",
    ]
    assert sheet.protection.sheet and not sheet.protection.password
    row = list(sheet[4])
    assert [c.protection.locked for c in row] == [True] * 6 + [False] * 4
    assert row[0].value == "1.1" and row[4].value == "Amber"
    (rule,) = sheet.data_validations.dataValidation
    assert rule.formula1 == '"Red,Amber,Green,Blue"' and str(rule.sqref).startswith("G4:G")
    assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4
    refs = set(_rows(council / "forms" / "RG.xlsx"))
    listed = run("list", "--theme", "1", "--officer", "RG", "--format", "json").stdout
    theme_1 = {a["ref"] for a in json.loads(listed) if a["status"] != "blue"}
    assert refs == theme_1  # --theme narrows, as everywhere
    again = run("chase", "--forms", "-o", "forms", "--as-of", "2017-05-20")
    assert again.exit_code != 0 and "exists" in again.stderr


def test_forms_need_an_output_folder_and_git(plans: Path) -> None:
    assert "give -o DIR" in run("chase", "--forms").stderr
    outside = run("chase", "--forms", "-o", "forms")
    assert outside.exit_code == 1 and "need the plan in git" in outside.stderr


def test_the_update_cycle(council: Path) -> None:
    """Issue 22's done-when: forms made at one commit; the plan edited by hand; two forms
    filled (one clean, one touching the hand-edited action) and a third with a bad cell;
    collect --commit applies the clean changes as the officers, reports the conflict and
    refuses the bad form at its row; collecting again changes nothing."""
    from .gitrepo import git

    assert run("chase", "--forms", "-o", "forms", "--as-of", "2017-05-20").exit_code == 0
    plan = council / "plans" / "ofsted-2016.yaml"
    assert run("set", "A5.2", "--status", "red").exit_code == 0  # by hand, after the forms
    git(council, "commit", "-q", "-am", "A5.2 red after the May audit")
    forms = council / "forms"
    _fill(  # Rachel: clean
        forms / "RG.xlsx",
        {
            ("1.1", "New RAG"): "Green",
            ("1.1", "Update"): "Templates signed off at SIB.",
            ("1.1", "Evidence"): "SIB minutes 12 May",
            ("1.3", "New end month"): "2017-09",
            ("1.3", "Update"): "Review moved: auditor on leave.",
        },
    )
    _fill(  # Jo: one clean change, and A5.2, which the plan changed since
        forms / "JF.xlsx",
        {("A5.1", "New RAG"): "Blue", ("A5.2", "New RAG"): "Amber"},
    )
    _fill(forms / "PD.xlsx", {("2.1", "New RAG"): "Purple", ("2.4", "New RAG"): "Amber"})
    result = run(
        "collect", *(str(forms / f) for f in ("RG.xlsx", "JF.xlsx", "PD.xlsx")), "--commit"
    )
    assert result.exit_code == 1
    pd_row = _rows(forms / "PD.xlsx")["2.1"]
    assert (
        f"Error: {forms / 'PD.xlsx'}[Updates]:{pd_row}: 2.1: New RAG 'Purple' is not Red, "
        "Amber, Green or Blue" in result.stderr
    )
    assert "conflict: A5.2 status: the form says Amber, but the plan changed from Green to Red" in (
        result.stdout
    )
    log = git(council, "log", "--format=%an <%ae>|%s", "-3").splitlines()
    assert log == [
        "Jo Fisher <jo.fisher@example.gov.uk>|Updates from Jo Fisher: A5.1",
        "Rachel Green <rachel.green@example.gov.uk>|Updates from Rachel Green: 1.1, 1.3",
        "Rachel G <officer@example.org>|A5.2 red after the May audit",
    ]
    actions = {a["ref"]: a for a in json.loads(run("list", "--format", "json").stdout)}
    assert actions["1.1"]["status"] == "green"
    assert (
        "RG: Templates signed off at SIB. Evidence: SIB minutes 12 May"
        in actions["1.1"]["comments"]
    )
    assert actions["1.3"]["end"] == "2017-09"
    assert actions["A5.1"]["status"] == "blue"
    assert actions["A5.2"]["status"] == "red"  # the conflict is not applied
    assert actions["2.4"]["status"] == "green"  # the refused form: nothing from it
    head = git(council, "rev-parse", "HEAD")
    text = plan.read_bytes()
    second = run("collect", str(forms / "RG.xlsx"), str(forms / "JF.xlsx"), "--commit")
    assert plan.read_bytes() == text and git(council, "rev-parse", "HEAD") == head
    assert "RG.xlsx (Rachel Green (RG)): nothing to change" in second.stdout


def test_collect_dry_run_theirs_and_what_is_named_not_guessed(council: Path) -> None:
    from .gitrepo import git

    assert run("chase", "--forms", "-o", "forms", "--officer", "JF").exit_code == 0
    plan = council / "plans" / "ofsted-2016.yaml"
    assert run("set", "A5.2", "--status", "red").exit_code == 0
    git(council, "commit", "-q", "-am", "A5.2 red")
    form = council / "forms" / "JF.xlsx"
    _fill(form, {("A5.2", "New RAG"): "Amber", ("A5.3", "Update"): "Co-location reviewed."})
    text = plan.read_bytes()
    dry = run("collect", str(form), "--dry-run")
    assert "would change 1 action" in dry.stdout and "conflict: A5.2 status" in dry.stdout
    assert plan.read_bytes() == text
    theirs = run("collect", str(form), "--theirs")
    assert theirs.exit_code == 0, theirs.stdout
    assert "A5.2: status Red -> Amber" in theirs.stdout
    # an action no longer in the plan is named, not guessed
    plan.write_text(plan.read_text().replace("ref: A5.3", "ref: A5.30"), encoding="utf-8")
    gone = run("collect", str(form))
    assert "A5.3 is no longer in the plan" in gone.stdout
    # a form for another plan is named
    book = openpyxl.load_workbook(form)
    book["About"]["B3"] = "plans/other.yaml"
    book.save(council / "other.xlsx")
    other = run("collect", str(council / "other.xlsx"))
    assert other.exit_code == 1
    assert "made for another plan" in other.stderr and "plans/other.yaml" in other.stderr


def test_collect_reads_forms_attached_to_a_saved_email(council: Path) -> None:
    from email.message import EmailMessage

    assert run("chase", "--forms", "-o", "forms", "--officer", "JF").exit_code == 0
    form = council / "forms" / "JF.xlsx"
    _fill(form, {("A5.3", "Update"): "Co-location reviewed.", ("A5.3", "New end month"): "Sep-17"})
    message = EmailMessage()
    message["Subject"] = "Re: Improvement plan: your updates"
    message.set_content("Updates attached.")
    message.add_attachment(
        form.read_bytes(),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        filename="JF.xlsx",
    )
    (council / "reply.eml").write_bytes(bytes(message))
    result = run("collect", "reply.eml")
    assert result.exit_code == 0, result.stderr
    assert "reply.eml/JF.xlsx (Jo Fisher (JF)): changed 1 action" in result.stdout
    assert "A5.3: end 2017-06 -> 2017-09, update added" in result.stdout


@pytest.mark.parametrize(
    ("cells", "words"),
    [
        ({("A5.3", "New end month"): "2017-09"}, "a new end month needs its reason in Update"),
        (
            {("A5.3", "New end month"): "soon", ("A5.3", "Update"): "x"},
            "New end month 'soon' is not a month",
        ),
        ({("A5.3", "New RAG"): "done"}, "New RAG 'done' is not Red, Amber, Green or Blue"),
        ({("A5.3", "Update"): "Done \u202e"}, "Update holds the control character U+202E"),
    ],
)
def test_a_bad_cell_refuses_the_whole_form_at_its_row(
    council: Path, cells: dict[tuple[str, str], str], words: str
) -> None:
    assert run("chase", "--forms", "-o", "forms", "--officer", "JF").exit_code == 0
    form = council / "forms" / "JF.xlsx"
    _fill(form, {("A5.1", "New RAG"): "Blue", **cells})
    text = (council / "plans" / "ofsted-2016.yaml").read_bytes()
    result = run("collect", "forms/JF.xlsx")
    assert result.exit_code == 1
    row = _rows(form)["A5.3"]
    assert f"Error: forms/JF.xlsx[Updates]:{row}: A5.3: {words}" in result.stderr
    assert "Traceback" not in result.stderr
    assert (council / "plans" / "ofsted-2016.yaml").read_bytes() == text


def test_collect_refuses_what_is_not_a_form(council: Path) -> None:
    (council / "notes.xlsx").write_bytes(b"not a workbook")
    result = run("collect", "notes.xlsx")
    assert result.exit_code == 1
    assert "Error: notes.xlsx: not an Excel workbook" in result.stderr


def test_chase_letters_use_names_and_emails_from_the_people_file(plans: Path) -> None:
    text = run("chase", "--officer", "JF", "--as-of", "2017-05-20").stdout
    assert "To: Jo Fisher <jo.fisher@example.gov.uk>" in text and "Dear Jo Fisher," in text
    assert "To: CP\n" in run("chase", "--officer", "CP", "--as-of", "2017-05-20").stdout
    (letter,) = json.loads(run("chase", "--officer", "RG", "--format", "json").stdout)["letters"]
    assert letter["name"] == "Rachel Green" and letter["email"] == "rachel.green@example.gov.uk"
