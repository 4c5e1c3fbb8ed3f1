"""Hand-off of alerts to field teams and reports: one new folder with

    alerts.geojson   tile polygons in WGS 84 (RFC 7946) with the alert's facts
    alerts.kml       the same for Google Earth / phones
    alerts.csv       one row per alert: id, lon, lat (tile centre, WGS 84), dates, cause, confidence, ...
    thumbs/          <id>_before.png, <id>_after.png: the tile cut from each scene, outlined
    alerts.html      all of it in one self-contained page (images embedded)
    held_back.csv, held_back.geojson   (change --export: all of a run, not Export confirmed...) the tiles whose new
                     flags the rule held back, status 'held back', each flag and why: never alerts, in files of their
                     own so that a script reading alerts.csv reads alerts only

The folder is staged beside it (core/publish.py) and renamed into place when complete, so it is
either whole or absent; a folder that already exists is refused.
"""
from __future__ import annotations

import csv
import dataclasses
import html
import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import OutputError, PlanetClassifierError
from ..layer.tiletable import on_the_earth
from ..publish import Staged, discarded_on_error, name_not_utf8, standard_stream
from ..wording import count, tr
from .alerts import UNKNOWN, AlertSet, history_lines, read_alerts, read_held
from .change import CONFIRMED, META_AFTER_SCENE, META_BEFORE_SCENE
from .report import cause_word, confidence_word, data_uri, evidence_words, flags_words

COLUMNS = ("id", "lon", "lat", "date_before", "date_after", "cause", "confidence", "new_flag", "rise", "status",
           "reject_reason", "reviewed_at", "reviewed_by", "evidence", "thumb_before", "thumb_after", "review_history",
           "scene_before", "scene_after")
#: held_back.csv / .geojson: the tiles whose new flags made no alert (the report's held-back table, numbered as there).
HELD_COLUMNS = ("id", "lon", "lat", "date_before", "date_after", "status", "held_back", "tags_gained", "tags_lost",
                "scene_before", "scene_after")
#: Their status: no review status an alert has (open, confirmed, rejected), so that a filter on alerts never takes one.
HELD = "held back"


@dataclass
class ExportResult:
    folder: Path
    alerts: int
    thumbnails: bool
    held: int = 0   # tiles whose new flags were held back, in held_back.csv / .geojson

    def summary(self) -> str:
        thumbnails = ("" if not self.alerts else ", thumbnails" if self.thumbnails  # none to cut without an alert
                      else "; no thumbnails: the scenes are not known")
        held = (f"; {count(self.held, 'tile')} whose new flags were held back in held_back.csv and .geojson (status "
                f"'{HELD}': no alerts)" if self.held else "")
        return f"{count(self.alerts, 'alert')} exported to {self.folder} (GeoJSON, KML, CSV, HTML{thumbnails}){held}"


def check_export_folder(folder: str | Path, parent_must_exist: bool = True) -> Path:
    """One-line OutputError unless ``folder`` is new and its parent a writable folder. ``parent_must_exist``
    False: missing folders above it are made by the caller (Processing, as for its other outputs), so the
    nearest one that is there must be a writable folder."""
    folder = Path(folder)
    unnamed = name_not_utf8("export folder", folder) or standard_stream(folder, "export folder")
    if unnamed is not None:  # GDAL writes the GeoJSON and KML in it
        raise OutputError(unnamed)
    if folder.exists() or folder.is_symlink():
        raise OutputError(tr("export folder {folder} already exists; give a new folder").format(folder=folder))
    parent = folder.parent if str(folder.parent) else Path(".")
    if not parent_must_exist:
        parent = next((p for p in (parent, *parent.parents) if p.exists() or p.is_symlink()), parent)
    if not parent.is_dir():
        raise OutputError((tr("export folder {folder}: {parent} is not a folder") if parent.exists() else
                           tr("export folder {folder}: folder {parent} does not exist; create it first")).format(
            folder=folder, parent=parent))
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(tr("export folder {folder} cannot be written ({parent} is not writable)").format(
            folder=folder, parent=parent))
    return folder


def export_alerts(change: str | Path, folder: str | Path, confirmed_only: bool = False,
                  before_scene: str | Path | None = None, after_scene: str | Path | None = None, *,
                  tick=lambda n=1: None) -> ExportResult:
    """Write the alerts of a change GeoPackage (all, or only the confirmed ones) to the new ``folder``; ``tick``: as
    stage_export's (progress, and a cancel raised from it leaves no folder)."""
    stage, result = stage_export(change, folder, confirmed_only, before_scene, after_scene, tick=tick)
    with discarded_on_error(stage, (OSError,), lambda exc: export_not_placed(folder, exc)):
        stage.publish_new()
    stage.finish()
    return result


