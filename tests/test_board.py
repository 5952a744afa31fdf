"""Board papers: what each section holds (on a repository with three tagged meetings), the
seed's paper printed to PDF in a real browser, Markdown, PDF, Excel and the CSV for Excel."""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from ofsted_plan.model import Action, Plan, Recommendation, Status, Theme
from ofsted_plan.planfile.writer import dump_plan
from ofsted_plan.render.markdown import md

from .helpers import missing, run

AS_OF = "--as-of=2017-04-15"
MAY = "--as-of=2017-05-25"  # in the meetings repository: after the May SIB
NASTY = 'Pipe | here\nsecond line <script>alert("x")</script> **bold** [link](http://x) =1+1'


@pytest.fixture
def nasty_plan(tmp_path: Path) -> Path:
    plan = Plan(
        title="Plan <b>1</b>",
        themes=[
            Theme(
                "Theme | one",
                [
                    Recommendation(
                        NASTY,
                        [
                            Action(
                                ref="1.1",
                                action=NASTY,
                                comments=NASTY,
                                lead=("RG",),
                                status=Status.AMBER,
                            ),
                            Action(ref="1.2", action='=HYPERLINK("http://evil")', lead=("JF",)),
                        ],
                    )
                ],
            )
        ],
    )
    path = tmp_path / "nasty.yaml"
    path.write_text(dump_plan(plan), encoding="utf-8")
    return path


def export(*args: str) -> str:
    result = run("export", *args)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def sections_of(text: str) -> list[str]:
    return re.findall(r"^## (.*)$", text, re.M)


# What each section holds -------------------------------------------------------------


def test_paper_order_and_summary_in_words(meetings: Path) -> None:
    text = export("-f", "markdown", "--since", "sib-2017-03", "--next-meeting", "2017-06-09", MAY)
    assert [s.split(" (")[0].split(":")[0] for s in sections_of(text)] == [
        "Executive summary",
        "RAG status by theme",
        "Exceptions",
        "RAG over time",
        "Changes since sib-2017-03",
        "Due by the next meeting",
        "Data quality",
        "RAG key",
        "Appendix",
    ]
    words = text.split("## Executive summary\n\n")[1].split("\n\n")[0].splitlines()
    assert words == [
        "- 1 of 6 actions is complete (blue); of the 5 still open, 1 is on track (green),"
        " 1 is overdue but rated green, 2 are amber and 1 is red.",
        # the completed action is not counted again as improved (issue 20)
        "- Since sib-2017-03 (10 March 2017): 1 action was completed, no other RAG rating"
        " improved and 1 got worse.",
        "- 1 end month moved later since sib-2017-03 (10 March 2017): the board is asked to"
        " agree it (listed with the reasons).",
        "- 1 action is past its end month: 1 rated Green (an overdue action should be rated"
        " Amber or Red, or its end month moved with a reason).",
        "- 2 actions are due by the next meeting (9 June 2017).",
        "- 1 action has no lead officer.",
    ]


def test_exceptions_are_red_amber_overdue_and_slipped_with_reasons(meetings: Path) -> None:
    text = export("-f", "markdown", "--since", "sib-2017-04", MAY)
    block = text.split("## Exceptions")[1].split("\n## ")[0]
    # Red first, then amber, then overdue; each with owner, end month and latest comment.
    assert re.findall(r"^- \*\*(\S+)\*\*", block, re.M) == ["2.1", "1.2", "2.2", "1.3"]
    assert "🟠 Amber · lead RG · end Aug 2017 · *Slipped 2 months*" in block  # since April
    assert "Latest: Auditor on leave until July." in block  # the last paragraph only
    assert "Delayed by staff changes" not in block
    assert "🟢 Green · lead JF · end Feb 2017 · 2 months late · *Overdue*" in block
    assert "2.3" not in block and "1.1" not in block  # green and on time; complete


