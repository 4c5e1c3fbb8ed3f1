"""Change between two classifications of the same place (BEFORE and AFTER tile layers) as alerts.

Matching: the BEFORE tiles are brought into the AFTER layer's CRS and every AFTER tile is compared with
the BEFORE tiles it overlaps.
- Runs on one shared grid (core/tiling.py: tiles anchored to the CRS; same CRS and pixel size) compare each
  tile with the same tile. A tile whose BEFORE twin covers other ground (an edge tile cut differently) or
  holds a different share of valid pixels is compared but raises no alert (``match`` = partial tile).
- Runs on different grids are compared on the overlap (said so): a group's BEFORE score and flag are the
  highest / any over the BEFORE tiles covering at least MIN_SHARE of the AFTER tile, and only AFTER tiles
  fully inside BEFORE's valid pixels can raise an alert.
- An AFTER tile less than MIN_COVER covered by BEFORE tiles has no baseline and is left out (counted).
- Tags gained / lost are against the BEFORE tile with the largest overlap.

The alert rule (also stored in the layer metadata) is stated in rule_text().
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from ..errors import OutputError, PlanetClassifierError
from ..labels import CLEAR, CLOUDY, FLAG_GROUPS
from ..layer.gpkg import check_answers_kept, check_concepts_kept
from ..layer.neighbours import Neighbours, neighbour_step
from ..layer.schema import CHANGES
from ..layer.tiletable import TileTable, backbone_of, on_the_earth, read_tiles, run_metadata, xy_srs
from ..model.concepts import normalize_rows
from ..pipeline.acquired import UNKNOWN, Acquired, date_from_name, source_size
from ..publish import name_not_utf8
from ..wording import count, tr, words
from .footprints import centroids_lonlat, overlaps, to_crs
from .scenes import found_scene
from .steps import Share, Steps

LAYER = CHANGES
MIN_COVER = 0.5       # share of an AFTER tile that BEFORE tiles must cover for it to be compared
MIN_SHARE = 0.1       # share of an AFTER tile a BEFORE tile must cover to count for scores and flags
SAME_TILE = 0.98      # intersection over union of two footprints that are one tile of a shared grid
COVERAGE_GAP = 0.02   # valid-pixel shares of a tile pair that differ more hold different data: no alert
FULL = 0.98           # on different grids: share of an AFTER tile BEFORE must cover (and valid) to alert
MARGIN = 0.25         # score rise an isolated new flag needs; with a second evidence it makes 'high'
MIN_RISE = 0.10       # score rise a new flag needs beside a neighbour whose same flag makes an alert (_grown)
FAR_QUANTILE = 0.9    # embedding distance quantile above which a tile 'moved far'
MIN_PAIRS_FOR_FAR = 10
SHIFT_TAKEN = 0.1     # median logit rise of a score over the scene from which it is taken away
SHIFT_SAID = 0.5      # ... and said: resampling alone lifts mining by 0.2-0.4 (bench/monitor_pairs.py), haze by 1.07
BACKGROUND = 0.5      # a score under which on both dates a tile shows nothing of the flag: the lift is measured there
#: Robust standard deviations (1.4826 x the median absolute deviation) of the scene's rises, on the logit scale over the
#: background, above their median by which an isolated new flag's own rise must stand out. Two renderings of one ground
#: (another product, light, CRS) scatter a concept's score as well as lift it: bench/monitor_acceptance.py's pair B
#: with BEFORE clear scatters `clearing` by 0.82 about -0.52, and a mine there on both dates rose 0.40 -> 0.72 (+1.35,
#: 2.3 such deviations out): an isolated alert. Every isolated alert on a pasted change of bench/monitor_pairs.py and
#: bench/monitor_acceptance.py stands 4.9 or more out (bench/monitor_alert_rule.py, docs/monitoring.md). A flag beside a
#: neighbour raising it is not asked: held so, 9 of the pasted changes under haze were lost.
SPREAD_Z = 3.0
#: p_cloudy from which AFTER saw cloud on a tile (no alert there): the tile is mostly cloud. Not the cloudy tag: its
#: threshold is the bundle's, F2-optimal and recall-heavy (0.02 in the shipped bundle), and the head tags cloudy a clear
#: mine tile it gives 0.026, whose alert the tag held back; clouds at AFTER tiles' edges raised no flag
#: (bench/monitor_pairs.py, docs/monitoring.md). BEFORE holds back by the tag itself: any cloud there may hide what
#: AFTER shows, which is what a recall-heavy threshold is for, and the tag follows the bundle that classified it
#: (a cloud edge across a BEFORE tile measures 0.037 and up, the public strip's clear tiles at most 0.019).
AFTER_CLOUD = 0.5
#: p_clear under which BEFORE did not see a tile clear (no alert there: its scores are no baseline). A haze veil over a
#: BEFORE (bench/monitor_acceptance.py's pair B) took a mine's concept score from 0.71 to 0.21 on the one tile it hid
#: most (p_clear 0.13; the head reads such a veil as partly_cloudy, 0.99 there, not haze, 0.00), and the scene-wide
#: lift, measured on tiles that show nothing, hardly moved: the mine, there on both dates, alerted. The strip's tiles
#: seen clear measure p_clear 0.73 and up; under the veil 4 of its 234 fall below 0.5 (0.03-0.43). Needing twice the
#: rise there, or the lift measured on such tiles alone, kept that false alert; held back, no alert of any pair of
#: bench/monitor_pairs.py or bench/monitor_acceptance.py was lost (bench/monitor_hazy_before.py, docs/monitoring.md).
BEFORE_CLEAR = 0.5
CONFIDENCE = ("nominal", "high", "highest")
#: Causes an analyst gives when confirming an alert (the alerts panel, the export, the report).
CAUSES = ("mining", "logging", "slash_burn", "other")
#: Why a new flag made no alert (ChangeResult.held counts them; each held_back entry says its own).
PARTIAL, CLOUD, UNCLEAR, SMALL_RISE = "partial tile", "cloud", "not clear", "small rise"
REJECTED_BEFORE = "rejected before"   # an analyst rejected it on an earlier change layer (--judged; core/monitor/judged.py)
HELD_KINDS = (PARTIAL, CLOUD, UNCLEAR, SMALL_RISE, REJECTED_BEFORE)
#: Fields the review writes into layer ``changes`` (the audit trail); empty until reviewed.
REVIEW_FIELDS = ("review", "cause", "reject_reason", "reviewed_at", "reviewed_by", "review_history")
CONFIRMED, REJECTED = "confirmed", "rejected"
META_BEFORE_SCENE, META_AFTER_SCENE = "PLANET_BEFORE_SCENE", "PLANET_AFTER_SCENE"


class ChangeError(PlanetClassifierError):
    """BEFORE and AFTER cannot be compared (different labels or backbones, no CRS, no overlap)."""


@dataclass
class ChangeOptions:
    """How a change run is made; filled by the CLI and the Processing algorithm alike."""

    margin: float = MARGIN
    min_rise: float = MIN_RISE
    far_quantile: float = FAR_QUANTILE
    overwrite: bool = False
    report: str | Path | None = None        # HTML report of the alerts
    export: str | Path | None = None        # hand-off folder (core/monitor/handoff.py), must not exist
    before_scene: str | Path | None = None  # rasters for thumbnails (default: the scenes the runs recorded)
    after_scene: str | Path | None = None
    before_date: str | None = None          # YYYY-MM-DD, overrides what the run recorded
    after_date: str | None = None
    file_time_dates: bool = False           # fall back to the GeoPackage's file time for an unknown date
    check_registration: bool = True         # measure the scenes' misregistration where both are at hand
    layers_kept: bool = True                # the tile layers compared stay (False: a raster pair's, temporary)
    judged: Sequence[str | Path] = ()       # earlier change layers of the place: their rejected alerts stay held back

    def check(self) -> None:
        if not 0.0 <= self.min_rise <= self.margin <= 1.0:
            raise ChangeError(tr("need 0 <= min rise ({min_rise:g}) <= margin ({margin:g}) <= 1").format(
                min_rise=self.min_rise, margin=self.margin))
        if not 0.0 < self.far_quantile < 1.0:
            raise ChangeError(tr("far quantile must lie in (0, 1), got {far_quantile:g}").format(
                far_quantile=self.far_quantile))
        for name in ("before_date", "after_date"):
            given_date(getattr(self, name), name.replace("_", " "))
        for path in self.judged:
            if not is_file(Path(path)):
                raise ChangeError(tr("--judged {path} is not a file: give a change layer (GeoPackage) whose alerts were "
                                     "answered").format(path=path))
        for name in ("before_scene", "after_scene"):  # given for thumbnails: one that is not there would go unsaid
            scene = getattr(self, name)
            if scene is not None and not Path(scene).is_file():
                raise ChangeError(tr("{side} {scene} is not a raster file (missing, a folder or a web "
                                     "layer): give the raster the side was classified from, or leave it out").format(
                    side=name.replace('_', ' '), scene=scene))
            unnamed = name_not_utf8("scene", scene) if scene is not None else None
            if unnamed is not None:   # the change layer records it: no GeoPackage takes such a name
                raise ChangeError(unnamed)


def given_date(value: str | None, what: str) -> str | None:
    """A date given for a side as YYYY-MM-DD (what the layer, the report and the export record and compare as
    text); ChangeError if it is not one or lies in the future (an acquisition cannot: a typo)."""
    if value is None:
        return None
    try:  # Python 3.11 also takes 20230105 and 2023-W01-1: the same day, recorded as YYYY-MM-DD
        date = dt.date.fromisoformat(value)
    except ValueError:
        raise ChangeError(tr("{what} {value!r} is not a date (YYYY-MM-DD)").format(what=what, value=value)) from None
    tomorrow = dt.datetime.now(dt.timezone.utc).date() + dt.timedelta(days=1)  # a day ahead anywhere on Earth
    if date > tomorrow:
        raise ChangeError(tr("{what} {value} is in the future: give the day the scene was acquired "
                             "(YYYY-MM-DD)").format(what=what, value=value))
    return date.isoformat()


def check_outputs(before: str | Path, after: str | Path, output: str | Path, options: ChangeOptions,
                  folder_must_exist: bool = True) -> None:
    """Before any work (the command line and Processing alike): no output (``output``, the report, the export
    folder) is a file the run reads (BEFORE, AFTER, the scenes for thumbnails), no two outputs share a path
    (the second would fail after the first was written), none lies in the export folder, the report is a writable .html and the export folder
    new. ``folder_must_exist`` False: the report's and the export's folders may be made by the caller (Processing
    does)."""
    from ..publish import check_new_file, check_not_an_input
    from .handoff import check_export_folder

    reads = [p for p in (before, after, options.before_scene, options.after_scene) if p is not None]
    named = [(what, Path(p)) for what, p in (("output", output), ("report", options.report),
                                             ("export folder", options.export)) if p is not None]
    for k, (what, path) in enumerate(named):
        check_not_an_input(path, reads, what)
        for other, other_path in named[k + 1:]:
            if path.resolve() == other_path.resolve():
                raise OutputError(tr("the {what} and the {other} are both {path}; give each its own name").format(
                    what=tr(what), other=tr(other), path=path))
    if options.export is not None:   # put in place whole, new or empty: a file written into it first is in its way
        export = Path(options.export).resolve()
        for what, path in named[:-1]:
            if path.resolve().is_relative_to(export):
                raise OutputError(tr("the {what} {path} is inside the export folder {folder}, which is written whole "
                                     "(a new or empty folder): put the {what} elsewhere, or export to a folder of its "
                                     "own").format(what=tr(what), path=path, folder=options.export))
    check_answers_kept(Path(output))  # also where the output need not be new (Processing's chosen again)
    check_concepts_kept(Path(output), None)
    if options.report is not None:
        if Path(options.report).suffix.lower() not in (".html", ".htm"):
            raise OutputError(tr("report {report} must end in .html").format(report=options.report))
        check_new_file(options.report, "report", options.overwrite, folder_must_exist)
    if options.export is not None:
        check_export_folder(options.export, folder_must_exist)


def confidence_rule() -> str:
    """How an alert's confidence follows from its evidence (in rule_text and the layer's metadata), in the language
    of the run's translator (core/wording: English but in a QGIS face)."""
    return tr("nominal: an alert; high: score rise and one more evidence (neighbours or embedding); highest: all "
              "three; all of one flag (on a tile with several new flags, the one of highest confidence)")


