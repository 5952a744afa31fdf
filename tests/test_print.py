"""Issue 20, print that survives: charts that read the same in any engine and in greyscale,
an xlsx whose headings never sit at the foot of a page, and months written one way."""

from __future__ import annotations

import io
import itertools
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ofsted_plan.history.trend import Point
from ofsted_plan.model import Action, Month, Plan, Recommendation, Status, Theme
from ofsted_plan.paper import Paper
from ofsted_plan.planfile.reader import load_plan
from ofsted_plan.planfile.writer import dump_plan
from ofsted_plan.query import Filters, summarize
from ofsted_plan.render.charts import LETTERS, chart, text_width, trend_chart
from ofsted_plan.render.html import paper_html
from ofsted_plan.render.markdown import paper_markdown
from ofsted_plan.render.xlsx import paper_xlsx
from ofsted_plan.render.xlsx_sheet import END_MARGIN, KEEP, PAGE_HEIGHT
from ofsted_plan.services.paper import paper as make_paper

from .gitrepo import git
from .helpers import run
from .test_figures import AS_OF, movements_repo

SVG = "{http://www.w3.org/2000/svg}"


def _plan(themes: int, per_theme: int = 1, statuses: tuple[Status, ...] = (Status.GREEN,)) -> Plan:
    def act(t: int, n: int) -> Action:
        status = statuses[(t + n) % len(statuses)]
        return Action(
            ref=f"{t}.{n}", action="Do it", start=Month(2017, 1), end=Month(2017, 12), lead=("RG",),
            status=status,
        )  # fmt: skip

    return Plan(
        title="Print",
        themes=[
            Theme(
                f"Theme {t}: the experiences and progress of children who need help and protection",
                [Recommendation("Rec", [act(t, n) for n in range(1, per_theme + 1)])],
            )
            for t in range(1, themes + 1)
        ],
    )


def _svg(markup: str) -> ET.Element:
    return ET.fromstring(markup.replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1))


def _labels(root: ET.Element) -> list[tuple[float, float, str]]:
    return [
        (float(t.get("x", 0)), float(t.get("y", 0)), t.text or "") for t in root.iter(f"{SVG}text")
    ]


def _segments(root: ET.Element) -> list[tuple[Status, int]]:
    """Each bar segment's status and count, from its tooltip ('Red: 4')."""
    found = []
    for rect in root.iter(f"{SVG}rect"):
        tip = rect.find(f"{SVG}title")
        if tip is not None and tip.text:
            name, count = tip.text.split(": ")
            found.append((Status.parse(name), int(count)))
    return found


def _one_red_in_a_hundred() -> Plan:
    """A theme whose red and amber segments are one action in a hundred: too thin for text."""
    statuses = (Status.GREEN,) * 97 + (Status.RED, Status.AMBER, Status.BLUE)
    return _plan(2, 100, statuses)


def test_every_segment_of_the_theme_chart_carries_its_letter_and_count() -> None:
    summary = summarize(_one_red_in_a_hundred().items(), AS_OF)
    root = _svg(chart(summary))
    segments = _segments(root)
    texts = [text for _, _, text in _labels(root)]
    assert segments and {s for s, _ in segments} >= {Status.RED, Status.AMBER, Status.GREEN}
    for status, count in segments:
        assert f"{LETTERS[status]} {count}" in texts, (status, count)
    # every text has its size and font given, so no engine falls back to its own default
    for text in root.iter(f"{SVG}text"):
        assert text.get("font-size") == "11" and "Arial" in (text.get("font-family") or "")


def test_theme_chart_labels_sit_outside_the_bars_and_never_overlap() -> None:
    summary = summarize(_one_red_in_a_hundred().items(), AS_OF)
    root = _svg(chart(summary))
    bars = [
        (float(r.get("x", 0)), float(r.get("y", 0)), float(r.get("width", 0)), 20.0)
        for r in root.iter(f"{SVG}rect")
        if r.find(f"{SVG}title") is not None
    ]
    left_of_bars = min(x for x, _, _, _ in bars)
    boxes = []
    for t in root.iter(f"{SVG}text"):
        x, y, text = float(t.get("x", 0)), float(t.get("y", 0)), t.text or ""
        width = text_width(text)
        start = x - width / 2 if t.get("text-anchor") == "middle" else x
        boxes.append((start, y - 10, width, 12.0, text))
        if x == 0:  # a theme's name: wholly left of the bars
            assert start + width < left_of_bars, text
    for n, (x1, y1, w1, h1, a) in enumerate(boxes):
        for x2, y2, w2, h2, b in boxes[n + 1 :]:
            apart = x1 + w1 <= x2 or x2 + w2 <= x1 or y1 + h1 <= y2 or y2 + h2 <= y1
            assert apart, (a, b)
    # a label not on its segment (too thin) is below the bar, not over a neighbour
    for x, y, w, h, text in boxes:
        if re.fullmatch(r"[RA] \d+", text):
            assert not any(bx < x + w and x < bx + bw and by < y + h and y < by + bh
                           for bx, by, bw, bh in bars), text  # fmt: skip