def test_changes_since_a_tag_name_the_meeting_and_the_actions(meetings: Path) -> None:
    page = export("-f", "html", "--since", "sib-2017-03", MAY)
    assert "<h2>Changes since sib-2017-03 (10 March 2017)</h2>" in page
    assert re.search(r"[0-9a-f]{7}\)", page) is None  # no commit hash anywhere
    changes = page.split('<table class="changes">')[1].split("</table>")[0]
    # completed, so listed once, under Completed, not again as a status change (issue 20)
    assert '<td>Revise plan templates</td><td class="kind">RAG status</td>' not in changes
    assert page.count("<td>Revise plan templates</td>") == 1 + page.count(
        "<h3>Completed"
    )  # +appendix
    # moved later: listed once, for the board to agree, with the months (issue 20)
    agree = page.split('<ul class="decisions">')[1].split("</ul>")[0]
    assert "end month Apr 2017 → Aug 2017, 4 months later. Reason: " in agree
    assert "Apr 2017 → Aug 2017" not in changes
    assert "<h3>Completed (1)</h3>" in page
    # --since HEAD~1 names the commit by its date, and by its tag when it has one.
    assert "Changes since sib-2017-05 (10 May 2017)" in export("-f", "html", "--since", "HEAD~1")
    subprocess.run(["git", "tag", "-d", "sib-2017-05"], check=True, capture_output=True)
    assert "Changes since the version of 10 May 2017" in export(
        "-f", "markdown", "--since", "HEAD~1", MAY
    )


def test_due_by_the_next_meeting(meetings: Path) -> None:
    text = export("-f", "markdown", "--next-meeting", "2017-06-09", MAY)
    block = text.split("## Due by the next meeting (9 June 2017): 2")[1].split("\n## ")[0]
    # Open, not yet overdue, ending in June 2017 or before: not 1.3 (overdue), 1.1 (blue).
    assert re.findall(r"^\| \*\*(\S+)\*\*", block, re.M) == ["2.1", "2.2"]
    assert "| **2.2** | Recruit an IRO | (none) | Jun 2017 | 🟠 Amber |" in block
    assert "Due by" not in export("-f", "markdown", MAY)  # only asked for by --next-meeting


def test_data_quality_is_said_out_loud(meetings: Path) -> None:
    text = export("-f", "markdown", MAY)
    block = text.split("## Data quality (2)")[1].split("\n## ")[0]
    assert "| Past its end month but rated Green | 1 | 1.3 (JF) |" in block
    assert "| No lead officer | 1 | 2.2 |" in block
    result = run("check", MAY)
    assert result.exit_code == 0  # warnings
    assert "plans/plan.yaml:" in result.stdout
    assert "warning: action 1.3 is past its end month (2017-02) and still rated Green" in (
        result.stdout
    )
    assert run("check", "--strict", MAY).exit_code == 1
    assert "still rated Green" not in run("check", "--as-of=2017-02-28").stdout


def test_appendix_gives_each_recommendation_once(repo: Path) -> None:
    text = export("-f", "markdown", AS_OF)
    appendix = text.split("## Appendix")[1]
    heading = "#### Recommendation 1. Ofsted recommendation 1: Further improve"
    assert appendix.count(heading) == 1
    assert appendix.count("Further improve the quality and consistency") == 1
    assert len(re.findall(r"^- \*\*", appendix, re.M)) == 56


def test_cover_block(meetings: Path) -> None:
    page = export(
        "-f",
        "html",
        "--meeting",
        "SIB, 26 May 2017",
        "--author",
        "Jo Fisher <Improvement Lead>",
        "--classification",
        'OFFICIAL-SENSITIVE"; } body { display: none',
        MAY,
    )
    assert "Improvement plan progress report to SIB, 26 May 2017" in page
    assert "Jo Fisher &lt;Improvement Lead&gt;" in page
    assert "<td>25 May 2017</td>" in page
    # The marking reaches the stylesheet with only letters, digits, spaces and hyphens.
    assert '@top-right { content: "OFFICIAL-SENSITIVE  body  display none";' in page


def test_options_a_format_cannot_show_are_refused(repo: Path) -> None:
    for fmt in ("csv", "json", "tsv"):
        result = run("export", "-f", fmt, "--since", "sib-2017-03")
        assert result.exit_code == 2 and "cannot show them" in result.stderr, fmt
        result = run("export", "-f", fmt, "--meeting", "SIB")
        assert result.exit_code == 2 and "are for board papers" in result.stderr, fmt


# Markdown ----------------------------------------------------------------------------


