"""Hostile inputs of 2026-12-07 (round 8), the QGIS face: the Alerts dock's earlier answers from a change layer
whose review_history was edited by hand (docs/robustness.md, round 8)."""
from __future__ import annotations

import json
from types import SimpleNamespace

import pytest


@pytest.mark.parametrize("cause", [["mining"], {"mining": 1}])
def test_an_earlier_answer_whose_cause_is_not_text_is_shown_not_a_traceback(qgis_iface, cause):
    """review_history is JSON the dock reads back (earlier answers under the alert's facts). An answer whose cause
    is a list or an object (edited by hand, or another tool's) raised TypeError 'unhashable type' out of the dock's
    slot on every move onto that alert: it is shown as written."""
    from planet_qgis_plugin.alerts_panel import earlier_answers

    history = json.dumps([{"at": "2026-12-01T09:30:00Z", "by": "ana", "review": "confirmed", "cause": cause},
                          {"at": "2026-12-02T09:30:00Z", "by": "ana", "review": "rejected", "reason": "pit"}])
    (line,) = earlier_answers(SimpleNamespace(history=history, status="rejected"))
    assert "mining" in line and "ana" in line
