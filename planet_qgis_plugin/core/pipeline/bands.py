"""Map a raster's bands onto the bands a model bundle expects (e.g. red, green, blue)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping, Sequence

from ..errors import PlanetClassifierError
from ..wording import tr

#: Known Planet layouts: (band count, 8-bit?) -> band names in file order, and a human name.
LAYOUTS: dict[tuple[int, bool], tuple[tuple[str, ...], str]] = {
    (3, True): (("red", "green", "blue"), "3-band visual RGB"),
    (3, False): (("red", "green", "blue"), "3-band RGB"),
    (4, True): (("red", "green", "blue", "alpha"), "4-band visual RGBA"),
    (4, False): (("blue", "green", "red", "nir"), "4-band analytic BGRN (PlanetScope)"),
    (5, True): (("blue", "green", "red", "red_edge", "nir"), "5-band RapidEye BGR-RE-NIR"),
    (5, False): (("blue", "green", "red", "red_edge", "nir"), "5-band RapidEye BGR-RE-NIR"),
    (8, False): (("coastal_blue", "blue", "green_i", "green", "yellow", "red", "red_edge", "nir"),
                 "8-band SuperDove analytic"),
}

#: Band-description spellings seen in Planet and other products -> canonical band name.
SYNONYMS: dict[str, str] = {
    "r": "red", "red": "red", "g": "green", "green": "green", "b": "blue", "blue": "blue",
    "nir": "nir", "near_infrared": "nir", "nearinfrared": "nir", "n": "nir",
    "rededge": "red_edge", "red_edge": "red_edge", "re": "red_edge",
    "alpha": "alpha", "coastal_blue": "coastal_blue", "coastalblue": "coastal_blue",
    "green_i": "green_i", "yellow": "yellow",
}


class BandMappingError(PlanetClassifierError, ValueError):
    """The raster's bands cannot be mapped onto the model's bands."""


@dataclass(frozen=True)
class BandMapping:
    """1-based raster band indexes in the model's band order, and how they were found."""

    indexes: tuple[int, ...]
    names: tuple[str, ...]
    source: str

    def describe(self) -> str:
        pairs = ", ".join(f"{n}=band {i}" for n, i in zip(self.names, self.indexes))
        return f"{pairs} ({self.source})"

    def option_text(self) -> str:
        """The mapping as --bands takes it (``red=3,green=2,blue=1``): what a later reader of the raster repeats."""
        return ",".join(f"{n}={i}" for n, i in zip(self.names, self.indexes))


def _canonical(description: str | None) -> str | None:
    if not description:
        return None
    key = re.sub(r"[\s\-]+", "_", description.strip().lower())
    return SYNONYMS.get(key) or SYNONYMS.get(key.replace("_", ""))


