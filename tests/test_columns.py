"""Columns found by what they mean, officers as councils write them, and nothing dropped or
overwritten in silence."""

from __future__ import annotations

import json
from pathlib import Path

from ofsted_plan.model import Action, initials_of, parse_initials
from ofsted_plan.planfile.reader import load_plan

from .helpers import run

HEADER = "Area for improvement\tRef\tAction\tStart\tTarget date\tOwner\tRAG rating\tNotes\n"
TABLE = (
    "Our improvement plan\n"
    + HEADER
    + "Strengthen practice\t1.1\tAudit plans\tJan-18\tMar-18\tDCI Helen Marsh\tGreen\tsee minutes\n"
    + "\t1.2\tTrain staff\tFeb-18\tJun-18\tHelen Marsh and Tom Ellery (LSCB Business Manager)"
    + "\tAmber\t\n"
    + "\t1.3\tReview\tFeb-18\tJun-18\tAssistant Director, Education\tRed\t\n"
)


def imported(tmp_path: Path, text: str) -> tuple[Path, str]:
    tmp_path.mkdir(exist_ok=True)
    table = tmp_path / "plan.txt"
    table.write_text(text, encoding="utf-8")
    target = tmp_path / "plans" / "plan.yaml"
    target.parent.mkdir(exist_ok=True)
    result = run("import", str(table), "-o", str(target))
    assert result.exit_code == 0, result.stderr
    return target, result.stderr


def test_columns_councils_name_otherwise(tmp_path: Path) -> None:
    target, report = imported(tmp_path, TABLE)
    actions = {a.ref: a for a in load_plan(target).actions()}
    assert str(actions["1.1"].end) == "2018-03"  # 'Target date' is the end month
    assert actions["1.1"].lead == ("DCI Helen Marsh",)  # 'Owner' is the lead, one person
    assert actions["1.2"].lead == ("Helen Marsh", "Tom Ellery (LSCB Business Manager)")
    assert actions["1.3"].lead == ("Assistant Director, Education",)
    assert actions["1.3"].status.value == "red"  # 'RAG rating'
    assert actions["1.1"].extra == {"Notes": "see minutes"}
    assert "Kept under 'extra', not read as any field: 'Notes'." in report


def test_officer_filter_matches_a_name_or_its_initials(tmp_path: Path) -> None:
    target, _ = imported(tmp_path, TABLE)
    for wanted in ("HM", "helen marsh", "DCI Helen Marsh"):
        result = run("list", "-p", str(target), "--officer", wanted, "-f", "csv")
        assert result.exit_code == 0, result.stderr
        refs = [line.split(",")[1] for line in result.stdout.splitlines()[1:]]
        assert refs == ["1.1", "1.2"]
    result = run("list", "-p", str(target), "--officer", "XY")
    assert "no action has lead officer XY" in result.stderr


def test_two_columns_for_one_field_are_refused(tmp_path: Path) -> None:
    table = tmp_path / "plan.txt"
    table.write_text(TABLE.replace("\tNotes\n", "\tLead officer\n", 1), encoding="utf-8")
    result = run("import", str(table), "-o", str(tmp_path / "x.yaml"))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {table}:2: two columns would both be read as the lead officer: 'Owner' and "
        "'Lead officer' (say which in a rules file: column Owner = lead and column Lead officer = "
        "extra (see plan import --help), or rename one in the table)\n"
    )


def test_officers_split_as_councils_write_them() -> None:
    assert parse_initials("RG/JF") == ("RG", "JF")
    assert parse_initials("RG; JF & SK") == ("RG", "JF", "SK")
    assert parse_initials("RG, JF") == ("RG", "JF")  # commas between initials only
    assert parse_initials("Helen Marsh and Tom Ellery") == ("Helen Marsh", "Tom Ellery")
    assert parse_initials("Assistant Director, Education") == ("Assistant Director, Education",)
    assert initials_of("DCI Helen Marsh") == "HM"
    assert initials_of("Tom Ellery (LSCB Business Manager)") == "TE"
    assert initials_of("RG") == ""
    assert Action(ref="1", lead=("Dr Jo Ford",)).has_officer("jf")


