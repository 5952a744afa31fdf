"""The layers of ARCHITECTURE.md hold: every import in src/ofsted_plan points down the layer
table, and no module imports itself back through others.

The table is read from ARCHITECTURE.md itself, so the document stays true: a new module
belongs to the row whose `where` holds it, and an import the table does not allow fails
here. There is no list of exceptions.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "ofsted_plan"
DOC = ROOT / "ARCHITECTURE.md"


class Layer(NamedTuple):
    name: str
    where: tuple[str, ...]  # 'render/' (a folder) or 'board.py' (a module), under the package
    may_import: frozenset[str]


class Import(NamedTuple):
    source: str  # the importing module, 'ofsted_plan.render.data'
    target: str  # the module imported
    line: int


def layer_table(text: str) -> list[Layer]:
    """The rows of ARCHITECTURE.md's layer table (the table whose header starts `| layer |`)."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("| layer | where |"))
    layers = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        name, where, may = cells[0], cells[1], cells[-1]
        names = frozenset() if may == "nothing of ours" else frozenset(re.split(r",\s*", may))
        layers.append(Layer(name, tuple(re.findall(r"`([^`]+)`", where)), names))
    return layers


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_module(name: str) -> bool:
    relative = Path(*name.split(".")[1:]) if "." in name else Path()
    return (PACKAGE / relative).with_suffix(".py").is_file() or (
        PACKAGE / relative / "__init__.py"
    ).is_file()


def imports(path: Path) -> list[Import]:
    """Every import of our own modules in one file, wherever it is (functions, TYPE_CHECKING)."""
    source = module_name(path)
    package = source if path.name == "__init__.py" else source.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            # `from . import board` imports a module; `from .board import Paper` a name.
            targets = [
                f"{module}.{alias.name}" if is_module(f"{module}.{alias.name}") else module
                for alias in node.names
            ]
        else:
            continue
        found += [
            Import(source, t, node.lineno)
            for t in targets
            if t == "ofsted_plan" or t.startswith("ofsted_plan.")
        ]
    return found


def layer_of(module: str, layers: list[Layer]) -> str:
    relative = module.split(".")[1:]
    for layer in layers:
        for where in layer.where:
            folder = where.endswith("/") and relative[:1] == [where.rstrip("/")]
            root = where == "__init__.py" and not relative
            if folder or root or relative == where.removesuffix(".py").split("/"):
                return layer.name
    raise AssertionError(f"{module} is in no layer of ARCHITECTURE.md's table")


def all_imports() -> list[Import]:
    return [i for path in sorted(PACKAGE.rglob("*.py")) for i in imports(path)]


def test_the_table_names_only_its_own_layers() -> None:
    layers = layer_table(DOC.read_text(encoding="utf-8"))
    names = {layer.name for layer in layers}
    assert len(names) == len(layers), "two rows with one name"
    for layer in layers:
        assert layer.may_import <= names, f"{layer.name} may import {layer.may_import - names}"
        assert layer.name not in layer.may_import


def test_the_table_allows_no_loop_between_layers() -> None:
    """Each layer may import only layers further down the table."""
    layers = layer_table(DOC.read_text(encoding="utf-8"))
    below: set[str] = set()
    for layer in reversed(layers):
        assert layer.may_import <= below, f"{layer.name} may import a layer above it"
        below.add(layer.name)


def test_every_module_is_in_a_layer() -> None:
    layers = layer_table(DOC.read_text(encoding="utf-8"))
    for path in PACKAGE.rglob("*.py"):
        layer_of(module_name(path), layers)


def test_every_import_points_down_the_layers() -> None:
    layers = {layer.name: layer for layer in layer_table(DOC.read_text(encoding="utf-8"))}
    ordered = list(layers.values())
    wrong = []
    for found in all_imports():
        source, target = layer_of(found.source, ordered), layer_of(found.target, ordered)
        if source != target and target not in layers[source].may_import:
            wrong.append(f"{found.source}:{found.line} ({source}) -> {found.target} ({target})")
    assert not wrong, "imports ARCHITECTURE.md's layer table does not allow:\n" + "\n".join(wrong)


def test_no_module_imports_itself_back() -> None:
    graph: dict[str, set[str]] = {}
    for found in all_imports():
        if found.target != found.source:
            graph.setdefault(found.source, set()).add(found.target)
    loops = []
    state: dict[str, int] = {}  # 1: on the path being followed, 2: done

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph.get(module, ())):
            if state.get(target) == 1:
                loops.append(" -> ".join([*path[path.index(target) :], target]))
            elif target not in state:
                visit(target, [*path, target])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert not loops, "import loops:\n" + "\n".join(loops)


def test_the_reader_sees_every_kind_of_import() -> None:
    """The test itself: relative and module imports, in functions and under TYPE_CHECKING."""
    reading = {i.target for i in imports(PACKAGE / "services" / "reading.py")}
    assert "ofsted_plan.query" in reading  # from ..query import ...
    assert "ofsted_plan.services.last_update" in reading  # inside a function
    assert "ofsted_plan.history.lineage" in {
        i.target for i in imports(PACKAGE / "results" / "history.py")
    }
    assert "ofsted_plan.board" in {i.target for i in imports(PACKAGE / "services" / "paper.py")}
    layers = layer_table(DOC.read_text(encoding="utf-8"))
    assert layer_of("ofsted_plan.render.council_table", layers) == "render"
    assert layer_of("ofsted_plan.importing.documents", layers) == "importing"
    assert layer_of("ofsted_plan", layers) == "model"
