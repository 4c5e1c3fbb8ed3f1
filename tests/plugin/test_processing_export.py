"""Change between two classifications, EXPORT: QGIS gives it a folder picker, which picks (or makes) a folder that is
there, and the check wanted a new one: the analyst's choice was refused every time ('already exists')."""
from __future__ import annotations

import pytest

from tests.plugin import test_desk_day as day

serial_batch, rapideye, rapideye_copy = day.serial_batch, day.rapideye, day.rapideye_copy


def _run(tmp_path, rapideye, after, export, before=None):
    import processing
    from qgis.core import QgsProcessingFeedback

    return processing.run(day.CHANGE, {"BEFORE": before or f"{rapideye}|layername=tiles",
                                       "AFTER": f"{after}|layername=tiles", "MIN_RISE": 0.2,
                                       "OUTPUT": str(tmp_path / "change.gpkg"), "EXPORT": str(export)},
                          feedback=QgsProcessingFeedback())


def test_an_empty_folder_picked_for_the_export_gets_the_alerts(plugin, rapideye, rapideye_copy, tmp_path):
    """The folder picker's own choice (an empty folder, or one made with its New Folder button) is written into."""
    from planet_qgis_plugin.processing.change import ChangeAlgorithm

    algorithm = ChangeAlgorithm()
    algorithm.initAlgorithm()
    assert "empty" in algorithm.parameterDefinition("EXPORT").description()
    export = tmp_path / "handoff"
    export.mkdir()
    after = rapideye_copy({(1, 1): {"flag_logging": 1, "flagged": 1, "score_logging": 0.99}})
    result = _run(tmp_path, rapideye, after, export)
    assert result["EXPORT"] == str(export)
    assert sorted(p.name for p in export.iterdir()) == ["alerts.csv", "alerts.geojson", "alerts.html", "alerts.kml",
                                                         "thumbs"]


def test_a_folder_with_files_in_it_is_refused_in_one_line_and_kept(plugin, rapideye, rapideye_copy, tmp_path):
    from qgis.core import QgsProcessingException

    export = tmp_path / "handoff"
    export.mkdir()
    (export / "notes.txt").write_text("mine")
    after = rapideye_copy()
    with pytest.raises(QgsProcessingException, match=r"^export folder .*handoff is not empty \(1 item\): choose an "
                                                     r"empty folder or a new one"):
        _run(tmp_path, rapideye, after, export)
    assert [p.name for p in export.iterdir()] == ["notes.txt"] and not (tmp_path / "change.gpkg").exists()


def test_a_run_that_fails_leaves_the_empty_folder_picked_as_it_was(plugin, rapideye, rapideye_copy, serial_batch,
                                                                    tmp_path):
    from qgis.core import QgsProcessingException

    from tests.conftest import BORNEO

    export = tmp_path / "handoff"
    export.mkdir()
    elsewhere = f"{serial_batch / f'{BORNEO.stem}.gpkg'}|layername=tiles"
    with pytest.raises(QgsProcessingException, match="do not overlap"):
        _run(tmp_path, rapideye, rapideye_copy(), export, before=elsewhere)
    assert export.is_dir() and not any(export.iterdir())


@pytest.mark.parametrize("inside", ["OUTPUT", "REPORT"])
def test_an_output_inside_the_export_folder_is_refused_in_one_line_before_any_work(plugin, rapideye, rapideye_copy,
                                                                                      tmp_path, inside):
    """EXPORT=handoff/ (picked empty, or new) with OUTPUT=handoff/change.gpkg: the export folder is put in place whole,
    the output's folder is made for it first, and the run was refused 'export folder handoff already exists; give a
    new folder' of the empty folder the analyst had picked (the folder made for the output). Said as it is, before
    any work, the folder as it was."""
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    after = rapideye_copy({(1, 1): {"flag_logging": 1, "flagged": 1, "score_logging": 0.99}})
    for export in (tmp_path / "handoff", tmp_path / "new"):
        if export.name == "handoff":
            export.mkdir()
        outputs = {"OUTPUT": str(tmp_path / "change.gpkg"), "REPORT": str(tmp_path / "change.html")}
        outputs[inside] = str(export / ("change.gpkg" if inside == "OUTPUT" else "change.html"))
        what = "output" if inside == "OUTPUT" else "report"
        with pytest.raises(QgsProcessingException, match=rf"^the {what} .*{export.name}.change\.\w+ is inside the export "
                                                         rf"folder .*{export.name}, which is written whole"):
            processing.run(day.CHANGE, {"BEFORE": f"{rapideye}|layername=tiles", "AFTER": f"{after}|layername=tiles",
                                        "EXPORT": str(export), **outputs}, feedback=QgsProcessingFeedback())
        assert export.is_dir() == (export.name == "handoff") and not any(export.glob("*"))
        assert not (tmp_path / "change.gpkg").exists() and not (tmp_path / "change.html").exists()
