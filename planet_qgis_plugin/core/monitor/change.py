"""Change between two classifications of the same place (BEFORE and AFTER tile layers) as alerts.

Matching: the BEFORE tiles are brought into the AFTER layer's CRS and every AFTER tile is compared with
the BEFORE tiles it overlaps, so the two runs need not share a grid (different scenes of one place).
- An AFTER tile less than half covered by BEFORE tiles has no baseline and is left out (counted).
- Tags gained / lost are against the BEFORE tile with the largest overlap (the one shown in the report).
- A flag group's BEFORE score and flag are the highest / any over the BEFORE tiles that cover at least
  a tenth of the AFTER tile, so a shifted grid cannot invent an alert.
- ``new_flag``: flag groups (and taught concepts present in both runs) raised in AFTER and in none of those
  BEFORE tiles. Its confidence:
    nominal  the score crossed its flag threshold (the flag is new);
    high     and the score rose by at least ``margin`` (default 0.25);
    highest  and the tile's embedding moved far from the BEFORE tile's: a cosine distance above the
             ``far_quantile`` of all matched tiles of this comparison (default 0.9: the top tenth). Needs
             embeddings from the same backbone on both sides and at least MIN_PAIRS_FOR_FAR matched tiles.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..errors import OutputError, PlanetClassifierError
from ..labels import FLAG_GROUPS
from ..layer.tiletable import TileTable, backbone_of, read_tiles, run_metadata, xy_srs
from .scenes import Acquired, date_from_name

LAYER = "changes"
MIN_COVER = 0.5       # share of an AFTER tile that BEFORE tiles must cover for it to be compared
MIN_SHARE = 0.1       # share of an AFTER tile a BEFORE tile must cover to count for scores and flags
MARGIN = 0.25         # score rise that makes a new flag "high"
FAR_QUANTILE = 0.9    # embedding distance quantile that makes a high alert "highest"
MIN_PAIRS_FOR_FAR = 10
CONFIDENCE = ("nominal", "high", "highest")


class ChangeError(PlanetClassifierError):
    """BEFORE and AFTER cannot be compared (different labels, no CRS, no overlap)."""


@dataclass
class Alert:
    index: int              # AFTER tile index
    before: int             # BEFORE tile with the largest overlap
    new_flag: list[str]
    confidence: str
    rise: float             # largest score rise among the new flags
    lon: float
    lat: float


@dataclass
class ChangeResult:
    output: Path
    compared: int
    no_baseline: int
    alerts: list[Alert]
    before: TileTable
    after: TileTable
    before_date: Acquired
    after_date: Acquired
    messages: list[str] = field(default_factory=list)

    def summary(self) -> str:
        by = {c: sum(a.confidence == c for a in self.alerts) for c in CONFIDENCE}
        return (f"{self.compared} tiles compared ({self.no_baseline} without a BEFORE tile left out); "
                f"{len(self.alerts)} alerts: " + ", ".join(f"{by[c]} {c}" for c in CONFIDENCE)
                + f"; {self.before_date.describe()} -> {self.after_date.describe()} -> {self.output}")


def layer_date(table: TileTable) -> Acquired:
    """The acquisition date of a classified scene: stored by batch, else the GeoPackage's Planet-style
    name, else the GeoPackage's file time (said so: it is when the file was written)."""
    meta = run_metadata(table)
    if meta["acquired"]:
        return Acquired(meta["acquired"], meta["acquired_source"] or "metadata")
    for name in (meta["scene"], table.path.name):
        date = date_from_name(Path(name).name) if name else None
        if date:
            return Acquired(date, "file name")
    stamp = dt.datetime.fromtimestamp(table.path.stat().st_mtime, dt.timezone.utc).date().isoformat()
    return Acquired(stamp, "file time of the GeoPackage")


