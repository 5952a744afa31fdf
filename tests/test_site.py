"""`plan site`: a static site built from a repository with tagged meetings."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from ofsted_plan.model import STATUS_ORDER
from ofsted_plan.planfile.reader import load_plan
from ofsted_plan.planfile.writer import dump_plan

from .gitrepo import git
from .helpers import run


class Links(HTMLParser):
    """Every href and src of a page, the ids it defines, and its headings' levels."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.headings: list[int] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.links.append(value)
            if name == "id" and value:
                self.ids.add(value)
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))


def parse(page: Path) -> Links:
    found = Links()
    found.feed(page.read_text(encoding="utf-8"))
    return found


def build(folder: Path, *args: str) -> Path:
    result = run("site", "-o", str(folder), *args)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    return folder


def everything(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def commit_comment(repo: Path, ref: str, comments: str, message: str) -> None:
    """Set one action's comments and commit it (on 21 May 2017, after the last meeting)."""
    path = repo / "plans" / "plan.yaml"
    plan = load_plan(path)
    next(a for a in plan.actions() if a.ref == ref).comments = comments
    path.write_text(dump_plan(plan), encoding="utf-8")
    git(repo, "commit", "-q", "-am", message, when="2017-05-21T10:00:00")


def test_every_link_resolves_and_none_is_external(meetings: Path, tmp_path: Path) -> None:
    out = build(tmp_path / "site")
    pages = sorted(out.glob("*.html"))
    assert len(pages) == 1 + 2 + 6 + 4 + 3  # home, themes, actions, officers, meetings
    for page in pages:
        found = parse(page)
        assert found.links, page.name
        for link in found.links:
            assert "://" not in link and not link.startswith(("/", "//", "data:")), link
            target, _, fragment = link.partition("#")
            where = out / target if target else page
            assert where.is_file(), f"{page.name}: {link}"
            if fragment:
                assert fragment in parse(where).ids, f"{page.name}: {link}"
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"""(src|href)\s*=\s*["']?https?:""", text), page.name
        assert "@import" not in text and "url(" not in text
    assert "url(" not in (out / "site.css").read_text(encoding="utf-8")
    assert "http" not in (out / "search.js").read_text(encoding="utf-8")


def test_every_action_has_a_page_with_its_history(meetings: Path, tmp_path: Path) -> None:
    out = build(tmp_path / "site")
    plan = load_plan(meetings / "plans" / "plan.yaml")
    for action in plan.actions():
        page = (out / f"action-{action.ref}.html").read_text(encoding="utf-8")
        assert f"Action {action.ref}: {action.action}" in page
        assert "Plan as agreed at the March SIB" in page  # the commit that added it
        assert "sib-2017-03" in page
    moved = (out / "action-1.2.html").read_text(encoding="utf-8")
    assert "2017-04 → 2017-06 (2 months later), “April SIB”" in moved
    assert "2017-06 → 2017-08 (2 months later), “May SIB”" in moved
    assert "<td>sib-2017-05</td>" in moved
    assert "RAG status: Green → Amber" in moved
    index = (out / "index.html").read_text(encoding="utf-8")
    for action in plan.actions():
        assert f'href="action-{action.ref}.html"' in index


def test_updates_are_dated_and_officers_see_overdue_first(meetings: Path, tmp_path: Path) -> None:
    commit_comment(meetings, "1.3", "2017-05-21 JF: Two sessions held.", "1.3 update")
    out = build(tmp_path / "site")
    page = (out / "action-1.3.html").read_text(encoding="utf-8")
    assert '<td class="date">2017-05-21</td><td>JF</td><td>Two sessions held.</td>' in page
    commit_comment(
        meetings, "1.3", "2017-05-21 JF: Two sessions held.\n2017-05-22 JF: A third.", "more"
    )
    page = (build(tmp_path / "site") / "action-1.3.html").read_text(encoding="utf-8")
    assert "<li>Comments: added 2017-05-22 JF: A third.</li>" in page  # the new line only
    jf = (out / "officer-jf.html").read_text(encoding="utf-8")
    # 1.3 (ended Feb 2017, green) is overdue; 2.3 (Dec 2017) is not: 1.3 comes first
    assert jf.index("action-1.3.html") < jf.index("action-2.3.html")
    assert "Overdue" in jf


