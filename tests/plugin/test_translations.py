"""The plugin speaks Portuguese and Spanish: every string marked with tr() has a translation that keeps
its placeholders, the compiled .qm follows QGIS's locale, and the windows show it."""
from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET

import pytest

from scripts import translations

needs_tools = pytest.mark.skipif(not (shutil.which("pylupdate5") and shutil.which("lrelease")),
                                 reason="pylupdate5 / lrelease missing (scripts/setup.sh installs them)")


def messages(lang):
    root = ET.parse(translations.ts_path(lang)).getroot()
    return [(m.findtext("source"), m.findtext("translation") or "") for m in root.iter("message")]


@needs_tools
def test_every_marked_string_is_translated():
    assert translations.untranslated() == {lang: [] for lang in translations.LANGUAGES}


@pytest.mark.parametrize("lang", translations.LANGUAGES)
def test_translations_keep_placeholders_and_markup(lang):
    for source, text in messages(lang):
        assert sorted(re.findall(r"\{[^}]*\}", source)) == sorted(re.findall(r"\{[^}]*\}", text)), source
        tags = r"</?(?:b|i|br|span|ul|li)\b"
        assert sorted(re.findall(tags, source)) == sorted(re.findall(tags, text)), source
        assert text.strip() and (text != source or len(source) <= 20), source   # really translated


@pytest.mark.parametrize("lang", translations.LANGUAGES)
def test_flagged_and_marked_tiles_are_told_apart(lang):
    """A tile the model flagged and a tile the analyst marked read differently (Spanish said 'marcada' for both: '18
    teselas marcadas' under '3 marcadas como clearing' in the teach panel)."""
    text = dict(messages(lang))
    flagged, marked = text["flagged"].lower()[:-1], text["Marked: yes"].split(":")[0].lower()[:-1]
    assert flagged != marked
    for source, translation in text.items():
        said = re.sub(r"\{[^}]*\}", "", translation).lower()   # not the placeholders
        if re.search(r"\bflag(ged|s)?\b", source) and not re.search(r"\bmark", source, re.I):
            assert marked not in said, source
        if re.search(r"\bmark(ed|s)?\b", source, re.I) and not re.search(r"\bflag", source):
            assert flagged not in said, source


@pytest.fixture
def portuguese(tmp_path, monkeypatch):
    from qgis.core import QgsSettings

    from planet_qgis_plugin import i18n
    translations.compile_all(tmp_path)
    monkeypatch.setattr(i18n, "FOLDER", tmp_path)
    settings = QgsSettings()
    before = settings.value("locale/userLocale", "")
    settings.setValue("locale/userLocale", "pt_BR")
    yield
    settings.setValue("locale/userLocale", before)


