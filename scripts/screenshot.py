"""Render a Planet scene with the styled tile layer to docs/screenshot.png (make docs).

Headless: classifies the scene with the bundled model (or --bundle), loads the result with the
plugin's QML style, and renders both with QgsMapSettings + QgsMapRendererParallelJob, adding a
legend and the imagery credit.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("GDAL_PAM_ENABLED", "NO")  # no .aux.xml next to the scenes
DEFAULT_SCENE = ROOT / "tests" / "data" / "scenes" / "20170915_020728_103d_3B_AnalyticMS.tif"


def stretch_rgb(layer, bands) -> None:
    from qgis.core import QgsContrastEnhancement, QgsMultiBandColorRenderer
    provider = layer.dataProvider()
    renderer = QgsMultiBandColorRenderer(provider, *bands)
    setters = (renderer.setRedContrastEnhancement, renderer.setGreenContrastEnhancement,
               renderer.setBlueContrastEnhancement)
    for band, setter in zip(bands, setters):
        low, high = provider.cumulativeCut(band, 0.02, 0.98)
        ce = QgsContrastEnhancement(provider.dataType(band))
        ce.setContrastEnhancementAlgorithm(QgsContrastEnhancement.StretchToMinimumMaximum, True)
        ce.setMinimumValue(low)
        ce.setMaximumValue(high)
        setter(ce)
    layer.setRenderer(renderer)


def label_tiles(layer) -> None:
    from qgis.core import (QgsPalLayerSettings, QgsTextBufferSettings, QgsTextFormat,
                           QgsVectorLayerSimpleLabeling)
    from qgis.PyQt.QtGui import QColor, QFont
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    settings.fieldName = "replace(\"tags\", ' ', '\\n')"
    settings.placement = QgsPalLayerSettings.OverPoint
    fmt = QgsTextFormat()
    fmt.setFont(QFont("DejaVu Sans"))
    fmt.setSize(8)
    fmt.setColor(QColor("white"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor(0, 0, 0, 200))
    fmt.setBuffer(buffer)
    settings.setFormat(fmt)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def decorate(image, tiles_layer, caption: str) -> None:
    """Legend (from the rule-based renderer) and credit painted onto the image."""
    from qgis.core import QgsSymbolLayerUtils
    from qgis.PyQt.QtCore import QRectF, Qt
    from qgis.PyQt.QtGui import QColor, QFont, QPainter
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    font = QFont("DejaVu Sans")
    font.setPixelSize(16)
    painter.setFont(font)
    rules = tiles_layer.renderer().rootRule().children()
    box = QRectF(12, 12, 300, 30 + 26 * len(rules))
    painter.fillRect(box, QColor(255, 255, 255, 225))
    painter.setPen(QColor("black"))
    painter.drawText(QRectF(22, 16, 290, 24), Qt.AlignLeft | Qt.AlignVCenter, "Planet deforestation classifier")
    for i, rule in enumerate(rules):
        y = 44 + 26 * i
        swatch = QgsSymbolLayerUtils.symbolPreviewPixmap(rule.symbol(), QSize(22, 18)).toImage()
        painter.drawImage(QRectF(22, y, 22, 18), swatch)
        painter.drawText(QRectF(52, y - 2, 260, 22), Qt.AlignLeft | Qt.AlignVCenter, rule.label())
    font.setPixelSize(13)
    painter.setFont(font)
    h = image.height()
    painter.fillRect(QRectF(0, h - 24, image.width(), 24), QColor(0, 0, 0, 160))
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(10, h - 24, image.width() - 20, 24), Qt.AlignLeft | Qt.AlignVCenter, caption)
    painter.end()


QSize = None  # set in main() once Qt is importable


def main(argv=None) -> int:
    global QSize
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--scene", type=Path, default=DEFAULT_SCENE)
    p.add_argument("--bundle", type=Path, default=None, help="model bundle (default: the bundled model)")
    p.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "screenshot.png")
    p.add_argument("--size", type=int, default=900, help="image width and height in pixels")
    args = p.parse_args(argv)

    from qgis.core import (QgsApplication, QgsMapRendererParallelJob, QgsMapSettings, QgsProject,
                           QgsRasterLayer)
    from qgis.PyQt.QtCore import QSize as _QSize
    from qgis.PyQt.QtGui import QColor
    QSize = _QSize
    app = QgsApplication([], False)
    app.initQgis()
    try:
        from planet_qgis_plugin.core.bundle import default_bundle_path, load_bundle
        from planet_qgis_plugin.layer import open_result
        from planet_qgis_plugin.runner import ClassifyRequest, default_band_mapping, run_classification

        from planet_qgis_plugin.core.errors import PlanetClassifierError
        try:
            bundle = load_bundle(args.bundle or default_bundle_path())
        except PlanetClassifierError as exc:
            raise SystemExit(f"screenshot: {exc}") from None
        raster = QgsRasterLayer(str(args.scene), args.scene.stem)
        if not raster.isValid():
            raise SystemExit(f"cannot open {args.scene}")
        mapping, _how = default_band_mapping(str(args.scene), bundle)
        rgb = [int(part.split("=")[1]) for part in mapping.split(",")][:3]
        stretch_rgb(raster, rgb)
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "tiles.gpkg"
            result = run_classification(ClassifyRequest(raster=str(args.scene), output=str(out), bundle=str(bundle.path)))
            tiles = open_result(str(out), "tiles")
            label_tiles(tiles)
            settings = QgsMapSettings()
            settings.setLayers([tiles, raster])
            settings.setDestinationCrs(raster.crs())
            extent = raster.extent()
            extent.scale(1.03)
            settings.setExtent(extent)
            settings.setOutputSize(QSize(args.size, args.size))
            settings.setBackgroundColor(QColor(40, 40, 40))
            job = QgsMapRendererParallelJob(settings)
            job.start()
            job.waitForFinished()
            image = job.renderedImage()
            caption = (f"{args.scene.name}: {result.tiles} tiles, {result.flagged} flagged — model "
                       f"{bundle.manifest.display_name} — Imagery © Planet Labs PBC")
            decorate(image, tiles, caption)
            args.output.parent.mkdir(parents=True, exist_ok=True)
            if not image.save(str(args.output)):
                raise SystemExit(f"could not write {args.output}")
            print(f"{args.output}: {result.summary()}")
            QgsProject.instance().removeAllMapLayers()
            del tiles, job
        del raster
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
