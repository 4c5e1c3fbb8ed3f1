"""The parts of the "Teach a concept" dock, one job each; ``teach_panel.TeachPanel`` mixes them into one
QDockWidget: ``layout`` (the widgets), ``review`` (the gallery of chips answered with Y / N / S, the keys),
``refit`` (an answer's or an undo's refit in a background task), ``canvas`` (the map: zoom to a tile, outlines, map tips),
``where`` ("Where?": the located quarter of each chip), ``marks`` (mark, unmark, the list of marks and answers and
its undo), ``threshold`` (the slider) and ``concepts`` (the bundle's concepts, save and load). A part works on the
panel's state (``layer``, ``sessions``, ``reviewing``, the widgets ``layout`` builds) and calls the other parts
through ``self``: none stands alone.
"""