def stage_export(change: str | Path, folder: str | Path, confirmed_only: bool = False,
                 before_scene: str | Path | None = None, after_scene: str | Path | None = None, *,
                 named: str | Path | None = None, tick=lambda n=1: None) -> tuple[Staged, ExportResult]:
    """export_alerts written whole in a temporary folder beside ``folder``, not yet in place (publish.Staged:
    ``publish_new()`` puts it there, ``discard()`` removes it). ``named``: the change GeoPackage as the page
    names it (``change`` may be its temporary file, not yet published); ``tick(n)`` once per alert and once per
    file written (export_parts; it raises Cancelled, which removes the folder)."""
    folder = check_export_folder(folder)
    alerts = read_alerts(change)
    numbers = {row.fid: k for k, row in enumerate(alerts.rows, start=1)}   # as the report and the dock number them
    if confirmed_only:
        alerts = dataclasses.replace(alerts, rows=[row for row in alerts.rows if row.status == CONFIRMED])
    if named is not None:
        alerts = dataclasses.replace(alerts, path=Path(named))
    if alerts.crs_wkt is None:  # pixel coordinates: written as lon/lat they would be a made-up place
        raise OutputError(tr("{name} has no CRS: its alerts have no place on Earth to export in lon/lat; "
                             "compare georeferenced scenes to hand alerts off").format(name=alerts.path.name))
    if not on_the_earth(alerts.crs_wkt):  # a local grid: lon/lat would be NaN
        raise OutputError(tr("{name} is on a local grid that no datum ties to the earth: its alerts have no lon/lat "
                             "to export; compare scenes georeferenced on the earth to hand alerts off").format(
            name=alerts.path.name))
    scenes = (Path(before_scene) if before_scene else alerts.scenes[0],
              Path(after_scene) if after_scene else alerts.scenes[1])
    try:
        stage = Staged.create(folder, folder=True, undoable=False)
    except OSError as exc:
        raise OutputError(tr("export folder {folder} cannot be written ({value})").format(
            folder=folder, value=exc.strerror or exc)) from None
    tmp = stage.temp
    with discarded_on_error(stage, (OSError, RuntimeError), lambda exc: OutputError(
            tr("could not write export folder {folder}: {reason}").format(
        folder=folder, reason=' '.join(str(exc).split())[:160]))):
        thumbs = _thumbnails(alerts, numbers, scenes, tmp / "thumbs", tick)
        # the scenes' file names (a Planet scene's carries its item id): the whole paths are of the machine that ran it
        names = tuple(Path(scene).name if scene else Path(alerts.metadata.get(item) or "").name
                      for scene, item in zip(scenes, (META_BEFORE_SCENE, META_AFTER_SCENE)))
        records = [_record(numbers[row.fid], row, thumbs, names) for row in alerts.rows]
        _write_vectors(tmp, alerts, records)
        # a run's export (not the confirmed ones'): what its rule held back, apart, a change behind BEFORE's haze among it
        held = [] if confirmed_only else [_held_record(k, row, names)
                                          for k, row in enumerate(read_held(change), start=1)]
        if held:
            _write_vectors(tmp, alerts, held, "held_back", HELD_COLUMNS, kml=False)
        tick()
        _write_csv(tmp / "alerts.csv", COLUMNS, records)
        if held:
            _write_csv(tmp / "held_back.csv", HELD_COLUMNS, held)
        tick()
        _write_html(tmp / "alerts.html", alerts, records, tmp, confirmed_only, len(held))
        tick()
    return stage, ExportResult(Path(folder), len(records), bool(thumbs), len(held))


def export_parts(alerts: int) -> int:
    """How many times stage_export ticks for ``alerts`` alerts."""
    return alerts + 3


def export_not_placed(folder: str | Path, exc: OSError) -> OutputError:
    """The export folder could not be put in place (something took its name meanwhile: it is left as it is)."""
    return OutputError(tr("could not write export folder {folder}: {reason}").format(
        folder=folder, reason=' '.join(str(exc).split())[:160]))


