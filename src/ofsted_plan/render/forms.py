"""An officer's update form (`plan chase --forms`): one sheet listing their open actions,
the four columns they fill unlocked (sheet protection without a password), A4, and a hidden
sheet recording the plan, its version and the officer, which `plan collect` reads back."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.styles import PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation

from ..board import latest_comment
from ..model import plural
from ..results.officers import FORM_ABOUT, FORM_COLUMNS, FORM_EDITABLE, FORM_KIND, FORM_SHEET
from .text import visible
from .xlsx import Sheet, _stamped

if TYPE_CHECKING:
    from ..model import Person
    from ..results.officers import Collected, Form

RAG_CHOICES = ("Red", "Amber", "Green", "Blue")
RAG_NOW = 5  # the column of the RAG now, coloured as in every paper

HEADER_ROW = 3  # the title, the instruction line, then the header
FILL = "FFFFF7D6"  # the columns to fill in
INSTRUCTION = (
    "Fill in the shaded columns only: New RAG (choose from the list; Blue when complete), "
    "Update (what has happened, and the reason if the end month moves), New end month "
    "(YYYY-MM), Evidence (a link or file name). Leave a row blank if nothing changed. "
    "Save the file and send it back."
)


def name_of_person(officer: str, person: Person | None) -> str:
    """'Rachel Green (RG)' where the people file names them, else the initials."""
    return f"{person.name} ({officer})" if person and person.name else officer


def form_xlsx(form: Form) -> bytes:
    """The form as a workbook's bytes (dated as_of, so the same form gives the same file)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = FORM_SHEET
    out = Sheet(sheet, [width for _, width in FORM_COLUMNS])
    when = f" for {form.meeting}" if form.meeting else ""
    who = name_of_person(form.officer, form.person)
    out.sentence(f"Improvement plan updates{when}: {who}", bold=True)
    out.sentence(INSTRUCTION)
    out.header([title for title, _ in FORM_COLUMNS])
    first = out.row + 1
    for item in form.items:
        a = item.action
        row = out.put(
            [
                a.ref,
                a.action,
                str(a.start) if a.start else "",
                str(a.end) if a.end else a.end_text,
                a.status.label,
                latest_comment(a.comments),
                "",
                "",
                "",
                "",
            ]
        )
        out.rag(row, RAG_NOW, a.status)
    last = out.row
    editable = [n for n, (title, _) in enumerate(FORM_COLUMNS, 1) if title in FORM_EDITABLE]
    for row in range(first, last + 1):
        for column in editable:
            cell = sheet.cell(row=row, column=column)
            cell.protection = Protection(locked=False)
            cell.number_format = "@"  # a month typed stays text, not a date
            cell.fill = PatternFill("solid", fgColor=FILL)
    if form.items:
        rag = DataValidation(
            type="list",
            formula1='"' + ",".join(RAG_CHOICES) + '"',
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="New RAG",
            error="Choose Red, Amber, Green or Blue.",
        )
        sheet.add_data_validation(rag)
        letter = get_column_letter(editable[0])
        rag.add(f"{letter}{first}:{letter}{last}")
    sheet.freeze_panes = f"A{first}"
    out.print_setup()
    sheet.protection.sheet = True  # no password: nothing is locked away from the council
    sheet.protection.formatRows = False  # rows may grow to fit what is typed
    sheet.protection.formatColumns = False
    about = book.create_sheet(FORM_ABOUT)
    for key, value in (
        ("form", FORM_KIND),
        ("plan", form.plan),
        ("path", form.path),
        ("commit", form.commit),
        ("blob", form.blob),
        ("officer", form.officer),
        ("made", form.as_of.isoformat()),
    ):
        about.append([key, value])
        about.cell(row=about.max_row, column=2).data_type = "s"
    about.sheet_state = "hidden"
    book.security = WorkbookProtection(lockStructure=True)  # the hidden sheet stays hidden
    data = io.BytesIO()
    book.save(data)
    return _stamped(data.getvalue(), form.as_of)


def collect_text(results: list[Collected], dry_run: bool) -> str:
    """What each form changed (or would), its conflicts and what was not applied."""
    lines: list[str] = []
    for one in results:
        who = visible(name_of_person(one.officer, one.person)) if one.officer else ""
        head = visible(one.file) + (f" ({who})" if who else "")
        if one.refused:
            lines.append(f"{head}: refused, nothing applied")
            continue
        verb = "would change" if dry_run else "changed"
        if one.changed:
            lines.append(f"{head}: {verb} {plural(len(one.changed), 'action')}")
            lines += [f"  {visible(ref)}: {', '.join(what)}" for ref, what in one.changed]
        else:
            lines.append(f"{head}: nothing to change")
        lines += [f"  conflict: {visible(c)}" for c in one.conflicts]
        lines += [f"  not applied: {visible(n)}" for n in one.notes]
        if one.commit:
            lines.append(f"  committed {one.commit[:7]}")
    return "\n".join(lines) + "\n" if lines else ""