def test_markdown_reads_on_a_narrow_page(repo: Path) -> None:
    text = export("-f", "markdown", "--since", "sib-2017-03", AS_OF)
    assert text.startswith("# Improvements following from the OFSTED Report - July 2016\n")
    # 1.1 went Amber -> Green, but more actions are overdue than on 10 March: worse (issue 20)
    total = "| **Total** | 0 | 2 | 54 | 0 | 0 | 56 | 31 | 0% |"
    assert f"{total} Red 0 → 0, Amber 3 → 2, Overdue 16 → 31, Blue 0 → 0 | worse |" in text
    assert "|---|--:|--:|--:|--:|--:|--:|--:|--:|---|" in text  # numbers right-aligned
    assert "🟠 Amber" in text and "🟢 Green" in text  # a marker as well as the word
    for block in re.split(r"\n\n", text):
        rows = [r for r in block.splitlines() if r.startswith("|")]
        if rows:  # no table wider than the summary; every row as many cells as its header
            counts = {len(re.findall(r"(?<!\\)\|", r)) for r in rows}
            assert len(counts) == 1 and counts.pop() <= 12, block  # 11 columns with --since


def test_markdown_escapes_plan_text(nasty_plan: Path) -> None:
    text = export("-p", str(nasty_plan), "-f", "markdown")
    assert "Pipe \\| here<br>second line \\<script\\>" in text
    assert "\\*\\*bold\\*\\*" in text and "\\[link\\](http://x)" in text
    assert "<script>" not in text
    assert md("a|b\r\nc") == "a\\|b<br>c"


# HTML --------------------------------------------------------------------------------


def test_html_board_paper(repo: Path) -> None:
    page = export("--format", "html", "--since", "sib-2017-03", AS_OF)
    assert page.startswith("<!DOCTYPE html>")
    assert "size: A4 landscape" in page and 'content: "Page " counter(page)' in page
    assert "thead { display: table-header-group; }" in page
    assert "<svg" in page and 'role="img"' in page
    assert "February. <ins>Templates signed off at SIB.</ins>" in page
    assert re.search(r"http[s]?://|src=|<link|<script", page) is None  # self-contained
    assert 'style="background:#f2a900;color:#000000">Amber' in page
    # Chart: labels at 11px (8.25pt printed) as attributes every engine reads, and each
    # segment's letter and count (tests/test_print.py checks every segment).
    assert 'font-family="Arial, Helvetica, sans-serif" font-size="11"' in page
    assert re.search(r"<text [^>]*>G \d+</text>", page)


def test_html_escapes_plan_text(nasty_plan: Path) -> None:
    page = export("-p", str(nasty_plan), "-f", "html")
    assert "<script>" not in page and "<b>1</b>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "Pipe | here<br>second line" in page
    assert "Plan &lt;b&gt;1&lt;/b&gt;" in page


# Printed in a real browser -----------------------------------------------------------


