"""Self-contained HTML reports (every image embedded as base64: the file opens in a browser with no server).

- batch: per scene a quick-look with flagged tiles (core/pipeline/preview.py) and a bar chart of tag and flag counts.
- change: the alerts, biggest score rise first, with coordinates, dates, confidence and before/after
  thumbnails of each alert tile, plus a chart of alerts by flag and confidence.
Charts use matplotlib's Agg canvas directly (no pyplot: no global backend is switched inside QGIS).
"""
from __future__ import annotations

import base64
import html
import io
import math
import tempfile
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from ..errors import OutputError, PlanetClassifierError
from ..labels import FLAG_GROUPS, LABELS
from ..palette import FLAG_COLOURS, draw_credit
from ..publish import Staged, stage_text, write_text_atomic
from ..wording import count, tr

CREDIT = "Imagery &copy; Planet Labs PBC"
#: The batch report's title; also how a report.html the batch wrote is told from one of the analyst's own.
BATCH_TITLE = "Planet classifier: batch report"
MAX_ALERTS = 200     # alert rows shown in a change report (the GeoPackage has all)
MAX_HELD = 50        # rows of tiles whose new flags were held back, shown after the alerts (likewise)
THUMB = 160          # thumbnail side, px
OVERVIEW = 900       # longest side of the overview of the AFTER scene, px
#: Outline colour of an alert by confidence (overview map, chart, table rows).
CONFIDENCE_COLOURS = {"nominal": (242, 214, 75), "high": (240, 138, 36), "highest": (200, 30, 30)}
CSS = """body{font-family:sans-serif;margin:1.5em;color:#222;max-width:1200px}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;font-size:.9em}td,th{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f3f3f3}.num{text-align:right}.nowrap{white-space:nowrap}.scene{display:flex;gap:1em;flex-wrap:wrap;align-items:flex-start}
.scene img{max-width:560px;border:1px solid #ccc}.failed{color:#b00}.highest{background:#f6c6c6}
.high{background:#fde3c8}.nominal{background:#fff6c8}small{color:#666}"""


def data_uri(picture, fmt: str = "PNG") -> str:
    """``picture`` as a data URI an HTML page embeds: a PIL image (PNG; JPEG for photographic quick-looks, a
    tenth of the PNG's size, so a report of many scenes stays light), a matplotlib figure (PNG) or the bytes
    of a PNG file."""
    if isinstance(picture, bytes):
        data = picture
    else:
        buffer = io.BytesIO()
        if hasattr(picture, "savefig"):  # a matplotlib Figure, drawn on the Agg canvas (no pyplot)
            from matplotlib.backends.backend_agg import FigureCanvasAgg

            FigureCanvasAgg(picture).print_png(buffer)
        elif fmt == "JPEG":
            picture.convert("RGB").save(buffer, format="JPEG", quality=85)
        else:
            picture.save(buffer, format="PNG", optimize=True)
        data = buffer.getvalue()
    return f"data:image/{fmt.lower()};base64," + base64.b64encode(data).decode("ascii")


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#%02x%02x%02x" % rgb


def _bar_axes(ax, names: list[str], xlabel: str, title: str) -> None:
    """The look both bar charts share: one row per name, top to bottom, whole-number counts."""
    from matplotlib.ticker import MaxNLocator

    ax.set_yticks(range(len(names)))
    ax.set_yticklabels(names, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel(xlabel, fontsize=8)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title(title, fontsize=9)


def counts_chart(counts: dict[str, int], title: str, groups: dict[str, str] | None = None) -> str:
    """Horizontal bar chart of tag and flag counts (flags in their map colours: a concept's in its flag group's,
    ``groups``: concept -> group, as the quick-look fills its tiles; one of group other, or of no known group, in
    other's), as a data URI."""
    from matplotlib.figure import Figure

    names = [n for n in counts if counts[n] or n.startswith("flag_")]
    fig = Figure(figsize=(5.2, 0.22 * len(names) + 0.9), dpi=90)
    ax = fig.add_subplot(111)
    colours = [_hex(FLAG_COLOURS.get(n[5:]) or FLAG_COLOURS.get((groups or {}).get(n[5:], ""), FLAG_COLOURS["other"]))
               if n.startswith("flag_") else "#7a8a99" for n in names]
    ax.barh(range(len(names)), [counts[n] for n in names], color=colours)
    _bar_axes(ax, names, "tiles", title)
    for i, n in enumerate(names):
        ax.text(counts[n], i, f" {counts[n]}", va="center", fontsize=7)
    fig.tight_layout()
    return data_uri(fig)


def _page(title: str, body: str) -> str:
    """The page around ``body``; its words, as the change report's, in the language of the run's translator
    (core/wording.words: the QGIS faces set it; the command line writes English)."""
    written = html.escape(tr("Written by the Planet deforestation classifier."))
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<style>{CSS}</style></head><body><h1>{html.escape(title)}</h1>{body}"
            f"<p><small>{CREDIT}. {written}</small></p></body></html>")


