"""Processing algorithm "Teach concept from selected features": the teach loop in one step.

The selected tiles of a tile layer are the positives, an optional expression picks negatives; the
concept's fields are written into the layer's GeoPackage in place (core/teach/fields.py) and, if asked,
a copy of the model bundle that carries the concept is saved (core/teach/save.py).
"""
from __future__ import annotations

from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsVectorLayer,
)

from ..core.model.concepts import CONCEPT_GROUPS
from ..i18n import tr
from ..style import group_title
from .base import PlanetAlgorithm, processing_errors, tile_layer_file


class TeachConceptAlgorithm(PlanetAlgorithm):
    HELP_SECTION = "teach"
    INPUT = "INPUT"
    NAME = "NAME"
    GROUP = "GROUP"
    POSITIVE = "POSITIVE"
    NEGATIVE = "NEGATIVE"
    BUNDLE = "BUNDLE"
    SAVE_TO = "SAVE_TO"
    OUTPUT = "OUTPUT"

    def name(self):
        return "teach_concept"

    def displayName(self):  # noqa: N802
        return tr("Teach concept from selected features")

    def flags(self):
        # it rewrites the input layer's GeoPackage and reloads the layer: main thread, and quick
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def shortHelpString(self):  # noqa: N802
        return tr("Teaches a concept from a few tiles of a tile layer written by 'Classify raster': the SELECTED tiles "
                  "show it; tiles matching the optional negative expression do not. Uses the embeddings stored with the "
                  "tiles (the network does not run again) and writes p_NAME (0..1) and flag_NAME (NAME: the concept's) "
                  "into the layer's GeoPackage in place, refolding the group flags and scores. With 'Save bundle with the "
                  "concept to', a copy of the model bundle that carries the concept is written there (never inside the "
                  "plugin); classify later scenes with it to apply the concept.") + " " + tr(
            "'More positive tiles' selects positives by expression, for qgis_process and models, where nothing is "
            "selected.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer(self.INPUT, tr("Tile layer (selected tiles = positives)")))
        self.addParameter(QgsProcessingParameterString(self.NAME, tr("Concept name (a-z, 0-9, _)")))
        # the group's title as the teach panel lists it; the index is the value (models, qgis_process keep it)
        self.addParameter(QgsProcessingParameterEnum(self.GROUP, tr("Flag group"),
                                                     options=[group_title(g) for g in CONCEPT_GROUPS],
                                                     defaultValue=CONCEPT_GROUPS.index("other")))
        self.addParameter(QgsProcessingParameterExpression(self.POSITIVE, tr("More positive tiles (expression, where none is selected)"),
                                                           parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterExpression(self.NEGATIVE, tr("Negative tiles (expression)"),
                                                           parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterFile(self.BUNDLE, tr("Model bundle of the classification (empty = the bundled "
                                                                        "model)"),
                                                     behavior=QgsProcessingParameterFile.Folder, optional=True))
        self.addParameter(QgsProcessingParameterFile(self.SAVE_TO, tr("Save bundle with the concept to"),
                                                     behavior=QgsProcessingParameterFile.Folder, optional=True))
        self.addOutput(QgsProcessingOutputVectorLayer(self.OUTPUT, tr("Tile layer")))
        self.addOutput(QgsProcessingOutputNumber("FLAGGED", tr("Tiles flagged by the concept")))
        self.addOutput(QgsProcessingOutputNumber("THRESHOLD", tr("Threshold of flag_<name>")))
        self.addOutput(QgsProcessingOutputString("SAVED_TO", tr("Bundle saved to")))

    def _matching(self, layer, parameters, name: str, context) -> list[int]:
        """fids of the tiles an expression parameter selects (none when it is empty)."""
        expression = (self.parameterAsExpression(parameters, name, context) or "").strip()
        if not expression:
            return []
        parsed = QgsExpression(expression)
        if parsed.hasParserError():
            raise QgsProcessingException(tr("{parameter} expression: {error}").format(
                parameter=name.lower(), error=parsed.parserErrorString()))
        error = _evaluation_error(layer, expression)  # a filter that cannot be evaluated matches nothing in silence
        if error:
            raise QgsProcessingException(tr("{parameter} expression {expression!r} cannot be evaluated on {layer}: "
                                            "{error}; correct the expression").format(
                parameter=name.lower(), expression=expression, layer=layer.name(), error=error))
        request = QgsFeatureRequest().setFilterExpression(expression).setNoAttributes() \
            .setFlags(QgsFeatureRequest.NoGeometry)
        return [f.id() for f in layer.getFeatures(request)]

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if not isinstance(layer, QgsVectorLayer):
            raise QgsProcessingException(tr("choose a tile layer made by 'Classify raster'"))
        with processing_errors():  # a temporary copy, a deleted GeoPackage: said before the selection is asked for
            tile_layer_file(layer, tr("the tile layer"))
        positives = sorted(layer.selectedFeatureIds(), reverse=True)  # a set: as the teach panel marks it
        positives += [f for f in self._matching(layer, parameters, self.POSITIVE, context) if f not in positives]
        if not positives:
            raise QgsProcessingException(tr("select the tiles that show the concept in {layer} first (or give a "
                                            "positive expression)").format(layer=layer.name()))
        chosen = set(positives)
        negatives = [f for f in self._matching(layer, parameters, self.NEGATIVE, context) if f not in chosen]
        name = (self.parameterAsString(parameters, self.NAME, context) or "").strip()
        group = CONCEPT_GROUPS[self.parameterAsEnum(parameters, self.GROUP, context)]
        save_to = (self.parameterAsFile(parameters, self.SAVE_TO, context) or "").strip()
        with processing_errors({"--save-to": self.SAVE_TO}):  # the core's refusals of the folder name its CLI option
            from ..core.model.bundle import resolve_bundle
            from ..core.teach.save import check_save_target, stage_concept
            from ..teach_layer import TeachSession
            bundle = resolve_bundle(self.parameterAsFile(parameters, self.BUNDLE, context) or None)
            if save_to:
                check_save_target(save_to, bundle)
            session = TeachSession(layer, bundle)
            session.set_concept(name, group)
            # marks the layer records under this name other than this run's (the panel's marks and answers) are
            # never replaced; the same ones (a model run again) are this run's own
            if (session.positives or session.negatives) and \
                    (sorted(session.positives), sorted(session.negatives)) != (sorted(positives), sorted(negatives)):
                raise QgsProcessingException(tr(
                    "'{name}' is taught on {layer} already, from {positives} positive and {negatives} negative tiles "
                    "marked there (the teach panel, or an earlier run), which this run would replace: give another "
                    "NAME, or go on teaching it in the teach panel").format(
                    name=name, layer=layer.name(), positives=len(session.positives),
                    negatives=len(session.negatives)))
            session.positives, session.negatives = [], []
            session.mark(negatives, False) if negatives else None
            staged = []

            def publish(concept) -> None:  # the bundle copy goes in place just before the fields commit
                staged.append(stage_concept(concept, bundle, save_to))
                staged[0].publish()

            session.before_commit = publish if save_to else None
            try:
                result = session.mark(positives, True)
            except BaseException:
                if staged and session.committed is None:
                    staged[0].discard()
                raise
            saved = str(staged[0].finish().path) if staged else ""
        from ..teach_layer import fit_name
        feedback.pushInfo(tr("taught '{name}' ({group}) from {positives} positive and {negatives} negative tile(s) by "
                             "{method}; flag_{name} (p >= {t:.2f}) is set on {flagged} of {tiles} tiles").format(
            name=name, group=group_title(group), positives=len(positives), negatives=len(negatives),
            method=fit_name(result.method), t=result.concept.threshold, flagged=int(result.flags.sum()),
            tiles=len(result.flags)))
        if saved:
            feedback.pushInfo(tr("saved the bundle with '{name}' to {path}").format(name=name, path=saved))
        else:  # in a model, a Classify raster fed the empty SAVED_TO runs the bundled model, without the concept
            feedback.pushWarning(tr("no SAVE_TO: '{name}' is written into {layer}'s fields only (p_{name}, flag_{name}), "
                                    "SAVED_TO is empty; give SAVE_TO to save a bundle that later Classify raster runs "
                                    "apply").format(name=name, layer=layer.name()))
        return {self.OUTPUT: layer.id(), "FLAGGED": int(result.flags.sum()),
                "THRESHOLD": float(result.concept.threshold), "SAVED_TO": saved}


def _evaluation_error(layer, expression: str) -> str:
    """Why ``expression`` cannot be evaluated on ``layer``'s tiles (a field the layer lacks), or "": evaluated on
    the tiles until the first error, its feature iterator closed before the caller goes on."""
    parsed = QgsExpression(expression)
    scopes = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    parsed.prepare(scopes)
    if not parsed.hasEvalError():
        features = layer.getFeatures()
        try:
            for feature in features:
                scopes.setFeature(feature)
                parsed.evaluate(scopes)
                if parsed.hasEvalError():
                    break
        finally:
            features.close()
    return parsed.evalErrorString() if parsed.hasEvalError() else ""
