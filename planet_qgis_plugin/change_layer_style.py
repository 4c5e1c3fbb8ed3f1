"""The change layer in QGIS (a ``change`` run's GeoPackage): its rules, legend titles and map tip in the analyst's
language, resources/styles/change.qml loaded and set again in that language, and whether a layer still carries
that shipped style. Symbols and flag titles are the tile layer's (style.py), so both layers read alike.
"""
from __future__ import annotations

import html

from qgis.core import QgsRuleBasedRenderer, QgsVectorLayer

from .core.labels import FLAG_GROUPS
from .core.palette import FLAG_COLOURS, SEVERAL_COLOUR, SEVERAL_TITLE
from .i18n import tr
from .style import answer_symbol, fill_symbol, group_title, other_tiles_symbol, set_renderer, string_literal

#: Change layer: confidence -> (fill alpha, outline width mm) of a new flag: the more certain, the stronger.
CHANGE_STRENGTH = {"nominal": (60, 0.6), "high": (130, 1.0), "highest": (210, 1.6)}


def change_titles() -> dict[str, str]:
    """The change layer's legend titles, in the analyst's language: {confidence: its new flags' title, "": tiles
    without a new flag}."""
    from .alerts_panel import confidence_title
    from .core.monitor.change import CONFIDENCE

    titles = {c: tr("New flag, {confidence} confidence").format(confidence=confidence_title(c)) for c in CONFIDENCE}
    return {**titles, "": tr("No new flag")}


def _confidence_filter(confidence: str) -> str:
    return f"\"alert\" AND \"confidence\" = {string_literal(confidence)}"


def change_renderer() -> QgsRuleBasedRenderer:
    """The change layer's rules: per confidence (highest first) the new flags filled in their group's colour (as
    on the tile layer: two or more groups in the colour of several signals, a concept that raised no group's flag in
    that of other concepts), the stronger the more certain; the alerts answered outlined on top (confirmed solid,
    rejected dashed, as the teach loop's marks); tiles without an alert faint outlines. Titles in the
    analyst's language: resources/styles/change.qml carries them in English (scripts/make_change_style.py) and
    apply_change_style sets them again after loading it, as apply_style does flag_renderer for tile layers."""
    from .core.monitor.change import CONFIDENCE

    titles = change_titles()
    has = {g: f"array_contains(string_to_array(coalesce(\"new_flag\", ''), ' '), '{g}')" for g in FLAG_GROUPS}
    count = " + ".join(f"if({test}, 1, 0)" for test in has.values())
    root = QgsRuleBasedRenderer.Rule(None)
    for confidence in reversed(CONFIDENCE):
        alpha, width = CHANGE_STRENGTH[confidence]
        parent = QgsRuleBasedRenderer.Rule(None, 0, 0, _confidence_filter(confidence), titles[confidence])
        parent.appendChild(QgsRuleBasedRenderer.Rule(fill_symbol(SEVERAL_COLOUR, alpha, width), 0, 0,
                                                     f"({count}) >= 2", tr(SEVERAL_TITLE)))
        for group in FLAG_GROUPS:   # a group's flag, alone or with the concepts that raised it ('mining mine')
            parent.appendChild(QgsRuleBasedRenderer.Rule(fill_symbol(FLAG_COLOURS[group], alpha, width), 0, 0,
                                                         f"{has[group]} AND ({count}) = 1", group_title(group)))
        parent.appendChild(QgsRuleBasedRenderer.Rule(fill_symbol(FLAG_COLOURS["other"], alpha, width), 0, 0,
                                                     "ELSE", tr("Taught concept")))
        root.appendChild(parent)
    # the analyst's answers outlined on top, as the teach loop outlines its marks: which alerts are judged, and how,
    # seen on the map (each rule matches beside its confidence's, not instead of it)
    for answer, review in (("yes", "confirmed"), ("no", "rejected")):
        root.appendChild(QgsRuleBasedRenderer.Rule(answer_symbol(answer), 0, 0, _answer_filter(review),
                                                   answer_titles()[review]))
    root.appendChild(QgsRuleBasedRenderer.Rule(other_tiles_symbol(), 0, 0, "ELSE", titles[""]))
    return QgsRuleBasedRenderer(root)


def answer_titles() -> dict[str, str]:
    """{review value: its legend title} for the alerts the analyst answered."""
    return {"confirmed": tr("Answered: confirmed"), "rejected": tr("Answered: rejected")}


def _answer_filter(review: str) -> str:
    return f"\"alert\" AND coalesce(\"review\", '') = {string_literal(review)}"


