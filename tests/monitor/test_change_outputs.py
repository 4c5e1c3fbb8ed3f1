"""`change` with --report and --export: the change layer, the report and the export of one run are all put in
place or none (core/monitor/change.compare stages them and places them together). A cancel at any step, the
report's and the export's included, or a failure while writing either leaves no new file and the earlier
outputs of those paths as they were."""
from __future__ import annotations

import errno

import pytest

from planet_qgis_plugin.core.errors import Cancelled, OutputError
from planet_qgis_plugin.core.layer.tiletable import read_tiles
from planet_qgis_plugin.core.monitor.change import ChangeOptions, compare
from tests.monitor.test_change import CancelAfter

EARLIER = {"change.gpkg": b"an earlier change layer", "alerts.html": b"<p>an earlier report</p>"}


def _runs(tmp_path, rapideye_copy):
    """(AFTER with two alerts, {name: bytes} of the earlier outputs in tmp_path/out)."""
    after = rapideye_copy({(1, 1): {"flag_logging": 1, "flagged": 1, "score_logging": 0.99},
                           (0, 2): {"flag_mining": 1, "flagged": 1, "score_mining": 1.0}})
    out = tmp_path / "out"
    out.mkdir()
    for name, data in EARLIER.items():
        (out / name).write_bytes(data)
    return after, out


def _options(out, overwrite=True):
    return ChangeOptions(min_rise=0.2, overwrite=overwrite, report=out / "alerts.html", export=out / "handoff")


def _left_as_it_was(out) -> None:
    assert sorted(p.name for p in out.iterdir()) == sorted(EARLIER)  # no new file, no temporary one
    assert {name: (out / name).read_bytes() for name in EARLIER} == EARLIER


