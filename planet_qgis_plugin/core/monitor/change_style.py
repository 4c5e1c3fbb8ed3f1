"""Store the change layer's QGIS style (resources/styles/change.qml) inside its GeoPackage, as QGIS
itself does (table ``layer_styles``, default style), so the layer comes up styled however it is opened.
No QGIS needed: the table is written with OGR."""
from __future__ import annotations

from pathlib import Path

STYLE_NAME = "planet_classifier_change"
#: Columns of QGIS's layer_styles table that matter when QGIS looks up a layer's default style.
_COLUMNS = (("f_table_catalog", "str"), ("f_table_schema", "str"), ("f_table_name", "str"),
            ("f_geometry_column", "str"), ("styleName", "str"), ("styleQML", "str"), ("styleSLD", "str"),
            ("useAsDefault", "bool"), ("description", "str"), ("owner", "str"), ("ui", "str"),
            ("update_time", "datetime"))


def change_style_path() -> Path:
    from ..resources import resource

    return resource("styles", "change.qml")


def store_style(ds, layer_name: str) -> bool:
    """Add the QML as ``layer_name``'s default style to the open GeoPackage ``ds``; False (nothing written) where
    the QML is missing."""
    from osgeo import ogr

    qml = change_style_path()
    if not qml.is_file():
        return False
    layer = ds.GetLayerByName(layer_name)
    geometry_column = layer.GetGeometryColumn() or "geom"
    styles = ds.GetLayerByName("layer_styles")
    if styles is None:
        kinds = {"str": ogr.OFTString, "bool": ogr.OFTInteger, "datetime": ogr.OFTDateTime}
        styles = ds.CreateLayer("layer_styles", None, ogr.wkbNone)
        for name, kind in _COLUMNS:
            definition = ogr.FieldDefn(name, kinds[kind])
            if kind == "bool":
                definition.SetSubType(ogr.OFSTBoolean)
            styles.CreateField(definition)
    feature = ogr.Feature(styles.GetLayerDefn())
    for name, value in (("f_table_catalog", ""), ("f_table_schema", ""), ("f_table_name", layer_name),
                        ("f_geometry_column", geometry_column), ("styleName", STYLE_NAME),
                        ("styleQML", qml.read_text(encoding="utf-8")), ("styleSLD", ""), ("useAsDefault", 1),
                        ("description", "Planet classifier change layer"), ("owner", ""), ("ui", "")):
        feature.SetField(name, value)
    styles.CreateFeature(feature)
    return True
