"""--report: one self-contained HTML file (every image embedded), for batch and change runs."""
from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

from planet_qgis_plugin.cli.batch import main
from planet_qgis_plugin.core.monitor.change import compare
from planet_qgis_plugin.core.monitor.report import change_report
from tests.conftest import RAPIDEYE, VISUAL_RGBA


def self_contained(text: str) -> list[str]:
    """The images' sources; fails on any reference that a browser would have to fetch."""
    assert not re.search(r"""(?:src|href)\s*=\s*['"](?!data:)""", text), "external reference in the report"
    assert "<script" not in text
    return re.findall(r"""<img [^>]*src='(data:image/[a-z]+;base64,[A-Za-z0-9+/=]+)'""", text)


def test_batch_report_has_every_scene_and_failures(tmp_path):
    folder = tmp_path / "scenes"
    folder.mkdir()
    shutil.copyfile(RAPIDEYE, folder / RAPIDEYE.name)
    shutil.copyfile(VISUAL_RGBA, folder / VISUAL_RGBA.name)
    (folder / "broken.tif").write_text("not a raster")
    outdir = tmp_path / "out"
    assert main([str(folder), "-o", str(outdir), "--workers", "1", "--report", "-q"]) == 1
    text = (outdir / "report.html").read_text(encoding="utf-8")
    images = self_contained(text)
    assert len(images) == 4  # quick-look + chart for each of the two good scenes
    for scene in (RAPIDEYE, VISUAL_RGBA):
        assert f"<h2>{scene.name}</h2>" in text
    assert "broken.tif" in text and "failed: " in text
    assert "Planet Labs PBC" in text
    assert sorted(p.name for p in outdir.iterdir()) == sorted(
        [f"{RAPIDEYE.stem}.gpkg", f"{VISUAL_RGBA.stem}.gpkg", "summary.csv", "report.html"])


def test_change_report_lists_alerts_with_thumbnails(rapideye, rapideye_copy, tmp_path):
    # (0, 0): a mining flag raised by the group and by the taught concept 'mine' of that group: one alert
    after = rapideye_copy({(0, 0): {"flag_mining": 1, "score_mining": 1.0, "flag_mine": 1, "p_mine": 1.0},
                           (1, 1): {"flag_slash_burn": 1, "score_slash_burn": 1.0},
                           (2, 2): {"flag_logging": 1, "score_logging": 1.0}})
    result = compare(rapideye, after, tmp_path / "change.gpkg")
    assert sorted(a.cause for a in result.alerts) == ["logging", "mining", "slash_burn"]
    assert next(a for a in result.alerts if a.cause == "mining").new_flag == ["mining", "mine"]
    report = change_report(tmp_path / "alerts.html", result)
    text = report.read_text(encoding="utf-8")
    images = self_contained(text)
    assert text.count("<tr class='") == len(result.alerts) == 3
    assert len(images) == 2 + 2 * len(result.alerts)  # map + chart + before/after thumbnail per alert
    assert "2012-12-11" in text and f"{result.alerts[0].lat:.5f}, {result.alerts[0].lon:.5f}" in text
    assert "<th>lat, lon</th>" in text
    review = text.split("Review: alerts per cause")[1].split("</table>")[0]
    assert "<tr><td>mining</td><td class='num'>0</td><td class='num'>0</td><td class='num'>1</td>" in review
    # answers recorded in the layer are counted once each, under the confirmed cause
    from planet_qgis_plugin.core.monitor.alerts import read_alerts, record_review

    alerts = {a.suggested_cause: a for a in read_alerts(tmp_path / "change.gpkg").rows}
    record_review(tmp_path / "change.gpkg", alerts["mining"].fid, "confirmed", "logging")
    record_review(tmp_path / "change.gpkg", alerts["logging"].fid, "rejected", reason="road cut, old")
    text = change_report(tmp_path / "again.html", result).read_text(encoding="utf-8")
    review = text.split("Review: alerts per cause")[1].split("</table>")[0]
    assert "<tr><td>logging</td><td class='num'>1</td><td class='num'>1</td><td class='num'>0</td>" in review
    assert "<tr><td>mining</td><td class='num'>0</td><td class='num'>0</td><td class='num'>0</td>" in review


def test_summary_keeps_scenes_of_earlier_runs(tmp_path):
    outdir = tmp_path / "out"
    assert main([str(RAPIDEYE), "-o", str(outdir), "--workers", "1", "-q"]) == 0
    assert main([str(VISUAL_RGBA), "-o", str(outdir), "--workers", "1", "-q"]) == 0
    with open(outdir / "summary.csv", newline="") as handle:
        scenes = [row["scene"] for row in csv.DictReader(handle)]
    assert scenes == sorted([str(RAPIDEYE), str(VISUAL_RGBA)])