def rule_text(options: ChangeOptions) -> str:
    """The alert rule in words, with this run's numbers (docs/monitoring.md says the same), in the language of the
    run's translator (the change report a QGIS face writes); the layer's metadata keeps it in English."""
    return tr("alert: a flag raised on AFTER and on no overlapping BEFORE tile, on a tile compared like for like where "
              "neither date saw cloud (BEFORE tagged cloudy, at the bundle's threshold; AFTER p_cloudy >= "
              "{after_cloud}) and BEFORE saw the tile clear (p_clear >= {before_clear}), whose score rose by >= {min_rise} beside a neighbouring AFTER tile whose same flag makes "
              "an alert (alone, or in turn beside one that does), or by >= {margin} when isolated (a rise counted above the scene-wide lift of the score: its median rise "
              "over the tiles scoring under {background} on both dates), an isolated one also standing {z} robust "
              "deviations of those tiles' rises above their median on the logit scale. Evidence: rise (score rose >= "
              "{margin}), "
              "neighbours (a neighbour's same flag makes an alert), embedding (cosine distance to the BEFORE tile above the "
              "{far} quantile of this comparison). {confidence}").format(
        after_cloud=f"{AFTER_CLOUD:g}", before_clear=f"{BEFORE_CLEAR:g}", min_rise=f"{options.min_rise:g}", margin=f"{options.margin:g}",
        background=f"{BACKGROUND:g}", z=f"{SPREAD_Z:g}", far=f"{options.far_quantile:g}", confidence=confidence_rule())


@dataclass
class Alert:
    index: int              # AFTER tile index
    before: int             # BEFORE tile with the largest overlap
    new_flag: list[str]     # the flag the confidence, evidence, rise and neighbours are of first (_lead)
    confidence: str
    rise: float             # score rise of the leading flag
    lon: float
    lat: float
    neighbours: int = 0     # neighbouring AFTER tiles that raise the leading flag
    evidence: list[str] = field(default_factory=list)
    cause: str = "other"    # the flag group the alert counts under (a concept counts under its group)
    scores: tuple[float, float] | None = None   # the leading flag's score on BEFORE (the highest compared) and AFTER


@dataclass
class HeldTile:
    """An AFTER tile whose new flags made no alert: each flag and why (the layer's held_back), its place."""

    index: int              # AFTER tile index
    before: int             # BEFORE tile with the largest overlap
    why: str                # 'mining (rise +0.12 < 0.25 alone); mine (cloud on AFTER)'
    lon: float
    lat: float