def change_map_tip() -> str:
    """The change layer's map tip: the tile's legend title (new flag and confidence, or none) and its new flags as
    the Alerts dock names them ('garimpo, conceito mine'), the dates, the tags gained and lost (the dataset's tag
    names, as the tile labels)."""
    from .alerts_panel import cause_title
    from .core.monitor.change import CAUSES

    titles = change_titles()
    title = ("CASE " + " ".join(f"WHEN {_confidence_filter(c)} THEN {string_literal(html.escape(t) + ': ')}"
                                for c, t in titles.items() if c) + f" ELSE {string_literal(html.escape(titles['']))} END")
    before, _, after = html.escape(tr("concept {name}")).partition("{name}")
    word = ("CASE " + " ".join(f"WHEN @element = {string_literal(c)} THEN {string_literal(html.escape(cause_title(c)))}"
                               for c in CAUSES) + f" ELSE {string_literal(before)} || @element || {string_literal(after)} END")
    names = "array_filter(string_to_array(coalesce(\"new_flag\", ''), ' '), @element <> '')"
    flags = _as_text(f"array_to_string(array_foreach({names}, {word}), ', ')")
    gained, lost = html.escape(tr("Tags gained:")), html.escape(tr("Tags lost:"))
    # the answer, where there is one: a reason is what the analyst typed, text and never markup ('<1 ha')
    reason = _as_text("\"reject_reason\"")
    answered = ("CASE " + " ".join(f"WHEN {_answer_filter(r)} THEN {string_literal('<br/>' + html.escape(t))}"
                                   for r, t in answer_titles().items())
                + " ELSE '' END || if(" + _answer_filter("rejected") + f" AND {reason} <> '', ': ' || {reason}, '')")
    before_date, after_date, tags_gained, tags_lost = (_as_text(f'"{name}"') for name in
                                                       ("date_before", "date_after", "tags_gained", "tags_lost"))
    return (f'[% {title} %]<b>[% {flags} %]</b><br/>[% {before_date} %] &rarr; [% {after_date} %]<br/>'
            f'{gained} [% {tags_gained} %]<br/>{lost} [% {tags_lost} %][% {answered} %]')


def _as_text(expression: str) -> str:
    """``expression`` (a field, or what is made of one) as text in the map tip's HTML: a layer edited by hand may hold
    markup in any field ('<img src=x>'), shown as typed, never rendered."""
    return (f"replace(coalesce(to_string({expression}), ''), array('&', '<', '>'), "
            "array('&amp;', '&lt;', '&gt;'))")


def apply_change_style(layer: QgsVectorLayer) -> bool:
    """Load resources/styles/change.qml on a change layer, its legend and map tip in the analyst's language (the
    QML, and the copy the change GeoPackage stores as its default style, are English). False if it failed."""
    from .core.monitor.change_style import change_style_path

    path = change_style_path()
    if not path.is_file():
        return False
    _msg, ok = layer.loadNamedStyle(str(path))
    if ok:
        set_renderer(layer, change_renderer())
        layer.setMapTipTemplate(change_map_tip())
    return bool(ok)


def _qml_rules(element) -> list:
    return [(r.get("filter") or "", r.get("label") or "", _qml_rules(r)) for r in element.findall("rule")]


def _layer_rules(rule) -> list:
    return [(r.filterExpression() or "", r.label() or "", _layer_rules(r)) for r in rule.children()]


#: The fingerprints (style_fingerprint) of the change.qml each earlier version shipped, newest first: a6f8d3b,
#: af0d16e, bfb33e9, edd6357, 23259ab, 1670975. A change GeoPackage written then stores it as its default style, and a
#: project saved then keeps it: such a layer wears the plugin's old look ('Several deforestation signals', an older
#: map tip), not the analyst's, and is styled again. When change.qml changes, its fingerprint before joins these
#: (tests/plugin/test_alerts_hostile.py checks every version in git).
EARLIER_CHANGE_STYLES = frozenset({"8541369f249c40dc", "b14200a2a451cbae", "9fd4b2da8a8c096c", "25ce78f7d5eac94c",
                                   "b0a76d9a0d2fea13", "c6827cb8957b5f52"})


def style_fingerprint(rules: list, map_tip: str) -> str:
    """A style's rules (filter, title, children) and map tip, as a short digest."""
    import hashlib
    import json

    return hashlib.sha256(json.dumps([rules, map_tip]).encode()).hexdigest()[:16]


def qml_fingerprint(text: str) -> str | None:
    """style_fingerprint of a change layer's QML; None where it is no rule-based style."""
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(text)
    except ET.ParseError:
        return None
    rules = root.find("renderer-v2/rules")
    return None if rules is None else style_fingerprint(_qml_rules(rules), root.findtext("mapTip") or "")


def has_shipped_change_style(layer: QgsVectorLayer) -> bool:
    """Whether ``layer`` looks as resources/styles/change.qml has it (the English default style a change GeoPackage
    stores) or as an earlier version's had it (EARLIER_CHANGE_STYLES): the same rules, titles and map tip. A style
    the analyst changed (a title, the renderer) is theirs."""
    from .core.monitor.change_style import change_style_path

    renderer = layer.renderer()
    if not isinstance(renderer, QgsRuleBasedRenderer):
        return False
    try:
        shipped = qml_fingerprint(change_style_path().read_text(encoding="utf-8"))
    except OSError:
        return False
    if shipped is None:
        return False
    return style_fingerprint(_layer_rules(renderer.rootRule()), layer.mapTipTemplate() or "") in \
        EARLIER_CHANGE_STYLES | {shipped}