def test_the_batch_report_covers_every_scene_summary_csv_holds(tmp_path):
    """A batch of this month's scene into the folder of last month's: summary.csv kept last month's row, and the
    report (written by this run) covered this month's scene alone, so the two disagreed on what the folder holds. The
    report covers summary.csv's scenes, and says which this run ran and which it kept."""
    outdir = tmp_path / "out"
    assert main([str(RAPIDEYE), "-o", str(outdir), "--workers", "1", "-q"]) == 0
    assert main([str(VISUAL_RGBA), "-o", str(outdir), "--workers", "1", "--report", "-q"]) == 0
    with open(outdir / "summary.csv", newline="") as handle:
        summary = {Path(row["scene"]).name: row for row in csv.DictReader(handle)}
    text = (outdir / "report.html").read_text(encoding="utf-8")
    table = text.split("<table>")[1].split("</table>")[0]
    assert re.findall(r"<tr><td>([^<]+)</td>", table) == sorted(summary)
    for name, row in summary.items():
        assert f"<h2>{name}</h2>" in text
        cells = table.split(f"<tr><td>{name}</td>")[1].split("</tr>")[0]
        assert f"<td class='num'>{row['tiles']}</td><td class='num'>{row['flagged']}</td>" in cells
    assert "<td>done (earlier run)</td>" in table.split(f"<tr><td>{RAPIDEYE.name}</td>")[1].split("</tr>")[0]
    assert "<td>done</td>" in table.split(f"<tr><td>{VISUAL_RGBA.name}</td>")[1].split("</tr>")[0]
    assert "2 scenes in summary.csv: 1 run now (1 classified, 0 up to date, 0 failed) with <b>" in text
    assert "</b>, 1 kept from earlier runs into this folder" in text
    assert len(self_contained(text)) == 4   # a quick-look and a chart for each


def test_report_and_export_open_each_scene_once_and_close_it(rapideye, rapideye_copy, tmp_path, monkeypatch):
    """Thumbnails of many alerts and the overview are cut from scenes opened once per report (and per export),
    all closed when it is written."""
    import planet_qgis_plugin.core.pipeline.classify as classify_module
    from planet_qgis_plugin.core.monitor.handoff import export_alerts

    after = rapideye_copy({(r, c): {"flag_mining": 1, "score_mining": 1.0} for r, c in ((0, 0), (1, 1), (2, 2), (0, 2))})
    result = compare(rapideye, after, tmp_path / "change.gpkg")
    assert len(result.alerts) == 4
    opened = []
    real_open = classify_module.open_raster

    def counting_open(path):
        opened.append(real_open(path))
        return opened[-1]

    scenes = (RAPIDEYE, tmp_path / "after.tif")
    shutil.copyfile(*scenes)
    monkeypatch.setattr(classify_module, "open_raster", counting_open)
    text = change_report(tmp_path / "alerts.html", result, *scenes).read_text(encoding="utf-8")
    assert len(self_contained(text)) == 2 + 2 * 4 and "no image" not in text
    assert len(opened) == 2 and all(src.closed for src in opened)   # BEFORE and AFTER, once each
    opened.clear()
    assert export_alerts(tmp_path / "change.gpkg", tmp_path / "handoff", before_scene=scenes[0],
                         after_scene=scenes[1]).thumbnails
    assert len(list((tmp_path / "handoff" / "thumbs").iterdir())) == 8
    assert len(opened) == 2 and all(src.closed for src in opened)


def test_a_concept_of_group_other_is_drawn_and_counted_in_the_batch_report(rapideye_copy, tmp_path):
    """A concept of group other (teach's default group: clearing, pits) raises no group flag, so a batch with
    --concept said '0 flagged' and its quick-looks showed none of its tiles, while summary.csv counted them:
    its tiles are now filled in the 'other' colour of the tile style, with a legend line, and the table has a
    column for it."""
    import numpy as np
    from PIL import Image

    from planet_qgis_plugin.cli.teach import main as teach
    from planet_qgis_plugin.core.model.bundle import resolve_bundle
    from planet_qgis_plugin.core.monitor.batch import SceneRow
    from planet_qgis_plugin.core.monitor.report import batch_report
    from planet_qgis_plugin.core.palette import FLAG_COLOURS
    from planet_qgis_plugin.core.pipeline.preview import render_preview

    tiles = rapideye_copy(name="tiles.gpkg")
    bundle = resolve_bundle(None)
    before = np.asarray(Image.open(render_preview(RAPIDEYE, tiles, tmp_path / "before.png", bundle)), dtype=float)
    assert teach([str(tiles), "--name", "pits", "--positive", "0:0,0:1"]) == 0   # group other (its default)
    after = np.asarray(Image.open(render_preview(RAPIDEYE, tiles, tmp_path / "after.png", bundle)), dtype=float)
    before, after = before[:512], after[:512]  # the scene (512 px); the legend below it gained a line
    other = np.array(FLAG_COLOURS["other"], dtype=float)
    moved = np.abs(after - before).sum(axis=2) > 30
    assert moved.mean() > 0.01                                   # the concept's tiles are filled
    toward = np.linalg.norm(after[moved] - other, axis=1) < np.linalg.norm(before[moved] - other, axis=1)
    assert toward.mean() > 0.9                                   # in the 'other' colour
    row = SceneRow(scene=str(RAPIDEYE), status="done", output=str(tiles), tiles=25, flagged=0,
                   counts={"flag_mining": 0, "flag_pits": 2})
    text = batch_report(tmp_path / "report.html", [row], None).read_text(encoding="utf-8")
    assert "<th>concept pits</th>" in text and "acquired unknown ()" not in text


