"""The plugin's translations: find the strings marked with tr() (pylupdate5) and compile the .ts files of
planet_qgis_plugin/i18n/ into .qm (lrelease).

    python scripts/translations.py            # update the .ts files from the sources (translations kept)
    python scripts/translations.py --compile  # write planet_classifier_<lang>.qm beside them (or --out DIR)

pylupdate5 (Debian: pyqt5-dev-tools) and lrelease (qttools5-dev-tools) come with scripts/setup.sh. The
.ts files are the translations (edit them, or with Qt Linguist); the .qm files are built, not committed:
scripts/package.py compiles them into the plugin zip.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "planet_qgis_plugin"
I18N = PACKAGE / "i18n"
#: The plugin's own windows and its Processing algorithms' names, help, parameter titles and error lines; and what
#: the core writes for the analyst in the analyst's language when QGIS runs it (core/wording.words): the change
#: report (with the rule and run notes it shows), a classify run's notes (the concepts it applied) and the one-line
#: errors of every core module. The CLI speaks English (it is logged and scripted), and so does the core without a
#: QGIS face; so do the algorithms' ids and parameter names, which models and qgis_process use.
SOURCES = ("plugin.py", "dialog.py", "runner.py", "task.py", "teach_panel.py",
           *(f"teach_dock/{p.name}" for p in sorted((PACKAGE / "teach_dock").glob("*.py"))),  # each part of the dock
           "teach_layer.py", "alerts_panel.py", "alerts_export.py", "style.py", "change_layer_style.py", "i18n/__init__.py",
           "processing/base.py", "processing/classify.py", "processing/change.py", "processing/teach.py",
           *(p.relative_to(PACKAGE).as_posix() for p in sorted((PACKAGE / "core").rglob("*.py"))))
LANGUAGES = ("pt_BR", "es")


def ts_path(lang: str, folder: Path = I18N) -> Path:
    return folder / f"planet_classifier_{lang}.ts"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise SystemExit(f"error: {name} not found (apt-get install pyqt5-dev-tools qttools5-dev-tools; "
                         "scripts/setup.sh does)")
    return path


def update(folder: Path = I18N) -> list[Path]:
    """Run pylupdate5 over SOURCES into each language's .ts (existing translations are kept)."""
    tool = _tool("pylupdate5")
    out = []
    for lang in LANGUAGES:
        ts = ts_path(lang, folder)
        subprocess.run([tool, "-noobsolete", *SOURCES, "-ts", str(ts)], cwd=PACKAGE, check=True,
                       capture_output=True)
        out.append(ts)
    return out


def compile_all(out: Path = I18N, folder: Path = I18N) -> list[Path]:
    """lrelease each .ts into ``out``/planet_classifier_<lang>.qm."""
    tool = _tool("lrelease")
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for lang in LANGUAGES:
        qm = out / f"planet_classifier_{lang}.qm"
        subprocess.run([tool, "-silent", str(ts_path(lang, folder)), "-qm", str(qm)], check=True,
                       capture_output=True)
        made.append(qm)
    return made


def untranslated(folder: Path = I18N) -> dict[str, list[str]]:
    """{language: source strings of the current code without a finished translation}."""
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            shutil.copy(ts_path(lang, folder), ts_path(lang, Path(tmp)))
        update(Path(tmp))
        return unfinished(Path(tmp))


def unfinished(folder: Path = I18N) -> dict[str, list[str]]:
    """{language: source strings of the .ts files in ``folder`` without a finished translation}."""
    import xml.etree.ElementTree as ET
    missing = {}
    for lang in LANGUAGES:
        root = ET.parse(ts_path(lang, folder)).getroot()
        missing[lang] = [m.findtext("source") for m in root.iter("message")
                         if (m.find("translation").get("type") in ("unfinished", "obsolete")
                             or not (m.findtext("translation") or "").strip())]
    return missing


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--compile", action="store_true", help="compile the .ts files into .qm")
    p.add_argument("--out", type=Path, default=I18N, help="folder for the .qm files (default: beside the .ts)")
    args = p.parse_args(argv)
    if args.compile:
        for qm in compile_all(args.out):
            print(qm)
        return 0
    for ts in update():
        print(ts)
    missing = unfinished()      # the .ts files were just updated from the sources
    for lang, strings in missing.items():
        if strings:
            print(f"{lang}: {len(strings)} string(s) without a translation", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