def test_a_cancel_at_any_step_report_and_export_included_leaves_the_earlier_outputs(rapideye, rapideye_copy, tmp_path):
    after, out = _runs(tmp_path, rapideye_copy)
    seen, counting = [], CancelAfter()
    done = tmp_path / "done"
    done.mkdir()
    result = compare(rapideye, after, done / "change.gpkg", _options(done),
                     progress=lambda d, t: seen.append((d, t)), cancel=counting)
    assert len(result.alerts) == 2 and result.report == done / "alerts.html" and result.export.alerts == 2
    tiles = len(read_tiles(after, with_embeddings=False))
    total = 5 * tiles  # every tile matched, compared and written; the report and the export a tile's share each
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert len({d for d, _ in seen if d > 3 * tiles}) >= 6  # the report's and the export's steps move the bar
    calls = counting.calls
    # the report checks cancel on each alert shown and on its overview, the export on each alert and each file
    # it writes, and once more before anything is put in place: the last 10 calls are theirs
    for n in (1, calls // 2, *range(calls - 10, calls + 1)):
        for overwrite, output in ((True, out / "change.gpkg"), (False, out / "new.gpkg")):
            options = _options(out, overwrite)
            if not overwrite:
                options.report = out / "new.html"
            cancel = CancelAfter(n)
            with pytest.raises(Cancelled, match="^cancelled by the user; no output was written$"):
                compare(rapideye, after, output, options, cancel=cancel)
            assert cancel.calls == n
            _left_as_it_was(out)


def test_a_full_disk_while_the_report_is_written_leaves_no_change_layer(rapideye, rapideye_copy, tmp_path,
                                                                        monkeypatch):
    import planet_qgis_plugin.core.publish as publish

    after, out = _runs(tmp_path, rapideye_copy)

    def full(path, text):
        path.write_text(text[:100])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(publish, "write_text", full)  # the report's text, as it is written
    for options, output in ((_options(out), out / "change.gpkg"), (_options(out, False), out / "new.gpkg")):
        if output.name == "new.gpkg":
            options.report = out / "new.html"
        with pytest.raises(OutputError, match=f"^could not write report {options.report}: .*No space left on device"):
            compare(rapideye, after, output, options)
        _left_as_it_was(out)


def test_a_failing_export_takes_the_report_with_it(rapideye, rapideye_copy, tmp_path, monkeypatch):
    import planet_qgis_plugin.core.monitor.handoff as handoff

    after, out = _runs(tmp_path, rapideye_copy)

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(handoff, "_write_html", full)
    with pytest.raises(OutputError, match="^could not write export folder .*handoff: .*No space left on device"):
        compare(rapideye, after, out / "change.gpkg", _options(out))
    _left_as_it_was(out)


def test_a_layer_that_cannot_be_published_takes_back_the_report_and_export_already_placed(
        rapideye, rapideye_copy, tmp_path, monkeypatch):
    """The report and the export go in place just before the layer; if the layer is then not published (another
    run changed its file meanwhile), both are taken back, the earlier report put back."""
    import planet_qgis_plugin.core.publish as publish

    after, out = _runs(tmp_path, rapideye_copy)
    placed = []

    def changed_meanwhile(target):
        placed.append(((out / "alerts.html").read_bytes() != EARLIER["alerts.html"], (out / "handoff").is_dir()))
        raise OutputError(f"output {target.path} was changed by another program or run while this run was writing")

    monkeypatch.setattr(publish, "publish", changed_meanwhile)
    with pytest.raises(OutputError, match="was changed by another program"):
        compare(rapideye, after, out / "change.gpkg", _options(out))
    assert placed == [(True, True)]
    _left_as_it_was(out)


def test_the_command_line_writes_all_three_or_says_why_none(rapideye, rapideye_copy, tmp_path, monkeypatch, capsys):
    import planet_qgis_plugin.core.publish as publish
    from planet_qgis_plugin.cli.change import main

    after, out = _runs(tmp_path, rapideye_copy)
    args = [str(rapideye), str(after), "-o", str(out / "change.gpkg"), "--report", str(out / "alerts.html"),
            "--export", str(out / "handoff"), "--min-rise", "0.2", "--overwrite"]

    def full(path, text):
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(publish, "write_text", full)
        assert main(args) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: could not write report {out / 'alerts.html'}: ") and err.count("\n") == 1, err
    _left_as_it_was(out)
    assert main(args) == 0
    said = capsys.readouterr().out
    assert f"report {out / 'alerts.html'}" in said and "2 alerts exported to" in said
    # and what to do with them next, as the report says it
    assert said.splitlines()[-1].startswith(f"next: judge each alert on its before/after pair: open {out / 'change.gpkg'}"
                                            " in QGIS, Review alerts...")
    assert sorted(p.name for p in out.iterdir()) == ["alerts.html", "change.gpkg", "handoff"]
    assert "2 alerts" in (out / "alerts.html").read_text(encoding="utf-8")


def test_classify_options_given_for_two_tile_layers_are_said_to_be_unused(rapideye, rapideye_copy, tmp_path, capsys):
    """--batch-size, --max-tiles, --backend ... shape a classification; change of two tile layers classifies nothing
    and took them without a word (`--max-tiles -1` too), so a user may believe they bounded the run."""
    from planet_qgis_plugin.cli.change import main

    after, out = _runs(tmp_path, rapideye_copy)
    base = [str(rapideye), str(after), "-o", str(out / "c.gpkg")]
    assert main([*base, "--batch-size", "4", "--max-tiles", "-1"]) == 0
    err = capsys.readouterr().err
    assert "warning: --batch-size, --max-tiles apply only when change classifies two rasters" in err, err
    assert main([*base, "--overwrite"]) == 0
    assert "apply only when" not in capsys.readouterr().err   # nothing said where none was given


def test_the_help_says_overwrite_never_replaces_the_answers():
    """--overwrite's help said 'replace OUTPUT if it exists', and a change layer holding answers is refused even so."""
    from planet_qgis_plugin.cli.change import build_parser

    said = " ".join(build_parser().format_help().split())
    assert "never a change layer holding the analyst's answers" in said
