"""What the provider's Processing algorithms share: no group, the plugin icon, the manual's section as the
Help button's page, a fresh instance of the same class, the model parameters (the CLI's --bundle, --backend,
--device, --batch-size; --max-tiles), the GeoPackage output check, core errors as one-line Processing errors, and
post-processors that outlive the call that created them."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)
from qgis.PyQt.QtGui import QIcon

from ..core.errors import PlanetClassifierError
from ..core.wording import words
from ..i18n import option_as, tr
from ..paths import icon_path


class PlanetAlgorithm(QgsProcessingAlgorithm):
    """Base of the provider's algorithms (each gives name, displayName, shortHelpString, initAlgorithm and
    processAlgorithm, and HELP_SECTION: the id of its section in the manual, help/index.html). What the analyst
    reads (display name, help, parameter and output titles) goes through the plugin's ``tr()``: QGIS's language
    where translated; ``name()`` and the parameter keys never are (models and qgis_process name them)."""

    HELP_SECTION = ""
    BUNDLE = "BUNDLE"
    BACKEND = "BACKEND"
    DEVICE = "DEVICE"
    BATCH_SIZE = "BATCH_SIZE"
    MAX_TILES = "MAX_TILES"

    def helpUrl(self):  # noqa: N802
        """The bundled manual at this algorithm's section, in QGIS's language where translated."""
        from ..i18n import help_url

        return help_url(self.HELP_SECTION)

    def group(self):
        return ""

    def groupId(self):  # noqa: N802
        return ""

    def icon(self):
        return QIcon(str(icon_path()))

    def createInstance(self):  # noqa: N802
        return type(self)()

    def add_model_parameters(self, advanced: bool = False) -> None:
        """BUNDLE, BACKEND, DEVICE, BATCH_SIZE: which network runs and how (``advanced``: folded away)."""
        from ..core.model.predict import BACKENDS, DEVICES
        from ..core.pipeline.options import DEFAULT_BATCH_SIZE

        # backend and device stored by name, not list position: a backend added to the table does not shift
        # saved models' choices
        for parameter in (
                QgsProcessingParameterFile(self.BUNDLE, tr("Model bundle folder (empty = bundled model)"),
                                           behavior=QgsProcessingParameterFile.Folder, optional=True),
                QgsProcessingParameterEnum(self.BACKEND, tr("Backend"), options=list(BACKENDS), defaultValue="auto",
                                           usesStaticStrings=True),
                QgsProcessingParameterEnum(self.DEVICE, tr("Device"), options=list(DEVICES), defaultValue="auto",
                                           usesStaticStrings=True),
                QgsProcessingParameterNumber(self.BATCH_SIZE, tr("Batch size"), QgsProcessingParameterNumber.Integer,
                                             defaultValue=DEFAULT_BATCH_SIZE, minValue=1, maxValue=4096)):
            if advanced:
                parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(parameter)

    def model_values(self, parameters, context) -> dict:
        """{bundle, backend, device, batch_size} from the model parameters (bundle None: the bundled model)."""
        return {"bundle": self.parameterAsFile(parameters, self.BUNDLE, context) or None,
                "backend": self.parameterAsEnumString(parameters, self.BACKEND, context),
                "device": self.parameterAsEnumString(parameters, self.DEVICE, context),
                "batch_size": self.parameterAsInt(parameters, self.BATCH_SIZE, context)}

    def add_max_tiles_parameter(self) -> None:
        """MAX_TILES (advanced): the command lines' --max-tiles, named so in its title (the refusal names it)."""
        from ..core.pipeline.run_size import MAX_TILES, MAX_TILES_HELP

        parameter = QgsProcessingParameterNumber(self.MAX_TILES, tr("Most tiles to classify (--max-tiles)"),
                                                 QgsProcessingParameterNumber.Integer, defaultValue=MAX_TILES,
                                                 minValue=1)
        parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        parameter.setHelp(MAX_TILES_HELP[:1].upper() + MAX_TILES_HELP[1:])
        self.addParameter(parameter)

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """In the main thread (processAlgorithm may run in another): the files the project's layers read, which
        gpkg_output never replaces; and no output that another row of the batch being run writes too."""
        from .. import project_closures

        self._open_files = open_layer_files(context)
        self._project = project_closures.count()  # the project the run starts in (load_output: only into it)
        self._batch_clash = batch_rows_clash(self, parameters)  # said by gpkg_output: one line, before any work
        return True

    def load_output(self, output: str, context, feedback, finished: str) -> bool:
        """Whether the output QGIS is to load on completion (the analyst's *Open output file*) still goes into
        the project the run was started in. Where that project was closed meanwhile (New, Open, Close: a run takes
        minutes), the output is taken off the layers to load and ``finished`` (a translated line with {path}) is
        pushed as a warning: the file is complete, but a layer of another project's run, added above nothing of
        its own, is not the analyst's to find there (the dialog's runs do the same, plugin.py)."""
        from .. import project_closures

        if not context.willLoadLayerOnCompletion(output):
            return False
        if getattr(self, "_project", project_closures.count()) == project_closures.count():
            return True
        layers = context.layersToLoadOnCompletion()
        layers.pop(output, None)
        context.setLayersToLoadOnCompletion(layers)
        feedback.pushWarning(finished.format(path=output))
        return False

    def gpkg_output(self, parameters, key: str, context, layer: str = "tiles") -> str:
        """The output path of vector destination ``key``; only a GeoPackage (.gpkg) is written, and never one a
        layer of the project reads: replaced under it, the layer would show the old tiles and lose what is edited
        or reviewed in it (two rows of a batch given one output, their results loaded, did that); nor one that
        holds anything but the ``layer`` the run writes (foreign_tables: the analyst's own layers, or the other
        kind of output: a change layer's reviews, a tile layer's taught concepts)."""
        from ..core.errors import OutputError
        from ..core.layer.gpkg import check_gpkg_name

        output = self.parameterAsOutputLayer(parameters, key, context)
        with processing_errors():
            if getattr(self, "_batch_clash", ""):
                raise OutputError(self._batch_clash)
            check_gpkg_name(output)
            name = getattr(self, "_open_files", {}).get(_file_key(output))
            if name is not None:
                raise OutputError(tr("output {output} is open in QGIS as layer {name!r}: replacing the file under it "
                                     "would lose what is edited or reviewed there (two rows of a batch given one output "
                                     "do that); choose another name, or remove that layer first").format(
                    output=output, name=name))
            others = foreign_tables(output, layer)
            if others:  # no file dialog asked in a model, a batch or qgis_process; the whole file would be replaced
                listed = ", ".join(others[:5]) + (tr(" and {n} more").format(n=len(others) - 5)
                                                  if len(others) > 5 else "")
                raise OutputError(tr("output {output} is a GeoPackage that holds {listed}, which replacing it would "
                                     "lose (the run writes a GeoPackage of its own, layer '{layer}'); give a new file "
                                     "name").format(output=output, listed=listed, layer=layer))
        return output


