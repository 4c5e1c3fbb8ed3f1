"""Layer ``changes`` of a change run: its fields in order and its one write (AFTER tiles, AFTER CRS, style stored)."""
from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Callable

from ..labels import FLAG_GROUPS
from ..layer.tiletable import TileTable
from .change import LAYER, REVIEW_FIELDS


def change_fields(with_distance: bool) -> list[tuple[str, str]]:
    """(name, kind) of layer ``changes`` in order (the fields of earlier versions first, in their order);
    kind: bool, str, real, int."""
    fields = [("alert", "bool"), ("new_flag", "str"), ("confidence", "str"), ("tags_gained", "str"),
              ("tags_lost", "str")]
    fields += [(f"d_score_{g}", "real") for g in FLAG_GROUPS] + [(f"score_{g}", "real") for g in FLAG_GROUPS]
    if with_distance:
        fields.append(("embedding_distance", "real"))
    fields += [("date_before", "str"), ("date_after", "str"), ("lon", "real"), ("lat", "real"),
               ("tags_before", "str"), ("tags_after", "str"), ("before_cover", "real"),
               ("row", "int"), ("col", "int"), ("before_row", "int"), ("before_col", "int")]
    fields += [("evidence", "str"), ("neighbours", "int"), ("suggested_cause", "str"), ("rise", "real"),
               ("held_back", "str"), ("match", "str")]
    # flag_scores: each new flag's [BEFORE, AFTER] score (JSON), which a later run's --judged compares a rejected
    # alert's flag with (core/monitor/judged.py)
    return fields + [(name, "str") for name in REVIEW_FIELDS] + [("flag_scores", "str")]


def write_changes(output: Path, rows: list[dict], before: TileTable, after: TileTable, dates, with_distance: bool,
                  metadata: dict, tick: Callable[[], None] = lambda: None,
                  completed: Callable[[Path], object] | None = None) -> None:
    """Layer ``changes`` (AFTER tiles, AFTER CRS, its style stored with it) through the one GeoPackage writer
    (core/layer/gpkg.py: one transaction under a temporary name, then published; ``tick()`` once per tile: a
    Cancelled it raises leaves nothing)."""
    from ..layer.gpkg import write_layer
    from .change_style import store_style

    write_layer(output, LAYER, change_fields(with_distance), after.crs_wkt,
                lambda layer: _add_changes(layer, rows, before, after, dates, with_distance, tick),
                metadata=metadata, finish=lambda ds: store_style(ds, LAYER), completed=completed)


def _add_changes(layer, rows: list[dict], before: TileTable, after: TileTable, dates, with_distance: bool,
                 tick: Callable[[], None]) -> int:
    from osgeo import ogr

    defn = layer.GetLayerDefn()
    for row in rows:
        tick()
        i, j = row["index"], row["dominant"]
        feature = ogr.Feature(defn)
        feature.SetField("alert", int(bool(row["new"])))
        feature.SetField("new_flag", " ".join(row["new"]))
        feature.SetField("confidence", row["confidence"])
        feature.SetField("evidence", " ".join(row["evidence"]))
        feature.SetField("neighbours", int(row["nb"]))
        feature.SetField("suggested_cause", row["cause"])
        feature.SetField("rise", float(row["rise"]))
        feature.SetField("held_back", row["held_back"])
        feature.SetField("match", row["match"])
        feature.SetField("flag_scores", json.dumps({name: [round(b, 4), round(a, 4)]
                                                    for name, (b, a) in row["scores"].items()}) if row["scores"] else "")
        feature.SetField("tags_gained", " ".join(row["gained"]))
        feature.SetField("tags_lost", " ".join(row["lost"]))
        for g in FLAG_GROUPS:
            feature.SetField(f"d_score_{g}", row["d_score"][g])
            feature.SetField(f"score_{g}", float(after.scores[g][i]))
        if with_distance:
            feature.SetField("embedding_distance", row["distance"])
        feature.SetField("date_before", dates[0].date)
        feature.SetField("date_after", dates[1].date)
        for name, value in zip(("lon", "lat"), row["lonlat"]):
            if math.isfinite(value):  # no CRS: no place on Earth, NULL rather than pixels posing as degrees
                feature.SetField(name, value)
        feature.SetField("tags_before", " ".join(sorted(before.tag_text(j))))
        feature.SetField("tags_after", " ".join(sorted(after.tag_text(i))))
        feature.SetField("before_cover", row["cover"])
        for name, value in (("row", after.rows[i]), ("col", after.cols[i]), ("before_row", before.rows[j]),
                            ("before_col", before.cols[j])):
            feature.SetField(name, int(value))
        for name in REVIEW_FIELDS:
            feature.SetField(name, "")
        feature.SetGeometry(ogr.CreateGeometryFromWkb(after.wkb[i]))
        layer.CreateFeature(feature)
    return len(rows)