@dataclass
class ChangeResult:
    output: Path
    compared: int
    no_baseline: int
    alerts: list[Alert]
    before: TileTable
    after: TileTable
    before_date: Acquired
    after_date: Acquired
    messages: list[str] = field(default_factory=list)
    scenes: tuple[Path | None, Path | None] = (None, None)   # BEFORE / AFTER rasters, where known
    shared_grid: bool = True
    rule: str = ""                                           # rule_text() of this run
    held: dict[str, int] = field(default_factory=dict)      # new flags that made no alert, by HELD_KINDS
    report: Path | None = None                               # the HTML report, when asked for (put in place with output)
    export: object = None                                    # handoff.ExportResult, when asked for (likewise)
    held_tiles: list[HeldTile] = field(default_factory=list)  # the tiles those flags are on, in tile order
    unseen: tuple[int, int] = (0, 0)   # of those flags, (flags, tiles) held as BEFORE did not see the ground (haze, cloud)

    def summary(self) -> str:
        by = {c: sum(a.confidence == c for a in self.alerts) for c in CONFIDENCE}
        return (f"{count(self.compared, 'tile')} compared, {count(self.no_baseline, 'tile')} left out (not covered by "
                "BEFORE); "
                f"{count(len(self.alerts), 'alert')}: " + ", ".join(f"{by[c]} {c}" for c in CONFIDENCE)
                + (f"; {self.held_back()}" if sum(self.held.values()) else "")
                + f"; {self.before_date.describe()} -> {self.after_date.describe()} -> {self.output}")


    def held_back(self) -> str:
        """'3 new flags held back (1 on a partial tile, 0 under cloud, 0 where BEFORE was not clear, 2 with too small a
        rise)', in the run's words (the report's language); ', 1 rejected on an earlier change layer' where --judged
        held any."""
        if self.held.get(REJECTED_BEFORE):
            return tr("{held} ({partial} on a partial tile, {cloud} under cloud, {unclear} where BEFORE was not clear, "
                      "{small} with too small a rise, {rejected} rejected on an earlier change layer)").format(
                held=count(sum(self.held.values()), tr("new flag held back"), tr("new flags held back")),
                partial=self.held.get(PARTIAL, 0), cloud=self.held.get(CLOUD, 0), unclear=self.held.get(UNCLEAR, 0),
                small=self.held.get(SMALL_RISE, 0), rejected=self.held[REJECTED_BEFORE])
        return tr("{held} ({partial} on a partial tile, {cloud} under cloud, {unclear} where BEFORE was not clear, "
                  "{small} with too small a rise)").format(
            held=count(sum(self.held.values()), tr("new flag held back"), tr("new flags held back")),
            partial=self.held.get(PARTIAL, 0), cloud=self.held.get(CLOUD, 0), unclear=self.held.get(UNCLEAR, 0),
            small=self.held.get(SMALL_RISE, 0))

    def unseen_next(self) -> str:
        """What to do where BEFORE did not see the ground (a haze veil: p_clear under BEFORE_CLEAR; or cloud) and new
        flags were held back there: a change behind BEFORE's haze makes no alert, only a row of the report's held-back
        table; '' where there are none. In the run's words (the report's language)."""
        flags, tiles = self.unseen
        if not flags:
            return ""
        return tr("{flags} on {tiles} where BEFORE did not see the ground (haze: p_clear under {clear:g}; or cloud): "
                  "a change there makes no alert. Compare AFTER with a clearer BEFORE date of this place; meanwhile "
                  "judge those tiles on their before/after pair (the report's New flags held back)").format(
            flags=count(flags, tr("new flag held back"), tr("new flags held back")),
            tiles=count(tiles, tr("tile"), tr("tiles")), clear=BEFORE_CLEAR)


def layer_date(table: TileTable, file_time: bool = False) -> Acquired:
    """The acquisition date of a classified scene: recorded by the run, else the scene's or the GeoPackage's
    Planet-style name, else unknown (or, only if ``file_time``, the GeoPackage's file time, said so)."""
    meta = run_metadata(table)
    if meta["acquired"] and meta["acquired"] != UNKNOWN:
        return Acquired(meta["acquired"], meta["acquired_source"] or "metadata")
    for name in (meta["scene"], table.path.name):
        date = date_from_name(Path(name).name) if name else None
        if date:
            return Acquired(date, "file name")
    if file_time:
        stamp = dt.datetime.fromtimestamp(table.path.stat().st_mtime, dt.timezone.utc).date().isoformat()
        return Acquired(stamp, "file time of the GeoPackage")
    return Acquired(UNKNOWN, "")


def recorded_scene(table: TileTable, given: str | Path | None = None) -> Path | None:
    """The raster a tile layer was classified from: ``given``, else the one its run recorded (scenes.found_scene:
    where a moved project took it, too); None if missing. A whole path (the change layer records it: QGIS, started
    in another folder, cuts its thumbnails from it)."""
    if given:
        return whole(Path(given)) if is_file(Path(given)) else None
    meta = run_metadata(table)
    scene = found_scene(meta["scene"], table.path, source_size(meta["source"]))  # also where a moved project took it
    return whole(scene) if scene is not None else None


def whole(path: Path) -> Path:
    """``path`` resolved, as the change layer records its inputs; as given where the whole path is not UTF-8 (run
    in a folder named in Latin-1: neither GDAL nor a GeoPackage's metadata takes that name, the relative one
    they do)."""
    resolved = path.resolve()
    return resolved if name_not_utf8("path", resolved) is None else path


def is_file(path: Path) -> bool:
    """Whether ``path`` is a file, False for a name the system cannot look up (a layer's recorded scene edited to
    one longer than it takes: Path.is_file raises OSError 'File name too long' there)."""
    try:
        return path.is_file()
    except OSError:
        return False


