"""QGIS's batch dialog: rows that share an output are refused before any of them writes it."""
from __future__ import annotations

import pytest

ALG = "planet_classifier:classify_raster"


@pytest.fixture
def batch_dialog(plugin, qgis_iface):
    """dialog(outputs) -> QGIS's batch dialog of Classify raster, one row per output, every row the Borneo scene,
    loading on completion off; shown (as when the analyst presses Run)."""
    from processing.gui.BatchAlgorithmDialog import BatchAlgorithmDialog
    from qgis.core import QgsApplication

    from tests.plugin.conftest import BORNEO

    made = []

    def dialog(outputs):
        dlg = BatchAlgorithmDialog(QgsApplication.processingRegistry().createAlgorithmById(ALG))
        panel = dlg.mainWidget()
        panel.addRow(len(outputs) - 1)
        inputs = panel.parameter_to_column["INPUT"]
        for row, output in enumerate(outputs):
            panel.wrappers[row][inputs].setParameterValue(str(BORNEO), panel.processing_context)
            panel.tblParameters.cellWidget(row + 1, panel.parameter_to_column["OUTPUT"]).setValue(str(output))
        panel.checkLoadLayersOnCompletion.setChecked(False)
        dlg.show()
        made.append(dlg)
        return dlg

    yield dialog
    from qgis.PyQt import sip

    for dlg in made:
        dlg.close()
        sip.delete(dlg)


def run_rows(dlg) -> list[bool]:
    """What the batch dialog's Run does, row by row (its own runAlgorithm also starts a progress task in QGIS's
    task manager that a test's QGIS never ends): each row's parameters, run in a context of its own."""
    from processing.tools import dataobjects
    from qgis.core import QgsProcessingFeedback

    panel, ok = dlg.mainWidget(), []
    for row in range(panel.batchRowCount()):
        parameters, valid = panel.parametersForRow(row, warnOnInvalid=False)
        assert valid
        feedback = QgsProcessingFeedback()
        ok.append(dlg.algorithm().run(parameters, dataobjects.createContext(feedback), feedback)[1])
    return ok


def test_two_rows_of_a_batch_with_one_output_are_refused_up_front(batch_dialog, use_bundle, tmp_path):
    """Rows 1 and 3 (QGIS numbers them 2 and 4) both name one.gpkg, loading off: the second replaced the first's
    layer unseen. Both are refused in one line naming both rows, before either writes; row 2 runs."""
    import processing
    from qgis.core import QgsProcessingException

    from tests.plugin.conftest import BORNEO

    one, other = tmp_path / "one.gpkg", tmp_path / "other.gpkg"
    dlg = batch_dialog([one, other, one])
    with pytest.raises(QgsProcessingException) as info:   # what each of those rows meets when it runs
        processing.run(ALG, {"INPUT": str(BORNEO), "OUTPUT": str(one)})
    message = str(info.value)
    assert len(message.splitlines()) == 1 and "rows 2 and 4" in message and str(one) in message
    assert run_rows(dlg) == [False, True, False]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.gpkg"]