def test_the_trend_chart_counts_every_segment_so_reds_1_to_4_can_be_read(tmp_path: Path) -> None:
    plan = _plan(2, 10)
    march = summarize(plan.items(), date(2017, 3, 10))
    actions = list(plan.actions())
    actions[0].status = Status.RED
    before = summarize(plan.items(), date(2017, 3, 10))
    for a in actions[1:4]:
        a.status = Status.RED
    actions[5].status = Status.AMBER
    now = summarize(plan.items(), AS_OF)
    points = [
        Point("start", date(2017, 1, 12), "", march),
        Point("sib-2017-03", date(2017, 3, 13), "", before),
        Point("now", AS_OF, "", now),
    ]
    root = _svg(trend_chart(points))
    texts = [text for _, _, text in _labels(root)]
    segments = _segments(root)
    assert (Status.RED, 1) in segments and (Status.RED, 4) in segments
    assert (Status.AMBER, 1) in segments
    for status, count in segments:
        assert f"{LETTERS[status]} {count}" in texts
    assert "R 1" in texts and "R 4" in texts
    # labels beside one column never overlap each other
    by_column: dict[float, list[float]] = {}
    for x, y, text in _labels(root):
        if re.fullmatch(r"[BGARU] \d+", text):
            by_column.setdefault(x, []).append(y)
    for ys in by_column.values():
        ys.sort()
        assert all(b - a >= 12 for a, b in itertools.pairwise(ys))
    assert "13 March 2017" in texts  # a meeting dated as the cover dates it


def test_the_legend_is_not_colour_alone() -> None:
    root = _svg(chart(summarize(_plan(3, 4).items(), AS_OF)))
    texts = [text for _, _, text in _labels(root)]
    for status, letter in LETTERS.items():
        assert letter in texts  # the swatch's letter, as on the segments
        assert (status.label if status is not Status.BLUE else "Blue (complete)") in texts


# The xlsx: a heading keeps the rows after it on its page.


def _pages(ws: Any) -> list[int]:
    """The printed page of each row, as a printer lays them out from what the file says:
    its scale, margins, row heights, manual breaks and the repeated header row."""
    scale = ws.page_setup.scale or 100
    room = (PAGE_HEIGHT - (ws.page_margins.top + ws.page_margins.bottom) * 72) * 100 / scale
    assert ws.page_margins.top == END_MARGIN
    breaks = {b.id + 1 for b in ws.row_breaks.brk}  # a break after row id
    title = ws.print_title_rows
    repeated = 0.0
    if title:
        first = int(title.split(":")[0].lstrip("$"))
        repeated = ws.row_dimensions[first].height or 12.75
    page, used, pages = 1, 0.0, []
    for row in range(1, ws.max_row + 1):
        height = ws.row_dimensions[row].height or 12.75
        if used > 0 and (row in breaks or used + height > room):
            page, used = page + 1, repeated
        used += height
        pages.append(page)
    return pages


@pytest.mark.parametrize("themes", range(5, 46, 2))
def test_an_xlsx_heading_is_never_stranded_at_the_foot_of_a_page(themes: int) -> None:
    paper = make_paper([_plan(themes)], ["plans/print.yaml"], Filters(), AS_OF)
    ws: Any = openpyxl.load_workbook(io.BytesIO(paper_xlsx(paper)))["Summary"]
    assert not ws.sheet_properties.pageSetUpPr.fitToPage  # Excel ignores breaks under fit-to
    pages = _pages(ws)
    headings = [
        row
        for row in range(1, ws.max_row + 1)
        if ws.cell(row=row, column=1).value in ("Executive summary", "RAG key", "Theme")
    ]
    assert len(headings) == 3
    for row in headings:
        after = pages[row - 1 : row + KEEP]
        assert len(set(after)) == 1, f"{themes} themes: row {row} is apart from what it heads"


def test_some_plan_sizes_need_the_break_and_get_it() -> None:
    """Without the break, 17-19 themes print the 'RAG key' heading at the foot of page 1."""
    paper = make_paper([_plan(18)], ["plans/print.yaml"], Filters(), AS_OF)
    ws = openpyxl.load_workbook(io.BytesIO(paper_xlsx(paper)))["Summary"]
    broken = [b.id + 1 for b in ws.row_breaks.brk]
    assert [ws.cell(row=row, column=1).value for row in broken] == ["RAG key"]