def batch_rows_clash(algorithm, parameters) -> str:
    """The one-line refusal where an output of this run is also written by another row of the QGIS batch dialog it
    runs from ('' where none is): each row runs on its own, so the later would replace the earlier's file unseen
    (with loading off no layer of it is in the project to guard it). Every row sharing the output meets this before
    writing, so none does; the other rows run. Rows are numbered as QGIS numbers them in its own messages. Where
    QGIS's batch dialog is not as this reads it (another version), nothing is found."""
    ours = [p for p in map(_output_path, _destination_values(algorithm, parameters)) if p]
    for rows in _batch_outputs(algorithm) if ours else ():
        for path in ours:
            sharing = [number for number, paths in rows if path in paths]
            if len(sharing) > 1:
                listed = tr("{first} and {last}").format(first=", ".join(map(str, sharing[:-1])), last=sharing[-1])
                return (tr("rows {rows} of the batch all write {path}: each would replace the one before; give "
                           "each row its own output (none of these rows was run)") if len(sharing) > 2 else
                        tr("rows {rows} of the batch both write {path}: the later would replace the earlier; give "
                           "each row its own output (neither row was run)")).format(rows=listed, path=path)
    return ""


def _destination_values(algorithm, parameters) -> list:
    return [parameters.get(d.name()) for d in algorithm.destinationParameterDefinitions()]


def _output_path(value) -> str:
    """An output value (a path, or QGIS's output definition holding one) as one file; '' for none or a temporary
    output (each row gets its own)."""
    sink = getattr(value, "sink", None)
    if sink is not None:
        value = sink.staticValue()
    text = str(value or "").strip()
    if not text or text == "TEMPORARY_OUTPUT" or text.startswith("memory:"):
        return ""
    return _file_key(text)