@needs_tools
def test_the_plugin_follows_qgis_locale(portuguese, qgis_iface, qgis_processing, tmp_path):
    import planet_qgis_plugin
    from planet_qgis_plugin import i18n
    assert i18n.locale_name() == "pt_BR" and i18n.qm_path("pt_BR", tmp_path) is not None
    plugin = planet_qgis_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert plugin.translator is not None
        assert "Classificar raster…" in [a.text() for a in plugin.toolbar.actions()]
        plugin.show_dialog()
        plugin.dialog.hide()
        assert plugin.dialog.run_button.text() == "Executar"
        assert plugin.dialog.windowTitle() == "Planet classifier — Classificar raster"
        panel = plugin.toggle_teach_panel(True)
        assert panel.review_button.text() == "Iniciar revisão" and panel.answer_yes.text() == "Sim (Y)"
        assert plugin.action_alerts.text() == "Revisar avisos…"
        alerts = plugin.action_alerts.toggle_panel(True)
        assert alerts.windowTitle() == "Planet classifier — Avisos de mudança"
        assert alerts.confirm_button.text() == "Confirmar (Y)" and alerts.reject_button.text() == "Rejeitar (N)"
        assert [alerts.cause_combo.itemText(k) for k in range(alerts.cause_combo.count())] == [
            "1  garimpo", "2  extração de madeira", "3  corte e queima", "4  outra"]
        assert alerts.cause_combo.itemData(2) == "slash_burn"      # the layer keeps the English value
        assert alerts.status.text().startswith("Y confirmar · N rejeitar")
        assert i18n.help_page().parts[-2:] == ("pt_BR", "index.html")
        from qgis.core import QgsApplication  # the provider is registered after the translator is installed
        registry = QgsApplication.processingRegistry()
        assert registry.algorithmById("planet_classifier:change_between_classifications").displayName() == (
            "Mudança entre duas classificações")
        assert registry.createAlgorithmById("planet_classifier:classify_raster").parameterDefinition(
            "INPUT").description() == "Cena Planet"
        from planet_qgis_plugin.style import map_tip_html
        tip = map_tip_html()
        assert "<b>Quadrícula [% \"row\" %]" in tip and "Mais prováveis" in tip and "Tags:" in tip
        assert "'<b>&#9888; Garimpo</b>'" in tip and "&#9888; sinalizada" in tip
        # the slider moved off the fitted threshold, as the panel's precision line says it (was '(seu; ajustado 0.65)')
        assert i18n.tr(" (yours; fitted {t:.2f})").format(t=0.65) == " (limiar escolhido por você; o ajustado é 0.65)"
        from planet_qgis_plugin.style import result_layer_names
        assert re.fullmatch(r"cena quadrículas \d\d:\d\d:\d\d", result_layer_names("cena")[0])
    finally:
        plugin.unload()
    from qgis.PyQt.QtCore import QCoreApplication
    assert QCoreApplication.translate("@default", "Run") == "Run"     # unloading removes the translator


def test_translated_summaries_say_in_english_what_the_cores_summary_says(qgis_iface):
    """dialog.run_summary and alerts_panel.exported_text write the core's summary() again so that it can be
    translated (the core speaks English): untranslated, each must read exactly as its twin (run_summary names the
    flag slash_burn as the Alerts dock does, 'slash-and-burn')."""
    from pathlib import Path

    from planet_qgis_plugin.alerts_panel import exported_text
    from planet_qgis_plugin.core.monitor.handoff import ExportResult
    from planet_qgis_plugin.core.pipeline.classify import ClassifyResult
    from planet_qgis_plugin.dialog import run_summary

    for alerts, thumbnails in ((3, True), (3, False), (0, False)):
        exported = ExportResult(Path("out") / "handoff", alerts, thumbnails)
        assert exported_text(exported) == exported.summary()
    for groups, concepts in (({}, {}), ({"mining": 2, "logging": 0}, {"mine": 1})):
        run = ClassifyResult(output=Path("out") / "tiles.gpkg", layer="tiles", tiles=576, skipped=3, flagged=2,
                             seconds=4.0, chips_per_s=143.94, device="cpu", backend="onnx", band_mapping="",
                             group_counts=groups, concept_counts=concepts)
        assert run_summary(run) == run.summary()


def _rule_labels(rule) -> list[str]:
    return [label for child in rule.children() for label in [child.label(), *_rule_labels(child)] if label]


def _shipped_layer(name):
    """A memory layer with the fields of the layer the shipped style ``name`` is for, styled as the plugin styles
    it (the way each style is loaded in the analyst's language)."""
    from planet_qgis_plugin.change_layer_style import apply_change_style
    from planet_qgis_plugin.core.monitor.change import LAYER as CHANGES
    from planet_qgis_plugin.core.monitor.change_layer import change_fields
    from planet_qgis_plugin.style import apply_style
    from scripts.make_style import template_layer
    from scripts.qml import memory_layer

    if name == "tiles.qml":
        layer = template_layer()
        assert apply_style(layer)
    elif name == "change.qml":
        layer = memory_layer(CHANGES, change_fields(True))
        assert apply_change_style(layer)
    else:
        raise AssertionError(f"resources/styles/{name}: say here how the plugin loads it in the analyst's language")
    return layer


