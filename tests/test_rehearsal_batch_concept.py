"""Found in the acceptance rehearsal: a batch rerun into the same OUTDIR with a --concept its first run did not have
left every scene 'up to date' and said nothing: the concept was not applied, summary.csv had no column for it, and the
analyst read "nothing found". A scene whose layer lacks a concept asked for is now not up to date: it is classified
again with it (tests/monitor/test_batch_concepts.py), and there is nothing to warn about."""
from __future__ import annotations

import shutil

from planet_qgis_plugin.cli.batch import main as batch
from planet_qgis_plugin.cli.teach import main as teach
from tests.conftest import CAPE_TOWN_SR


def test_a_concept_given_to_a_batch_whose_scenes_are_up_to_date_is_applied(tmp_path, capsys):
    out = tmp_path / "out"
    assert batch([str(CAPE_TOWN_SR), "-o", str(out), "--workers", "1", "-q"]) == 0
    taught = tmp_path / "taught.gpkg"
    shutil.copy(out / f"{CAPE_TOWN_SR.stem}.gpkg", taught)
    concept = tmp_path / "pits.concept.json"
    assert teach([str(taught), "--name", "pits", "--positive", "0:0", "--save-concept", str(concept)]) == 0
    capsys.readouterr()

    assert batch([str(CAPE_TOWN_SR), "-o", str(out), "--workers", "1", "-q", "--concept", str(concept)]) == 0
    captured = capsys.readouterr()
    assert captured.err == "" and "1 classified, 0 up to date" in captured.out

    assert batch([str(CAPE_TOWN_SR), "-o", str(out), "--workers", "1", "-q", "--concept", str(concept),
                  "--force"]) == 0
    assert "warning" not in capsys.readouterr().err
    assert batch([str(CAPE_TOWN_SR), "-o", str(out), "--workers", "1", "-q", "--concept", str(concept)]) == 0
    assert "warning" not in capsys.readouterr().err  # up to date, with the concept this time