def compare(before_path: str | Path, after_path: str | Path, output: str | Path, overwrite: bool = False,
            margin: float = MARGIN, far_quantile: float = FAR_QUANTILE) -> ChangeResult:
    """Compare two tile layers and write the AFTER tiles with their change to ``output`` (layer ``changes``)."""
    from ..layer.gpkg import check_output

    output = check_output(output, overwrite, inputs=(before_path, after_path))  # never over an input
    before, after = read_tiles(before_path), read_tiles(after_path)
    messages: list[str] = []
    if set(before.labels) != set(after.labels):
        only_b = sorted(set(before.labels) - set(after.labels))
        only_a = sorted(set(after.labels) - set(before.labels))
        raise ChangeError(f"BEFORE and AFTER were classified with different labels (only BEFORE: {' '.join(only_b) or '-'}; "
                          f"only AFTER: {' '.join(only_a) or '-'}); classify both with the same model bundle")
    if before.model != after.model:
        messages.append(f"BEFORE was classified by {before.model} and AFTER by {after.model}: "
                        "part of the change may be the model's")
    if not before.crs_wkt or not after.crs_wkt:
        which = "BEFORE" if not before.crs_wkt else "AFTER"
        raise ChangeError(f"{which} ({(before if which == 'BEFORE' else after).path.name}) has no CRS, so its tiles "
                          "cannot be matched by place; classify a georeferenced scene")
    if not len(before) or not len(after):
        raise ChangeError(f"{'BEFORE' if not len(before) else 'AFTER'} has no tiles")
    before_wkb = _to_crs(before.wkb, before.crs_wkt, after.crs_wkt)
    matches = _overlaps(before_wkb, after.wkb)
    compared = [i for i, m in enumerate(matches) if m and m[0] >= MIN_COVER]
    if not compared:
        raise ChangeError(f"BEFORE ({before.path.name}) and AFTER ({after.path.name}) do not overlap"
                          + (" enough: no AFTER tile is half covered" if any(matches) else "")
                          + "; compare two classifications of the same place")
    distance, far, embedding_rule = _embedding_distance(before, after, matches, compared, far_quantile)
    if embedding_rule:
        messages.append(embedding_rule)
    groups = list(FLAG_GROUPS)
    concepts = [c for c in after.concepts if c in before.concepts]
    lonlat = _centroids_lonlat(after.wkb, after.crs_wkt)
    before_flags = {g: before.flags.get(f"flag_{g}", np.zeros(len(before), bool)) for g in groups}
    after_flags = {g: after.flags.get(f"flag_{g}", np.zeros(len(after), bool)) for g in groups}
    rows, alerts = [], []
    for i in compared:
        cover, share = matches[i]
        dominant = max(share, key=share.get)
        near = [j for j, s in share.items() if s >= MIN_SHARE] or [dominant]
        d_score, new = {}, []
        for g in groups:
            before_score = float(max(before.scores[g][j] for j in near))
            d_score[g] = float(after.scores[g][i]) - before_score
            was = any(before_flags[g][j] for j in near)
            if after_flags[g][i] and not was:
                new.append(g)
        rises = [d_score[g] for g in new]
        for c in concepts:
            if after.flags[f"flag_{c}"][i] and not any(before.flags[f"flag_{c}"][j] for j in near):
                new.append(c)
                rises.append(float(after.concept_probs[c][i]) - max(float(before.concept_probs[c][j]) for j in near))
        confidence = ""
        if new:
            confidence = "nominal"
            if max(rises) >= margin:
                confidence = "high"
                if far is not None and distance[i] > far:
                    confidence = "highest"
            alerts.append(Alert(i, dominant, new, confidence, max(rises), *lonlat[i]))
        gained = sorted(after.tag_text(i) - before.tag_text(dominant))
        lost = sorted(before.tag_text(dominant) - after.tag_text(i))
        rows.append(dict(index=i, dominant=dominant, cover=cover, new=new, confidence=confidence, d_score=d_score,
                         gained=gained, lost=lost, distance=None if distance is None else float(distance[i]),
                         lonlat=lonlat[i]))
    alerts.sort(key=lambda a: (a.rise, CONFIDENCE.index(a.confidence)), reverse=True)
    dates = layer_date(before), layer_date(after)
    for side, date in zip(("BEFORE", "AFTER"), dates):
        if date.source.startswith("file time"):
            messages.append(f"{side} date {date.date} is the GeoPackage's file time: neither the run nor the file "
                            "name says when the scene was acquired")
    if dates[0].date > dates[1].date:
        messages.append(f"BEFORE ({dates[0].date}) is later than AFTER ({dates[1].date}): check the order")
    _write(output, rows, before, after, dates, distance is not None, embedding_rule, margin)
    return ChangeResult(output, len(compared), len(after) - len(compared), alerts, before, after, dates[0], dates[1],
                        messages)


