"""How the flag groups look in every picture the project draws: the QGIS style (scripts/make_style.py,
style.py), the PNG quick-look (core/pipeline/preview.py), the HTML report and the teach loop; and the imagery credit
those pictures carry. Change a colour, a title or the credit here only."""
from __future__ import annotations

#: Flag group -> legend title. ``other`` is the group of taught concepts that raise no built-in flag.
FLAG_TITLES: dict[str, str] = {"mining": "Mining", "logging": "Logging", "slash_burn": "Slash-and-burn",
                               "other": "Other concept"}
#: Flag group -> fill/outline colour (RGB).
FLAG_COLOURS: dict[str, tuple[int, int, int]] = {"mining": (230, 0, 126), "logging": (255, 212, 0),
                                                 "slash_burn": (255, 95, 0), "other": (0, 190, 255)}
#: Written on every picture drawn from Planet imagery (PNG quick-look, report images).
IMAGE_CREDIT = "Imagery (c) Planet Labs PBC"
#: Tiles raising two or more built-in flags. The title is short: a Layers panel at QGIS's usual width (330 px) cut
#: 'Several deforestation signals [234]' (the classes below it are the signals: Mining, Logging, Slash-and-burn).
SEVERAL_COLOUR: tuple[int, int, int] = (255, 0, 0)
SEVERAL_TITLE = "Several signals"


def draw_credit(draw, size: tuple[int, int]) -> None:
    """IMAGE_CREDIT in the bottom-left corner of a picture (``draw``: a PIL ImageDraw over ``size``)."""
    draw.text((4, size[1] - 14), IMAGE_CREDIT, fill="white")


def rgb_text(colour: tuple[int, int, int], alpha: int | None = None) -> str:
    """``"r,g,b"`` or ``"r,g,b,a"`` as QGIS symbol properties spell a colour."""
    return ",".join(str(v) for v in (*colour, *(() if alpha is None else (alpha,))))