def _record(k: int, row, thumbs: dict, scenes: tuple[str, str]) -> dict:
    pair = thumbs.get(row.fid, ("", ""))
    return {"id": k, "lon": round(row.lon, 6), "lat": round(row.lat, 6), "date_before": row.date_before,
            "date_after": row.date_after, "cause": row.counted_cause, "confidence": row.confidence,
            "new_flag": row.new_flag, "rise": round(row.rise, 3), "status": row.status,
            "reject_reason": row.reject_reason, "reviewed_at": row.reviewed_at,
            "reviewed_by": row.reviewed_by, "evidence": row.evidence,
            "thumb_before": pair[0], "thumb_after": pair[1], "review_history": row.history,
            "scene_before": scenes[0], "scene_after": scenes[1], "_wkb": row.wkb}


def _held_record(k: int, row, scenes: tuple[str, str]) -> dict:
    return {"id": k, "lon": round(row.lon, 6), "lat": round(row.lat, 6), "date_before": row.date_before,
            "date_after": row.date_after, "status": HELD, "held_back": row.held_back, "tags_gained": row.tags_gained,
            "tags_lost": row.tags_lost, "scene_before": scenes[0], "scene_after": scenes[1], "_wkb": row.wkb}


def _write_csv(path: Path, columns: tuple[str, ...], records: list[dict]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: as_text(v) for k, v in record.items()} for record in records)


#: What a spreadsheet opening a CSV file takes for the start of a formula (OWASP's list for CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text(value):
    """``value`` for a CSV file (alerts.csv, batch's summary.csv): text a spreadsheet would run as a formula (a
    reject reason typed as ``=HYPERLINK(...)``, in a change layer someone else reviewed; an error that starts with
    a scene's file name) behind an apostrophe, so it is shown, never run; numbers as they are, also as text (a
    summary row read back: its -1)."""
    if not isinstance(value, str) or not value.startswith(FORMULA_STARTS):
        return value
    try:
        float(value)
        return value
    except ValueError:
        return "'" + value


def _thumbnails(alerts: AlertSet, numbers: dict[int, int], scenes, folder: Path,
                tick=lambda n=1: None) -> dict[int, tuple[str, str]]:
    """fid -> (before, after) PNG paths relative to the export folder, named by the alert's number (``numbers``:
    fid -> number); {} without both scenes, or without an alert (no folder then: an empty one reads as thumbnails
    gone missing). ``tick()`` once per alert."""
    if not alerts.rows or None in scenes or not all(Path(s).is_file() for s in scenes):
        tick(len(alerts.rows))
        return {}
    from .report import Thumbnails

    folder.mkdir()
    out = {}
    with Thumbnails(Path(scenes[0]), Path(scenes[1]), alerts.crs_wkt) as cut:  # each scene opened once
        for row in alerts.rows:
            tick()
            names = []
            for side, scene in zip(("before", "after"), scenes):
                name = f"thumbs/{numbers[row.fid]:04d}_{side}.png"
                try:
                    cut.chip_image(Path(scene), row.wkb).save(folder.parent / name)
                except (PlanetClassifierError, OSError, ValueError):  # a scene that does not cover the tile
                    name = ""
                names.append(name)
            out[row.fid] = tuple(names)
    return out


def _write_vectors(folder: Path, alerts: AlertSet, records: list[dict], stem: str = "alerts",
                   columns: tuple[str, ...] = COLUMNS, kml: bool = True) -> None:
    """<stem>.geojson and (``kml``) <stem>.kml: the tiles in WGS 84, transformed once for both."""
    from osgeo import ogr

    from ..layer.tiletable import transformation, xy_srs

    ogr.UseExceptions()
    wgs84 = xy_srs(epsg=4326)
    # a CRS with no place on the earth (a local grid) is written as a layer without one is
    transform = transformation(xy_srs(alerts.crs_wkt), wgs84) if alerts.crs_wkt else None
    geometries = [ogr.CreateGeometryFromWkb(rec["_wkb"]) for rec in records]
    if transform is not None:
        for geom in geometries:
            geom.Transform(transform)
    kinds = {"id": ogr.OFTInteger, "lon": ogr.OFTReal, "lat": ogr.OFTReal, "rise": ogr.OFTReal}
    files = (("GeoJSON", "geojson", ["RFC7946=YES", "COORDINATE_PRECISION=7"]),) + ((("KML", "kml", []),) if kml else ())
    for driver, suffix, options in files:
        ds = ogr.GetDriverByName(driver).CreateDataSource(str(folder / f"{stem}.{suffix}"))
        layer = ds.CreateLayer(stem, wgs84, ogr.wkbPolygon, options=options)
        # KML's field Name is each placemark's <name>: what Google Earth lists, by the report's and the dock's number
        fields = ("Name", *columns) if driver == "KML" else columns
        for column in fields:
            layer.CreateField(ogr.FieldDefn(column, kinds.get(column, ogr.OFTString)))
        for rec, geom in zip(records, geometries):
            feature = ogr.Feature(layer.GetLayerDefn())
            for column in fields:
                feature.SetField(column, rec[column] if column != "Name" else
                                 f"#{rec['id']} {rec['cause']} ({rec['confidence']})")
            feature.SetGeometry(geom)   # copied: the next format writes the same geometry
            layer.CreateFeature(feature)
        ds = None


