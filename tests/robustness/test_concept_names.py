"""A concept file whose concept has the name of one the bundle carries (the shipped bundle's ``mine``):
classify wrote the bundle's p_mine/flag_mine, then the file's replaced them, group and all, exit 0."""
from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from planet_qgis_plugin.core.model.bundle import default_bundle_path, load_bundle
from planet_qgis_plugin.core.teach.concept_file import ConceptFile, write_concept_file

from ..conftest import BORNEO
from .conftest import assert_refused, run_cli, snapshot


@pytest.fixture(scope="module")
def clash(tmp_path_factory):
    """A concept file named like the shipped bundle's first concept, in another group."""
    shipped = load_bundle(default_bundle_path())
    assert shipped.manifest.concepts, "the shipped bundle carries a concept"
    own = shipped.manifest.concepts[0]
    concept = dataclasses.replace(own, group="other" if own.group != "other" else "mining", bias=own.bias + 3.0)
    rows = np.zeros((1, len(concept.weights)), np.float32)
    folder = tmp_path_factory.mktemp("clash")
    return write_concept_file(ConceptFile(concept, rows, rows), folder / f"{own.name}.concept.json"), own


@pytest.mark.parametrize("command", ["classify", "batch"])
def test_a_concept_file_named_like_a_bundle_concept_is_refused(clash, outdir, command):
    path, own = clash
    args = ([BORNEO, "-o", outdir / "previous.gpkg", "--overwrite"] if command == "classify"
            else ["batch", BORNEO, "-o", outdir, "--force", "--workers", "1"])
    before = snapshot(outdir)
    assert_refused(run_cli(*args, "--concept", path),
                   f"names the concept {own.name!r}, which bundle {load_bundle(default_bundle_path()).manifest.display_name}"
                   f" already applies (p_{own.name}, flag_{own.name}, group {own.group}): one would replace the other; "
                   f"save it under another name (teach LAYER --concept {path} --name {own.name}_2", before, outdir)