def _batch_outputs(algorithm) -> list[list[tuple[int, set[str]]]]:
    """Per open batch dialog of ``algorithm`` (QGIS's Processing BatchAlgorithmDialog): [(row number, its output
    files)]; only in the main thread, where the dialog runs its rows."""
    from qgis.PyQt.QtCore import QCoreApplication, QThread
    from qgis.PyQt.QtWidgets import QApplication

    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() != app.thread() or not isinstance(app, QApplication):
        return []
    found = []
    for window in QApplication.topLevelWidgets():
        try:
            panel = window.mainWidget() if window.isVisible() and hasattr(window, "algorithm") else None
            if panel is None or not hasattr(panel, "batchRowCount") or window.algorithm().id() != algorithm.id():
                continue
            columns = [panel.parameter_to_column[d.name()] for d in algorithm.destinationParameterDefinitions()
                       if d.name() in panel.parameter_to_column]
            # QGIS's table: row 0 fills the others; batch row r is table row r + 1 and QGIS calls it "row r + 2"
            found.append([(row + 2, {p for p in (_output_path(panel.tblParameters.cellWidget(row + 1, c).getValue())
                                                 for c in columns) if p})
                          for row in range(panel.batchRowCount())])
        except (AttributeError, RuntimeError, TypeError):  # not QGIS's batch dialog as read here, or being deleted
            continue
    return found


def _file_key(path: str) -> str:
    """``path`` (a layer's source without its |options) as one file, however it is written (publish.resolved_path:
    a link that loops, a name no file can have, as it is, absolute)."""
    from ..core.publish import resolved_path

    return str(resolved_path(path.split("|", 1)[0]))


def open_layer_files(context) -> dict[str, str]:
    """{file: layer name} of the layers of the run's project; none read outside the main thread (a model's
    children run in its thread), where the project's layers may be changing meanwhile."""
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import QCoreApplication, QThread

    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() != app.thread():
        return {}
    project = context.project() if context is not None else None
    layers = (project or QgsProject.instance()).mapLayers().values()
    return {_file_key(layer.source()): layer.name() for layer in layers if layer.source()}


def foreign_tables(path: str, layer: str) -> list[str]:
    """The tables of the existing GeoPackage ``path`` other than ``layer`` and its stored styles (the analyst's
    own layers; another kind of output), sorted; [] for a new file or one that is no SQLite file (the writer says
    why). An SQLite file whose tables cannot be listed (another program is writing it; a write was left unfinished)
    is OutputError: it may hold the analyst's layers, and the run would replace it."""
    from ..core.layer.gpkg import tables_besides

    others = tables_besides(path, layer)
    return others if isinstance(others, list) else []


def tile_layer_file(layer, which: str) -> str:
    """The tile GeoPackage behind ``layer`` (style.tile_gpkg), saying first in one short line what a model or a
    batch meets: a layer of another provider (the temporary copy an algorithm such as Extract by expression
    made: its source is its whole field list) or a tile layer whose GeoPackage was deleted or moved since it
    was loaded (it is one, its file is gone)."""
    from ..core.layer.tiletable import TileLayerError
    from ..style import tile_gpkg

    if layer is not None and layer.providerType() != "ogr":
        raise TileLayerError(tr("{name!r} is read by QGIS's {provider!r} provider (a temporary layer is another "
                                "algorithm's copy), not from a tile GeoPackage made by 'Classify raster'; choose {which} "
                                "it wrote (in a model: its Tiles output)").format(
            name=layer.name(), provider=layer.providerType(), which=which))
    if layer is not None:
        path = Path(layer.source().split("|", 1)[0])
        if path.suffix.lower() == ".gpkg" and not path.exists():
            raise TileLayerError(tr("{which} {name!r} reads {path}, which is no longer there (deleted or moved since "
                                    "it was loaded); load the GeoPackage from where it is now, or classify again").format(
                which=which, name=layer.name(), path=path))
    return tile_gpkg(layer, which)


#: How GDAL's message begins when a raster without georeference (no geotransform, no ground control points) is asked
#: for its pixel-to-map transformation.
NO_GEOREFERENCE = "Unable to compute a transformation between pixel/line and georeferenced coordinates"


class RasterLayerParameter(QgsProcessingParameterRasterLayer):
    """QGIS's raster layer parameter, whose check loads a raster given by path (qgis_process checks each parameter
    so, then the algorithm's checks; processing.run the latter, which check each): QGIS's GDAL provider asks one
    without georeference (a plain JPG or PNG) for its pixel-to-map transformation, and GDAL printed "ERROR 1: Unable
    to compute a transformation ..." on stderr. That one is held back: the run says it in its own note ("... has no
    CRS: tiles are written in pixel coordinates ...", core/pipeline/raster.georeference_warning)."""

    def checkValueIsAcceptable(self, value, context=None):  # noqa: N802
        with without_gdal_message(NO_GEOREFERENCE):
            return super().checkValueIsAcceptable(value, context)