def _write_html(path: Path, title: str, body: str) -> Path:
    """Write atomically: a report is either whole or absent."""
    try:
        return write_text_atomic(path, _page(title, body))
    except OSError as exc:
        raise OutputError(tr("could not write report {report}: {exc}").format(report=path, exc=exc)) from None


# -- batch -------------------------------------------------------------------------------------
def batch_report(path: str | Path, rows, bundle_path: str | None, bands: str | None = None, kept=()) -> Path:
    """A table of all scenes (failed ones with their error), then one section per finished scene:
    quick-look with flagged tiles + counts chart; ``rows``: this run's SceneRow, ``kept``: those summary.csv keeps of
    earlier runs into the folder (batch.kept_scene_row), so that the report covers what summary.csv holds, saying
    which are which."""
    from PIL import Image

    from ..model.bundle import resolve_bundle
    from ..pipeline.preview import render_preview
    from .batch import DONE, FAILED, UNKNOWN_AREA, UP_TO_DATE

    path = Path(path)
    bundle = resolve_bundle(bundle_path)
    earlier = {id(r) for r in kept}
    sections = []
    with tempfile.TemporaryDirectory() as tmp:
        for row in sorted((r for r in [*rows, *kept] if r.status != FAILED),
                          key=lambda r: (-int(r.flagged or 0), r.scene)):
            name = html.escape(Path(row.scene).name)
            try:
                png = render_preview(row.scene, row.output, Path(tmp) / "quicklook.png", bundle, bands)
                with Image.open(png) as image:
                    quicklook = f"<img alt='quick-look of {name}' src='{data_uri(image, 'JPEG')}'>"
            except (PlanetClassifierError, OSError, ValueError) as exc:
                quicklook = f"<p class='failed'>no quick-look: {html.escape(str(exc))}</p>"
            chart = counts_chart({k: row.counts.get(k, 0) for k in _count_order(row.counts)}, "tiles per tag and flag",
                                 row.groups)
            source = f" ({html.escape(row.acquired_source)})" if row.acquired_source else ""
            facts = (f"acquired {html.escape(row.acquired)}{source}; {count(int(row.tiles or 0), 'tile')}, "
                     f"{row.skipped} skipped (no data), <b>{row.flagged} flagged</b>"
                     + ("" if row.flagged_km2 == "" else f", {_area(row.flagged_km2)}" if row.flagged_km2 == UNKNOWN_AREA
                        else f" ({_area(row.flagged_km2)})")
                     + f"; {html.escape(row.device)} {html.escape(row.backend)}"
                     + (f"; <b>held unconfirmed</b> (flags left off; sort by p_ and review): "
                        f"{html.escape(row.unconfirmed)}" if row.unconfirmed else "")
                     + ("; kept from an earlier run into this folder" if id(row) in earlier else ""))
            sections.append(f"<h2>{name}</h2><p>{facts}</p><div class='scene'>{quicklook}"
                            f"<img alt='counts for {name}' src='{chart}'></div>")
    table = _scene_table([*rows, *kept], earlier)
    model = f"<b>{html.escape(bundle.manifest.display_name)}</b>"
    if kept:
        done = {s: sum(r.status == s for r in rows) for s in (DONE, UP_TO_DATE, FAILED)}
        given = (f"{count(len(rows) + len(kept), 'scene')} in summary.csv: {len(rows)} run now ({done[DONE]} classified, "
                 f"{done[UP_TO_DATE]} up to date, {done[FAILED]} failed) with {model}, {len(kept)} kept from earlier "
                 "runs into this folder (their outputs as those runs left them)")
    else:
        given = f"{count(len(rows), 'scene')} given to {model}"
    body = (f"<p>{given}. Flagged tiles are filled in their flag's colour on each quick-look; read the model card "
            f"before trusting a flag.</p>{table}{''.join(sections)}")
    return _write_html(path, BATCH_TITLE, body)


def is_batch_report(path: Path) -> bool:
    """Whether the file at ``path`` is a report a batch wrote (its title, at the start of the page)."""
    with open(path, "rb") as handle:
        return f"<title>{html.escape(BATCH_TITLE)}</title>".encode() in handle.read(4096)


def _count_order(counts: dict[str, int]) -> list[str]:
    flags = [f"flag_{g}" for g in FLAG_GROUPS] + sorted(k for k in counts if k.startswith("flag_")
                                                        and k[5:] not in FLAG_GROUPS)
    return flags + [t for t in LABELS if t in counts]


