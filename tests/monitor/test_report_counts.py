"""The change report's count line said '1 alerts' for a run of one alert (seen on a real pair: the strip against
the strip with mines pasted in). It counts as the command line does: 1 alert, 2 alerts."""
from __future__ import annotations

import re

from planet_qgis_plugin.core.monitor.change import compare
from planet_qgis_plugin.core.monitor.report import change_report


def test_the_report_counts_one_alert_in_the_singular(rapideye, rapideye_copy, tmp_path):
    for edits, name in (({(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0}}, "one"),
                        ({(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0},
                          (2, 2): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0}}, "two")):
        result = compare(rapideye, rapideye_copy(edits, f"{name}.gpkg"), tmp_path / f"{name}_change.gpkg")
        n = len(result.alerts)
        text = change_report(tmp_path / f"{name}.html", result).read_text(encoding="utf-8")
        said = re.search(r"<b>(\d+ alerts?)</b>", text).group(1)
        assert said == (f"{n} alert" if n == 1 else f"{n} alerts")
