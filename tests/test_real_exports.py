"""The same plan as Excel and Word really save it: every variant gives the same 55 actions."""

from __future__ import annotations

from pathlib import Path

import pytest

from ofsted_plan.importing.importer import import_table
from ofsted_plan.model import Plan
from ofsted_plan.planfile.writer import dump_plan

from .helpers import SEED, run

SEED_TEXT = SEED.read_text(encoding="utf-8")
# Typographic characters as Word and Excel write them, all in Windows-1252.
TYPOGRAPHIC = (
    SEED_TEXT.replace("young people's", "young people’s")
    .replace("Hackney quarterly - there", "Hackney quarterly – there")
    .replace("a clear 'no'", "a clear “no”")
)


def imported(tmp_path: Path, data: bytes) -> str:
    path = tmp_path / "export.txt"
    path.write_bytes(data)
    return dump_plan(import_table(path))


BASE = dump_plan(import_table(SEED))


def test_utf8_with_bom(tmp_path: Path) -> None:
    assert imported(tmp_path, b"\xef\xbb\xbf" + SEED_TEXT.encode()) == BASE


def test_utf16_unicode_text_with_crlf(tmp_path: Path) -> None:
    data = TYPOGRAPHIC.replace("\n", "\r\n").encode("utf-16")
    assert data.startswith(b"\xff\xfe")
    assert imported(tmp_path, data) == imported(tmp_path, TYPOGRAPHIC.encode())


def test_windows_1252_keeps_typographic_quotes_and_dashes(tmp_path: Path) -> None:
    text = imported(tmp_path, TYPOGRAPHIC.encode("cp1252"))
    assert text == imported(tmp_path, TYPOGRAPHIC.encode("utf-8"))
    assert "young people’s" in text
    assert "quarterly – there" in text
    assert "a clear “no”" in text


def test_crlf_line_endings(tmp_path: Path) -> None:
    assert imported(tmp_path, SEED_TEXT.replace("\n", "\r\n").encode()) == BASE


def test_extra_empty_columns(tmp_path: Path) -> None:
    widened = "\n".join(line + "\t\t\t" for line in SEED_TEXT.split("\n"))
    assert imported(tmp_path, widened.encode()) == BASE


def test_cells_quoted_by_excel_keep_line_breaks_and_tabs(tmp_path: Path) -> None:
    comment = "done"
    quoted = '"done.\nSecond line\twith a tab and a ""quote"""'
    assert SEED_TEXT.count("\t" + comment + "\t") == 1
    text = SEED_TEXT.replace("\t" + comment + "\t", "\t" + quoted + "\t")
    plan = import_table_text(tmp_path, text)
    action = next(a for a in plan.actions() if a.ref == "1.8")
    assert action.comments == 'done.\nSecond line\twith a tab and a "quote"'
    assert len(list(plan.actions())) == 55
    action_line = next(a for a in plan.actions() if a.ref == "1.9").line
    assert action_line == 16  # 1.9 was on line 15: a two-line cell above moves it by one


def import_table_text(tmp_path: Path, text: str, encoding: str = "utf-8") -> Plan:
    path = tmp_path / "export.txt"
    path.write_text(text, encoding=encoding, newline="")
    return import_table(path)


def test_all_awkward_at_once(tmp_path: Path) -> None:
    """UTF-16, CRLF, extra columns and a quoted multi-line cell together."""
    text = "\r\n".join(line + "\t\t" for line in TYPOGRAPHIC.split("\n"))
    text = text.replace("\tdone\t", '\t"done\r\nreally"\t')
    plan = import_table_text(tmp_path, text, "utf-16")
    assert (tmp_path / "export.txt").read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")
    assert len(list(plan.actions())) == 55
    assert next(a for a in plan.actions() if a.ref == "1.8").comments == "done\r\nreally"


@pytest.mark.parametrize(
    "variant",
    [
        b"\xef\xbb\xbf" + SEED_TEXT.encode(),
        SEED_TEXT.encode("utf-16"),
        SEED_TEXT.replace("\n", "\r\n").encode("cp1252"),
    ],
)
def test_import_command_reads_every_variant(tmp_path: Path, variant: bytes) -> None:
    path = tmp_path / "export.txt"
    path.write_bytes(variant)
    result = run("import", str(path), "-o", str(tmp_path / "plan.yaml"))
    assert result.exit_code == 0, result.stderr
    assert "55 actions" in result.stderr
    assert (tmp_path / "plan.yaml").read_text(encoding="utf-8") == BASE