def test_a_quick_look_of_an_image_without_georeference_draws_its_tiles(tmp_path):
    """A plain JPG/PNG (no CRS, no transform): its tiles are written in pixel coordinates with y = -row (as QGIS shows
    such images), and the quick-look (classify --preview, batch --report) read them with the raster's identity
    transform: every outline fell above the picture, so no tile and no flag was ever drawn on such an image."""
    import numpy as np
    from PIL import Image

    from planet_qgis_plugin.core.model.bundle import resolve_bundle
    from planet_qgis_plugin.core.pipeline.classify import ClassifyOptions, classify
    from planet_qgis_plugin.core.pipeline.preview import render_preview

    image = tmp_path / "strip.png"
    Image.fromarray(np.full((300, 600, 3), (40, 60, 40), np.uint8)).save(image)   # dark: white outlines stand out
    bundle = resolve_bundle(None)
    classify(image, tmp_path / "tiles.gpkg", bundle, ClassifyOptions())
    look = np.asarray(Image.open(render_preview(image, tmp_path / "tiles.gpkg", tmp_path / "look.png", bundle)))
    column = look[150:290, 255:258].astype(int)                                 # the line between tiles 0:0 and 0:1
    assert (column.min(axis=2) > 100).any(axis=1).mean() > 0.9, "no tile outline at x = 256"


def test_the_numbers_on_the_report_map_are_legible(tmp_path):
    """The alerts' numbers on the report's map were PIL's 11 px bitmap font in the outline's colour: on the map as
    the page shows it (900 px drawn 560 px wide) a digit stood about 5 px tall. Each stays inside its own tile, so
    that the numbers of neighbouring alerts never run together ('28' beside '1' read '281')."""
    import base64
    import io

    import numpy as np
    import rasterio
    from affine import Affine
    from osgeo import ogr, osr
    from PIL import Image

    from planet_qgis_plugin.core.monitor.report import CONFIDENCE_COLOURS, OVERVIEW, Thumbnails

    scene = tmp_path / "scene.tif"
    with rasterio.open(scene, "w", driver="GTiff", width=1800, height=600, count=3, dtype="uint8",
                       crs="EPSG:32721", transform=Affine(3, 0, 500000, 0, -3, 8800000)) as dst:
        dst.write(np.full((3, 600, 1800), 60, np.uint8))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32721)
    x0, y0 = 500000 + 3 * 900, 8800000 - 3 * 300          # a 256 px tile at the scene's centre
    ring = f"POLYGON(({x0} {y0},{x0 + 768} {y0},{x0 + 768} {y0 - 768},{x0} {y0 - 768},{x0} {y0}))"
    wkb = bytes(ogr.CreateGeometryFromWkt(ring).ExportToWkb())
    colour = CONFIDENCE_COLOURS["high"]
    with Thumbnails(scene, scene, srs.ExportToWkt()) as thumbs:
        tag = thumbs.overview([(wkb, colour, "8")])
    data = base64.b64decode(tag.split("base64,", 1)[1].split("'", 1)[0])
    picture = np.asarray(Image.open(io.BytesIO(data)).convert("RGB")).astype(int)
    assert picture.shape[1] == OVERVIEW
    near = (np.abs(picture - colour).max(axis=2) < 60)
    inside = np.zeros_like(near)
    scale = OVERVIEW / 1800
    inside[round(300 * scale) - 3:round(556 * scale) + 3, round(900 * scale) - 3:round(1156 * scale) + 3] = True
    assert not (near & ~inside).any()                      # nothing of the number outside its tile
    core = np.zeros_like(near)                             # within the outline's 3 px line
    core[round(300 * scale) + 4:round(556 * scale) - 3, round(900 * scale) + 4:round(1156 * scale) - 3] = True
    rows = np.nonzero((near & core).any(axis=1))[0]        # the number, drawn in its tile
    assert len(rows) and (rows.max() - rows.min() + 1) * 560 / OVERVIEW >= 10, "the number is not 10 px tall as shown"