def test_status_words_councils_use_are_read_and_reported(tmp_path: Path) -> None:
    words = ["Complete", "On track", "At risk", "Off track", "Not started", "B", "r"]
    rows = "".join(
        f"{'Rec' if n == 0 else ''}\t{n + 1}\tDo it\tJan-18\tMar-18\tRG\t{word}\t\n"
        for n, word in enumerate(words)
    )
    target, report = imported(tmp_path, "Plan\n" + HEADER + rows)
    statuses = [a.status.value for a in load_plan(target).actions()]
    assert statuses == ["blue", "green", "amber", "red", "", "blue", "red"]
    assert (
        "Status words read: 'Complete' -> blue (1), 'On track' -> green (1), 'At risk' -> amber "
        "(1), 'Off track' -> red (1), 'Not started' -> unrated (1), 'B' -> blue (1), 'r' -> red "
        "(1)." in report
    )


def test_dates_and_quarters_read_as_their_month_and_reported(tmp_path: Path) -> None:
    ends = ["31/03/2018", "30.06.18", "31st March 2018", "2018-03-31", "Q4 2017/18", "Sept 18"]
    rows = "".join(
        f"{'Rec' if n == 0 else ''}\t{n + 1}\tDo it\tJan-18\t{end}\tRG\tGreen\t\n"
        for n, end in enumerate(ends)
    )
    target, report = imported(tmp_path, "Plan\n" + HEADER + rows)
    months = [str(a.end) for a in load_plan(target).actions()]
    assert months == ["2018-03", "2018-06", "2018-03", "2018-03", "2018-03", "2018-09"]
    assert (
        "Dates read as their month: '31/03/2018' -> 2018-03, '30.06.18' -> 2018-06, "
        "'31st March 2018' -> 2018-03, '2018-03-31' -> 2018-03." in report
    )
    assert "Financial quarters read as their last month: 'Q4 2017/18' -> 2018-03." in report
    table = tmp_path / "typo.txt"
    table.write_text("Plan\n" + HEADER + "Rec\t1\tDo it\tJan-18\tFebuary-18\tRG\tGreen\t\n")
    result = run("import", str(table), "-o", str(tmp_path / "w.yaml"))
    assert result.exit_code == 1  # a month mistyped is refused, not kept as words
    assert f"{table}:3: End month: 'Febuary-18' is not a month" in result.stderr


def test_end_words_are_kept_with_no_end_month(tmp_path: Path) -> None:
    ends = ["Ongoing", "TBC", "Summer term 2019", "Mar-18 (revised Jun-18)", "Ongoing"]
    rows = "".join(
        f"{'Rec' if n == 0 else ''}\t{n + 1}\tDo it\tJan-18\t{end}\tRG\tGreen\t\n"
        for n, end in enumerate(ends)
    )
    target, report = imported(tmp_path, "Plan\n" + HEADER + rows)
    actions = list(load_plan(target).actions())
    assert [(str(a.end) if a.end else None, a.end_text) for a in actions] == [
        (None, "Ongoing"),
        (None, "TBC"),
        ("2019-07", "Summer term 2019"),  # a school term ends in its last month
        ("2018-06", "Mar-18 (revised Jun-18)"),
        (None, "Ongoing"),
    ]
    assert (
        "End cells that are not months, kept as written with no end month: 'Ongoing' (2), "
        "'TBC' (1)." in report
    )
    assert (
        "School terms read as the month they end (spring: its Easter holiday): "
        "'Summer term 2019' -> 2019-07." in report
    )
    overdue = run("overdue", "-p", str(target), "--as-of", "2030-01-01")
    assert "3 actions have no end month (Ongoing, TBC)" in overdue.stderr
    summary = run("summary", "-p", str(target), "--as-of", "2030-01-01")
    assert "3 actions have no end month (Ongoing, TBC)" in summary.stdout
    shown = run("show", "1", "-p", str(target), env={"COLUMNS": "100"}).stdout
    assert "no end month (as written: Ongoing)" in shown
    records = json.loads(run("list", "-p", str(target), "-f", "json").stdout)
    assert records[3]["end"] == "2018-06" and records[3]["end_text"] == "Mar-18 (revised Jun-18)"
    exported = tmp_path / "again.tsv"
    assert run("export", "-p", str(target), "-o", str(exported)).exit_code == 0
    again, _ = imported(tmp_path / "again", exported.read_text(encoding="utf-8"))
    assert again.read_text(encoding="utf-8") == target.read_text(encoding="utf-8")