def parse_user_mapping(text: str, wanted: Sequence[str]) -> dict[str, int]:
    """Parse ``red=3,green=2,blue=1`` or ``3,2,1`` (in the model's band order)."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts and text.strip():  # ',,,' read as no mapping: the layout's guess, as if none were given
        raise BandMappingError(tr("band mapping {text!r} names no band: give one like {listed}, or leave it out "
                                  "to let the raster's layout decide").format(text=text, listed=_listed(wanted)))
    try:
        if all("=" in p for p in parts):
            pairs = [(k.strip().lower(), k.strip(), v.strip()) for k, v in (p.split("=", 1) for p in parts)]
            names = [name for name, _, _ in pairs]
            twice = next((name for name in names if names.count(name) > 1), None)
            if twice is not None:  # the last one silently replaced the first ('does not say which band is green')
                raise BandMappingError(tr("band mapping names {name} twice ({given}): give each band once, e.g. "
                                          "{listed}").format(name=twice, listed=_listed(wanted), given=", ".join(
                                              f"{shown}={v}" for name, shown, v in pairs if name == twice)))
            mapping = {name: int(v) for name, _, v in pairs}
        else:
            mapping = dict(zip(wanted, (int(p) for p in parts)))
            if len(parts) != len(wanted):
                raise BandMappingError(tr("band mapping {text!r} gives {n} bands, the model needs "
                                          "{needed} ({wanted})").format(
                    text=text, n=len(parts), needed=len(wanted), wanted=', '.join(wanted)))
    except ValueError as exc:
        if isinstance(exc, BandMappingError):
            raise
        raise BandMappingError(tr("band mapping {text!r} is not like 'red=3,green=2,blue=1' or '3,2,1'").format(
            text=text)) from None
    return mapping


def is_paletted(src) -> bool:
    """Whether rasterio dataset ``src`` is one band of colour-table indexes (a paletted PNG/GIF/TIFF)."""
    from rasterio.enums import ColorInterp
    return src.count == 1 and src.colorinterp[0] == ColorInterp.palette


def _listed(wanted: Sequence[str]) -> str:
    """An example --bands value for ``wanted`` (``red=1,green=2,blue=3``)."""
    return ",".join(f"{w}={i + 1}" for i, w in enumerate(wanted))


def map_bands(count: int, eight_bit: bool, descriptions: Sequence[str | None], wanted: Sequence[str],
              user: Mapping[str, int] | str | None = None, paletted: bool = False) -> BandMapping:
    """Find the raster band (1-based) for each wanted band name.

    Order of preference: an explicit user mapping, band descriptions naming every wanted band,
    then the known Planet layout for this band count and bit depth. Colour-interpretation tags
    are ignored on purpose: Planet analytic files often carry generic, wrong ones. A ``paletted`` raster
    (``is_paletted``) has no bands to map, whatever the user says: its pixels are colour-table indexes.
    """
    if paletted:
        raise BandMappingError(tr("the raster is one band of colour-table indexes (paletted), not colours: expand "
                                  "it to RGB first, e.g. gdal_translate -expand rgb in.tif rgb.tif"))
    wanted = [w.lower() for w in wanted]
    if isinstance(user, str):
        user = parse_user_mapping(user, wanted)
    if user:
        missing = [w for w in wanted if w not in user]
        if missing:
            raise BandMappingError(tr("band mapping does not say which band is {missing}").format(
                missing=', '.join(missing)))
        bad = [f"{w}={user[w]}" for w in wanted if not 1 <= user[w] <= count]
        if bad:
            raise BandMappingError(tr("band mapping {bad} is outside the raster's bands 1..{count}").format(
                bad=', '.join(bad), count=count))
        return BandMapping(tuple(user[w] for w in wanted), tuple(wanted), "user mapping")

    described = {i: _canonical(desc) for i, desc in enumerate(descriptions, start=1) if _canonical(desc)}
    by_description: dict[str, list[int]] = {}
    for i, name in described.items():
        by_description.setdefault(name, []).append(i)
    twice = [w for w in wanted if len(by_description.get(w, [])) > 1]
    if twice:  # the first was taken in silence
        raise BandMappingError(tr("the raster's band descriptions name more than one band as {name} (bands {bands}): "
                                  "say which is which with --bands {listed}").format(
            name=twice[0], bands=", ".join(map(str, by_description[twice[0]])), listed=_listed(wanted)))
    if all(w in by_description for w in wanted):
        return BandMapping(tuple(by_description[w][0] for w in wanted), tuple(wanted), "band descriptions")

    layout = LAYOUTS.get((count, eight_bit))
    if layout:
        names, label = layout
        if all(w in names for w in wanted):
            # descriptions that name some bands but not all, against the layout: it was taken in silence, reading
            # blue from a band described as red
            against = [i for i, name in described.items() if names[i - 1] != name and (name in wanted or
                                                                                     names[i - 1] in wanted)]
            if against:
                raise BandMappingError(tr("the raster's band descriptions ({said}) contradict the {label} layout its "
                                          "band count suggests: say which band is which with --bands {listed} (or "
                                          "describe every band)").format(
                    said=", ".join(f"band {i} '{described[i]}'" for i in against), label=label, listed=_listed(wanted)))
            return BandMapping(tuple(names.index(w) + 1 for w in wanted), tuple(wanted), label)
    known = "; ".join(sorted({f"{c} bands: {'/'.join(n)}" for (c, _), (n, _) in LAYOUTS.items()}))
    raise BandMappingError(
        tr("cannot tell which of the raster's {count} band(s) are {wanted}: set band descriptions or give a mapping "
           "such as --bands {listed} (known layouts: {known})").format(
            count=count, wanted=', '.join(wanted), listed=_listed(wanted),
            known=known)
    )