def test_plan_and_commit_text_is_escaped(meetings: Path, tmp_path: Path) -> None:
    text = "2017-05-22 PD: <script>alert('x')</script> & <b>bold</b>"
    commit_comment(meetings, "2.1", text, "<img src=x onerror=alert(1)> update")
    out = build(tmp_path / "site")
    page = (out / "action-2.1.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt; update" in page
    for page_path in out.glob("*.html"):
        text = page_path.read_text(encoding="utf-8")
        assert "<script>alert" not in text and "<img src=x" not in text, page_path.name
        found = parse(page_path)
        assert "img" not in found.tags
        assert "b" not in found.tags or page_path.name.startswith("meeting-")  # the paper's own
        assert found.links.count("search.js") == (page_path.name == "index.html")


def test_the_same_commit_gives_the_same_bytes(meetings: Path, tmp_path: Path) -> None:
    first = everything(build(tmp_path / "one"))
    again = everything(build(tmp_path / "one"))  # over its own earlier build
    other = everything(build(tmp_path / "two"))
    assert first == again == other
    commit = git(meetings, "rev-parse", "HEAD").strip()
    for name, data in first.items():
        if name.endswith(".html"):
            assert commit.encode() in data, name
            assert b"2026" not in data and b"uilt from commit" in data


def test_a_foreign_folder_is_refused_unless_forced(meetings: Path, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "minutes.txt").write_text("keep me", encoding="utf-8")
    result = run("site", "-o", str(folder))
    assert result.exit_code == 2
    assert "not empty and was not written by 'plan site'" in result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["minutes.txt"]
    build(folder, "--force")
    assert (folder / "minutes.txt").read_text(encoding="utf-8") == "keep me"
    assert (folder / "index.html").is_file()
    file = tmp_path / "a-file"
    file.write_text("x", encoding="utf-8")
    assert run("site", "-o", str(file)).exit_code == 2


def test_uncommitted_changes_are_refused(meetings: Path, tmp_path: Path) -> None:
    path = meetings / "plans" / "plan.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    result = run("site", "-o", str(tmp_path / "site"))
    assert result.exit_code == 1
    assert "not committed" in result.stderr
    assert not (tmp_path / "site").exists()


def test_pages_are_accessible_and_marked(meetings: Path, tmp_path: Path) -> None:
    out = build(tmp_path / "site", "--classification", "OFFICIAL-SENSITIVE")
    for page in out.glob("meeting-*.html"):  # the paper as exported, with the site's note
        assert "OFFICIAL-SENSITIVE" in page.read_text(encoding="utf-8")
    for page in set(out.glob("*.html")) - set(out.glob("meeting-*.html")):
        text = page.read_text(encoding="utf-8")
        assert '<html lang="en-GB">' in text
        assert text.count("OFFICIAL-SENSITIVE") == 2, page.name  # top and foot
        found = parse(page)
        assert found.headings[0] == 1 and found.headings.count(1) == 1
        assert all(b - a <= 1 for a, b in zip(found.headings, found.headings[1:], strict=False))
        assert found.tags.count("table") == found.tags.count("caption"), page.name
        assert "script" not in found.tags or page.name == "index.html", page.name
        for status in STATUS_ORDER:  # RAG as a word inside its colour
            for m in re.finditer(rf'class="rag rag-{status.value or "unrated"}">([^<]*)<', text):
                assert m[1] == status.label
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<div class="search" id="search" hidden>' in index  # shown only by the script
    css = (out / "site.css").read_text(encoding="utf-8")
    assert "@media print" in css and ":focus" in css


def test_each_meeting_has_the_paper_as_exported_at_its_tag(meetings: Path, tmp_path: Path) -> None:
    out = build(tmp_path / "site")
    index = (out / "index.html").read_text(encoding="utf-8")
    before = None
    for tag, day in (
        ("sib-2017-03", "2017-03-10"),
        ("sib-2017-04", "2017-04-12"),
        ("sib-2017-05", "2017-05-10"),
    ):
        assert f'href="meeting-{tag}.html"' in index
        page = (out / f"meeting-{tag}.html").read_text(encoding="utf-8")
        assert f"meeting tag <strong>{tag}</strong>" in page
        git(meetings, "checkout", "-q", tag)
        since: list[str] = ["--since", before] if before else []
        paper = tmp_path / f"{tag}.html"
        result = run("export", "-o", str(paper), "--as-of", day, "--meeting", tag, *since)
        git(meetings, "checkout", "-q", "main")
        assert result.exit_code == 0, result.stderr
        note = re.compile(r'<nav class="site-note".*?</nav>', re.S)
        assert note.sub("", page, count=1) == paper.read_text(encoding="utf-8")
        before = tag
    may = (out / "meeting-sib-2017-04.html").read_text(encoding="utf-8")
    assert "Auditor on leave" not in may  # written after that meeting


def test_plans_outside_git_are_refused_in_a_line(
    plan_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(plan_file.parent.parent.parent))
    result = run("site", "-o", str(tmp_path / "out"), "-p", str(plan_file))
    assert result.exit_code == 1
    assert "not in a git repository" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def cells(html: str) -> list[list[str]]:
    """The summary table's rows on a site page, each cell's text."""
    table = html.partition('<table class="summary">')[2].partition("</table>")[0]
    rows = re.findall(r"<tr>(.*?)</tr>", table.partition("</thead>")[2], re.S)
    return [
        [re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", r)]
        for r in rows
    ]


def markdown_summary(paper: str) -> list[list[str]]:
    """The RAG-by-theme table's rows in a Markdown board paper, each cell's text."""
    table = paper.partition("## RAG status by theme")[2].split("\n\n")[1]
    return [
        [c.strip().strip("*") for c in line.strip("|").split("|")]
        for line in table.splitlines()[2:]
    ]


def test_at_a_tag_the_site_shows_the_paper_made_at_that_tag(meetings: Path, tmp_path: Path) -> None:
    head = git(meetings, "rev-parse", "HEAD").strip()
    tagged = git(meetings, "rev-parse", "sib-2017-04^{commit}").strip()
    out = build(tmp_path / "site", "--at", "sib-2017-04")
    assert git(meetings, "rev-parse", "HEAD").strip() == head  # nothing checked out
    paper = run(
        "export",
        "-f",
        "markdown",
        "--at",
        "sib-2017-04",
        "--as-of",
        "2017-04-12",
        "--since",
        "sib-2017-03",
    )
    assert paper.exit_code == 0, paper.stderr
    index = (out / "index.html").read_text(encoding="utf-8")
    assert cells(index) == markdown_summary(paper.stdout)
    assert len(cells(index)) == 3  # two themes and the total
    assert "it stood at <strong>sib-2017-04</strong>" in index and "12 April 2017" in index
    assert f"Built from commit <code>{tagged}</code>" in index
    listed = paper.stdout.partition("## Exceptions")[2].partition("\n## ")[0]
    exceptions = re.findall(r"^- \*\*([\d.]+)\*\*", listed, re.M)
    assert exceptions == ["2.1", "2.2", "1.3", "1.2"]
    site_exceptions = index.partition('id="exceptions"')[2].partition("</table>")[0]
    assert re.findall(r'href="action-[^"]+">([\d.]+)</a>', site_exceptions) == exceptions
    assert "meeting-sib-2017-05.html" not in index and "meeting-sib-2017-04.html" in index
    assert not (out / "meeting-sib-2017-05.html").exists()
    moved = (out / "action-1.2.html").read_text(encoding="utf-8")
    assert "2017-04 → 2017-06" in moved and "2017-06 → 2017-08" not in moved  # May's move
    assert "First report drafted" not in (out / "action-2.3.html").read_text(encoding="utf-8")
    by_date = build(tmp_path / "by-date", "--at", "2017-04-30")  # the last commit by then
    assert f"Built from commit <code>{tagged}</code>" in (by_date / "index.html").read_text(
        encoding="utf-8"
    )
    dirty = meetings / "plans" / "plan.yaml"  # changes not committed do not matter --at a tag
    dirty.write_text(dirty.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert everything(build(tmp_path / "again", "--at", "sib-2017-04")) == everything(out)
    bad = run("site", "-o", str(tmp_path / "bad"), "--at", "no-such-tag")
    assert bad.exit_code != 0 and "no-such-tag" in bad.stderr and "Traceback" not in bad.stderr


def test_the_home_page_lists_each_measure_against_its_target(
    meetings: Path, tmp_path: Path
) -> None:
    (meetings / "plans" / "measures.yaml").write_text(
        "measures:\n"
        "  - id: smart\n    name: Plans audited as SMART\n    unit: '%'\n    target: 80\n"
        "    by: 2017-09\n    amber_within: 10\n    recommendations: [1]\n"
        "    values:\n      2017-03: 66\n      2017-05: 74\n"
        "  - id: late\n    name: Visits out of timescale <b>late</b>\n    unit: count\n"
        "    better: lower\n    target: 5\n    amber_within: 2\n"
        "    values:\n      2017-04: 12\n"
        "  - id: new\n    name: Audits returned\n    target: 10\n",
        encoding="utf-8",
    )
    git(meetings, "add", ".")
    git(meetings, "commit", "-q", "-m", "Measures", when="2017-05-21T10:00:00")
    out = build(tmp_path / "site")
    index = (out / "index.html").read_text(encoding="utf-8")
    section = index.partition('<h2 id="measures">')[2].partition("</table>")[0]
    rows = [
        [re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", r)]
        for r in re.findall(r"<tr>(.*?)</tr>", section.partition("</thead>")[2], re.S)
    ]
    assert rows == [
        ["Plans audited as SMART", "74% (May 2017)", "80% by Sep 2017", "Amber", "same (was 74%)"],
        [
            "Visits out of timescale &lt;b&gt;late&lt;/b&gt;",
            "12 (Apr 2017)",
            "5",
            "Red",
            "same (was 12)",
        ],
        ["Audits returned", "no value yet", "10", "No value", "-"],
    ]
    assert 'class="rag rag-amber">Amber<' in section and 'class="rag rag-red">Red<' in section
    assert "<b>late" not in index


def test_every_page_works_with_javascript_off(meetings: Path, tmp_path: Path) -> None:
    out = build(tmp_path / "site")
    script = (out / "search.js").read_text(encoding="utf-8")
    for writes in ("innerHTML", "outerHTML", "createElement", "insertAdjacent", "document.write"):
        assert writes not in script  # it only shows the box, hides rows and counts them
    assert "fetch(" not in script and "XMLHttpRequest" not in script
    plan = load_plan(meetings / "plans" / "plan.yaml")
    pages = {p.name: p.read_text(encoding="utf-8") for p in out.glob("*.html")}
    for name, text in pages.items():  # what a browser shows with scripts off
        assert "<noscript" not in text and not re.search(r"<tr[^>]*\shidden", text), name
    no_js = re.sub(r"<script\b.*?</script>", "", pages["index.html"], flags=re.S)
    table = no_js.partition('<table id="actions">')[2].partition("</table>")[0]
    found = parse_text(table)
    for action in plan.actions():  # every action listed and linked, in plan order
        assert f">{action.ref}</a></th>\n<td>{action.action}</td>" in table, action.ref
    assert found.links == [f"action-{a.ref}.html" for a in plan.actions()]
    for page in ("theme-1.html", "theme-2.html"):
        refs = re.findall(r'href="action-([\d.]+)\.html"', pages[page])
        assert refs and all(r.startswith(page[6]) for r in refs), page
    officers = [n for n in pages if n.startswith("officer-")]
    listed = sorted(
        r for n in officers for r in re.findall(r'href="action-([\d.]+)\.html"', pages[n])
    )
    assert set(listed) == {a.ref for a in plan.actions()}


def parse_text(html: str) -> Links:
    found = Links()
    found.feed(html)
    return found


def test_an_action_with_no_text_says_so(meetings: Path, tmp_path: Path) -> None:
    path = meetings / "plans" / "plan.yaml"
    plan = load_plan(path)
    next(a for a in plan.actions() if a.ref == "2.2").action = ""
    path.write_text(dump_plan(plan), encoding="utf-8")
    git(meetings, "commit", "-q", "-am", "2.2 text lost", when="2017-05-21T10:00:00")
    out = build(tmp_path / "site")
    assert "<h1>Action 2.2: (no action text)</h1>" in (out / "action-2.2.html").read_text(
        encoding="utf-8"
    )
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '>2.2</a></th>\n<td><i class="none">(no action text)</i></td>' in index