def test_explain_says_how_each_row_was_read_and_writes_nothing(tmp_path: Path) -> None:
    table = tmp_path / "plan.txt"
    table.write_text(TABLE, encoding="utf-8")
    result = run("import", str(table), "--explain", "-o", str(tmp_path / "out.yaml"))
    assert result.exit_code == 0, result.stderr
    assert not (tmp_path / "out.yaml").exists()
    assert result.stdout.splitlines() == [
        "Read as: text separated by tabs; lines as numbered.",
        "Line 2: the header row: 'Area for improvement' -> recommendation; 'Ref' -> ref; "
        "'Action' -> action; 'Start' -> start; 'Target date' -> end; 'Owner' -> lead; "
        "'RAG rating' -> status; 'Notes' kept under extra.",
        "Rows read as header: 1 (lines 2).",
        "Rows read as action: 3 (lines 3, 4, 5).",
        "Rows read as title: 1 (lines 1).",
        "Column 'Area for improvement' -> recommendation: 1 of 3 rows filled.",
        "Column 'Ref' -> ref: 3 of 3 rows filled.",
        "Column 'Action' -> action: 3 of 3 rows filled.",
        "Column 'Start' -> start: 3 of 3 rows filled, 3 read as months.",
        "Column 'Target date' -> end: 3 of 3 rows filled, 3 read as months.",
        "Column 'Owner' -> lead: 3 of 3 rows filled.",
        "Column 'RAG rating' -> status: 3 of 3 rows filled.",
        "Title: 'Our improvement plan'.",
        "Theme 1: '(none)': 1 recommendation, 3 actions.",
        "Found: 1 theme, 1 recommendation, 3 actions (0 without a ref were given one). "
        "Kept under 'extra', not read as any field: 'Notes'.",
        "Nothing was written (--explain).",
    ]


def test_a_title_and_a_key_line_are_never_themes(tmp_path: Path) -> None:
    text = TABLE.replace(
        "Our improvement plan\n", "Our improvement plan\nBRAG key: B = complete, R = off track\n"
    )
    target, _ = imported(tmp_path, text)
    plan = load_plan(target)
    assert plan.title == "Our improvement plan"
    assert plan.notes == ["BRAG key: B = complete, R = off track"]
    assert [t.title for t in plan.themes] == [""]
    with_theme = text.replace(HEADER, "Help and protection\n" + HEADER)
    target, _ = imported(tmp_path / "again", with_theme)
    assert [t.title for t in load_plan(target).themes] == ["Help and protection"]


FLAT = (
    "Theme\tRecommendation\tRef\tAction\tEnd date\tLead officer\tRAG\n"
    "Help\tImprove plans\t1\tAudit plans\tMar-18\tRG\tGreen\n"
    "Help\tImprove plans\t2\tTrain staff\tJun-18\tJF\tAmber\n"
    "Leadership\tBoard oversight\t3\tReport to board\tJun-18\tCP\tRed\n"
    "Help\tChronologies\t4\tRecord chronologies\tJul-18\tRG\tGreen\n"
)


def test_one_flat_table_with_a_theme_column(tmp_path: Path) -> None:
    target, _ = imported(tmp_path, FLAT)
    plan = load_plan(target)
    layout = [
        (t.title, [(r.text, [a.ref for a in r.actions]) for r in t.recommendations])
        for t in plan.themes
    ]
    assert layout == [
        ("Help", [("Improve plans", ["1", "2"]), ("Chronologies", ["4"])]),
        ("Leadership", [("Board oversight", ["3"])]),
    ]