def compare(before_path: str | Path, after_path: str | Path, output: str | Path,
            options: ChangeOptions | None = None, progress: Callable[[int, int], None] | None = None,
            cancel: Callable[[], bool] | None = None, notes: Sequence[str] = ()) -> ChangeResult:
    """Compare two tile layers and write the AFTER tiles with their change to ``output`` (layer ``changes``),
    and the report (``options.report``) and the export folder (``options.export``) where asked for.

    A run's outputs are all or nothing: the layer, the report and the export are each written whole under a
    temporary name beside their place (core/publish.py) and put in place together only when all are complete
    (the report and the export just before the layer is published; taken back if that fails). A cancel, Ctrl-C
    or a failure (a full disk, an unwritable report) leaves no new file, and what was at those paths before
    (--overwrite) as it was.

    As classify takes them: ``progress(done, total)`` over the AFTER tiles matched, compared and written, the
    report and the export each one more such share (spread over their alerts); ``cancel()`` checked between
    the steps, on every tile and on every alert of the report and the export, Cancelled when it returns True.
    ``notes``: what was said before the comparison (compare_rasters: its two runs), first in the messages and
    the report."""
    from ..layer.gpkg import check_output
    from .change_layer import write_changes

    options = options or ChangeOptions()
    options.check()
    output = check_output(output, options.overwrite, inputs=(before_path, after_path, *options.judged))  # never over an input
    steps = Steps(progress, cancel)
    before = read_tiles(before_path)
    steps.check()
    after = read_tiles(after_path)
    steps.check()
    messages: list[str] = list(notes)
    _check_comparable(before, after, messages)
    one_scene = _say_if_one_scene(before, after, messages)
    _say_tiles_without_geometry(before, after, messages)
    _check_each_tile_once(before, after)
    _check_grid_places(before, after)
    _check_places(before, after, options)
    extras = [p for p in (options.report, options.export) if p is not None]
    steps.start((3 + len(extras)) * len(after))  # every AFTER tile matched, compared and written; report, export
    before_wkb = to_crs(before.wkb, before.crs_wkt, after.crs_wkt)
    matches = overlaps(before_wkb, after.wkb, steps.tick)
    compared = [i for i, m in enumerate(matches) if m and m[0] >= MIN_COVER]
    steps.tick(2 * (len(after) - len(compared)))  # tiles left out are neither compared nor written
    _say_before_unseen(before, matches, messages)
    if not compared:
        raise ChangeError((tr("BEFORE ({before}) and AFTER ({after}) do not overlap enough: no AFTER tile is half "
                              "covered; compare two classifications of the same place") if any(matches) else
                           tr("BEFORE ({before}) and AFTER ({after}) do not overlap; compare two classifications of "
                              "the same place")).format(before=before.path.name, after=after.path.name))
    # one grid: each AFTER tile lies within its BEFORE tile or holds it (edge tiles may be cut differently)
    shared = (sum(matches[i][3] >= SAME_TILE for i in compared) * 2 >= len(compared)
              and _one_tile_size(before, after))
    if not shared:
        messages.append("BEFORE and AFTER were tiled on different grids (older runs, another CRS or pixel size): "
                        "compared on the overlap, each AFTER tile against the highest BEFORE score around it, and only "
                        "tiles wholly inside BEFORE can alert; classify both with this version (or give `change` the "
                        "two rasters) to compare tile by tile")
    elif not one_scene:
        _say_if_one_image(before, after, matches, compared, messages)
    distance, far, embedding_rule = _embedding_distance(before, after, matches, compared, options.far_quantile)
    if embedding_rule:
        messages.append(embedding_rule)
    names = list(FLAG_GROUPS) + [c for c in after.concepts if c in before.concepts]
    cause_of = _causes(after)
    lonlat = centroids_lonlat(after.wkb, after.crs_wkt)
    neighbours = Neighbours(after.rows, after.cols, neighbour_step(after.metadata))
    judged = _with_held_flags(before)
    background = _background(judged, after, matches, compared, names)   # measured once: the lift and the scatter
    shift = _scene_shift(background, len(compared), messages)
    spread = _scene_spread(background)
    rejected = None
    if options.judged:
        from .judged import rejections

        rejected = rejections(options.judged, after)

    def judge(i: int, support: dict[str, set[int]]) -> dict:
        return _compare_tile(i, matches[i], judged, after, names, shared, neighbours, options, shift, spread,
                             rejected[i] if rejected else None, support)

    rows, alerts, held_tiles = [], [], []
    for i, row in _grown(compared, judge, neighbours, names, steps.tick).items():
        row.update(distance=None if distance is None else float(distance[i]), lonlat=lonlat[i])
        if row["new"]:
            _lead(row, far is not None and distance[i] > far, options.margin)
            row["cause"] = cause_of(row["new"])
            confidence, evidence = row["confidence"], row["evidence"]
            alerts.append(Alert(i, row["dominant"], row["new"], confidence, row["rise"], *lonlat[i], row["nb"],
                                evidence, row["cause"], row["scores"][row["new"][0]]))
        if row["held"]:
            held_tiles.append(HeldTile(i, row["dominant"], row["held_back"], *lonlat[i]))
        rows.append(row)
    alerts.sort(key=lambda a: (CONFIDENCE.index(a.confidence), a.rise), reverse=True)
    _say_unmeasured(alerts, background, messages)
    dates = _dates(before, after, options, messages)
    scenes = recorded_scene(before, options.before_scene), recorded_scene(after, options.after_scene)
    if all(scenes):
        _say_if_two_products(scenes, messages)
    # layers without a CRS were let through only as runs on one raster (_check_places): nothing to misregister
    if options.check_registration and all(scenes) and before.crs_wkt:
        from .coregister import assess, verdict

        steps.check()
        refusal, note = verdict(assess(*scenes))
        if refusal:
            raise ChangeError(refusal)
        if note:
            messages.append(note)
    steps.check()
    result = ChangeResult(output, len(compared), len(after) - len(compared), alerts, before, after, dates[0],
                          dates[1], messages, scenes, shared, rule_text(options),
                          {kind: sum(k == kind for row in rows for k, _ in row["held"]) for kind in HELD_KINDS},
                          held_tiles=held_tiles,
                          unseen=(sum(row["unseen"] for row in rows), sum(bool(row["unseen"]) for row in rows)))
    beside = _Beside(result, options, steps, len(after))
    # a raster pair's tile layers are gone when the run ends: no path that never existed for the analyst
    kept = (lambda table: whole(table.path)) if options.layers_kept else (lambda table: "")
    metadata = {"PLANET_BEFORE": kept(before), "PLANET_AFTER": kept(after),
                META_BEFORE_SCENE: scenes[0] or "", META_AFTER_SCENE: scenes[1] or "",
                "PLANET_GRIDS": "shared" if shared else "different"}
    with words(None):  # the layer's metadata is read by programs too: English, as the command line writes it
        metadata.update(PLANET_ALERT_RULE=rule_text(options), PLANET_CONFIDENCE_RULE=confidence_rule())
    try:
        write_changes(output, rows, before, after, dates, distance is not None, metadata, steps.tick,
                      completed=beside.put_in_place)
    except BaseException:
        beside.take_back()  # the layer was not published: nor are the report and the export
        raise
    beside.finish()
    return result


class _Beside:
    """The report and the export of a run, staged on its finished (not yet published) change layer and put in
    place just before it; taken back if it is not published (core/publish.py Staged, as teach's concept file and
    saved bundle beside its GeoPackage)."""

    def __init__(self, result: ChangeResult, options: ChangeOptions, steps: "Steps", units: int):
        self.result, self.options, self.steps, self.units = result, options, steps, units
        self.stages: list = []

    def put_in_place(self, layer: Path) -> None:
        """``layer``: the change layer under its temporary name, complete and closed."""
        from ..publish import discarded_on_error

        if self.options.report is not None:
            from .report import report_parts, stage_change_report

            self.stages.append(stage_change_report(self.options.report, self.result, layer,
                                                   Share(self.steps, self.units, report_parts(self.result))))
        if self.options.export is not None:
            from .handoff import export_not_placed, export_parts, stage_export

            stage, self.result.export = stage_export(
                layer, self.options.export, named=self.result.output,
                tick=Share(self.steps, self.units, export_parts(len(self.result.alerts))))
            self.stages.append(stage)
        self.steps.check()  # the last cancel: from here on all goes in place
        for stage in self.stages:
            if stage.folder:
                with discarded_on_error(stage, (OSError,), lambda exc: export_not_placed(self.options.export, exc)):
                    stage.publish_new()
            else:
                with discarded_on_error(stage, (OSError,), lambda exc: OutputError(
                        tr("could not write report {report}: {exc}").format(report=self.options.report, exc=exc))):
                    stage.publish()
        if self.options.report is not None:
            self.result.report = Path(self.options.report)

    def take_back(self) -> None:
        for stage in reversed(self.stages):
            stage.discard()
        self.result.report = self.result.export = None

    def finish(self) -> None:
        for stage in self.stages:
            stage.finish()