def _area(km2, unit: str = " km&sup2;") -> str:
    from .batch import UNKNOWN_AREA

    return "area unknown (no CRS)" if km2 == UNKNOWN_AREA else f"{km2}{unit}"


def _scene_table(rows, earlier: set[int] = frozenset()) -> str:
    """One row a scene: its flag groups' counts, then each concept's (``--concept``, a bundle's taught ones): a
    concept of group other raises no group flag, so 'flagged' leaves it out; one held unconfirmed there says so.
    ``earlier``: the ids of the rows kept from earlier runs, their status said so."""
    from .batch import held_names

    concepts = sorted({k[5:] for r in rows for k in r.counts if k.startswith("flag_") and k[5:] not in FLAG_GROUPS})
    head = "<tr><th>scene</th><th>status</th><th>acquired</th><th>tiles</th><th>flagged</th><th>km&sup2;</th>" + "".join(
        f"<th>{g}</th>" for g in FLAG_GROUPS) + "".join(f"<th>concept {html.escape(c)}</th>" for c in concepts) + "</tr>"
    fields = [f"flag_{g}" for g in FLAG_GROUPS] + [f"flag_{c}" for c in concepts]

    def when(row) -> str:
        return " (earlier run)" if id(row) in earlier else ""

    body = "".join(
        f"<tr><td>{html.escape(Path(r.scene).name)}</td>"
        + (f"<td class='failed' colspan='{5 + len(fields)}'>failed{when(r)}: {html.escape(r.error)}</td>" if r.error
           else f"<td>{html.escape(r.status)}{when(r)}</td><td class='nowrap'>{html.escape(r.acquired)}</td>"
           f"<td class='num'>{r.tiles}</td><td class='num'>{r.flagged}</td><td class='num'>{_area(r.flagged_km2, '')}</td>"
           + "".join(f"<td class='num'>{r.counts.get(f, '')}"
                     + (" (unconfirmed)" if f[5:] in held_names(r.unconfirmed) else "") + "</td>" for f in fields))
        + "</tr>"
        for r in sorted(rows, key=lambda r: r.scene))
    return f"<table>{head}{body}</table>"


# -- change ------------------------------------------------------------------------------------
def change_report(path: str | Path, result, before_scene: str | Path | None = None,
                  after_scene: str | Path | None = None) -> Path:
    """Alerts of a core.monitor.change.ChangeResult, highest confidence first, with before/after thumbnails;
    the review counts (confirmed / rejected / open per cause) are read from the change GeoPackage."""
    return _write_html(Path(path), change_title(), _change_body(result, before_scene, after_scene, result.output))


def stage_change_report(path: str | Path, result, change: Path, tick=lambda n=1: None) -> Staged:
    """change_report written whole under a temporary name beside ``path``, not yet in place (publish.Staged:
    ``compare`` puts it in place with the change layer, or takes it back). ``change``: the change GeoPackage
    the review counts are read from (the layer not yet published); ``tick(n)`` once per alert and per tile held back
    shown and once for the overview (it raises Cancelled). OutputError, in one line, if it cannot be written."""
    path = Path(path)
    body = _change_body(result, *result.scenes, change, tick)
    try:
        return stage_text(path, _page(change_title(), body))
    except OSError as exc:  # nothing left beside it
        raise OutputError(tr("could not write report {report}: {exc}").format(report=path, exc=exc)) from None


def report_parts(result) -> int:
    """How many times stage_change_report ticks for ``result`` (a ChangeResult): once per picture pair and once for the
    overview."""
    return min(len(result.alerts), MAX_ALERTS) + min(len(result.held_tiles), MAX_HELD) + 1


def change_title() -> str:
    return tr("Planet classifier: change report")


def cause_word(word: str) -> str:
    """A cause as the analyst reads it (the Alerts panel's words)."""
    titles = {"mining": tr("mining"), "logging": tr("logging"), "slash_burn": tr("slash-and-burn"), "other": tr("other")}
    return titles.get(word, word)


def flags_words(flags: list[str]) -> str:
    """An alert's new flags (a flag group and the concept that raised it: 'mining mine') as the Alerts dock reads
    them: 'mining, concept mine'."""
    from .change import CAUSES

    return ", ".join(cause_word(w) if w in CAUSES else tr("concept {name}").format(name=w) for w in flags) or "-"


def confidence_word(word: str) -> str:
    return {"nominal": tr("nominal"), "high": tr("high"), "highest": tr("highest")}.get(word, word)


def evidence_words(words: list[str]) -> str:
    titles = {"rise": tr("rise"), "neighbours": tr("neighbours"), "embedding": tr("embedding")}
    return ", ".join(titles.get(w, w) for w in words)


