"""The README's promises: two Quick start commands, CI runs the second, the code is ruff clean."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .helpers import REPO


def quick_start() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "Quick start has no sh block"
    return [line for line in block[1].splitlines() if line.strip()]


def test_quick_start_is_two_commands_and_ci_runs_the_test_one() -> None:
    commands = quick_start()
    assert len(commands) == 2
    assert commands[0].endswith("plan summary")
    assert "pytest" in commands[1]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-1] == commands[1]


GUIDE = REPO / "docs"


def pages() -> dict[Path, str]:
    """The README and every page of the user guide (docs/), by path."""
    found = [REPO / "README.md", *sorted(GUIDE.glob("*.md"))]
    return {path: path.read_text(encoding="utf-8") for path in found}


def all_text() -> str:
    return "\n".join(pages().values())


def test_readme_is_short_and_links_every_page() -> None:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    assert len(text.splitlines()) < 250
    for page in sorted(GUIDE.glob("*.md")):
        assert f"(docs/{page.name})" in text, page.name


def test_the_guide_builds_strictly(tmp_path: Path) -> None:
    """mkdocs (Material theme) builds the guide with no warning: no broken link, no page left
    out of the navigation."""
    result = _tool("mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "site" / "weekly" / "index.html").exists()


def test_readme_tours_every_command() -> None:
    text = all_text()
    commands = (
        "import",
        "list",
        "overdue",
        "summary",
        "show",
        "check",
        "export",
        "diff",
        "history",
        "trend",
        "slippage",
        "stale",
        "chase",
    )
    for command in commands:
        assert re.search(rf"^#+ `plan {command}`", text, re.M), command


def _tool(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run a checker installed with the test extra, as the test run's own Python has it."""
    pytest.importorskip(name, reason=f"{name} is installed by the test extra")
    return subprocess.run(
        [sys.executable, "-m", name, *args], cwd=REPO, capture_output=True, text=True
    )