def _check_comparable(before: TileTable, after: TileTable, messages: list[str]) -> None:
    for side, table, other in (("BEFORE", before, after), ("AFTER", after, before)):
        lost = [group for group in other.scored if group not in table.scored]
        if lost:  # its score would be the max p_ of the group's tags, another scale than the other date's field
            raise ChangeError(tr("{side} ({name}) lacks the field score_{group} that {other_side} has (deleted or "
                                 "renamed in QGIS?): the two dates' {group} scores would not compare; undo the edit or "
                                 "classify again").format(side=side, name=table.path.name, group=lost[0],
                                                          other_side="AFTER" if side == "BEFORE" else "BEFORE"))
    if set(before.labels) != set(after.labels):
        only_b = sorted(set(before.labels) - set(after.labels))
        only_a = sorted(set(after.labels) - set(before.labels))
        if before.model == after.model and not (only_a and only_b):  # one bundle: a field deleted or renamed
            side, table, other_side, tag = (("AFTER", after, "BEFORE", only_b[0]) if only_b else
                                            ("BEFORE", before, "AFTER", only_a[0]))
            raise ChangeError(tr("{side} ({name}) lacks the field p_{tag} that {other_side} has, though one model "
                                 "classified both (deleted or renamed in QGIS?); undo the edit or classify again").format(
                side=side, name=table.path.name, tag=tag, other_side=other_side))
        raise ChangeError(tr("BEFORE and AFTER were classified with different labels (only BEFORE: {before}; "
                             "only AFTER: {after}); classify both with the same model bundle").format(
            before=' '.join(only_b) or '-', after=' '.join(only_a) or '-'))
    if backbone_of(before) and backbone_of(after) and backbone_of(before) != backbone_of(after):
        raise ChangeError(tr("BEFORE ({name}) and AFTER ({name2}) come from different networks "
                             "(backbones {backbone} and {backbone2}): their scores and embeddings do "
                             "not compare; classify both with the same model bundle").format(
            name=before.path.name, name2=after.path.name, backbone=backbone_of(before), backbone2=backbone_of(after)))
    if before.model != after.model:
        messages.append(f"BEFORE was classified by {before.model} and AFTER by {after.model}: "
                        "part of the change may be the model's")
    for side, table in (("BEFORE", before), ("AFTER", after)):
        if not len(table) and table.without_geometry:  # every feature a point, a line or no geometry
            raise ChangeError(tr("{side} ({name}) has no tile with a polygon: its {n} features are points, lines or "
                                 "without geometry (a layer saved from the tiles, such as QGIS's centroids?); give "
                                 "the tile layer classify wrote").format(
                side=side, name=table.path.name, n=len(table.without_geometry)))
        if not len(table):
            raise ChangeError(tr("{side} has no tiles").format(side=side))


def _say_tiles_without_geometry(before: TileTable, after: TileTable, messages: list[str]) -> None:
    """Tiles read_tiles left out for want of a geometry (deleted in QGIS, its attributes kept): a new flag on one
    would never be an alert, and the count of tiles compared alone did not say why it fell short."""
    for side, table in (("BEFORE", before), ("AFTER", after)):
        fids = table.without_geometry
        if fids:
            shown = ", ".join(map(str, fids[:5])) + (f" and {len(fids) - 5} more" if len(fids) > 5 else "")
            messages.append(f"{side} ({table.path.name}): {count(len(fids), 'tile')} "
                            f"{'has' if len(fids) == 1 else 'have'} no geometry (fid {shown}; deleted in QGIS?), so "
                            f"{'it is' if len(fids) == 1 else 'they are'} left out of the comparison; undo the edit "
                            "or classify again")


def _check_each_tile_once(before: TileTable, after: TileTable) -> None:
    """A tile there twice (a feature copied and pasted in QGIS, a layer appended to itself: one polygon in two
    features) would be compared twice: two alerts for one place, one more tile compared than the grid holds."""
    for side, table in (("BEFORE", before), ("AFTER", after)):
        first: dict[bytes, int] = {}
        for i, wkb in enumerate(table.wkb):
            j = first.setdefault(wkb, i)
            if j != i:
                raise ChangeError(tr("{side} ({name}) holds tile {row}:{col} twice (fids {first}, {second}: one polygon "
                                     "in two features, a feature copied in QGIS?), which would be compared and alerted "
                                     "on twice; delete the copy or classify again").format(
                    side=side, name=table.path.name, row=table.rows[j], col=table.cols[j], first=table.fids[j],
                    second=table.fids[i]))


def _check_grid_places(before: TileTable, after: TileTable) -> None:
    """Each tile's row and col (classify writes 0 and up) place it among its neighbours, whose flags are an alert's
    evidence, and go into the change layer: a layer whose row or col field was deleted or renamed (read_tiles gives
    -1) or edited below 0 lost its alerts' neighbours in silence and wrote -1 there."""
    for side, table in (("BEFORE", before), ("AFTER", after)):
        odd = np.flatnonzero((table.rows < 0) | (table.cols < 0))
        if len(odd):
            shown = ", ".join(str(table.fids[i]) for i in odd[:5]) + (
                tr(" and {n} more").format(n=len(odd) - 5) if len(odd) > 5 else "")
            raise ChangeError(tr("{side} ({name}): {tiles} (fid {shown}) with no row and col of the grid (the row or col "
                                 "field deleted, renamed or edited below 0 in QGIS?), which place each tile among its "
                                 "neighbours; undo the edit or classify again").format(
                side=side, name=table.path.name, tiles=count(len(odd), "tile"), shown=shown))


def _say_before_unseen(before: TileTable, matches, messages: list[str]) -> None:
    """BEFORE tiles that no AFTER tile overlaps (beyond AFTER's edge, or where it holds no data): '0 alerts' says
    nothing of them, and the count of tiles compared alone did not say that part of BEFORE went unseen."""
    seen = {j for match in matches if match for j in match[1]}
    unseen = len(before) - len(seen)
    if unseen:
        has, them = ("has", "it") if unseen == 1 else ("have", "them")
        messages.append(f"{unseen} of BEFORE's {count(len(before), 'tile')} {has} no AFTER tile over {them} (beyond "
                        "AFTER's edge, or where it holds no data): not compared, so no change can be found there")


def _say_if_one_scene(before: TileTable, after: TileTable, messages: list[str]) -> bool:
    """BEFORE and AFTER given as one file, or runs on one scene: 0 alerts then says nothing about the ground. Whether
    it said so."""
    scenes = [run_metadata(t)["scene"] for t in (before, after)]
    if before.path.resolve() == after.path.resolve():
        messages.append(f"BEFORE and AFTER are the same file ({before.path.name}): nothing can change between them; "
                        "give the later scene's classification as AFTER")
    elif scenes[0] and scenes[0] == scenes[1]:
        messages.append(f"BEFORE and AFTER were classified from the same scene ({Path(scenes[0]).name}): any change is "
                        "the model's, not the ground's; give the later scene as AFTER")
    else:
        return False
    return True


def _say_unmeasured(alerts: list[Alert], background: dict, messages: list[str]) -> None:
    """Say where alerts rest on flags whose scores the scene gave nothing to measure against (fewer than
    MIN_PAIRS_FOR_FAR tiles under BACKGROUND on both dates: no lift taken away, no scatter asked): another product or
    light alone made such alerts on scenes of 4 to 9 tiles (bench/monitor_same_ground.py)."""
    unmeasured = sorted({name for a in alerts for name in a.new_flag if name not in background})
    if unmeasured:
        messages.append(f"{count(sum(any(n in unmeasured for n in a.new_flag) for a in alerts), 'alert')} on "
                        f"{', '.join(unmeasured)}: fewer than {MIN_PAIRS_FOR_FAR} tiles score under {BACKGROUND:g} on "
                        "both dates, so the scene gives no measure of how far two renderings of one ground move those "
                        "scores (no lift taken away, no scatter asked): another product or light alone can make such "
                        "alerts; judge them on their pair, and compare larger scenes where you can")


