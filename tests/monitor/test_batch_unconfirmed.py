"""batch --concept with a concept held unconfirmed on a scene (a rough one: taught from a mark or two without
answering its review): flag_<name> is left off there, and summary.csv, the report and the command's last line said
0 for it, with nothing to tell it from a concept that found nothing. classify --concept says so; batch dropped it.
Now summary.csv's ``unconfirmed`` column, the report and the last line say which concept was held, on how many tiles
and at which threshold, and what to do."""
from __future__ import annotations

import csv
import html
import json

import numpy as np

from planet_qgis_plugin.cli.batch import main as batch
from planet_qgis_plugin.core.layer.tiletable import read_tiles
from planet_qgis_plugin.core.teach.apply import NEW_SCENE_FLOOR
from tests.conftest import CAPE_TOWN_SR, RAPIDEYE
from tests.monitor.test_batch_concepts import batch_and_concept


def test_a_concept_held_unconfirmed_is_said_in_summary_report_and_last_line(tmp_path, capsys):
    scenes, out, concept = batch_and_concept(tmp_path, RAPIDEYE)
    threshold = max(json.loads(concept.read_text())["concept"]["threshold"], NEW_SCENE_FLOOR)
    capsys.readouterr()

    assert batch([str(scenes), "-o", str(out), "--workers", "1", "-q", "--concept", str(concept), "--force",
                  "--report"]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    with open(out / "summary.csv", newline="") as handle:
        rows = {r["scene"]: r for r in csv.DictReader(handle)}
    report = (out / "report.html").read_text()
    held = 0
    for scene in (CAPE_TOWN_SR, RAPIDEYE):
        table = read_tiles(out / f"{scene.stem}.gpkg", with_embeddings=False)
        would = int(np.sum(table.concept_probs["pits"] >= threshold))
        row = rows[str(scenes / scene.name)]
        assert row["flag_pits"] == "0"  # a rough concept: held on every scene
        said = f"pits {would} of {len(table)} tiles at p >= {threshold:.2f}"
        assert row["unconfirmed"] == said
        assert html.escape(said) in report
        held += 1
    assert f"concept pits held unconfirmed on {held} scenes" in last
    assert "sort by p_pits and review" in last