def _date_words(date) -> str:
    """An acquisition date and where it was read (core/pipeline/acquired.Acquired.describe), in the report's language."""
    if not date.known:
        return tr("unknown date")
    sources = {"metadata": tr("metadata"), "file name": tr("file name"), "given": tr("given"),
               "file time of the GeoPackage": tr("file time of the GeoPackage")}
    return f"{date.date} ({sources.get(date.source, date.source)})"


def _change_body(result, before_scene, after_scene, change: Path, tick=lambda n=1: None) -> str:
    from .alerts import OPEN, UNKNOWN, read_alerts
    from .change import CAUSES, CONFIDENCE, CONFIRMED, REJECTED, recorded_scene

    scenes = [recorded_scene(result.before, before_scene), recorded_scene(result.after, after_scene)]
    shown, held = result.alerts[:MAX_ALERTS], result.held_tiles[:MAX_HELD]
    with Thumbnails(scenes[0], scenes[1], result.after.crs_wkt) as thumbs:  # each scene opened once
        pictures, held_pictures = [], []
        for a in shown:
            tick()
            pictures.append(thumbs.pair(result.after.wkb[a.index]))
        for tile in held:
            tick()
            held_pictures.append(thumbs.pair(result.after.wkb[tile.index]))
        tick()
        overview = thumbs.overview([(result.after.wkb[a.index], CONFIDENCE_COLOURS[a.confidence],
                                     str(rank) if rank <= 50 else "") for rank, a in enumerate(shown, start=1)])
    notes = [html.escape(m) for m in result.messages]
    if None in scenes:
        notes.append(html.escape(tr("thumbnails need both scenes: pass --before-scene and --after-scene (every "
                                    "classify run records its scene; this one's is missing or moved)")))
    located = bool(result.after.crs_wkt)  # read through tiletable.defined_srs: GDAL's 'undefined' SRS is None
    where = tr("lat, lon") if located else tr("row, col (no CRS)")
    rows = []
    for rank, (alert, (before_img, after_img)) in enumerate(zip(shown, pictures), start=1):
        i = alert.index
        gained = result.after.tag_text(i) - result.before.tag_text(alert.before)
        lost = result.before.tag_text(alert.before) - result.after.tag_text(i)
        place = _place(result, alert, located)
        rows.append(
            f"<tr class='{alert.confidence}'><td class='num'>{rank}</td><td><b>{html.escape(cause_word(alert.cause))}</b>"
            f"<br><small>{html.escape(flags_words(alert.new_flag))}</small></td>"
            f"<td>{html.escape(confidence_word(alert.confidence))}<br><small>{html.escape(evidence_words(alert.evidence))}"
            "</small></td>"
            f"<td class='num'>+{alert.rise:.2f}{_ends(alert.scores)}</td><td class='num'>{place}</td>"
            f"<td class='nowrap'>{html.escape(result.before_date.date)}<br>{html.escape(result.after_date.date)}</td>"
            f"<td>{_tags_cell(gained, lost)}</td>"
            f"<td>{before_img}</td><td>{after_img}</td></tr>")
    by = {c: sum(a.confidence == c for a in result.alerts) for c in CONFIDENCE}
    chart = _alerts_chart(result.alerts) if result.alerts else ""
    more = ("<p>" + html.escape(tr("Showing the {shown} first of {n} alerts; the change GeoPackage has all.").format(
        shown=MAX_ALERTS, n=len(result.alerts))) + "</p>" if len(result.alerts) > MAX_ALERTS else "")
    heads = [tr("cause"), tr("new flags"), tr("confidence"), tr("evidence"), tr("score rise"), where, tr("before"),
             tr("after"), tr("tags gained / lost"), tr("BEFORE → AFTER")]
    h = [html.escape(t) for t in heads]
    table = (f"<table><tr><th>#</th><th>{h[0]}<br><small>{h[1]}</small></th><th>{h[2]}<br><small>{h[3]}</small>"
             f"</th><th>{h[4]}<br><small>{h[9]}</small></th><th>{h[5]}</th><th>{h[6]}<br>{h[7]}</th><th>{h[8]}</th>"
             f"<th>{h[6]}</th><th>{h[7]}</th></tr>" + "".join(rows) + "</table><p><small>" + html.escape(tr(
                 "Score rise: how much the leading flag's score (a probability, 0 to 1) rose from BEFORE to AFTER, "
                 "above the rise of the whole scene (haze, light, another product), which the rule takes away; under "
                 "it, BEFORE's and AFTER's scores. Evidence: rise (a rise of the margin or more), neighbours (a "
                 "neighbouring tile's same flag makes an alert), embedding (the tile changed among the most in what the "
                 "network sees).")) + "</small></p>"
             ) if rows else "<p><b>" + html.escape(tr("No alerts.")) + "</b></p>"
    counts = read_alerts(change).counts()
    # an answer typed by hand that is none of the known ones has its column only where there is one
    statuses = [CONFIRMED, REJECTED, OPEN] + ([UNKNOWN] if any(n[UNKNOWN] for n in counts.values()) else [])
    words = {CONFIRMED: tr("confirmed"), REJECTED: tr("rejected"), OPEN: tr("open"), UNKNOWN: tr("unknown answer")}
    columns = [tr("cause"), *(words[k] for k in statuses), tr("total")]
    review = ("<table><tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in columns) + "</tr>"
              + "".join(f"<tr><td>{html.escape(cause_word(c))}</td>" + "".join(f"<td class='num'>{n[k]}</td>"
                                                                           for k in statuses)
                        + f"<td class='num'>{sum(n.values())}</td></tr>"
                        for c, n in counts.items() if c in CAUSES or sum(n.values()))
              + "</table><p><small>" + html.escape(tr(
                  "Each alert counted once: under the cause the analyst confirmed, else the flag group that raised it "
                  "(a taught concept under its group).")) + "</small></p>")
    names = [html.escape(scene.name if scene is not None else table.path.name)
             for scene, table in zip(scenes, (result.before, result.after))]
    sides = "".join(
        html.escape(tr("{side} {scene}, acquired {date}")).format(
            side=f"<b>{html.escape(side)}</b>", scene=name, date=html.escape(_date_words(date))) + end
        for side, name, date, end in ((tr("Before"), names[0], result.before_date, "<br>"),
                                      (tr("After"), names[1], result.after_date, "")))
    compared = html.escape(tr("{compared}, {left_out} (not covered by the before scene); {alerts}: "
                              "{by_confidence}.")).format(
        compared=html.escape(count(result.compared, tr("tile compared"), tr("tiles compared"))),
        left_out=html.escape(count(result.no_baseline, tr("tile left out"), tr("tiles left out"))),
        alerts="<b>" + html.escape(count(len(result.alerts), tr("alert"), tr("alerts"))) + "</b>",
        by_confidence=html.escape(", ".join(f"{by[c]} {confidence_word(c)}" for c in CONFIDENCE)))
    nxt = ("<p>" + html.escape(tr(
        "Next: judge each alert on its before/after pair. Open {layer} in QGIS, Review alerts… (toolbar): Y confirms "
        "with a cause, N rejects with a reason, Ctrl+Z undoes; each answer is stored in the layer with when and by "
        "whom. Export confirmed… then hands the confirmed alerts off. The review table below counts the answers as "
        "they stood when this report was written.")).format(layer=f"<b>{html.escape(Path(result.output).name)}</b>")
           + "</p>") if result.alerts else ""
    note = html.escape(tr("note:"))
    titles = [html.escape(t) for t in (tr("alerts by cause and confidence"), tr("Review: alerts per cause"),
                                       tr("Alerts, highest confidence first"), tr("How alerts are decided"))]
    held_said = ("<p>" + html.escape(tr(
        "{held_back}, on {tiles}: each is shown on its before/after pair below the alerts, with why (the change "
        "layer's held_back field).").format(held_back=result.held_back(), tiles=count(
            len(result.held_tiles), tr("tile"), tr("tiles")))) + "</p>"
                 if sum(result.held.values()) else "")   # a rejection explained: '0 alerts' is not 'nothing new'
    if result.unseen_next():   # a change behind BEFORE's haze is in no alert: what to do, at the top
        held_said += "<p class='unseen'><b>" + html.escape(result.unseen_next()) + ".</b></p>"
    body = (f"<p>{sides}</p><p>{compared}</p>" + held_said + nxt
            + "".join(f"<p><small>{note} {n}</small></p>" for n in notes)
            + _concept_flags_note(result.after)
            + "<p><small>"
            + html.escape(tr("Map: the AFTER scene, alerts outlined by confidence and numbered as in the table. "
                             "Thumbnails: the AFTER tile's footprint outlined in both scenes.")) + "</small></p>"
            + "<div class='scene'>" + overview
            + (f"<img alt='{titles[0]}' src='{chart}'>" if chart else "") + "</div>"
            + f"<h2>{titles[1]}</h2>" + review + more + f"<h2>{titles[2]}</h2>" + table
            + _held_table(result, held, held_pictures, where, located)
            # the rule last: what the analyst reads first is what changed; the rule is the reference for it
            + f"<h2>{titles[3]}</h2><p><small>"
            + html.escape(tr("Alert rule: {rule}.")).format(rule=html.escape(result.rule)) + "</small></p>")
    return body