def _say_if_two_products(scenes: tuple[Path, Path], messages: list[str]) -> None:
    """Say where one scene is an 8-bit product (a visual) and the other not (16-bit analytic or SR): the two score the
    same ground differently, each tile its own way, and a tile near a flag's threshold crosses it on that alone. The
    rule measures that scatter over the scene's background, which a small scene does not have: renderings of one ground
    by another product made 2 false alerts on a Borneo RapidEye scene of 9 tiles, and 2 of the strip's 234
    (bench/monitor_same_ground.py, docs/monitoring.md)."""
    from rasterio.errors import RasterioError

    from ..pipeline.raster import open_raster

    depth = []
    for scene in scenes:
        try:   # as every reader opens a raster: a recorded scene edited to a WMTS description was fetched from QGIS
            with open_raster(scene) as src:
                depth.append("8-bit" if src.dtypes[0] == "uint8" else f"{np.dtype(src.dtypes[0]).itemsize * 8}-bit")
        except (PlanetClassifierError, RasterioError, OSError, TypeError):   # gone, unreadable or refused: nothing to say
            return
    if (depth[0] == "8-bit") != (depth[1] == "8-bit"):
        an = ["an" if d.startswith(("8-", "11-", "18-")) else "a" for d in depth]
        messages.append(f"BEFORE ({scenes[0].name}) is {an[0]} {depth[0]} product and AFTER ({scenes[1].name}) {an[1]} "
                        f"{depth[1]} one: two products score the same ground differently, and a tile near a flag's threshold "
                        "crosses it on that alone (another product made 2 false alerts in 9 tiles, 2 in 234: "
                        "docs/monitoring.md); compare one product on both dates (the visual with the visual, analytic "
                        "or SR with analytic or SR)")


def _say_if_one_image(before: TileTable, after: TileTable, matches, compared: list[int], messages: list[str]) -> None:
    """Runs on one image under two names (a copy in another folder or under another name, the same pixels): the
    content classify records (PLANET_SOURCE) is the same, or every tile compared on the shared grid has the very same
    scores as its twin (a copy written again with other compression). 0 alerts then says nothing about the ground."""
    metas = [run_metadata(t) for t in (before, after)]
    if metas[0]["source"] and metas[0]["source"] == metas[1]["source"]:
        why = "the same file content"
    elif before.labels == after.labels and all(np.array_equal(before.probs[_near(matches[i][1])[0]], after.probs[i])
                                               for i in compared):
        why = "every tile compared has the very same scores: the same pixels"
    else:
        return
    before_name, after_name = (Path(meta["scene"] or table.path).name for meta, table in zip(metas, (before, after)))
    messages.append(f"BEFORE ({before_name}) and AFTER ({after_name}) are one image under two names ({why}): no change "
                    "can be found between them; give the later scene as AFTER")


def _check_places(before: TileTable, after: TileTable, options: ChangeOptions) -> None:
    """Tiles are matched by place. Layers without a CRS have none: their coordinates are pixels, so they are
    matched only when both are runs on the very same raster (the content classify records as PLANET_SOURCE),
    and never handed off in lon/lat (--export)."""
    names = f"BEFORE ({before.path.name}) and AFTER ({after.path.name})"
    if before.crs_wkt and after.crs_wkt:
        if options.export is not None and not (on_the_earth(before.crs_wkt) and on_the_earth(after.crs_wkt)):
            raise ChangeError(tr("{names} are on a local grid that no datum ties to the earth: their alerts have no "
                                 "lon/lat to export (--export writes lon/lat); leave --export out").format(names=names))
        return
    if before.crs_wkt or after.crs_wkt:
        from .ortho import scene_not_orthorectified

        which, table, other = ("BEFORE", before, after) if not before.crs_wkt else ("AFTER", after, before)
        given = options.before_scene if which == "BEFORE" else options.after_scene
        raise ChangeError(scene_not_orthorectified(recorded_scene(table, given), which, other.crs_wkt,
                                                   then=", and classify that")
                          or f"{which} ({table.path.name}) has no CRS and the other has one, so their tiles cannot be "
                          "matched by place; classify a georeferenced scene")
    sources = [run_metadata(t)["source"] for t in (before, after)]
    if not all(sources):
        raise ChangeError(tr("{names} have no CRS and do not record which raster they were classified from, so their "
                             "tiles cannot be matched by place; classify georeferenced scenes (or classify both again "
                             "with this version if they are the same raster)").format(names=names))
    if sources[0] != sources[1]:
        scenes = " and ".join(Path(run_metadata(t)["scene"] or t.path.name).name for t in (before, after))
        raise ChangeError(tr("{names} have no CRS and were classified from different rasters ({scenes}): pixel "
                             "positions say nothing about place; georeference both scenes to compare them").format(
            names=names, scenes=scenes))
    if options.export is not None:
        raise ChangeError(tr("{names} are runs on one raster without a CRS: their alerts have no place on Earth to "
                             "export (--export writes lon/lat); leave --export out").format(names=names))


def _near(share: dict) -> tuple[int, list[int]]:
    """(the BEFORE tile with the largest overlap, the BEFORE tiles that count for scores and flags)."""
    dominant = max(share, key=share.get)
    return dominant, [j for j, s in share.items() if s >= MIN_SHARE] or [dominant]