@contextmanager
def without_gdal_message(start: str):
    """GDAL's messages in this thread during the block, less those that begin with ``start``: the others go on, once
    the block ends, to the handler that was in place (GDAL's own prints ``ERROR 4: ...``)."""
    try:
        from osgeo import gdal
    except ImportError:
        yield
        return
    held = []

    def hold(kind, number, message):
        held.append((kind, number, message))

    gdal.PushErrorHandler(hold)
    try:
        yield
    finally:
        gdal.PopErrorHandler()
        for kind, number, message in held:
            if not message.startswith(start):
                try:
                    gdal.Error(kind, number, message)
                except RuntimeError:  # gdal.UseExceptions() turns an error raised from Python into an exception
                    print(f"ERROR {number}: {message}", file=sys.stderr)


@contextmanager
def processing_errors(options: dict[str, str] | None = None):
    """A core error (Cancelled included) becomes a QgsProcessingException: one line, no traceback, in QGIS's language
    (the core words it so within the block); so does an OSError, as the command lines say it (a name too long for
    the file system: publish.too_long_said). ``options``: the command line's option a core message names (teach's
    ``--save-to``), said as the parameter the Processing user gave (``SAVE_TO``), as the algorithm's own lines name
    it."""
    from ..core.publish import too_long_said

    try:
        with words(tr):
            yield
    except PlanetClassifierError as exc:
        raise QgsProcessingException(option_as(str(exc), options or {})) from None
    except OSError as exc:
        raise QgsProcessingException(too_long_said(exc) or " ".join(str(exc).split()) or type(exc).__name__) from None


@contextmanager
def empty_folder_taken(path: str):
    """An empty folder chosen as a folder output (QGIS's folder picker picks, or makes, one that is there) is where
    the output goes: the core puts a folder output in place whole where nothing is (core/monitor/handoff's export,
    renamed into place), so the empty folder is taken away for the run and made again when the run fails or is
    cancelled. A folder with anything in it is refused in one line, before any work; a new path is left as it is."""
    from ..core.errors import OutputError
    from ..core.wording import count

    folder = Path(path) if path else None
    if folder is None or folder.is_symlink() or not folder.is_dir():
        yield
        return
    with processing_errors():
        items = sum(1 for _ in folder.iterdir())
        if items:
            raise OutputError(tr("export folder {folder} is not empty ({items}): choose an empty folder or a new one "
                                 "(the export is written whole, never among files already there)").format(
                folder=folder, items=count(items, tr("item"), tr("items"))))
        folder.rmdir()
    try:
        yield
    except BaseException:
        folder.mkdir(exist_ok=True)
        raise


@contextmanager
def output_folders(*paths: str):
    """Makes the missing folders of output ``paths`` (Processing creates them, the command lines refuse them);
    when the run fails or is cancelled, the ones made here are removed again: nothing is left behind. A path
    under a file, or one the file system cannot hold (a name too long), is one line before any work."""
    made = []
    try:
        with processing_errors():
            for path in filter(None, paths):
                _make_folders(Path(path), made)
        yield
    except BaseException:
        for folder in reversed(made):
            try:
                folder.rmdir()
            except OSError:   # something was put in it meanwhile: kept
                pass
        raise


def _make_folders(path: Path, made: list[Path]) -> None:
    from ..core.errors import OutputError

    for folder in reversed(path.parents):
        try:
            if folder.is_dir():
                continue
            if folder.exists() or folder.is_symlink():
                raise OutputError(tr("{path} cannot be written: {folder} is a file, not a folder; choose another "
                                     "place").format(path=path, folder=folder))
            folder.mkdir()
        except OSError as exc:  # a name too long, no permission, a folder another program just made a file
            raise OutputError(tr("{path} cannot be written: folder {folder} cannot be made ({reason})").format(
                path=path, folder=folder, reason=exc.strerror or type(exc).__name__)) from None
        made.append(folder)


class KeptPostProcessor(QgsProcessingLayerPostProcessorInterface):
    """QGIS keeps only a C++ pointer to a layer post-processor: ``create`` holds the last few Python
    objects so that one is not garbage-collected before QGIS calls it."""

    _keep_alive: list["KeptPostProcessor"] = []

    @classmethod
    def create(cls, *args):
        instance = cls(*args)
        KeptPostProcessor._keep_alive.append(instance)
        del KeptPostProcessor._keep_alive[:-8]
        return instance
