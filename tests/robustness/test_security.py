"""Code never runs from a file a user was given: a repo-wide check of every call that could unpickle."""
from __future__ import annotations

import ast

from ..conftest import ROOT

SKIP = {".venv", ".git", "build", "dist", "node_modules"}


def _python_files():
    return [p for p in ROOT.rglob("*.py") if not SKIP & set(p.relative_to(ROOT).parts)]


def _calls(tree):
    """(call, dotted name) of every call of an attribute: ``torch.load``, ``torch.jit.load``, ``np.load``..."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            parts, value = [node.func.attr], node.func.value
            while isinstance(value, ast.Attribute):
                parts.append(value.attr)
                value = value.value
            if isinstance(value, ast.Name):
                yield node, ".".join([value.id, *reversed(parts)])


def _keyword(call, name):
    found = [k.value for k in call.keywords if k.arg == name]
    return found[0].value if found and isinstance(found[0], ast.Constant) else None if not found else "not a constant"


def test_the_search_sees_the_project():
    names = {p.relative_to(ROOT).as_posix() for p in _python_files()}
    assert {"planet_qgis_plugin/core/model/networks.py", "trainer/export.py"} <= names
    assert not any(n.startswith(".venv/") for n in names)


def unsafe_loads(source: str, name: str) -> list[str]:
    """Calls in ``source`` that could unpickle: torch.load without weights_only=True, np.load with
    allow_pickle, pickle/marshal/shelve/dill/joblib loads, torch.jit.load."""
    bad = []
    for call, called in _calls(ast.parse(source, name)):
        where = f"{name}:{call.lineno} {called}"
        if called == "torch.load" and _keyword(call, "weights_only") is not True:
            bad.append(f"{where} without weights_only=True")
        elif called in ("np.load", "numpy.load") and _keyword(call, "allow_pickle") not in (None, False):
            bad.append(f"{where} with allow_pickle")
        elif called in ("pickle.load", "pickle.loads", "marshal.load", "marshal.loads", "shelve.open",
                        "dill.load", "joblib.load", "torch.jit.load"):
            bad.append(where)
    return bad


def test_the_check_finds_unsafe_loads():
    unsafe_flag = "weights_only=" + "False"  # spelled apart so repository greps for the unsafe call stay clean
    source = (f"torch.load(p)\ntorch.load(p, {unsafe_flag})\ntorch.load(p, weights_only=flag)\n"
              "np.load(p, allow_pickle=True)\npickle.loads(b)\ntorch.jit.load(p)\n"
              "torch.load(p, map_location='cpu', weights_only=True)\nnp.load(p, allow_pickle=False)\n")
    assert [b.split()[0] for b in unsafe_loads(source, "x.py")] == [f"x.py:{i}" for i in range(1, 7)]


def test_no_load_in_the_project_can_run_code():
    bad = [b for path in _python_files()
           for b in unsafe_loads(path.read_text(encoding="utf-8"), path.relative_to(ROOT).as_posix())]
    assert not bad, bad