def test_ruff_clean() -> None:
    result = _tool("ruff", "check", "src", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr
    result = _tool("ruff", "format", "--check", "src", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_clean() -> None:
    """Type hints are checked (pyproject.toml's [tool.mypy]: the package, strictly typed defs)."""
    result = _tool("mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def all_commands() -> dict:
    import click

    from ofsted_plan.cli import cli

    ctx = click.Context(cli)
    return {name: cli.get_command(ctx, name) for name in cli.list_commands(ctx)}


def test_every_command_and_option_is_in_the_readme() -> None:
    text = all_text()
    missing = []
    for name, command in all_commands().items():
        if f"plan {name}" not in text:
            missing.append(f"plan {name}")
        for param in command.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("--") and f"`{opt}" not in text and f" {opt}" not in text:
                    missing.append(f"plan {name} {opt}")
    assert missing == []


def test_every_command_help_has_an_example() -> None:
    from .helpers import run

    for name in all_commands():
        result = run(name, "-h")
        assert result.exit_code == 0
        assert "Example" in result.stdout, name
        assert f"plan {name}" in result.stdout.split("Example", 1)[1], name


def test_pre_commit_hook_definition() -> None:
    import yaml

    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = hooks
    assert {"id", "name", "entry", "language"} <= hook.keys()
    assert hook["id"] == "plan-check" and hook["entry"] == "plan check"
    assert hook["language"] == "python"  # pre-commit installs this package for the hook
    assert re.search(hook["files"], "plans/ofsted-2016.yaml")
    assert not re.search(hook["files"], "src/ofsted_plan/model.py")
    assert "id: plan-check" in all_text()


def test_every_command_is_listed_for_lazy_loading() -> None:
    import importlib

    from ofsted_plan.cli import COMMANDS, cli

    for module, _ in COMMANDS.values():
        importlib.import_module(f"ofsted_plan.cli.{module}")
    assert set(cli.commands) == set(COMMANDS)
    for name, command in cli.commands.items():
        assert command.short_help == COMMANDS[name][1]


def assert_readme_shows(command: str, env: dict[str, str] | None = None) -> None:
    """The README and every guide page that show `command` show what it prints (COLUMNS=100);
    a block that ends in '…' shows the output's first lines."""
    import shlex

    from .helpers import run

    result = run(*shlex.split(command)[1:], env={"COLUMNS": "100", "PLAN_PATH": "", **(env or {})})
    output = [line.rstrip() for line in result.stdout.rstrip("\n").splitlines()]
    showing = [(path, text) for path, text in pages().items() if f"$ {command}\n" in text]
    assert showing, f"no page shows {command}"
    for path, text in showing:
        for block in text.split(f"$ {command}\n")[1:]:
            lines = block.split("\n```", 1)[0].split("\n$ ", 1)[0].splitlines()
            printed = output
            if lines[-1] == "…":
                lines, printed = lines[:-1], output[: len(lines) - 1]
            assert printed == lines, path.name


TOUR = [  # README commands whose output is shown as it is, run on the shipped plan
    "plan check --as-of 2016-12-15",
    "plan list --officer RG --status amber --as-of 2017-04-01",
    "plan overdue --as-of 2017-01-15",
    "plan summary --as-of 2017-04-01",
    "plan summary --by officer --as-of 2017-04-15",
    "plan show R3.1 --as-of 2017-04-01",
]


@pytest.mark.parametrize("command", TOUR)
def test_readme_shows_real_output(command: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    # The shipped plan as a user who copied it, outside git: this project's own commits of
    # it would otherwise show as its history ('Updated' in plan show).
    assert_readme_shows(command, env={"GIT_DIR": os.devnull})


GIT_TOUR = [  # README commands shown on the test repository (tests/gitrepo.py)
    "plan diff sib-2017-03",
    "plan summary --since sib-2017-03 --as-of 2017-04-15",
    "plan history 1.1",
]


@pytest.mark.parametrize("command", GIT_TOUR)
def test_readme_shows_real_output_of_the_git_commands(command: str, repo: Path) -> None:
    assert_readme_shows(command)


MEETINGS_TOUR = [  # README commands shown on the repository with three tagged meetings
    "plan trend --as-of 2017-05-25",
    "plan slippage --as-of 2017-05-25",
    "plan stale --days 30 --as-of 2017-05-25",
    "plan show 1.2 --as-of 2017-05-25",
    'plan chase --officer JF --days 30 --as-of 2017-05-25 --meeting "SIB, 9 June 2017"',
    "plan export -f markdown --since sib-2017-04 --next-meeting 2017-06-09 --as-of 2017-05-25"
    ' --meeting "SIB, 26 May 2017" --author "Jo Fisher"',
]


@pytest.mark.parametrize("command", MEETINGS_TOUR)
def test_readme_shows_real_output_on_the_meetings_repository(command: str, meetings: Path) -> None:
    assert_readme_shows(command)


def console_blocks(text: str) -> list[str]:
    """The text of each ```console block."""
    return re.findall(r"```console\n(.*?)```", text, re.S)


def run_transcript(block: str) -> None:
    """Run each `$ ` command of a block in turn (plan through CliRunner, git as a process) and
    compare what it prints (stdout, then stderr) with the lines shown under it."""
    import shlex

    from .gitrepo import git
    from .helpers import run

    steps = re.split(r"^\$ ", block, flags=re.M)[1:]
    for step in steps:
        command, *shown = step.rstrip("\n").split("\n")
        words = shlex.split(command)
        if words[0] == "plan":
            result = run(*words[1:], env={"COLUMNS": "100", "PLAN_PATH": ""})
            printed = (result.stdout + result.stderr).rstrip("\n").splitlines()
        else:
            assert words[0] == "git", command
            git(Path.cwd(), *words[1:], when="2017-03-20T10:00:00")
            printed = []
        if shown and shown[-1] == "…":
            shown, printed = shown[:-1], printed[: len(shown) - 1]
        assert [line.rstrip() for line in printed] == shown, command


def block_starting(page: str, command: str) -> str:
    text = (GUIDE / page).read_text(encoding="utf-8")
    (block,) = [b for b in console_blocks(text) if b.startswith(f"$ {command}")]
    return block


def shipped_copy(folder: Path, *, in_git: bool = False) -> None:
    """The shipped plan in plans/ of a fresh folder (a git repository, committed, if asked)."""
    import shutil

    from .gitrepo import git

    (folder / "plans").mkdir(parents=True)
    shutil.copy(REPO / "plans" / "ofsted-2016.yaml", folder / "plans")
    if in_git:
        git(folder, "init", "-q", "-b", "main")
        git(folder, "add", ".")
        git(folder, "commit", "-q", "-m", "Plan as at the March SIB")


TRANSCRIPTS = [  # blocks of the guide run command by command: (page, first command, where)
    # where: "seed", the council's export as "Improvement plan.txt"; "shipped", the shipped plan
    # in plans/ (in git, committed, for "shipped in git"; with tests/data/measures.yaml for
    # "measures"); tests/data/tracker.txt and
    # broken.yaml beside them.
    ("import.md", 'plan import "Improvement plan.txt"', "seed"),
    ("import.md", "plan import tracker.txt --explain", "seed"),
    ("import.md", "plan import ilacs.docx", "seed"),
    ("import.md", "plan export -o plan.tsv", "shipped"),
    ("weekly.md", "plan check --as-of 2016-12-15", "shipped"),
    ("weekly.md", "plan add", "shipped"),
    ("weekly.md", "plan set 1.1 --status green --append-comment", "shipped in git"),
    ("measures.md", "plan measures --as-of 2017-05-10", "measures"),
    ("measures.md", "plan measure add plans-smart 2017-05 78", "measures"),
]


@pytest.mark.parametrize(("page", "command", "where"), TRANSCRIPTS)
def test_guide_transcripts_are_real(
    page: str, command: str, where: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from .helpers import DATA, SEED

    monkeypatch.chdir(tmp_path)
    shutil.copy(DATA / "tracker.txt", tmp_path)  # the table `--explain` reads
    shutil.copy(DATA / "broken.yaml", tmp_path)  # the plan `plan check` finds mistakes in
    if where == "seed":
        shutil.copy(SEED, tmp_path / "Improvement plan.txt")
        # a Word plan from the blind corpus: document control, a glossary and a key beside it
        shutil.copy(REPO / "tests/blind/train/a-ilacs-doc-control.docx", tmp_path / "ilacs.docx")
        (tmp_path / "plans").mkdir()
    else:
        shipped_copy(tmp_path, in_git=where == "shipped in git")
        if where == "measures":  # the example measures beside the shipped plan
            shutil.copy(DATA / "measures.yaml", tmp_path / "plans")
    run_transcript(block_starting(page, command))


def test_the_board_paper_transcript_is_real(repo: Path) -> None:
    text = (GUIDE / "board.md").read_text(encoding="utf-8")
    (block,) = [b for b in console_blocks(text) if "plan export -o board-paper.html" in b]
    run_transcript(block)


def test_every_example_output_is_checked() -> None:
    """Each command shown with its output, in the README and the guide, is run by a tour
    above (its output compared on every page that shows it) or in a transcript."""
    toured = {*TOUR, *GIT_TOUR, *MEETINGS_TOUR}
    unchecked = []
    for path, text in pages().items():
        for block in console_blocks(text):
            if any(
                path.name == page and block.startswith(f"$ {first}")
                for page, first, _ in TRANSCRIPTS
            ) or (path.name == "board.md" and "plan export -o board-paper.html" in block):
                continue
            for step in re.split(r"^\$ ", block, flags=re.M)[1:]:
                command, *output = step.rstrip("\n").split("\n")
                if output and command not in toured:
                    unchecked.append(f"{path.name}: {command}")
    assert unchecked == []
