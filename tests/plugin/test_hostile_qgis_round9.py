"""Hostile inputs of 2026-12-07 (round 9), the QGIS faces: a model bundle someone handed the analyst, met by the
Classify dialog (docs/robustness.md, round 9). Each test failed before its fix."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from qgis.core import QgsRasterLayer

MARKUP = "<b>evil</b><img src=x> <a href='http://example.com'>click</a>"


def _shown(label) -> str:
    """What a reader sees of a label: its text as Qt renders it (rich text where Qt takes it for rich text)."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QTextDocument

    text = label.text()
    if label.textFormat() == Qt.PlainText:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def test_a_bundle_whose_manifest_holds_markup_is_shown_as_written(dialog, bundle_path, tmp_path):
    """The dialog describes the chosen bundle from its manifest (name, version, the evaluation protocol): text of a
    file someone handed the analyst. It was set into a rich-text label as it was: a name '<b>evil</b><img src=x>'
    showed 'evil' in bold and a broken image, a link in the protocol a link to click. Shown as written."""
    bundle = tmp_path / "handed"
    shutil.copytree(bundle_path, bundle)
    manifest = json.loads((bundle / "manifest.json").read_text(encoding="utf-8"))
    manifest["name"], manifest["metrics"]["protocol"] = MARKUP, MARKUP
    (bundle / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    dialog.bundle_widget.setFilePath(str(bundle))
    assert dialog.bundle is not None   # the protocol is not shown: the dialog says how F2 was measured in its words
    assert _shown(dialog.bundle_info).count(MARKUP) == 1, _shown(dialog.bundle_info)


def test_a_bundle_that_cannot_be_read_is_named_as_written(dialog, tmp_path):
    """A bundle path that cannot be read is said in red under the bundle; a folder named with markup
    ('<img src=x> models') lost it there (a broken image where its name began)."""
    folder = Path(tmp_path / "<img src=x> models")
    folder.mkdir()
    dialog.bundle_widget.setFilePath(str(folder))
    assert dialog.bundle is None and str(folder) in _shown(dialog.bundle_info), _shown(dialog.bundle_info)


def test_a_raster_named_with_markup_is_named_as_written_in_the_dialogs_notes(dialog, show_layer, tmp_path):
    """The dialog's notes (a raster without a CRS, what the last run said) and its status line name files. A scene
    file called '<img src=x> strip.png' lost its name there: a broken image where it began."""
    import numpy as np
    from PIL import Image

    from planet_qgis_plugin.dialog import run_note

    image = tmp_path / "<img src=x> strip.png"
    Image.fromarray(np.full((64, 64, 3), 90, np.uint8)).save(image)
    layer = show_layer(QgsRasterLayer(str(image), "<img src=x> strip"))
    dialog.raster_combo.setLayer(layer)
    assert "<img src=x> strip" in _shown(dialog.warning), _shown(dialog.warning)
    dialog.warning.setText(run_note([f"warning: {image.name} has no CRS"]))
    assert f"{image.name} has no CRS" in _shown(dialog.warning), _shown(dialog.warning)
    dialog.show_error(f"error: {image} is not a readable raster")
    assert str(image) in _shown(dialog.status), _shown(dialog.status)


def test_a_name_too_long_for_the_file_system_is_said_in_processing_as_the_command_lines_say_it():
    """Processing turns an OSError into its one line as the command lines do; a name too long for the file system
    was '[Errno 36] File name too long: ...' and the whole name there too. Said in words, the name cut short."""
    import errno

    from qgis.core import QgsProcessingException

    from planet_qgis_plugin.processing.base import processing_errors

    name = "/data/" + "r" * 300 + ".tif"
    with pytest.raises(QgsProcessingException) as refused:
        with processing_errors():
            raise OSError(errno.ENAMETOOLONG, "File name too long", name)
    said = str(refused.value)
    assert "a name in it is too long (304 bytes; the file system takes 255)" in said and "r" * 300 not in said, said
