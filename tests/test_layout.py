"""The repository's own rules: the import rules of the layout (core is QGIS-free and knows no face; no
import cycles between subpackages), the README's layout section matches the code, one version, and code that
imports as packages (no sys.path edits beyond the few that must)."""
import re
import tomllib

from scripts import layout

ROOT = layout.ROOT
FACES = ("cli", "processing", layout.PACKAGE)  # the command lines, Processing, the QGIS plugin's own modules
QGIS = ("qgis", "PyQt5", "PyQt6", "processing")  # absolute names: QGIS's own Python packages


def core_modules():
    return {m: p for m, p in layout.modules().items() if m.startswith(f"{layout.PACKAGE}.core")}


def test_core_imports_no_qgis_and_no_face():
    wrong = []
    for module, path in core_modules().items():
        for name in layout.imports(module, path):
            top = name.split(".")[0]
            inside = name.startswith(f"{layout.PACKAGE}.") and not name.startswith(f"{layout.PACKAGE}.core")
            if top in QGIS or inside:
                wrong.append(f"{module} imports {name}")
    assert not wrong, wrong
    assert len(core_modules()) > 20  # the walk sees the core


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Every package that reaches itself, with the path found (depth-first)."""
    found = []
    for start in edges:
        stack = [(start, [start])]
        seen = set()
        while stack:
            node, path = stack.pop()
            for nxt in edges.get(node, ()):
                if nxt == start:
                    found.append(path + [start])
                elif nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, path + [nxt]))
    return found


def test_cycles_are_found():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"], ["b", "c", "a", "b"],
                                                                        ["c", "a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


#: Import edges that close a cycle today, to be removed (none: the scene dates moved to core/pipeline/acquired.py).
KNOWN: set[tuple[str, str]] = set()


def test_no_import_cycles_between_subpackages():
    edges, _, _ = layout.graph()
    # the plugin's top level is the QGIS face itself: it loads the Processing provider, which uses its helpers
    sub = {p: {t for t in targets if t != layout.PACKAGE and (p, t) not in KNOWN}
           for p, targets in edges.items() if p != layout.PACKAGE}
    assert "core.layer" in sub and "core" in sub["core.layer"]
    assert not cycles(sub)


def _rows(text: str) -> dict[str, list[str]]:
    section = text.split(layout.BEGIN, 1)[1].split(layout.END, 1)[0]
    return {cells[0]: cells[1:] for cells in ([c.strip() for c in line.strip("|").split("|")]
                                              for line in section.strip().splitlines()[2:])}


def test_readme_layout_section_is_current():
    """Packages, modules and imports as the code has them; sizes within 10 % (python -m scripts.layout --write)."""
    readme, now = _rows((ROOT / "README.md").read_text(encoding="utf-8")), _rows(layout.section())
    assert readme.keys() == now.keys(), "run python -m scripts.layout --write"
    for pkg, (job, modules, lines, imports) in now.items():
        old_job, old_modules, old_lines, old_imports = readme[pkg]
        assert (old_job, old_modules, old_imports) == (job, modules, imports), \
            f"{pkg}: run python -m scripts.layout --write"
        assert abs(int(old_lines) - int(lines)) <= 0.1 * int(lines), f"{pkg} size: run python -m scripts.layout --write"


def test_pyproject_version_is_the_plugin_version():
    plugin = re.search(r"^version=(.+)$", (ROOT / "metadata.txt").read_text(encoding="utf-8"), re.M).group(1).strip()
    with open(ROOT / "pyproject.toml", "rb") as f:
        assert tomllib.load(f)["project"]["version"] == plugin


#: Files that edit sys.path, and why they must: each is about a Python that is not this checkout's .venv.
SYS_PATH_EDITS = {
    "planet_qgis_plugin/deps.py": "the plugin's private dependency folder inside QGIS",
    "scripts/qgis_shots.py": "runs in QGIS's own Python (qgis --code), where the checkout is not installed",
    "bench/teach_panel_qgis.py": "runs in QGIS's own Python (qgis --code), where the checkout is not installed",
    "bench/pipeline_vs_model.py": "QGIS's own Processing plugin folder in a headless QGIS",
}


def test_code_imports_as_packages_without_editing_sys_path():
    """The trainer runs as a script through the editable install (scripts/setup.sh), scripts/ and bench/ as
    python -m; a sys.path edit or a ``noqa: E402`` outside SYS_PATH_EDITS is a second way to import."""
    wrong = []
    for folder in (layout.PACKAGE, "trainer", "scripts", "bench"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            name = path.relative_to(ROOT).as_posix()
            text = path.read_text(encoding="utf-8")
            if re.search(r"sys\.path\.(insert|append|extend)|sys\.path\s*[+]?=", text) and name not in SYS_PATH_EDITS:
                wrong.append(f"{name} edits sys.path")
            if "noqa: E402" in text:
                wrong.append(f"{name} carries noqa: E402")
    assert not wrong, wrong
    assert all((ROOT / name).is_file() for name in SYS_PATH_EDITS)
