"""Shared fixtures: real sample scenes, an exported (untrained) model bundle, synthetic GeoTIFFs."""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["GDAL_PAM_ENABLED"] = "NO"  # no .aux.xml sidecars written next to the sample scenes

ROOT = Path(__file__).resolve().parent.parent
SCENES = ROOT / "tests" / "data" / "scenes"
BORNEO = SCENES / "20170915_020728_103d_3B_AnalyticMS.tif"          # 512x512 uint16 BGRN, nodata wedge
CAPE_TOWN_SR = SCENES / "20221221_084022_18_2414_3B_AnalyticMS_SR.tif"  # 343x325 uint16, band descriptions
VISUAL_RGBA = SCENES / "1056417_2017-03-08_RE3_3A_Visual_clip.tif"     # 692x332 uint8 RGBA
RAPIDEYE = SCENES / "4939505_2012-12-11_RE1_3A_Analytic.tif"           # 512x512 uint16 5-band
SHARED = ROOT.parent / "shared" / "data"


def qgis_python_plugins() -> str:
    """QGIS's own Python plugins folder (it holds ``processing``), found from where the ``qgis`` package is
    installed: <prefix>/share/qgis/python/plugins (Debian, conda, Homebrew) or python/plugins beside the
    ``qgis`` package (OSGeo4W, the macOS bundle). Never a hard-coded distribution path."""
    import importlib.util

    spec = importlib.util.find_spec("qgis")
    if spec is None or not spec.submodule_search_locations:
        return ""
    package = Path(next(iter(spec.submodule_search_locations))).resolve()
    candidates = [package.parent.parent / "plugins", package.parent / "plugins"]
    candidates += [prefix / "share" / "qgis" / "python" / "plugins" for prefix in package.parents]
    return next((str(c) for c in candidates if (c / "processing" / "__init__.py").is_file()), "")

try:  # Hypothesis: "ci" (what .ci/run selects) replays the same examples on every machine, so CI never goes red by chance
    from hypothesis import HealthCheck, settings

    settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True, database=None,
                              suppress_health_check=[HealthCheck.too_slow])
    settings.register_profile("dev", deadline=None, print_blob=True)
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
except ImportError:  # only the property-based tests need it
    pass


def edit_tiles(path: Path, values: dict[tuple[int, int], dict[str, object]]) -> None:
    """Set fields of tiles (by (row, col)) in a tile GeoPackage, as an analyst does in QGIS's attribute table."""
    from osgeo import ogr

    ds = ogr.Open(str(path), 1)
    layer = ds.GetLayerByName("tiles")
    for feature in layer:
        for name, value in values.get((feature.GetField("row"), feature.GetField("col")), {}).items():
            feature.SetField(name, value)
        layer.SetFeature(feature)
    ds = None


def edit_manifest(folder: Path, **fields) -> None:
    """Change fields of ``folder``/manifest.json in place; ``a__b=value`` sets manifest["a"]["b"]."""
    import json

    path = folder / "manifest.json"
    data = json.loads(path.read_text())
    for dotted, value in fields.items():
        *parents, key = dotted.split("__")
        node = data
        for parent in parents:
            node = node[parent]
        node[key] = value
    path.write_text(json.dumps(data))


@pytest.fixture(scope="session")
def untrained_bundle(tmp_path_factory):
    """A real bundle (weights + ONNX + manifest) exported from a seeded, untrained EfficientNet-Lite0."""
    import torch

    from planet_qgis_plugin.core.labels import LABELS
    from planet_qgis_plugin.core.model.bundle import Manifest
    from planet_qgis_plugin.core.model.networks import build_model
    from trainer.export import export_bundle

    torch.manual_seed(0)
    model = build_model("efficientnet_lite0")
    manifest = Manifest(name="untrained-test", architecture="efficientnet_lite0", labels=list(LABELS),
                        thresholds={label: 0.2 for label in LABELS}, version="0.0.1")
    return export_bundle(model, manifest, tmp_path_factory.mktemp("bundle") / "untrained")


@pytest.fixture
def make_raster(tmp_path):
    """Write a small GeoTIFF: make_raster(width, height, count=4, dtype='uint16', **options) -> Path."""
    import rasterio
    from rasterio.transform import from_origin

    def make(width: int, height: int, count: int = 4, dtype: str = "uint16", *, name: str = "r.tif",
             crs: str | None = "EPSG:32649", transform=None, nodata=None, data: np.ndarray | None = None,
             descriptions: tuple[str, ...] | None = None, seed: int = 0) -> Path:
        path = tmp_path / name
        rng = np.random.default_rng(seed)
        if data is None:
            high = 255 if dtype == "uint8" else 4000
            data = rng.integers(1, high, size=(count, height, width)).astype(dtype)
        profile = dict(driver="GTiff", width=width, height=height, count=count, dtype=dtype,
                       transform=transform or from_origin(699648, 100608, 3, 3))  # corner on the 256-px grid
        if crs:
            profile["crs"] = crs
        if nodata is not None:
            profile["nodata"] = nodata
        with rasterio.open(path, "w", **profile) as dst:
            dst.write(data)
            if descriptions:
                for i, d in enumerate(descriptions, start=1):
                    dst.set_band_description(i, d)
        return path

    return make