def _earlier_answers(history: str) -> str:
    """The answers given to an alert, where there was more than the one it holds now (a changed mind on record; each
    as the layer records it)."""
    lines = history_lines(history)
    if len(lines) < 2:
        return ""
    said = tr("history:")
    return f"<br><small>{html.escape(said)}<br>" + "<br>".join(html.escape(line) for line in lines) + "</small>"


def _status(status: str) -> str:
    return {"confirmed": tr("confirmed"), "rejected": tr("rejected"), "open": tr("open"),
            UNKNOWN: tr("unknown answer")}.get(status, status)


def _write_html(path: Path, alerts: AlertSet, records: list[dict], root: Path, confirmed_only: bool,
                held: int = 0) -> None:
    """alerts.html: what the field team reads, in the words of the run (the Alerts dock's language; English from
    the command line); the values in it as the other files hold them, but for causes, confidences and statuses."""
    esc = html.escape
    rows = []
    for rec in records:
        imgs = "".join(f"<td><img width=160 height=160 src={data_uri((root / rec[k]).read_bytes())!r}></td>"
                       if rec[k] else "<td>-</td>" for k in ("thumb_before", "thumb_after"))
        flags = flags_words(rec["new_flag"].split())
        rows.append(f"<tr><td>{rec['id']}</td><td>{rec['lat']:.6f}, {rec['lon']:.6f}</td><td>{esc(rec['date_before'])}"
                    f"<br>{esc(rec['date_after'])}</td><td><b>{esc(cause_word(rec['cause']))}</b><br><small>{esc(flags)}"
                    f"</small></td><td>{esc(confidence_word(rec['confidence']))}<br><small>"
                    f"{esc(evidence_words(rec['evidence'].split()))}</small></td>"
                    f"<td>{esc(_status(rec['status']))}<br><small>{esc(rec['reject_reason'])}</small>"
                    + (f"<br><small>{esc(rec['reviewed_at'])} {esc(rec['reviewed_by'])}</small>" if rec['reviewed_at'] else "")
                    + _earlier_answers(rec["review_history"])
                    + f"</td>{imgs}</tr>")
    what = esc(tr("Confirmed alerts") if confirmed_only else tr("Alerts"))
    before, after = esc(tr("before")), esc(tr("after"))
    heads = "".join(f"<th>{h}</th>" for h in (esc(tr("lat, lon")), f"{before}<br>{after}", esc(tr("cause")),
                                              esc(tr("confidence")), esc(tr("review")), before, after))
    body = (f"<h1>{what}: {len(records)}</h1><p>" + esc(tr(
                "From {name}. Coordinates: tile centre, WGS 84 (lat, lon). Thumbnails: the tile outlined in the BEFORE "
                "and AFTER scene.").format(name=alerts.path.name))
            + (" " + esc(tr("Before: {before}; after: {after}.").format(before=records[0]["scene_before"] or "-",
                                                                         after=records[0]["scene_after"] or "-"))
               if records else "") + "</p>"
            "<table><tr><th>#</th>" + heads + "</tr>" + "".join(rows) + "</table>"
            + ("<p>" + esc(tr("{tiles} whose new flags the alert rule held back (no alerts: a partial tile, cloud, a "
                              "BEFORE not seen clear, too small a rise) are in held_back.csv and held_back.geojson, "
                              "status 'held back', each flag with why; the change report shows each on its "
                              "before/after pair.").format(tiles=count(held, tr("tile"), tr("tiles")))) + "</p>"
               if held else "") +
            "<p><small>Imagery &copy; Planet Labs PBC.</small></p>")
    style = ("body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse}td,th{border:1px solid #ddd;"
             "padding:3px 6px;vertical-align:top;text-align:left}")
    path.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{what}</title><style>{style}</style>"
                    f"</head><body>{body}</body></html>", encoding="utf-8")
