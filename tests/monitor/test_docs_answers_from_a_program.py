"""docs/monitoring.md shows how a program answers alerts and exports the confirmed ones (the command lines have no
answer of their own: that is the Alerts dock's, or this API). The snippet there runs as written, on a change layer
of two alerts, and what it exports is what it answered."""
from __future__ import annotations

import csv
import json
import re

from planet_qgis_plugin.core.monitor.change import compare
from tests.conftest import ROOT


def test_the_documented_answers_from_a_program_run(rapideye, rapideye_copy, tmp_path, monkeypatch, capsys):
    text = (ROOT / "docs" / "monitoring.md").read_text(encoding="utf-8")
    snippet = re.search(r"\*\*From a program\*\*.*?```python\n(.*?)```", text, re.S).group(1)
    after = rapideye_copy({(0, 1): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0},
                           (2, 2): {"flag_logging": 1, "flagged": 1, "score_logging": 0.9}})
    assert len(compare(rapideye, after, tmp_path / "change.gpkg").alerts) == 2
    monkeypatch.chdir(tmp_path)
    exec(compile(snippet, "monitoring.md", "exec"), {})
    assert "1 alert exported to confirmed" in capsys.readouterr().out
    with open(tmp_path / "confirmed" / "alerts.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["id"], r["status"], r["cause"], r["reviewed_by"]) for r in rows] == [("1", "confirmed", "mining",
                                                                                  "field-bot")]
    assert [h["review"] for h in json.loads(rows[0]["review_history"])] == ["confirmed"]