def browser() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    exe = browser()
    if exe is None:
        missing("Debian's chromium is not installed")
    profile = tmp_path / "chromium-profile"
    return subprocess.run(
        [exe, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def pdf_pages(data: bytes) -> list[list[str]]:
    """Each page's lines of text."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return [
        [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        for page in reader.pages
    ]


def headings_of(page: str) -> list[str]:
    """The paper's headings: h1-h3 and the recommendation rows of the appendix."""
    found = re.findall(r"<h[123]>(.*?)</h[123]>", page)
    found += re.findall(r'<tr class="rec"><th[^>]*>(.*?)</th>', page)
    return [html.unescape(re.sub(r"<[^>]+>", " ", h)).strip() for h in found]


def test_seed_paper_prints_on_at_most_8_pages(repo: Path, tmp_path: Path) -> None:
    paper = tmp_path / "board-paper.html"
    args = ["--since", "sib-2017-03", "--next-meeting", "2017-06-09", "--meeting", "SIB"]
    result = run("export", "-o", str(paper), *args, "--classification", "OFFICIAL", AS_OF)
    assert result.exit_code == 0, result.stderr
    pdf = tmp_path / "board-paper.pdf"
    chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", paper.as_uri())
    pages = pdf_pages(pdf.read_bytes())
    assert 2 <= len(pages) <= 8
    text = paper.read_text(encoding="utf-8")
    headings = headings_of(text)
    for number, lines in enumerate(pages, 1):
        margins = " ".join(lines[:3])  # the page's margin boxes come first
        assert f"Page {number} of {len(pages)}" in margins  # the page numbers
        assert margins.count("OFFICIAL") >= 2  # the marking at the top and bottom
        last = lines[-1]
        stranded = [
            h for h in headings if len(last) > 12 and (h.startswith(last) or h.endswith(last))
        ]
        assert stranded == [], f"page {number} ends with a heading: {last!r}"
    # Every exception is there in full: its action and its reason.
    printed = " ".join(" ".join(lines) for lines in pages)
    words = re.sub(r"\s+", " ", printed)
    block = text.split('<table class="exceptions">')[1].split("</table>")[0]
    cells = re.findall(r"<tr><td class=\"ref\">(.*?)</td><td>(.*?)</td>", block)
    assert len(cells) == 32
    for ref, action in cells:
        assert re.sub(r"\s+", " ", html.unescape(action)) in words, ref


def test_html_paper_screenshot_is_not_blank(repo: Path, tmp_path: Path) -> None:
    paper = tmp_path / "board-paper.html"
    assert run("export", "-o", str(paper), "--since", "sib-2017-03", AS_OF).exit_code == 0
    dom = chromium(tmp_path, "--dump-dom", paper.as_uri()).stdout
    assert "Changes since sib-2017-03 (10 March 2017)" in dom
    blank = tmp_path / "blank.html"
    blank.write_text("<!DOCTYPE html><title>blank</title>")
    sizes = []
    for page in (blank, paper):
        shot = tmp_path / f"{page.stem}.png"
        chromium(tmp_path, f"--screenshot={shot}", "--window-size=1400,1000", page.as_uri())
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        sizes.append(shot.stat().st_size)
    assert sizes[1] > 5 * sizes[0]  # text, tables and colour, not a blank page


# PDF ---------------------------------------------------------------------------------


def test_pdf_export(repo: Path, tmp_path: Path) -> None:
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError):  # not installed, or the Pango library it needs is missing
        missing("WeasyPrint (the [pdf] extra, in [test] too) cannot load chromium's Pango here")
    target = tmp_path / "paper.pdf"
    result = run("export", "-o", str(target), "--since", "sib-2017-03", AS_OF)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"Wrote {target}: 56 actions as pdf.\n"
    pages = pdf_pages(target.read_bytes())
    assert 2 <= len(pages) <= 10
    assert any("Executive summary" in line for line in pages[0])
    assert f"Page 1 of {len(pages)}" in " ".join(pages[0])


def test_pdf_without_weasyprint_says_how_to_install_it(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "weasyprint", None)  # import fails as if not installed
    result = run("export", "-o", str(tmp_path / "paper.pdf"), AS_OF)
    assert result.exit_code == 2
    assert "PDF needs WeasyPrint" in result.stderr
    assert "pip install -e '.[pdf]'" in result.stderr
    assert not (tmp_path / "paper.pdf").exists()


# Excel -------------------------------------------------------------------------------


def test_xlsx_paper(repo: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "plan.xlsx"
    args = ["--since", "sib-2017-03", "--next-meeting", "2017-06-09"]
    result = run("export", "-o", str(target), *args, AS_OF)
    assert result.exit_code == 0, result.stderr
    book = load_workbook(target)
    assert book.sheetnames == [
        "Summary",
        "RAG over time",
        "Exceptions",
        "Changes",
        "To agree",  # end months moved later, with the reasons (issue 20)
        "Due",
        "Data quality",
        "Actions",
    ]
    for sheet in book.worksheets:  # prints A4 landscape, one page wide, header repeated
        assert sheet.page_setup.orientation == "landscape", sheet.title
        # one page wide by a scale from the column widths, not "fit to", which would make
        # Excel ignore the page breaks that keep headings with their rows
        assert (
            10 <= (sheet.page_setup.scale or 0) <= 100
            and not sheet.sheet_properties.pageSetUpPr.fitToPage
        )
        fonts = {c.font.name for row in sheet.iter_rows() for c in row if c.value is not None}
        assert fonts == {"Arial"}, sheet.title
    exceptions = book["Exceptions"]
    header = [c.value for c in exceptions[1]]
    assert header == [
        "Ref",
        "Action",
        "Lead",
        "End",
        "Days late",
        "RAG status",
        "Why",
        "Latest comment",
    ]
    first = [c.value for c in exceptions[2]]
    assert first[0] == "R3.1" and first[4:7] == [15, "Amber", "Amber, Overdue"]
    assert len(first) == len(header)
    summary = book["Summary"]
    assert summary["A1"].value == "Improvements following from the OFSTED Report - July 2016"
    texts = [row[0].value for row in summary.iter_rows() if row[0].value]
    assert "Compared with: sib-2017-03 (10 March 2017)" in texts
    assert any(str(t).startswith("31 actions are past their end month") for t in texts)
    total = next(row for row in summary.iter_rows() if row[0].value == "Total")
    assert [c.value for c in total[:11]] == [
        *["Total", 0, 2, 54, 0, 0, 56, 31, 0],
        *["Red 0 → 0, Amber 3 → 2, Overdue 16 → 31, Blue 0 → 0", "worse"],
    ]
    assert total[2].fill.fgColor.rgb == "FFF2A900"  # amber count on amber
    actions = book["Actions"]
    header = [c.value for c in actions[1]]
    assert header[:4] == ["Ref", "Theme", "Rec", "Action"]
    assert actions.freeze_panes == "B2" and actions.print_title_rows == "$1:$1"
    rows = {r[0].value: r for r in actions.iter_rows(min_row=2) if r[1].value}
    cells = rows["1.1"]
    end = cells[header.index("End")]
    assert end.value.date().isoformat() == "2017-02-01" and end.number_format == "mmm yyyy"
    assert cells[header.index("Days late")].value == 46  # due 28 Feb, as of 15 April
    assert end.fill.fgColor.rgb == "FFFDE2E2"  # overdue highlighted
    rag = cells[header.index("RAG status")]
    assert rag.value == "Green" and rag.fill.fgColor.rgb == "FF2E7D32"
    assert cells[3].alignment.wrap_text
    row = cells[0].row
    assert row is not None
    assert actions.row_dimensions[row].height > 30  # wrapped lines have room
    # Every row carries its theme's and recommendation's text (issue 21 item 11).
    assert header[-2:] == ["Theme title", "Recommendation text"]
    assert str(cells[-1].value).startswith("Recommendation 1. ")
    assert len(rows) == 56 == actions.max_row - 1


def test_xlsx_keeps_formulas_as_text(nasty_plan: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "nasty.xlsx"
    assert run("export", "-p", str(nasty_plan), "-o", str(target)).exit_code == 0
    actions = load_workbook(target)["Actions"]
    cell = next(r[3] for r in actions.iter_rows(min_row=2) if r[0].value == "1.2")
    assert cell.value == '=HYPERLINK("http://evil")'
    assert cell.data_type == "s"


def test_xlsx_is_the_same_file_every_time(
    repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time as clock

    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    run("export", "-o", str(first), AS_OF)
    real = clock.time
    monkeypatch.setattr(clock, "time", lambda: real() + 3600)  # an hour later, as zip sees it
    clock.sleep(1.1)  # and a second later as openpyxl sees it (it dates the file 'modified')
    run("export", "-o", str(second), AS_OF)
    assert first.read_bytes() == second.read_bytes()


def test_xlsx_prints_landscape_in_libreoffice(repo: Path, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        missing("LibreOffice is not installed")
    target = tmp_path / "plan.xlsx"
    assert run("export", "-o", str(target), "--since", "sib-2017-03", AS_OF).exit_code == 0
    profile = f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}"
    subprocess.run(
        [
            soffice,
            profile,
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(target),
        ],
        capture_output=True,
        timeout=300,
        check=False,
    )
    from pypdf import PdfReader

    reader = PdfReader(tmp_path / "plan.pdf")
    assert all(p.mediabox.width > p.mediabox.height for p in reader.pages)  # landscape
    pages = pdf_pages((tmp_path / "plan.pdf").read_bytes())
    # every page: the paper's title at the top, the sheet and "Page N of M" (issue 20)
    assert all(lines[0].startswith("Improvements following from") for lines in pages)
    assert all(re.search(r"Page \d+ of \d+", " ".join(lines[:2])) for lines in pages)
    actions = [lines for lines in pages if lines[1].startswith("Actions")]
    assert actions  # every column of the Actions sheet on each page, header repeated
    for lines in actions:
        assert "Ref Theme Rec Action Start End Measure/outcome" in " ".join(lines[:3])


# CSV for Excel -----------------------------------------------------------------------


def test_csv_export_has_excels_bom(repo: Path, tmp_path: Path) -> None:
    target = tmp_path / "plan.csv"
    assert run("export", "-o", str(target)).exit_code == 0
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfplan,ref,")
    listed = run("list", "-f", "csv").stdout  # printed for scripts: no BOM
    assert listed.startswith("plan,ref,")
    # the same rows, but refs a spreadsheet would read as numbers are ="1.1" (issue 20)
    exported = data.decode("utf-8-sig").replace("\r\n", "\n")
    assert ',="1.1",' in exported and ",1.1," in listed
    assert re.sub(r',="([^"]*)",', r",\1,", exported) == listed.replace("\r\n", "\n")
