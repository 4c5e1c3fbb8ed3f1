"""Hostile inputs of 2026-12-07 (round 11): round 10's leftovers and what rounds 1-10 did not try (docs/robustness.md,
"Hostile inputs of 2026-12-07 (round 11)"). Each test failed before its fix."""
from __future__ import annotations

import pytest

from .conftest import assert_refused, run_cli, snapshot


@pytest.mark.parametrize("option, value, said", [
    ("--min-rise", "-inf", "need 0 <= min rise (-inf)"),
    ("--margin", "-1e3", "<= margin (-1000)"),
    ("--far-quantile", "-Infinity", "-inf"),
    ("--min-rise", "-nan", "min rise (nan)"),
])
def test_a_negative_number_written_as_a_word_or_an_exponent_reaches_the_check(classified, tmp_path, option, value,
                                                                              said):
    """change --min-rise -inf (a script's bound, a float printed by Python): argparse took '-inf' and '-1e3' for options
    ('expected one argument'), while '--min-rise=-inf' was taken and refused by the check. The value now reaches the
    check, whose line says what is allowed."""
    before = snapshot(tmp_path)
    assert_refused(run_cli("change", classified, classified, "-o", tmp_path / "c.gpkg", option, value), said,
                   before, tmp_path)