def _tags_cell(gained: set[str], lost: set[str]) -> str:
    """'+ road<br>&minus; water': the tags gained and lost, a line for each that there is; '-' for none ('+ -' over
    '&minus; -' read as two changes of nothing)."""
    lines = [f"{sign} {html.escape(' '.join(sorted(tags)))}" for sign, tags in (("+", gained), ("&minus;", lost)) if tags]
    return "<br>".join(lines) or "-"


def _ends(scores) -> str:
    """'<br><small>0.04 → 0.93</small>': the leading flag's BEFORE and AFTER score under its rise ('' unknown)."""
    if scores is None or not all(math.isfinite(v) for v in scores):
        return ""
    return f"<br><small>{scores[0]:.2f} &rarr; {scores[1]:.2f}</small>"


def _place(result, tile, located: bool) -> str:
    """Where an alert or a tile held back is: 'lat, lon', or the AFTER tile's 'row, col' for runs without a CRS."""
    i = tile.index
    return f"{tile.lat:.5f}, {tile.lon:.5f}" if located else f"{result.after.rows[i]}, {result.after.cols[i]}"


def _held_table(result, held, pictures, where: str, located: bool) -> str:
    """The tiles whose new flags made no alert, each with its flags and why, its place and its before/after pair:
    the rule's rejections, judged on the pair as its alerts are; '' where there are none."""
    if not held:
        return ""
    head = [html.escape(t) for t in (tr("new flags held back, and why"), where, tr("tags gained / lost"),
                                     tr("before"), tr("after"))]
    rows = []
    for k, (tile, (before_img, after_img)) in enumerate(zip(held, pictures), start=1):
        gained = result.after.tag_text(tile.index) - result.before.tag_text(tile.before)
        lost = result.before.tag_text(tile.before) - result.after.tag_text(tile.index)
        rows.append(f"<tr><td class='num'>{k}</td><td>{html.escape(tile.why)}</td>"
                    f"<td class='num'>{_place(result, tile, located)}</td>"
                    f"<td>{_tags_cell(gained, lost)}</td><td>{before_img}</td><td>{after_img}</td></tr>")
    more = ("<p>" + html.escape(tr("Showing the {shown} first of {n} tiles held back; the change GeoPackage has all.")
                                .format(shown=MAX_HELD, n=len(result.held_tiles))) + "</p>"
            if len(result.held_tiles) > MAX_HELD else "")
    title = html.escape(tr("New flags held back"))
    return (f"<h2>{title}</h2><p><small>"
            + html.escape(tr("Flags AFTER raised on these tiles that made no alert, and why (the alert rule, at the end): a "
                             "partial tile, cloud on a date, a tile BEFORE did not see clear, or too small a rise over "
                             "BEFORE's score.")) + "</small></p>"
            + more + "<table><tr><th>#</th>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>" + "".join(rows)
            + "</table>")