@needs_tools
def test_every_shipped_style_loads_translated(portuguese, qgis_app):
    """Each QML of resources/styles is English: loaded as the plugin loads it in a Portuguese QGIS, none of its
    legend titles, its map tip, column titles, form tabs or tile name is left as the QML has it."""
    from planet_qgis_plugin import i18n
    from planet_qgis_plugin.core.labels import LABELS
    from planet_qgis_plugin.core.resources import style_path

    styles = sorted(style_path().parent.glob("*.qml"))
    assert {qml.name for qml in styles} >= {"tiles.qml", "change.qml"}
    translator = i18n.install()
    assert translator is not None
    try:
        for qml in styles:
            root = ET.parse(qml).getroot()
            english = {e.get("label") for e in root.iter() if e.tag in ("rule", "category", "range") and e.get("label")}
            assert english, qml.name
            layer = _shipped_layer(qml.name)
            labels = _rule_labels(layer.renderer().rootRule())
            assert len(labels) >= len(english), qml.name
            assert not english & set(labels), (qml.name, sorted(english & set(labels)))
            tip = root.findtext("mapTip")
            assert not tip or layer.mapTipTemplate() != tip, qml.name
            # column titles (the tags keep the dataset's names: 'P(Water)'; Portuguese says 'Tags' too), form tabs
            aliases = {a.get("field"): a.get("name") for a in root.iter("alias") if a.get("name")}
            kept = {field for field, alias in aliases.items() if layer.attributeAlias(layer.fields().indexOf(field))
                    == alias and field.removeprefix("p_") not in LABELS and alias != "Tags"}
            assert not kept, (qml.name, sorted(kept))
            tabs = {c.get("name") for c in root.iter("attributeEditorContainer")}
            assert not tabs & {tab.name() for tab in layer.editFormConfig().tabs()}, qml.name
            for column in layer.attributeTableConfig().columns():   # the table shows whole (longer) titles
                title = layer.attributeDisplayName(layer.fields().indexOf(column.name)) if column.name else ""
                assert title == column.name or len(title) <= 13 or column.width >= 7 * len(title), (qml.name, title)
            preview = root.findtext("previewExpression")
            assert not preview or "Tile" not in preview or layer.displayExpression() != preview, qml.name
    finally:
        i18n.remove(translator)
    change = _shipped_layer("change.qml")   # no translator: English, as the QML
    assert set(_rule_labels(change.renderer().rootRule())) >= {"New flag, highest confidence", "Mining", "No new flag"}


@pytest.mark.parametrize("script", ["make_style", "make_change_style"])
def test_shipped_style_is_what_its_script_makes(qgis_app, script, tmp_path):
    """resources/styles/*.qml hold in English what style.py builds (rules, map tip, column titles, form tabs, tile
    name): the plugin sets them again translated after loading the QML, so the two must not drift apart."""
    import importlib

    from qgis.core import QgsMapLayer

    module = importlib.import_module(f"scripts.{script}")
    layer = module.styled_layer()
    made = tmp_path / "made.qml"
    assert layer.saveNamedStyle(str(made), QgsMapLayer.AllStyleCategories)[1]
    shipped = {"make_style": "tiles.qml", "make_change_style": "change.qml"}[script]
    from planet_qgis_plugin.core.resources import style_path

    def words(path):
        root = ET.parse(path).getroot()

        def rules(element):
            return [(r.get("filter"), r.get("label"), rules(r)) for r in element.findall("rule")]
        return {"rules": rules(root.find("renderer-v2/rules")), "mapTip": root.findtext("mapTip"),
                "preview": root.findtext("previewExpression"),
                "aliases": sorted((a.get("field"), a.get("name")) for a in root.iter("alias") if a.get("name")),
                "tabs": [c.get("name") for c in root.iter("attributeEditorContainer")]}
    assert words(style_path().parent / shipped) == words(made)


@pytest.mark.parametrize("lang", translations.LANGUAGES)
def test_the_manual_names_the_controls_as_the_plugin_does(lang):
    """A control the English manual names in bold (<b>Flag at p ≥</b>) is named in the translated manual as the
    translated plugin shows it."""
    import html
    from pathlib import Path

    help_dir = Path(translations.PACKAGE) / "help"
    bold = {html.unescape(b) for b in re.findall(r"<b>([^<]+)</b>", (help_dir / "index.html").read_text("utf-8"))}
    page = html.unescape((help_dir / lang / "index.html").read_text("utf-8"))
    named = [(source, text) for source, text in messages(lang) if source in bold]
    assert len(named) >= 10
    assert [source for source, text in named if f"<b>{text}</b>" not in page] == []


