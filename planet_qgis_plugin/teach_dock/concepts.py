"""Concepts in and out of the dock: the model bundle's concepts listed, the concept saved into a bundle copy
or as a concept file, a concept file loaded onto the tile layer."""
from __future__ import annotations

import html
from pathlib import Path

from qgis.core import Qgis
from qgis.PyQt.QtWidgets import QFileDialog

from ..core.errors import PlanetClassifierError
from ..core.model.concepts import CONCEPT_GROUPS
from ..core.wording import count, words
from ..i18n import option_as, tr
from ..runner import log
from ..style import group_title


def held_why(session) -> str:
    """Why a loaded concept's flags stay off on this layer (core/teach/apply: unconfirmed), in one line."""
    applied = session.applied
    why = (tr("{name} was taught from only {k}, too few to trust: its flags stay off until you review here")
           if applied.rough else
           tr("{name} would flag {n} of {tiles} tiles here, far more than where it was taught: its flags stay off "
              "until you review and mark tiles on this layer"))
    return why.format(name=session.name, n=applied.would_flag, tiles=applied.tiles,
                      k=count(applied.rests_on, tr("tile"), tr("tiles")))


def concepts_folder() -> Path:
    """``<QGIS profile>/planet_classifier/concepts``: where saved concept files are offered first."""
    from qgis.core import QgsApplication
    return Path(QgsApplication.qgisSettingsDirPath()) / "planet_classifier" / "concepts"


class ConceptFilesMixin:
    """The bundle's concepts; save the concept (bundle copy or file), load a concept file."""

    def _ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, tr("Save the bundle with this concept into (an empty folder)"))

    def _ask_concept_target(self, name: str) -> str:
        from ..core.teach.concept_file import SUFFIX
        folder = concepts_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path, _ = QFileDialog.getSaveFileName(self, tr("Save the concept as"), str(folder / f"{name}{SUFFIX}"),
                                              tr("Concept files (*.concept.json)"))
        return path

    def _ask_concept_file(self) -> str:
        folder = concepts_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path, _ = QFileDialog.getOpenFileName(self, tr("Load a concept"), str(folder),
                                              tr("Concept files (*.json *.concept.json);;All files (*)"))
        return path

    def bundle(self):
        """The model bundle chosen in the Classify dialog (else the bundled model); BundleError if unreadable."""
        from qgis.core import QgsSettings

        from ..core.model.bundle import resolve_bundle
        from ..dialog import SETTINGS
        return resolve_bundle(self.bundle_path or QgsSettings().value(SETTINGS + "bundle", "", str) or None)

    def refresh_bundle(self) -> None:
        """List the concepts the current model bundle carries."""
        self.bundle_concepts.clear()
        try:
            with words(tr):
                bundle = self.bundle()
        except PlanetClassifierError as exc:
            self.bundle_name.setText("")
            self.bundle_concepts.addItem(tr("cannot read the bundle: {error}").format(error=exc))
            return
        self.bundle_name.setText(f"<b>{html.escape(bundle.manifest.display_name)}</b>")
        self.bundle_box.setToolTip(str(bundle.path))
        for concept in bundle.manifest.concepts:
            self.bundle_concepts.addItem(tr("{name} ({group}, threshold {t:.2f})").format(
                name=concept.name, group=group_title(concept.group), t=concept.threshold))
        if not bundle.manifest.concepts:
            self.bundle_concepts.addItem(tr("{name}: none yet").format(name=bundle.manifest.display_name))

    def save_concept(self) -> str | None:
        session = self.session()
        if session is None or session.result is None:
            return None
        folder = self.choose_folder()
        if not folder:
            return None

        def act():
            from ..core.teach.save import save_concept
            try:
                path = save_concept(session.result.concept, session.bundle, folder).path  # one line if it cannot
            except PlanetClassifierError as exc:  # the core's line names teach's --save-to: here, the folder chosen
                exc.args = (option_as(str(exc), {"--save-to": tr("the folder")}),)
                raise
            from qgis.core import QgsSettings

            from ..dialog import SETTINGS
            QgsSettings().setValue(SETTINGS + "bundle", str(path))   # later Classify runs apply the concept
            self.refresh_bundle()
            said = tr("saved {name} into {path}; Classify raster now uses this bundle, so later runs flag the "
                      "concept (change it under Model bundle)").format(name=session.name, path=path)
            self._say_saved(tr("saved {name} into {folder}: Classify raster now uses it").format(
                name=session.name, folder=Path(path).name), said)
            log(f"teach: concept {session.name} saved into {path}")
            self.saved = str(path)
        self.saved = None
        self._run(act)
        return self.saved

    def save_concept_file(self, path: str | None = None) -> str | None:
        """The concept as a small file (core/teach/concept_file.py), by default in the profile's concepts folder."""
        session = self.session()
        if session is None or session.state is None or not self._run(session.check_concept_file_name):
            return None     # (said before the file dialog, not after it)
        path = path or self.choose_concept_target(session.name)
        if not path:
            return None
        saved = []

        def act():
            saved.append(session.save_concept_file(path))
            said = tr("saved {name} as {path}")
            self._say_saved(said.format(name=session.name, path=Path(saved[0]).name),
                            said.format(name=session.name, path=saved[0]))
            log(f"teach: concept {session.name} saved as {saved[0]}")
        self._run(act)
        return saved[0] if saved else None

    def _say_saved(self, short: str, whole: str) -> None:
        """A save said on the panel's bar in a line that fits it (the file's or folder's name), the whole path under
        its Show more: the path wrapped to a second line, cut in the bar of a dock of usual width."""
        self.bar.clearWidgets()
        self.bar.pushMessage(tr("Teach"), short, whole, Qgis.Success, 10)

    def load_concept(self, path: str | None = None) -> bool:
        """Apply a concept file to the tile layer (its p_<name> / flag_<name> are written in place)."""
        if self.layer is None:
            return False
        path = path or self.choose_concept_file()
        if not path:
            return False

        def act():
            session = self._layer_session()
            session.load(path)
            concept = session.result.concept
            if session.applied.unconfirmed:
                self.bar.clearWidgets()
                self.bar.pushMessage(tr("Teach"), held_why(session), Qgis.Warning, 0)
            self.name_combo.setEditText(concept.name)
            self.group_combo.blockSignals(True)
            self.group_combo.setCurrentIndex(CONCEPT_GROUPS.index(concept.group))
            self.group_combo.blockSignals(False)
            log(f"teach: concept {concept.name} loaded from {path}: {count(session.flagged_count(), 'tile')} flagged")
        ok = self._run(act)
        if ok:
            self._fill_names()
        self._refresh(gallery=ok)
        return ok