def _concept_flags_note(after) -> str:
    """Which threshold raised each concept's flag on AFTER, what it is worth and where the concept came from (the
    layer's record, schema.concept_flags): an alert on a concept's flag is judged knowing it; '' for none."""
    from ..layer.schema import concept_flags

    flags = concept_flags(after.metadata) if after is not None else {}
    if not flags:
        return ""
    said = "; ".join(f"{name}: {flag.describe()}" for name, flag in flags.items())
    return "<p><small>" + html.escape(tr("Concept flags on AFTER: {concepts}.").format(concepts=said)) + "</small></p>"


def _alerts_chart(alerts) -> str:
    """Alerts per cause (each alert once, under its cause), stacked by confidence."""
    from matplotlib.figure import Figure

    from .change import CAUSES, CONFIDENCE

    causes = [c for c in CAUSES if any(a.cause == c for a in alerts)]
    names = [cause_word(c) for c in causes]
    fig = Figure(figsize=(5.2, 0.35 * len(names) + 1.6), dpi=90)
    ax = fig.add_subplot(111)
    left = np.zeros(len(names))
    for confidence in CONFIDENCE:
        colour = _hex(CONFIDENCE_COLOURS[confidence])
        values = np.array([sum(confidence == a.confidence and a.cause == n for a in alerts) for n in causes])
        ax.barh(range(len(names)), values, left=left, color=colour, label=confidence_word(confidence))
        left += values
    _bar_axes(ax, names, "", tr("alerts by cause and confidence"))  # no axis label: the legend sits below the ticks
    ax.legend(fontsize=7, ncol=3, loc="upper center", bbox_to_anchor=(0.5, -0.45), frameon=False)
    fig.tight_layout()
    return data_uri(fig)