def _to_crs(wkbs: list[bytes], src_wkt: str, dst_wkt: str) -> list[bytes]:
    from osgeo import ogr, osr

    src, dst = xy_srs(src_wkt), xy_srs(dst_wkt)
    if src.IsSame(dst):
        return list(wkbs)
    transform = osr.CoordinateTransformation(src, dst)
    out = []
    for wkb in wkbs:
        geom = ogr.CreateGeometryFromWkb(wkb)
        geom.Transform(transform)
        out.append(bytes(geom.ExportToWkb()))
    return out


def _overlaps(before_wkb: list[bytes], after_wkb: list[bytes]) -> list[tuple[float, dict[int, float]] | None]:
    """Per AFTER tile: (share covered by BEFORE tiles, {BEFORE index: share of the AFTER tile}) or None."""
    from osgeo import ogr

    before = [ogr.CreateGeometryFromWkb(w) for w in before_wkb]
    env = np.array([g.GetEnvelope() for g in before])  # minx, maxx, miny, maxy
    result = []
    for wkb in after_wkb:
        tile = ogr.CreateGeometryFromWkb(wkb)
        area = tile.GetArea()
        x0, x1, y0, y1 = tile.GetEnvelope()
        near = np.flatnonzero((env[:, 0] < x1) & (env[:, 1] > x0) & (env[:, 2] < y1) & (env[:, 3] > y0))
        share = {}
        for j in near:
            inter = tile.Intersection(before[j])
            if inter is not None and not inter.IsEmpty() and inter.GetArea() > 0:
                share[int(j)] = inter.GetArea() / area
        result.append((min(1.0, sum(share.values())), share) if share and area > 0 else None)
    return result


def _embedding_distance(before: TileTable, after: TileTable, matches, compared: list[int], quantile: float):
    """(cosine distance per AFTER tile to its largest-overlap BEFORE tile or None, the 'far' cut or None, note)."""
    if before.embeddings is None or after.embeddings is None:
        return None, None, "no embeddings in BEFORE and AFTER: confidence stops at 'high'"
    if backbone_of(before) != backbone_of(after) or before.embeddings.shape[1] != after.embeddings.shape[1]:
        return None, None, "BEFORE and AFTER embeddings come from different backbones: confidence stops at 'high'"

    def unit(x):
        return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)

    a, b = unit(after.embeddings), unit(before.embeddings)
    distance = np.zeros(len(after))
    for i in compared:
        share = matches[i][1]
        distance[i] = 1.0 - float(a[i] @ b[max(share, key=share.get)])
    if len(compared) < MIN_PAIRS_FOR_FAR:
        return distance, None, (f"only {len(compared)} tiles compared (fewer than {MIN_PAIRS_FOR_FAR}): too few to "
                                "say which embeddings moved far; confidence stops at 'high'")
    return distance, float(np.quantile(distance[compared], quantile)), ""


def _centroids_lonlat(wkbs: list[bytes], crs_wkt: str) -> list[tuple[float, float]]:
    from osgeo import ogr, osr

    transform = osr.CoordinateTransformation(xy_srs(crs_wkt), xy_srs(epsg=4326))
    out = []
    for wkb in wkbs:
        c = ogr.CreateGeometryFromWkb(wkb).Centroid()
        lon, lat, _ = transform.TransformPoint(c.GetX(), c.GetY())
        out.append((round(lon, 6), round(lat, 6)))
    return out


