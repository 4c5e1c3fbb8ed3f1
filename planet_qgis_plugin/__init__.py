"""Planet deforestation classifier: QGIS plugin + headless core (planet_qgis_plugin.core).

Nothing here imports qgis at module level, so ``python -m planet_qgis_plugin`` runs
without QGIS; QGIS calls classFactory(iface).
"""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    from .deps import add_packages_folder_to_path

    add_packages_folder_to_path()  # packages the plugin installed earlier (onnxruntime, rasterio)
    from .plugin import PlanetClassifierPlugin

    return PlanetClassifierPlugin(iface)
