"""What analysts answered on earlier change layers of a place, for the next run (``change --judged``): an alert they
rejected is not raised again on the same ground for the same flag unless AFTER's score of it rose further than the
score it was rejected at, as MapBiomas Alerta keeps a rejected alert's place from coming back each month. The flag is
held back instead (the layer's held_back says who rejected it, when and why), so the analyst still sees it on its pair
in the report's held-back table."""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ..layer.tiletable import TileTable
from ..schema import loads
from ..wording import tr
from .alerts import read_alerts
from .change import MIN_SHARE, REJECTED, ChangeError
from .footprints import overlaps, to_crs


@dataclass(frozen=True)
class Rejection:
    """An earlier rejection of a flag on ground an AFTER tile covers."""

    score: float | None   # the flag's AFTER score in the rejected alert (None: not recorded, a layer of an earlier version)
    said: str             # 'rejected in nov.gpkg 2026-12-08T10:02:11Z by ana: cloud shadow'


def flag_scores(text: str | None) -> dict[str, float]:
    """A change layer's ``flag_scores`` (a JSON object: each new flag -> [BEFORE score, AFTER score]) -> name -> AFTER
    score; {} for a field edited into anything else (a file a user was given)."""
    try:
        held = loads(text or "{}")
    except (ValueError, RecursionError):
        return {}
    out = {}
    for name, pair in (held.items() if isinstance(held, dict) else ()):
        try:
            score = float(pair[1])
        except (TypeError, ValueError, IndexError, KeyError):
            continue
        if math.isfinite(score):
            out[str(name)] = score
    return out


def rejections(paths: Sequence[str | Path], after: TileTable) -> list[dict[str, Rejection]]:
    """Per AFTER tile: flag name -> the rejection over it with the highest score (an unrecorded score counts highest),
    from the alerts rejected in the change layers ``paths`` whose tiles cover at least MIN_SHARE of it (as a BEFORE
    tile counts for scores and flags). ChangeError (change's one line) for a file that is no change layer, or one
    with no place in AFTER's CRS."""
    out: list[dict[str, Rejection]] = [{} for _ in range(len(after))]
    for path in paths:
        alerts = read_alerts(path, status=REJECTED)
        if not alerts.rows:
            continue
        if (alerts.crs_wkt is None) != (after.crs_wkt is None):
            raise ChangeError(tr("--judged {judged} and AFTER ({after}): one has a CRS, the other not, so no alert "
                                 "of it can be placed on AFTER's tiles").format(judged=Path(path).name,
                                                                               after=after.path.name))
        scores = _scores(Path(path))
        wkb = to_crs([row.wkb for row in alerts.rows], alerts.crs_wkt, after.crs_wkt)
        for i, match in enumerate(overlaps(wkb, after.wkb)):
            for j, share in (match[1].items() if match else ()):
                if share < MIN_SHARE:
                    continue
                row = alerts.rows[j]
                said = (f"rejected in {Path(path).name} {row.reviewed_at} by {row.reviewed_by or 'someone'}"
                        + (f": {row.reject_reason}" if row.reject_reason else ""))
                for name in row.new_flag.split():
                    score = scores.get(row.fid, {}).get(name)
                    known = out[i].get(name)
                    if known is None or (known.score is not None and (score is None or score > known.score)):
                        out[i][name] = Rejection(score, said)
    return out


def _scores(path: Path) -> dict[int, dict[str, float]]:
    """fid -> flag_scores of each alert of a change layer ({} for a layer of an earlier version without the field)."""
    from osgeo import ogr

    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName("changes")
    defn = layer.GetLayerDefn()
    has = defn.GetFieldIndex("flag_scores") >= 0
    del defn
    out = {}
    if has:
        layer.SetAttributeFilter("alert = 1")
        out = {f.GetFID(): flag_scores(f.GetField("flag_scores")) for f in layer}
    del layer, ds
    return out


def still_rejected(rejection: Rejection | None, after_score: float, min_rise: float) -> str | None:
    """Why a new flag stays held back as rejected before (held_back's words), or None: no rejection, or AFTER's score
    rose ``min_rise`` or more above the one it was rejected at."""
    if rejection is None:
        return None
    if rejection.score is None:
        return f"{rejection.said}; its score then not recorded"
    if after_score >= rejection.score + min_rise:
        return None
    return f"{rejection.said}; {after_score:.2f} now, under {rejection.score:.2f} then + {min_rise:g}"