def _logit(p) -> np.ndarray:
    p = np.clip(np.asarray(p, np.float64), 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


def _background(before: TileTable, after: TileTable, matches, compared: list[int],
                names: list[str]) -> dict[str, tuple[float, float, int]]:
    """name -> (median, robust standard deviation: 1.4826 x the median absolute deviation, count) of the rises of its
    score on the logit scale (each tile against its BEFORE twin, the tile of largest overlap: ground against ground)
    over the background, the tiles compared whose score stays under BACKGROUND on both dates (they show nothing of
    it), where at least MIN_PAIRS_FOR_FAR are."""
    out = {}
    for name in names:
        b_score = before.score(name)
        b = np.array([b_score[_near(matches[i][1])[0]] for i in compared])
        a = after.score(name)[compared]
        background = (a < BACKGROUND) & (b < BACKGROUND)
        if background.sum() < MIN_PAIRS_FOR_FAR:
            continue
        rises = _logit(a[background]) - _logit(b[background])
        median = float(np.median(rises))
        out[name] = median, 1.4826 * float(np.median(np.abs(rises - median))), int(background.sum())
    return out


def _scene_spread(background: dict[str, tuple[float, float, int]]) -> dict[str, tuple[float, float]]:
    """name -> (median, robust deviation) of its background rises (``background``: _background's), where they scatter:
    how far two renderings of the same ground (another product, light, CRS) move a score that nothing changed. An
    isolated new flag must rise SPREAD_Z deviations above the median. None scatter on two runs on one raster (every
    rise 0)."""
    return {name: (median, deviation) for name, (median, deviation, _) in background.items() if deviation > 0}


def _scene_shift(background: dict[str, tuple[float, float, int]], compared: int, messages: list[str]) -> dict[str, float]:
    """name -> the lift of its score across the scene: the median rise (``background``: _background's, each tile against
    its BEFORE twin on the logit scale over the tiles whose score stays under BACKGROUND on both dates: they show
    nothing of it), where it is at least SHIFT_TAKEN (said in ``messages`` from SHIFT_SAID, of the ``compared`` tiles).
    Haze, light or another product lifts every tile's score on AFTER (bench/monitor_pairs.py: a hazy 8-bit AFTER,
    +1.07 for mining); that lift is no change, and a tile whose rise is mostly it made alerts beside tiles flagged on
    both dates. A median over all tiles compared took a real change over more than half of them for a lift and
    swallowed it (spread70: mines on 70 % of the tiles, +5.87, 0 of 164 found); the background leaves such a change
    out. Its limit: a change that lifts most background tiles without taking their score to BACKGROUND is taken for a
    lift."""
    shift, over = {}, {}
    for name, (median, _, n) in background.items():
        if median >= SHIFT_TAKEN:
            shift[name], over[name] = median, n
    said = {name: value for name, value in shift.items() if value >= SHIFT_SAID}
    if said:
        fewest, most = min(over[name] for name in said), max(over[name] for name in said)
        messages.append("AFTER's scores sit higher than BEFORE's across the scene (" + ", ".join(
            f"{name} {value:+.2f}" for name, value in said.items()) + " on the logit scale: the median rise over the "
            f"{fewest}{f'-{most}' if most > fewest else ''} of {compared} tiles scoring under {BACKGROUND:g} on both "
            "dates; haze, light or another product): each rise is counted above it; a change that lifted most of those "
            f"tiles without taking them to {BACKGROUND:g} would be taken for it too")
    return shift


def _compare_tile(i: int, match, before: TileTable, after: TileTable, names: list[str], shared: bool,
                  neighbours: Neighbours, options: ChangeOptions, shift: dict[str, float] | None = None,
                  spread: dict[str, tuple[float, float]] | None = None, rejected: dict | None = None,
                  support: dict[str, set[int]] | None = None) -> dict:
    """One AFTER tile against BEFORE: score changes, newly raised flags and whether they make an alert (a flag's
    rise counted above ``shift``, the scene-wide rise of its score on the logit scale; an isolated one's rise standing
    SPREAD_Z robust deviations above ``spread``'s median, _scene_spread; a flag ``rejected`` on an earlier change
    layer, judged.rejections' of this tile, only where its score rose further). A neighbour is evidence where its flag
    is in ``support`` (_grown: the AFTER tiles whose flag makes an alert; None: every tile raising it)."""
    from .judged import still_rejected

    cover, share, iou, _ = match
    dominant, near = _near(share)
    def valid(table: TileTable, k: int) -> float:
        return float(table.coverage[k]) if table.coverage is not None else 1.0

    if shared:
        like = iou >= SAME_TILE and abs(valid(after, i) - valid(before, dominant)) <= COVERAGE_GAP
        kind = "same tile" if like else "partial tile"
    else:
        like = cover >= FULL and min(valid(after, i), *(valid(before, j) for j in near)) >= FULL
        kind = "other grid" if like else "partial tile"
    # a date that saw cloud there has not seen all the ground: BEFORE no baseline (a mine under cloud that AFTER
    # shows in the clear is no change seen), AFTER no flag worth one (the real pairs of bench/monitor_pairs.py)
    clouded = ("AFTER" if _clouded(after, i, "after") else
               "BEFORE" if any(_clouded(before, j, "before") for j in near) else "")
    seen = _seen_clear(before, near)   # BEFORE's least clear view of the tile: under BEFORE_CLEAR no baseline
    d_score, new, held, flags, scores = {}, [], [], [], {}
    for name in names:
        a_score, b_score = after.score(name), before.score(name)
        b_top = float(max(b_score[j] for j in near))
        rise = float(a_score[i]) - b_top
        if name in FLAG_GROUPS:
            d_score[name] = rise
        if (shift or {}).get(name):
            rise = float(1 / (1 + np.exp(-(_logit(a_score[i]) - shift[name])))) - b_top
        a_flag = after.flags.get(f"flag_{name}")
        b_flag = before.flags.get(f"flag_{name}")
        if a_flag is None or not a_flag[i] or (b_flag is not None and any(b_flag[j] for j in near)):
            continue
        raising = [k for k in neighbours.around(i) if a_flag[k]]
        nb = sum(support is None or k in support.get(name, ()) for k in raising)
        needed = options.min_rise if nb else options.margin
        scatter = None if nb else _within_spread((spread or {}).get(name), float(a_score[i]), b_top)
        refused = still_rejected((rejected or {}).get(name), float(a_score[i]), options.min_rise)
        if like and not clouded and seen >= BEFORE_CLEAR and rise >= needed and scatter is None and refused is None:
            new.append(name)
            flags.append((name, rise, nb))
            scores[name] = (b_top, float(a_score[i]))   # the report shows the rise's two ends beside it
        else:   # why, in the layer's held_back (English, as the layer's other words) and counted by its kind
            held.append((PARTIAL, f"{name} (partial tile)") if not like else
                        (CLOUD, f"{name} (cloud on {clouded})") if clouded else
                        (UNCLEAR, f"{name} (BEFORE not clear: p_clear {seen:.2f})") if seen < BEFORE_CLEAR else
                        (SMALL_RISE, f"{name} (rise {round(rise, 2) + 0.0:+.2f} < {needed:g} "   # -0.004: '+0.00'
                                     f"{'beside a neighbour' if nb else 'alone'}"
                                     f"{_unsupported(len(raising)) if raising and not nb else ''})") if rise < needed else
                        (SMALL_RISE, f"{name} (rise {rise:+.2f} alone, within the scene's scatter: {scatter})")
                        if scatter else (REJECTED_BEFORE, f"{name} ({refused})"))
    gained = sorted(after.tag_text(i) - before.tag_text(dominant))
    lost = sorted(before.tag_text(dominant) - after.tag_text(i))
    # held as BEFORE did not see the ground (its cloud, or haze under BEFORE_CLEAR): a clearer BEFORE date would judge them
    unseen = sum(kind == UNCLEAR or (kind == CLOUD and clouded == "BEFORE") for kind, _ in held)
    return dict(index=i, dominant=dominant, cover=cover, new=new, held=held, confidence="", evidence=[], cause="",
                flags=flags, scores=scores, rise=0.0, nb=0, d_score=d_score, gained=gained, lost=lost, match=kind,
                unseen=unseen,
                held_back="; ".join(said for _, said in held))   # the layer's held_back and the report's list


def _grown(compared: list[int], judge: Callable[[int, dict], dict], neighbours: Neighbours, names: list[str],
           tick: Callable[[], None]) -> dict[int, dict]:
    """Each compared tile's row (``judge(i, support)``: _compare_tile), its new flags grown from those that make an
    alert alone (hysteresis): a neighbour is evidence for a flag only where its own flag makes an alert, alone (a rise of
    the margin, out of the scene's scatter) or, in turn, beside one that does; a flag raised on both dates, or one as
    weak as this, is none. Two tiles near a flag's threshold that another product or light takes over it side by side
    supported each other, and a tile beside a mine there on both dates crossed it on the scatter of renderings alone
    (bench/monitor_same_ground.py: 10 false alerts, 6 held so; bench/monitor_alert_rule.py: no alert on a pasted
    change lost). ``tick()`` once per tile of the first pass."""
    support: dict[str, set[int]] = {name: set() for name in names}
    rows = {}
    for i in compared:
        tick()
        rows[i] = judge(i, support)
    while True:
        added = [(name, i) for i, row in rows.items() for name in row["new"] if i not in support[name]]
        if not added:
            return rows
        for name, i in added:
            support[name].add(i)
        for k in {k for _, i in added for k in neighbours.around(i)} & rows.keys():
            rows[k] = judge(k, support)


def _unsupported(raising: int) -> str:
    """held_back's words for a flag whose neighbours raising it are no alert (_grown)."""
    return (": the neighbour raising it makes no alert" if raising == 1 else
            f": none of the {raising} neighbours raising it makes an alert")


def _within_spread(spread: tuple[float, float] | None, after_score: float, before_score: float) -> str | None:
    """Where the rise before_score -> after_score on the logit scale stands less than SPREAD_Z robust deviations above
    the scene's median rise (``spread``: _scene_spread's median and deviation; None: no bar), how far it stands, as
    held_back says it ('+1.87 on the logit scale above the median, 2.3 < 3 deviations of 0.82'); else None."""
    if spread is None:
        return None
    median, deviation = spread
    above = float(_logit(after_score) - _logit(before_score)) - median
    if above >= SPREAD_Z * deviation:
        return None
    return (f"{above:+.2f} on the logit scale above the median, {above / deviation:.1f} < {SPREAD_Z:g} deviations of "
            f"{deviation:.2f}")


def _lead(row: dict, far: bool, margin: float) -> None:
    """The alert's confidence, evidence, rise and neighbours, all of one flag: the one of highest confidence (then
    largest rise), put first in ``new``. Another flag's rise or neighbours are no evidence for this one (a tile
    whose mining rose alone and whose slash-and-burn rose a little beside a neighbour is two nominal alerts'
    worth, not a 'high' one). ``far``: the tile's embedding moved far (evidence for every flag of the tile)."""
    def judged(flag):
        name, rise, nb = flag
        evidence = [e for e, on in (("rise", rise >= margin), ("neighbours", nb > 0), ("embedding", far)) if on]
        confidence = ("highest" if len(evidence) == 3 else "high" if "rise" in evidence and len(evidence) == 2
                      else "nominal")
        return CONFIDENCE.index(confidence), rise, name, nb, evidence

    rank, rise, name, nb, evidence = max(map(judged, row["flags"]), key=lambda j: j[:2])
    row.update(confidence=CONFIDENCE[rank], evidence=evidence, rise=rise, nb=nb,
               new=[name] + [n for n in row["new"] if n != name])


def _clouded(table: TileTable, k: int, side: str) -> bool:
    """The ``side`` ("before" / "after") saw cloud on tile ``k``: BEFORE tagged it cloudy (a tile a cloud edge
    crosses, 'cloudy primary': bench/monitor_pairs.py's cloud_before alerted on such tiles), AFTER's p_cloudy reaches
    AFTER_CLOUD (a layer without p_cloudy: its cloudy tag)."""
    if side == "before" or CLOUDY not in table.labels:
        return CLOUDY in table.tag_text(k)
    return bool(table.probs[k, table.labels.index(CLOUDY)] >= AFTER_CLOUD)


def _seen_clear(before: TileTable, near: list[int]) -> float:
    """The lowest p_clear of the BEFORE tiles ``near`` (1 for a layer without the clear tag: nothing to say)."""
    if CLEAR not in before.labels:
        return 1.0
    return float(min(before.probs[j, before.labels.index(CLEAR)] for j in near))


def _with_held_flags(table: TileTable) -> TileTable:
    """``table`` with each concept it holds unconfirmed (flags left off; PLANET_UNCONFIRMED records the threshold)
    flagged where its p_<name> reaches that threshold: where the run would have flagged it. Against BEFORE's
    held-back flags every AFTER flag of the concept would pass for new."""
    from dataclasses import replace

    from ..schema import loads
    from ..teach.fields import META_UNCONFIRMED

    try:
        held = loads(table.metadata.get(META_UNCONFIRMED) or "{}")
    except (ValueError, RecursionError):  # metadata of a file a user was given: anything
        return table
    flags = dict(table.flags)
    for name, record in (held.items() if isinstance(held, dict) else ()):
        try:
            threshold = float(record["threshold"])
        except (TypeError, KeyError, ValueError):
            continue
        if name in table.concept_probs and f"flag_{name}" in flags and math.isfinite(threshold):
            flags[f"flag_{name}"] = table.concept_probs[name] >= threshold
    return replace(table, flags=flags)


def _causes(table: TileTable):
    """new_flag names -> the one cause an alert counts under: its first flag group, a concept's group, else other."""
    from ..layer.schema import META_CONCEPTS, parse_concepts_item

    groups = parse_concepts_item(table.metadata.get(META_CONCEPTS))

    def cause(names: list[str]) -> str:
        for name in names:
            group = name if name in FLAG_GROUPS else groups.get(name)
            if group in CAUSES:
                return group
        return "other"
    return cause


def _dates(before: TileTable, after: TileTable, options: ChangeOptions, messages: list[str]):
    dates = []
    for side, table, given in (("BEFORE", before, options.before_date), ("AFTER", after, options.after_date)):
        date = (Acquired(given_date(given, f"{side.lower()} date"), "given") if given
                else layer_date(table, options.file_time_dates))
        if not date.known:
            messages.append(f"{side}'s acquisition date is unknown (not in the run's metadata nor in a Planet file "
                            f"name); pass --{side.lower()}-date YYYY-MM-DD")
        elif date.source.startswith("file time"):
            messages.append(f"{side} date {date.date} is the GeoPackage's file time (asked for): it is when the file "
                            "was written, not when the scene was acquired")
        dates.append(date)
    if dates[0].known and dates[1].known and dates[0].date > dates[1].date:
        messages.append(f"BEFORE ({dates[0].date}) is later than AFTER ({dates[1].date}): check the order")
    return tuple(dates)


def _one_tile_size(before: TileTable, after: TileTable) -> bool:
    """False where both runs recorded their grid (PLANET_GRID) and their tiles cover ground of another size (another
    pixel size: 2.5 m tiles nest in 5 m ones, so the footprints alone would pass for one grid) or lie in another
    CRS. True where either did not record it (older runs: the footprints decide)."""
    from ..layer.schema import recorded_grid

    sizes = []
    for table in (before, after):
        grid = recorded_grid(run_metadata(table)["grid"])
        try:
            sizes.append((abs(float(grid["pixel"][0])) * grid["tile_px"], abs(float(grid["pixel"][1])) * grid["tile_px"]))
        except (ValueError, TypeError, KeyError, IndexError):  # not recorded, or corner-anchored: no pixel size
            return True
        if not all(map(math.isfinite, sizes[-1])):  # a thousands-digit number (core.schema.loads: inf) is no size
            return True
    if before.crs_wkt and after.crs_wkt and not xy_srs(before.crs_wkt).IsSame(xy_srs(after.crs_wkt)):
        return False
    return all(math.isclose(b, a, rel_tol=1 - SAME_TILE) for b, a in zip(*sizes))


def _embedding_distance(before: TileTable, after: TileTable, matches, compared: list[int], quantile: float):
    """(cosine distance per AFTER tile to its largest-overlap BEFORE tile or None, the 'far' cut or None, note)."""
    if before.embeddings is None or after.embeddings is None:
        said = [f"{side} ({table.path.name}): " + (f"{table.embedding_problem} (edited by hand, or a write cut "
                                                    "short? classify it again to have them)"
                                                    if table.embedding_problem else "no embeddings")
                for side, table in (("BEFORE", before), ("AFTER", after)) if table.embeddings is None]
        return None, None, "; ".join(said) + ": the embedding evidence is missing, so no alert is 'highest'"
    if before.embeddings.shape[1] != after.embeddings.shape[1]:
        return None, None, "BEFORE and AFTER embeddings differ in size: no alert is 'highest'"

    a, b = normalize_rows(after.embeddings), normalize_rows(before.embeddings)
    distance = np.zeros(len(after))
    for i in compared:
        share = matches[i][1]
        distance[i] = 1.0 - float(a[i] @ b[max(share, key=share.get)])
    if len(compared) < MIN_PAIRS_FOR_FAR:
        return distance, None, (f"only {count(len(compared), 'tile')} compared (fewer than {MIN_PAIRS_FOR_FAR}): too few to "
                                "say which embeddings moved far, so no alert is 'highest'")
    return distance, float(np.quantile(distance[compared], quantile)), ""