def test_the_change_report_says_what_to_do_next(rapideye, rapideye_copy, tmp_path):
    """The report listed the alerts and stopped: nothing said that each is to be judged on its before/after pair in
    the Alerts dock, nor where the answers go."""
    after = rapideye_copy({(0, 0): {"flag_mining": 1, "score_mining": 1.0}})
    result = compare(rapideye, after, tmp_path / "change.gpkg")
    text = change_report(tmp_path / "alerts.html", result).read_text(encoding="utf-8")
    nxt = text.split("Next:", 1)[1].split("</p>", 1)[0]
    assert "change.gpkg" in nxt and "Review alerts…" in nxt and "Export confirmed…" in nxt
    same = compare(rapideye, rapideye, tmp_path / "same.gpkg")   # no alert: nothing to judge
    assert "Next:" not in change_report(tmp_path / "same.html", same).read_text(encoding="utf-8")


def test_new_flags_read_as_flag_groups_and_the_concepts_that_raised_them(rapideye_copy, rapideye, tmp_path):
    """The report's alert rows showed the layer's raw words, 'mining mine' (in Portuguese 'garimpo mine'), where the
    Alerts dock reads 'mining, concept mine'."""
    after = rapideye_copy({(0, 0): {"flag_mining": 1, "score_mining": 1.0, "flag_mine": 1, "p_mine": 1.0}})
    result = compare(rapideye, after, tmp_path / "change.gpkg")
    text = change_report(tmp_path / "alerts.html", result).read_text(encoding="utf-8")
    assert "<small>mining, concept mine</small>" in text and "mining mine" not in text
    from planet_qgis_plugin.core.monitor.handoff import export_alerts

    export_alerts(tmp_path / "change.gpkg", tmp_path / "handoff")
    page = (tmp_path / "handoff" / "alerts.html").read_text(encoding="utf-8")
    assert "<small>mining, concept mine</small>" in page


def test_a_concept_of_a_flag_group_is_charted_in_its_groups_colour(rapideye_copy, tmp_path):
    """The bundle's concept mine (group mining) was drawn on the quick-look in mining's colour and charted beside it in
    the colour of group other, as if it were a concept of its own; and '1 flagged (area unknown (no CRS))' read
    parentheses within parentheses where a scene has no CRS."""
    import base64
    import io

    import numpy as np
    from PIL import Image

    from planet_qgis_plugin.core.monitor.batch import SceneRow, fill_from_output
    from planet_qgis_plugin.core.monitor.report import batch_report
    from planet_qgis_plugin.core.palette import FLAG_COLOURS

    tiles = rapideye_copy({(0, 0): {"flag_mine": 1, "flag_mining": 1, "flagged": 1}}, name="tiles.gpkg")
    row = fill_from_output(SceneRow(scene=str(RAPIDEYE), status="done", output=str(tiles)), tiles)
    assert row.counts["flag_mine"] == 1
    text = batch_report(tmp_path / "report.html", [row], None).read_text(encoding="utf-8")
    chart = next(uri for uri in self_contained(text) if uri.startswith("data:image/png"))
    pixels = np.asarray(Image.open(io.BytesIO(base64.b64decode(chart.split(",", 1)[1]))).convert("RGB")).reshape(-1, 3)

    def share(colour) -> float:
        return float((np.abs(pixels.astype(int) - colour).sum(axis=1) < 30).mean())

    assert share(FLAG_COLOURS["mining"]) > 0 and share(FLAG_COLOURS["other"]) == 0
    for km2, said in ((-1, "1 flagged</b>, area unknown (no CRS);"), (0.59, "1 flagged</b> (0.59 km&sup2;);")):
        row.flagged_km2 = km2
        assert said in batch_report(tmp_path / "r.html", [row], None).read_text(encoding="utf-8")


def test_the_change_report_says_which_threshold_raised_each_concepts_flag(rapideye_copy, rapideye, tmp_path):
    """An alert on a concept's flag is judged knowing the threshold that raised it and where the concept came from:
    the AFTER layer records it (PLANET_CONCEPT_FLAGS); the report did not say it."""
    from planet_qgis_plugin.core.layer.schema import concept_flags
    from planet_qgis_plugin.core.layer.tiletable import read_tiles

    after = rapideye_copy({(0, 0): {"flag_mining": 1, "score_mining": 1.0, "flag_mine": 1, "p_mine": 1.0}})
    recorded = concept_flags(read_tiles(after).metadata)
    assert recorded and all(flag.threshold is not None for flag in recorded.values())
    text = change_report(tmp_path / "alerts.html", compare(rapideye, after, tmp_path / "change.gpkg")).read_text(
        encoding="utf-8")
    note = text.split("Concept flags on AFTER: ", 1)[1].split("</small>", 1)[0]
    for name, flag in recorded.items():
        assert f"{name}: p &gt;= {flag.threshold:.2f}" in note, note