def _label_font(size: int):
    """A bold font ``size`` px for the numbers on the map (matplotlib's DejaVu Sans, there wherever the report's
    charts are drawn); PIL's small bitmap font where it cannot be loaded."""
    from PIL import ImageFont

    try:
        from matplotlib import font_manager

        return ImageFont.truetype(font_manager.findfont(font_manager.FontProperties(family="DejaVu Sans",
                                                                                    weight="bold")), size)
    except (ImportError, OSError, ValueError):
        return ImageFont.load_default()


def _fitted(draw, label: str, width: float, height: float, largest: int):
    """(font, its box of ``label``, black edge included): the largest size up to ``largest`` whose label fits in
    ``width`` x ``height`` px (a tile on the map), else the smallest tried (10 px)."""
    for size in range(largest, 9, -1):
        font = _label_font(size)
        box = draw.textbbox((0, 0), label, font=font, stroke_width=2)
        if box[2] - box[0] <= width and box[3] - box[1] <= height:
            break
    return font, box


class Thumbnails:
    """Pictures cut from the BEFORE and AFTER scenes, read with the bundled model's band mapping and
    scaling (as the network saw them), footprints given in the AFTER CRS; '' where a scene is missing.

    Inside ``with Thumbnails(...) as thumbs:`` each scene is opened once and kept open until the block
    ends (a report or an export cuts many pictures); outside one, each picture opens its scene and closes
    it again (the Alerts panel, which must not hold the files while it stays open)."""

    def __init__(self, before_scene: Path | None, after_scene: Path | None, crs_wkt: str | None):
        from ..model.bundle import resolve_bundle

        self.scenes = (before_scene, after_scene)
        self.crs_wkt = crs_wkt
        self.manifest = resolve_bundle(None).manifest
        self._scalers: dict[Path, object] = {}
        self._open: dict[Path, object] | None = None  # scene -> open dataset, inside a with block

    def __enter__(self) -> "Thumbnails":
        self._open = {}
        return self

    def __exit__(self, *exc) -> None:
        datasets, self._open = self._open or {}, None
        for src in datasets.values():
            src.close()

    @contextmanager
    def _dataset(self, scene: Path):
        """The open scene: kept open inside a with block, else opened for this one picture."""
        from ..pipeline.classify import open_raster

        if self._open is None:
            with open_raster(scene) as src:
                yield src
            return
        if scene not in self._open:
            self._open[scene] = open_raster(scene)
        yield self._open[scene]

    def pair(self, footprint_wkb: bytes) -> tuple[str, str]:
        """The same footprint (an AFTER tile) cut from the BEFORE and the AFTER scene, outlined."""
        return tuple(self._safe(self._chip, scene, footprint_wkb) for scene in self.scenes)

    def overview(self, outlines: list[tuple[bytes, tuple[int, int, int], str]]) -> str:
        """The whole AFTER scene with ``outlines`` (footprint, colour, label) drawn on it."""
        return self._safe(self._overview, self.scenes[1], outlines)

    @staticmethod
    def _safe(draw, scene, *args) -> str:
        if scene is None:
            return ""
        try:
            return draw(scene, *args)
        except (PlanetClassifierError, OSError, ValueError, RuntimeError) as exc:
            said = tr("no image")
            return f"<small>{html.escape(said)}: {html.escape(' '.join(str(exc).split())[:80])}</small>"

    def _read(self, src, window, shape: tuple[int, int]) -> np.ndarray:
        """(H, W, 3) uint8 of ``window`` resampled to ``shape``, nodata black, north up (a raster stored south-up
        or east to west turned: pipeline.raster.north_up)."""
        from ..pipeline.preprocess import scaling_rule, scene_scaler
        from ..pipeline.preview import display_bands
        from ..pipeline.raster import footprint_transform, north_up

        rgb = display_bands(src, self.manifest)
        key = Path(src.name)
        if key not in self._scalers:
            self._scalers[key] = scene_scaler(src, rgb, scaling_rule(self.manifest, src.dtypes[0]))
        raw = src.read(rgb, window=window, boundless=True, fill_value=0, out_shape=(len(rgb),) + shape)
        valid = src.dataset_mask(window=window, boundless=True, out_shape=shape) > 0
        image = (np.clip(self._scalers[key](raw), 0, 1) * valid[None] * 255).astype(np.uint8)
        return np.ascontiguousarray(north_up(image, footprint_transform(src)).transpose(1, 2, 0))

    def _in_scene_crs(self, src, wkb: bytes):
        from osgeo import ogr, osr

        from ..layer.tiletable import xy_srs

        geom = ogr.CreateGeometryFromWkb(wkb)
        if src.crs is not None and self.crs_wkt:
            a, b = xy_srs(self.crs_wkt), xy_srs(src.crs.to_wkt())
            if not a.IsSame(b):
                geom.Transform(osr.CoordinateTransformation(a, b))
        return geom

    @staticmethod
    def _outline(geom, to_pixel, window: tuple[float, float], size: tuple[int, int], src=None
                 ) -> list[tuple[float, float]]:
        """``geom``'s ring in the pixels of a ``size`` (width, height) picture of a ``window`` (width, height in the
        raster's pixels; ``to_pixel`` takes a point there), turned as _read turns the picture of ``src`` (north up)."""
        from affine import Affine

        from ..pipeline.raster import footprint_transform, north_up_points

        ring = geom.GetGeometryRef(0)
        points = north_up_points([to_pixel * (ring.GetX(k), ring.GetY(k)) for k in range(ring.GetPointCount())],
                                 footprint_transform(src) if src is not None else Affine.identity(), *window)
        return [(c * size[0] / window[0], r * size[1] / window[1]) for c, r in points]

    def chip_image(self, scene: Path, footprint_wkb: bytes, size: int = THUMB):
        """PIL image of the footprint (AFTER CRS) and a quarter tile around it cut from ``scene``, outlined."""
        from PIL import Image, ImageDraw
        from rasterio.windows import Window
        from rasterio.windows import transform as window_transform

        from ..pipeline.classify import footprint_transform

        with self._dataset(Path(scene)) as src:
            geom = self._in_scene_crs(src, footprint_wkb)
            x0, x1, y0, y1 = geom.GetEnvelope()
            pad_x, pad_y = (x1 - x0) * 0.25, (y1 - y0) * 0.25
            transform = footprint_transform(src)  # tiles of an image without georeference sit at y = -row
            # the pixels of the padded box's corners, whichever way the raster stores its rows and columns (rasterio's
            # from_bounds refuses a south-up raster's: 'Bounds and transform are inconsistent')
            cols, rows = zip(*(~transform * (x, y) for x in (x0 - pad_x, x1 + pad_x) for y in (y0 - pad_y, y1 + pad_y)))
            window = Window(min(cols), min(rows), max(cols) - min(cols), max(rows) - min(rows))
            image = self._read(src, window, (size, size))
            to_pixel = ~window_transform(window, transform)
            points = self._outline(geom, to_pixel, (window.width, window.height), (size, size), src)
        canvas = Image.fromarray(image, "RGB")
        ImageDraw.Draw(canvas).line(points + points[:1], fill=(255, 255, 0), width=2)
        return canvas

    def _chip(self, scene: Path, footprint_wkb: bytes) -> str:
        canvas = self.chip_image(scene, footprint_wkb)
        alt = html.escape(tr("tile"))
        return f"<img alt='{alt}' width='{THUMB}' height='{THUMB}' src='{data_uri(canvas)}'>"

    def _overview(self, scene: Path, outlines) -> str:
        from PIL import Image, ImageDraw
        from rasterio.windows import Window

        from ..pipeline.classify import footprint_transform

        with self._dataset(Path(scene)) as src:
            scale = min(1.0, OVERVIEW / max(src.width, src.height))
            shape = (max(1, round(src.height * scale)), max(1, round(src.width * scale)))
            image = self._read(src, Window(0, 0, src.width, src.height), shape)
            to_pixel = ~footprint_transform(src)
            shapes = [(self._outline(self._in_scene_crs(src, wkb), to_pixel, (src.width, src.height),
                                     (shape[1], shape[0]), src), colour, label)
                      for wkb, colour, label in outlines]
        canvas = Image.fromarray(image, "RGB")
        draw = ImageDraw.Draw(canvas)
        largest = max(12, round(max(canvas.size) / 36))   # ~11 px tall as the page shows the map (60 %)
        for points, colour, label in reversed(shapes):  # the biggest alerts drawn last, on top
            draw.line(points + points[:1], fill=colour, width=3)
            if label:   # inside its own tile, centred: neighbouring alerts' numbers never run together
                x0, x1 = min(p[0] for p in points), max(p[0] for p in points)
                y0, y1 = min(p[1] for p in points), max(p[1] for p in points)
                font, (left, top, right, bottom) = _fitted(draw, label, x1 - x0 - 4, y1 - y0 - 4, largest)
                x, y = (x0 + x1 - right - left) / 2, (y0 + y1 - bottom - top) / 2
                draw.text((x, y), label, fill=colour, font=font, stroke_width=2, stroke_fill=(0, 0, 0))
        draw_credit(draw, canvas.size)
        alt = html.escape(tr("alerts on the AFTER scene"))
        return f"<img alt='{alt}' src='{data_uri(canvas, 'JPEG')}'>"