@needs_tools
def test_change_map_tip_reads_in_portuguese(portuguese, qgis_app):
    """The change layer's map tip names the alert as its legend does and the new flags as the Alerts dock does."""
    from qgis.core import QgsExpression, QgsExpressionContext, QgsFeature, QgsField, QgsFields
    from qgis.PyQt.QtCore import QVariant

    from planet_qgis_plugin import i18n
    from planet_qgis_plugin.change_layer_style import change_map_tip

    fields = QgsFields()
    for name in ("alert", "confidence", "new_flag", "date_before", "date_after", "tags_gained", "tags_lost"):
        fields.append(QgsField(name, QVariant.Int if name == "alert" else QVariant.String))
    feature = QgsFeature(fields)
    context = QgsExpressionContext()
    translator = i18n.install()
    try:
        feature.setAttributes([1, "high", "mining mine", "2023-01-05", "2023-11-20", "agriculture road", "primary"])
        context.setFeature(feature)
        assert QgsExpression.replaceExpressionText(change_map_tip(), context) == (
            "Confiança alta (alerta novo): <b>garimpo, conceito mine</b><br/>2023-01-05 &rarr; 2023-11-20<br/>"
            "Tags ganhas: agriculture road<br/>Tags perdidas: primary")
        feature.setAttributes([0, None, "", "2023-01-05", "2023-11-20", "", ""])
        context.setFeature(feature)
        assert QgsExpression.replaceExpressionText(change_map_tip(), context).startswith("Sem alerta novo<b></b><br/>")
    finally:
        i18n.remove(translator)


def _algorithm_words(alg) -> dict[str, str]:
    """What the Processing toolbox and dialog show of ``alg``: name, help, parameter and output titles, options."""
    words = {"displayName": alg.displayName(), "shortHelpString": alg.shortHelpString()}
    for parameter in alg.parameterDefinitions():
        words[parameter.name()] = parameter.description()
        if parameter.type() == "enum" and not parameter.usesStaticStrings():   # static options are the values
            words[f"{parameter.name()} options"] = " / ".join(parameter.options())
    words.update({f"output {output.name()}": output.description() for output in alg.outputDefinitions()})
    return words


@needs_tools
@pytest.mark.parametrize("lang", translations.LANGUAGES)
def test_processing_algorithms_speak_the_language_of_qgis(lang, qgis_app, tmp_path):
    """In a Portuguese or Spanish QGIS the Processing toolbox and dialogs read translated (they were all English):
    each algorithm's name, help, parameter and output titles differ from the English ones (a title added without
    tr(), or without a translation, fails here); ids and parameter names stay (models and qgis_process use them).
    The help is HTML in the dialog: no <name> placeholder there, which it would swallow ('p_ on every tile')."""
    from planet_qgis_plugin import i18n
    from planet_qgis_plugin.processing.provider import PlanetClassifierProvider

    def algorithms():
        provider = PlanetClassifierProvider()
        provider.loadAlgorithms()
        return {alg.name(): _algorithm_words(alg.create()) for alg in provider.algorithms()}

    english = algorithms()
    assert len(english) == 3
    translations.compile_all(tmp_path)
    translator = i18n.install(lang, tmp_path)
    assert translator is not None
    try:
        translated = algorithms()
        text = dict(messages(lang))
        change_name = i18n.tr("Change between two classifications")
    finally:
        i18n.remove(translator)
    assert translated.keys() == english.keys()
    for name, words in english.items():
        assert translated[name].keys() == words.keys(), name
        same = [key for key, word in words.items() if translated[name][key] == word]
        assert same == [], (name, same)
        for help_text in (words["shortHelpString"], translated[name]["shortHelpString"]):
            assert not re.search(r"<[A-Za-z]", help_text), name
    # the Alerts dock and the manual send the analyst to the change algorithm under its translated name
    assert change_name != "Change between two classifications"
    assert f"{change_name}," in text["Open a change layer (Processing: Change between two classifications, or `change`)."]
    page = (translations.PACKAGE / "help" / lang / "index.html").read_text("utf-8")
    assert f"Planet classifier &gt; {change_name}</i>" in page


