"""Board papers: Markdown, a printable HTML page checked in a real browser, and Excel."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from ofsted_plan.model import Action, Plan, Recommendation, Status, Theme
from ofsted_plan.planfile.writer import dump_plan
from ofsted_plan.render.paper import md

from .helpers import run

AS_OF = "--as-of=2017-04-15"
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
    result = run("export", *args, AS_OF)
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize(
    ("name", "start"),
    [
        ("paper.html", "<!DOCTYPE html>"),
        ("paper.md", "# "),
        ("paper.tsv", "Improvements"),
        ("paper.json", "["),
        ("paper.csv", "plan,ref"),
    ],
)
def test_format_from_extension(repo: Path, name: str, start: str) -> None:
    result = run("export", "-o", name, AS_OF)
    assert result.exit_code == 0, result.stderr
    assert (repo / name).read_text(encoding="utf-8").startswith(start)
    assert (
        result.stderr
        == f"Wrote {name}: 56 actions as {Path(name).suffix[1:].replace('md', 'markdown')}.\n"
    )


def test_markdown_board_paper(repo: Path) -> None:
    text = export("--format", "markdown", "--since", "sib-2017-03")
    assert text.startswith("# Improvements following from the OFSTED Report - July 2016\n")
    sections = re.findall(r"^## (.*)$", text, re.M)
    assert sections[0] == "Summary" and sections[2] == "Overdue actions (31)"
    assert sections[1].startswith("Changes since sib-2017-03 (")
    assert "| 1.1 | RAG status | Amber → Green (better) |" in text
    assert "| **Total** | 0 | 2 | 54 | 0 | 0 | 56 | 31 | 0% | better |" in text
    # Every row of a table has as many cells as its header: escaped pipes do not count.
    for block in re.split(r"\n\n", text):
        rows = [r for r in block.splitlines() if r.startswith("|")]
        if rows:
            assert len({len(re.findall(r"(?<!\\)\|", r)) for r in rows}) == 1, block


def test_markdown_escapes_plan_text(nasty_plan: Path) -> None:
    text = export("-p", str(nasty_plan), "-f", "markdown")
    assert "Pipe \\| here<br>second line \\<script\\>" in text
    assert "\\*\\*bold\\*\\*" in text and "\\[link\\](http://x)" in text
    assert "<script>" not in text
    assert md("a|b\r\nc") == "a\\|b<br>c"


def test_html_board_paper(repo: Path) -> None:
    page = export("--format", "html", "--since", "sib-2017-03")
    assert page.startswith("<!DOCTYPE html>")
    assert "@page { size: A4 landscape" in page
    assert "<svg" in page and 'role="img"' in page
    for heading in ("Summary", "Overdue actions (31)", "All actions by theme"):
        assert f"<h2>{heading}</h2>" in page
    assert "<h2>Changes since sib-2017-03 (" in page
    assert "February. <ins>Templates signed off at SIB.</ins>" in page
    assert re.search(r"http[s]?://|src=|<link|<script", page) is None  # self-contained
    assert '<td class="rag" style="background:#f2a900;color:#000000">Amber</td>' in page


def test_html_escapes_plan_text(nasty_plan: Path) -> None:
    page = export("-p", str(nasty_plan), "-f", "html")
    assert "<script>" not in page and "<b>1</b>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "Pipe | here<br>second line" in page
    assert "Plan &lt;b&gt;1&lt;/b&gt;" in page


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
    assert exe
    profile = tmp_path / "chromium-profile"
    return subprocess.run(
        [exe, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_html_paper_renders_in_a_real_browser(repo: Path, tmp_path: Path) -> None:
    if browser() is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: .ci/run installs Debian's chromium")
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    paper = tmp_path / "board-paper.html"
    assert run("export", "-o", str(paper), "--since", "sib-2017-03", AS_OF).exit_code == 0
    dom = chromium(tmp_path, "--dump-dom", paper.as_uri()).stdout
    assert "Changes since sib-2017-03" in dom
    assert "Overdue actions (31)" in dom
    assert "Audit the new plan templates" in dom
    blank = tmp_path / "blank.html"
    blank.write_text("<!DOCTYPE html><title>blank</title>")
    sizes = []
    for page in (blank, paper):
        shot = tmp_path / f"{page.stem}.png"
        chromium(tmp_path, f"--screenshot={shot}", "--window-size=1400,1000", page.as_uri())
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        sizes.append(shot.stat().st_size)
    assert sizes[1] > 5 * sizes[0]  # text, tables and colour, not a blank page


def test_xlsx_reads_back(repo: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "plan.xlsx"
    result = run("export", "-o", str(target), AS_OF)
    assert result.exit_code == 0, result.stderr
    book = load_workbook(target)
    assert book.sheetnames == ["Actions", "Summary"]
    actions = book["Actions"]
    header = [c.value for c in actions[1]]
    assert header[:5] == ["Plan", "Theme", "Recommendation", "Ref", "Action"]
    assert actions.freeze_panes == "A2"
    assert actions.auto_filter.ref == "A1:N57"
    assert actions.max_row == 57
    rows = {row[3].value: row for row in actions.iter_rows(min_row=2)}
    first = rows["1.1"]
    rag = first[header.index("RAG status")]
    assert rag.value == "Green" and rag.fill.fgColor.rgb == "FF2E7D32"
    assert first[header.index("Due")].value.date().isoformat() == "2017-02-28"
    assert first[header.index("Overdue")].value == "Yes"  # due 2017-02-28, not blue
    assert rows["R3.1"][header.index("RAG status")].value == "Amber"
    assert first[4].alignment.wrap_text
    summary = book["Summary"]
    assert summary["A1"].value == "Improvements following from the OFSTED Report - July 2016"
    totals = [c.value for c in summary[summary.max_row]]
    assert totals[0] == "Total" and totals[6] == 56


def test_xlsx_keeps_formulas_as_text(nasty_plan: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "nasty.xlsx"
    assert run("export", "-p", str(nasty_plan), "-o", str(target)).exit_code == 0
    cell = load_workbook(target)["Actions"]["E3"]
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