def test_a_heading_row_over_numbered_actions(tmp_path: Path) -> None:
    text = (
        "Recommendation\tRef\tAction\tEnd date\tLead officer\tRAG\tComments\n"
        "Improve plans\t1.1\tPlans are SMART\t\t\t\t\n"
        "\t1.1.1\tAudit plans\tMar-18\tRG\tGreen\t\n"
        "\t1.1.2a\tTrain staff\tJun-18\tJF\tAmber\t\n"
        "\t1.10\tReview\tJul-18\tJF\tAmber\t\n"
    )
    target, report = imported(tmp_path, text)
    actions = list(load_plan(target).actions())
    assert [(a.ref, a.extra.get("Heading")) for a in actions] == [
        ("1.1.1", "1.1 Plans are SMART"),
        ("1.1.2a", "1.1 Plans are SMART"),
        ("1.10", None),  # 1.10 is not under 1.1
    ]
    assert "Rows read as headings over the actions numbered under them" in report
    table = tmp_path / "nested.txt"
    table.write_text(text.replace("Plans are SMART\t\t\t\t", "Plans are SMART\t\t\t\tsee notes"))
    result = run("import", str(table), "-o", str(tmp_path / "x.yaml"))
    assert result.exit_code == 1
    assert f"{table}:2: the row with ref 1.1 has no lead, dates or status" in result.stderr
    assert "it is neither an action nor a heading" in result.stderr
    assert not (tmp_path / "x.yaml").exists()


def test_one_header_and_themes_as_divider_rows(tmp_path: Path) -> None:
    text = (
        "Children's services improvement plan\n"
        "Recommendation\tRef\tAction\tEnd date\tLead officer\tRAG\n"
        "Help and protection\n"
        "Improve plans\t1\tAudit plans\tMar-18\tRG\tGreen\n"
        "\t2\tTrain staff\tJun-18\tJF\tAmber\n"
        "Leadership\n"
        "Board oversight\t3\tReport to board\tJun-18\tCP\tRed\n"
    )
    target, report = imported(tmp_path, text)
    plan = load_plan(target)
    assert plan.title == "Children's services improvement plan"
    layout = [(t.title, [(r.text, [a.ref for a in r.actions]) for r in t.recommendations])
              for t in plan.themes]  # fmt: skip
    assert layout == [
        ("Help and protection", [("Improve plans", ["1", "2"])]),
        ("Leadership", [("Board oversight", ["3"])]),
    ]
    assert "Themes: 'Help and protection' (line 3); 'Leadership' (line 6)." in report


def test_no_recommendation_column_the_sections_group(tmp_path: Path) -> None:
    text = (
        "SEND Written Statement of Action\n"
        "Identification of need\n"
        "Ref\tAction\tBy when\tWho\tRAG status\n"
        "1.1\tPublish the local offer\t31/03/2019\tSENCO lead\tG\n"
        "1.2\tTrain SENCOs\tQ1 2019/20\tJane Doe & Sam Roe\tA\n"
        "Joint commissioning\n"
        "Ref\tAction\tBy when\tWho\tRAG status\n"
        "2.1\tAgree a joint commissioning strategy\tSept 19\tDCS\tR\n"
    )
    target, _ = imported(tmp_path, text)
    plan = load_plan(target)
    assert [t.title for t in plan.themes] == ["Identification of need", "Joint commissioning"]
    assert [[r.text for r in t.recommendations] for t in plan.themes] == [[""], [""]]
    actions = {a.ref: a for a in plan.actions()}
    assert [str(actions[r].end) for r in ("1.1", "1.2", "2.1")] == ["2019-03", "2019-06", "2019-09"]
    assert actions["1.2"].lead == ("Jane Doe", "Sam Roe")
    assert actions["2.1"].status.value == "red"


def test_a_two_row_header(tmp_path: Path) -> None:
    text = (
        "Plan\n"
        "Recommendation\tRef\tAction\tTimescale\t\tLead officer\tRAG\n"
        "\t\t\tStart\tEnd\t\t\n"
        "Improve plans\t1\tAudit plans\tJan-18\tMar-18\tRG\tGreen\n"
    )
    target, _ = imported(tmp_path, text)
    (action,) = load_plan(target).actions()
    assert (str(action.start), str(action.end)) == ("2018-01", "2018-03")