@needs_tools
def test_the_change_report_and_processing_errors_follow_qgis_locale(portuguese, qgis_iface, qgis_processing,
                                                                    tmp_path):
    """QGIS in pt_BR: Change's HTML report is written in Portuguese (its title, counts, tables, the causes and
    confidences the Alerts panel shows so) and an error line of the algorithm is Portuguese too; both were English
    whatever QGIS spoke. The command line's report stays English (tests/monitor/test_report.py)."""
    import shutil

    import processing
    from qgis.core import QgsProcessingException

    import planet_qgis_plugin
    from planet_qgis_plugin.core.pipeline.classify import classify
    from tests.conftest import RAPIDEYE, edit_tiles

    before, after = tmp_path / "before.gpkg", tmp_path / "after.gpkg"
    classify(RAPIDEYE, before)
    shutil.copyfile(before, after)
    edit_tiles(after, {(0, 0): {"flag_mining": 1, "flagged": 1, "score_mining": 0.99}})
    plugin = planet_qgis_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        change = "planet_classifier:change_between_classifications"
        report = tmp_path / "report.html"
        result = processing.run(change, {"BEFORE": str(before), "AFTER": str(after), "OUTPUT": str(tmp_path / "c.gpkg"),
                                         "REPORT": str(report)})
        assert result["ALERTS"] == 1
        page = report.read_text(encoding="utf-8")
        for said in ("Classificador Planet: relatório de mudanças", "Revisão: alertas por causa",
                     "Alertas, maior confiança primeiro", "<b>garimpo</b>", "quadrículas comparadas",
                     "<th>causa</th><th>confirmado</th>", "Gerado pelo classificador"):
            assert said in page, said
        for english in ("change report", "Alerts, highest confidence first", "without a BEFORE tile", "<th>cause</th>"):
            assert english not in page, english
        with pytest.raises(QgsProcessingException) as info:
            processing.run(change, {"BEFORE": str(RAPIDEYE), "AFTER": str(after), "OUTPUT": str(tmp_path / "d.gpkg")})
        assert str(info.value) == "informe duas camadas de quadrículas ou dois rasters, não um de cada"
    finally:
        plugin.unload()


@needs_tools
def test_the_runs_notes_follow_qgis_locale(portuguese, qgis_app, tmp_path):
    """QGIS in pt_BR: the notes a classify run gives the dialog and Processing (the tags the model saw too rarely to
    flag, what each concept file applied did) are in Portuguese, as the .ts file has them; in English without."""
    from planet_qgis_plugin import i18n
    from planet_qgis_plugin.core.model.bundle import resolve_bundle
    from planet_qgis_plugin.core.teach.session import TeachOptions, TeachSession
    from planet_qgis_plugin.runner import ClassifyRequest, run_classification

    raster = translations.ROOT / "tests" / "data" / "scenes" / "20170915_020728_103d_3B_AnalyticMS.tif"
    english = run_classification(ClassifyRequest(raster=str(raster), output=str(tmp_path / "en.gpkg")))
    session = TeachSession(tmp_path / "en.gpkg", resolve_bundle(None), TeachOptions(name="pits"))
    session.mark(["1"])
    session.refit()
    concept = session.save_concept(tmp_path / "pits.concept.json")  # one mark: a rough concept
    translator = i18n.install()
    try:
        notes = [i18n.tr(text).split("{")[0] for text in (
            "the model saw fewer than {minimum} training examples of {seen}: these tags raise no flag by themselves "
            "(their p_ fields are written)",
            "concept {name} was fitted to {labelled} only (a rough concept): {held} (sort by p_{name} and review, or "
            "answer its review where it was taught and save it again)")]
        result = run_classification(ClassifyRequest(raster=str(raster), output=str(tmp_path / "pt.gpkg"),
                                                    concepts=[str(concept)]))
    finally:
        i18n.remove(translator)
    assert notes[0].startswith("o modelo") and notes[1].startswith("o conceito"), notes
    for note in notes:
        assert any(m.startswith(note) for m in result.messages), (note, result.messages)
    assert any(m.startswith("the model saw fewer than") for m in english.messages), english.messages