# Months written one way in every paper; JSON and CSV keep ISO.

MONTH_NAMES = (
    "January February March April May June July August September October November December"
)
FULL = MONTH_NAMES.split()
SHORT = [m[:3] for m in FULL]
ISO_MONTH = re.compile(r"(?<![\w-])\d{4}-\d{2}(?![\w-])")


def _month_spellings(text: str) -> list[str]:
    """Every month written other than 'Mar 2017' (a month) or '13 March 2017' (a day)."""
    wrong = [m.group() for m in ISO_MONTH.finditer(text)]
    wrong += re.findall(r"\b(?:" + "|".join(SHORT) + r")-\d{4}\b", text)  # Jun-2017
    wrong += re.findall(r"\b\d{1,2}/\d{4}\b", text)  # 03/2017
    for m in re.finditer(r"(\d{1,2} )?\b([A-Z][a-z]+)\.? (\d{4})\b", text):
        day, name = m.group(1), m.group(2)
        if name in SHORT and not day:
            continue  # Mar 2017
        if name in FULL and day:
            continue  # 13 March 2017
        if name in SHORT or name in FULL:
            wrong.append(m.group())
    return wrong


def _paper_repo(tmp_path: Path) -> tuple[Path, Paper]:
    """The movements between two meetings, and an end month moved later (to agree)."""
    path = movements_repo(tmp_path)
    plan = load_plan(path)
    action = next(a for a in plan.actions() if a.ref == "1.5")
    action.end = Month(2018, 2)
    path.write_text(dump_plan(plan), encoding="utf-8")
    git(tmp_path, "commit", "-q", "-am", "Moved", when="2017-04-13T10:00:00")
    paper = make_paper([load_plan(path)], [str(path)], Filters(), AS_OF, since="sib-2017-03")
    assert paper.decisions and paper.trend and paper.quality
    return path, paper


def _html_text(page: str) -> str:
    page = re.sub(r"<style>.*?</style>", " ", page, flags=re.S)
    page = re.sub(r"sib-\d{4}-\d{2}", "TAG", page)  # the meeting's tag is a name, not a month
    return re.sub(r"<[^>]+>", " ", page)


def _xlsx_text(data: bytes) -> str:
    """The workbook as it shows: text cells, and date cells as their format shows them."""
    shown = []
    for ws in openpyxl.load_workbook(io.BytesIO(data)).worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, datetime):
                    fmt = cell.number_format
                    assert fmt in ("mmm yyyy", "d mmmm yyyy"), (ws.title, cell.coordinate, fmt)
                    shown.append(cell.value.strftime("%b %Y" if fmt == "mmm yyyy" else "%d %B %Y"))
                elif cell.value is not None:
                    shown.append(str(cell.value))
    return re.sub(r"sib-\d{4}-\d{2}", "TAG", "\n".join(shown))


def test_every_paper_writes_months_one_way(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _, paper = _paper_repo(tmp_path)
    html = _html_text(paper_html(paper))
    markdown = re.sub(r"sib-\d{4}-\d{2}", "TAG", paper_markdown(paper))
    workbook = _xlsx_text(paper_xlsx(paper))
    for name, text in (("html", html), ("markdown", markdown), ("xlsx", workbook)):
        assert _month_spellings(text) == [], name
        assert "Dec 2017 → Feb 2018" in text, name  # the move for the board to agree
    assert "Jan 2017" in workbook and "Jan 2017" in markdown  # months there, one way
    # the spellings the check refuses are found when they are there
    assert _month_spellings("2017-03, Jun-2017, 03/2017, March 2017, 13 Mar 2017") == [
        "2017-03", "Jun-2017", "03/2017", "March 2017", "13 Mar 2017",
    ]  # fmt: skip
    # JSON and CSV are for programs: ISO
    monkeypatch.chdir(tmp_path)
    data = run("export", "--format", "json", "--as-of", "2017-04-15").stdout
    assert '"end": "2018-02"' in data
    csv = run("export", "--format", "csv", "--as-of", "2017-04-15").stdout
    assert "2018-02" in csv and "Feb 2018" not in csv


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler)")
def test_the_pdf_writes_months_one_way(tmp_path: Path) -> None:
    pytest.importorskip("weasyprint")
    from ofsted_plan.render.pdf import paper_pdf

    _, paper = _paper_repo(tmp_path)
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(paper_pdf(paper))
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = re.sub(r"sib-\d{4}-\d{2}", "TAG", text)
    assert _month_spellings(text) == []
    # the trend's reds, readable in the print (pdftotext may drop the space in SVG text)
    assert re.search(r"\bR ?1\b", text) and re.search(r"\bR ?4\b", text)