def change_fields(with_distance: bool) -> list[tuple[str, str]]:
    """(name, kind) of layer ``changes`` in order; kind: bool, str, real, int."""
    fields = [("alert", "bool"), ("new_flag", "str"), ("confidence", "str"), ("tags_gained", "str"),
              ("tags_lost", "str")]
    fields += [(f"d_score_{g}", "real") for g in FLAG_GROUPS] + [(f"score_{g}", "real") for g in FLAG_GROUPS]
    if with_distance:
        fields.append(("embedding_distance", "real"))
    fields += [("date_before", "str"), ("date_after", "str"), ("lon", "real"), ("lat", "real"),
               ("tags_before", "str"), ("tags_after", "str"), ("before_cover", "real"),
               ("row", "int"), ("col", "int"), ("before_row", "int"), ("before_col", "int")]
    return fields


def _write(output: Path, rows: list[dict], before: TileTable, after: TileTable, dates, with_distance: bool,
           embedding_rule: str, margin: float) -> None:
    """Layer ``changes`` (AFTER tiles, AFTER CRS) in one transaction under a temporary name, then published
    (core/publish.py: never over a file that appeared or changed during the run)."""
    from osgeo import ogr, osr

    from .. import publish
    from .change_style import store_style

    ogr.UseExceptions()
    kinds = {"bool": (ogr.OFTInteger, ogr.OFSTBoolean), "str": (ogr.OFTString, None),
             "real": (ogr.OFTReal, None), "int": (ogr.OFTInteger, None)}
    target = publish.begin(output)
    tmp = target.temp
    try:
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp))
        srs = osr.SpatialReference()
        srs.ImportFromWkt(after.crs_wkt)
        layer = ds.CreateLayer(LAYER, srs, ogr.wkbPolygon, options=["SPATIAL_INDEX=YES"])
        for name, kind in change_fields(with_distance):
            definition = ogr.FieldDefn(name, kinds[kind][0])
            if kinds[kind][1] is not None:
                definition.SetSubType(kinds[kind][1])
            layer.CreateField(definition)
        layer.SetMetadataItem("PLANET_BEFORE", before.path.name)
        layer.SetMetadataItem("PLANET_AFTER", after.path.name)
        layer.SetMetadataItem("PLANET_CONFIDENCE_RULE",
                              f"nominal: flag newly raised; high: and score rose >= {margin:g}; highest: and "
                              f"embedding moved far ({embedding_rule or 'top decile of cosine distance'})")
        defn = layer.GetLayerDefn()
        ds.StartTransaction()
        for row in rows:
            i, j = row["index"], row["dominant"]
            feature = ogr.Feature(defn)
            feature.SetField("alert", int(bool(row["new"])))
            feature.SetField("new_flag", " ".join(row["new"]))
            feature.SetField("confidence", row["confidence"])
            feature.SetField("tags_gained", " ".join(row["gained"]))
            feature.SetField("tags_lost", " ".join(row["lost"]))
            for g in FLAG_GROUPS:
                feature.SetField(f"d_score_{g}", row["d_score"][g])
                feature.SetField(f"score_{g}", float(after.scores[g][i]))
            if with_distance:
                feature.SetField("embedding_distance", row["distance"])
            feature.SetField("date_before", dates[0].date)
            feature.SetField("date_after", dates[1].date)
            feature.SetField("lon", row["lonlat"][0])
            feature.SetField("lat", row["lonlat"][1])
            feature.SetField("tags_before", " ".join(sorted(before.tag_text(j))))
            feature.SetField("tags_after", " ".join(sorted(after.tag_text(i))))
            feature.SetField("before_cover", row["cover"])
            for name, value in (("row", after.rows[i]), ("col", after.cols[i]), ("before_row", before.rows[j]),
                                ("before_col", before.cols[j])):
                feature.SetField(name, int(value))
            feature.SetGeometry(ogr.CreateGeometryFromWkb(after.wkb[i]))
            layer.CreateFeature(feature)
        ds.CommitTransaction()
        ds = None
        store_style(tmp, LAYER)
        publish.publish(target)
    except BaseException as exc:
        ds = None
        publish.discard(target)
        if isinstance(exc, (OSError, RuntimeError)):
            raise OutputError(f"could not write {output}: {exc}") from None
        raise
