"""docs/change_report.png: `change`'s HTML report as an analyst opens it, rendered by QGIS's own Qt (QtWebKit).

    python -m bench.report_picture [-o docs/change_report.png]      (part of `make docs`)
    python -m bench.report_picture --pair DIR     only the pair and its change layer DIR/change.gpkg (for the
                                                  Alerts dock picture of scripts/screenshot.py)
    python -m bench.report_picture --language pt_BR -o docs/pt_BR/change_report.png
                                                  the report as QGIS writes it in that language (Processing's
                                                  Change; the plugin's compiled translation), made in this process

The pair is the one bench/monitor_change.py measures (real public imagery, synthetic georeference): BEFORE the
full-resolution strip culltivation2.jpg, AFTER the same strip with three public mine strips pasted in and
cropped by 37 x 11 px, so its tile grid is not BEFORE's. `change` runs through the CLI with --report, and the
page is drawn whole, cut at MAX_HEIGHT, scaled to WIDTH px and saved in 256 colours (as docs/demo.png).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from .monitor_change import SHARED, pasted, write

ROOT = Path(__file__).resolve().parent.parent
WIDTH = 1000
MAX_HEIGHT = 1800  # the report's first alerts; the rest of the table repeats them
SHIFT = (37, 11)


def render(page: Path, png: Path, viewport: int = 1300) -> None:
    """Draw the whole HTML page ``page`` into ``png`` (offscreen; images embedded in the page are waited for)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PyQt5.QtCore import QEventLoop, QSize, QTimer, QUrl
    from PyQt5.QtGui import QImage, QPainter
    from PyQt5.QtWebKitWidgets import QWebPage
    from PyQt5.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    web = QWebPage()
    web.setViewportSize(QSize(viewport, 800))
    loop = QEventLoop()
    web.mainFrame().loadFinished.connect(lambda _ok: loop.quit())
    web.mainFrame().load(QUrl.fromLocalFile(str(page)))
    QTimer.singleShot(60_000, loop.quit)  # a page that never finishes loading is drawn as far as it got
    loop.exec_()
    size = web.mainFrame().contentsSize()
    web.setViewportSize(size)
    image = QImage(size, QImage.Format_RGB32)
    painter = QPainter(image)
    web.mainFrame().render(painter)
    painter.end()
    if not image.save(str(png)):
        raise OSError(f"could not write {png}")
    del app


def pair_rasters(strip: Path, folder: Path) -> tuple[Path, Path]:
    """BEFORE and AFTER written into ``folder`` from ``strip``."""
    import numpy as np
    from PIL import Image

    pixels = np.array(Image.open(strip).convert("RGB")).transpose(2, 0, 1)
    before = write(pixels, folder / "20230105_131500_00_2431_3B_Visual.tif")
    after = write(pasted(pixels)[0], folder / "20231120_131500_00_2431_3B_Visual.tif", *SHIFT)
    return before, after


def change_pair(strip: Path, folder: Path, report: bool = False) -> Path:
    """BEFORE and AFTER written into ``folder`` from ``strip``, and ``change`` run on them (the CLI): the change
    GeoPackage, which records both rasters (and ``folder/report.html`` with ``report``)."""
    before, after = pair_rasters(strip, folder)
    command = [sys.executable, "-m", "planet_qgis_plugin.change", str(before), str(after),
               "-o", str(folder / "change.gpkg")] + (["--report", str(folder / "report.html")] if report else [])
    print("$ " + " ".join(["python -m planet_qgis_plugin.change", before.name, after.name, "-o change.gpkg"]
                          + (["--report report.html"] if report else [])))
    subprocess.run(command, check=True, cwd=ROOT)
    return folder / "change.gpkg"


def translated_report(strip: Path, folder: Path, language: str) -> Path:
    """``folder/report.html`` of the same pair, written in ``language`` as QGIS writes it: the plugin's translation
    (compiled from the .ts files now) installed, the comparison run under its words (core/wording.words), as
    Processing's Change runs it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    from planet_qgis_plugin import i18n
    from planet_qgis_plugin.core.monitor.change import ChangeOptions
    from planet_qgis_plugin.core.monitor.pair import compare_rasters
    from planet_qgis_plugin.core.wording import words
    from scripts.translations import compile_all

    app = QgsApplication.instance() or QgsApplication([], False)
    compile_all(folder / "i18n")
    translator = i18n.install(language, folder / "i18n")  # kept: a QTranslator collected is uninstalled
    if translator is None:
        raise SystemExit(f"error: no translation for {language}")
    before, after = pair_rasters(strip, folder)
    print(f"$ (Processing's Change, QGIS in {language}) {before.name} {after.name} -> report.html")
    with words(i18n.tr):
        compare_rasters(before, after, folder / "change.gpkg", ChangeOptions(report=folder / "report.html"))
    i18n.remove(translator)
    del app
    return folder / "report.html"


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "change_report.png")
    p.add_argument("--strip", type=Path, default=SHARED / "planet_examples" / "culltivation2.jpg")
    p.add_argument("--pair", type=Path, metavar="DIR",
                   help="only write the pair and its change layer DIR/change.gpkg into the existing folder DIR")
    p.add_argument("--language", choices=("pt_BR", "es"),
                   help="the report as QGIS writes it in this language (default: English, as the command line)")
    args = p.parse_args(argv)
    from PIL import Image

    if not args.strip.is_file():
        print(f"error: {args.strip} is missing (../shared/data beside the checkout)", file=sys.stderr)
        return 1
    if args.pair is not None:
        print(f"change layer: {change_pair(args.strip, args.pair)}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if args.language:
            translated_report(args.strip, tmp, args.language)
        else:
            change_pair(args.strip, tmp, report=True)
        render(tmp / "report.html", tmp / "report.png")
        page = Image.open(tmp / "report.png").convert("RGB")
    page = page.crop((0, 0, page.width, min(page.height, MAX_HEIGHT)))
    small = page.resize((WIDTH, round(page.height * WIDTH / page.width)), Image.LANCZOS)
    small.quantize(256, method=Image.FASTOCTREE, dither=Image.NONE).save(args.output, optimize=True)
    print(f"picture: {args.output} ({small.width}x{small.height})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
