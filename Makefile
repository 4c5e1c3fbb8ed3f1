# Planet deforestation classifier: every target sets itself up (scripts/setup.sh is idempotent).
PY      := .venv/bin/python
SCENE   := tests/data/scenes/20170915_020728_103d_3B_AnalyticMS.tif
export QT_QPA_PLATFORM := offscreen

.PHONY: setup demo test test-fast bench model package docs clean

setup:
	@bash scripts/setup.sh

demo: setup  ## classify a real Planet scene with the bundled model -> out/demo.gpkg + out/demo.png
	@mkdir -p out
	$(PY) -m planet_qgis_plugin $(SCENE) -o out/demo.gpkg --preview out/demo.png --overwrite

test: setup  ## the whole suite (what CI runs)
	$(PY) -m pytest

test-fast: setup
	$(PY) -m pytest -m "not slow"

bench: setup  ## speed/memory ratios measured in one run
	$(PY) bench/pipeline_vs_model.py
	$(PY) bench/embeddings_cost.py  # storing tile embeddings: time ratio and bytes per tile
	$(PY) bench/soak.py --runs 50
	$(PY) bench/teach_eval.py  # teach-by-example AUC / precision@10 -> docs/teach_eval.md
	$(PY) bench/teach_threshold.py  # precision / recall of flag_<name> after k marks (docs/teach.md)
	$(PY) bench/teach_speed.py  # one teach step on 4000 tiles: read, fit, write (docs/teach.md)
	$(PY) bench/familiarity.py  # share of each scene's tiles unlike every training chip (docs/familiarity.md)
	$(PY) bench/monitor.py  # batch scenes per minute, 1 worker vs a 2-worker Dask LocalCluster (docs/monitoring.md)

model: setup  ## rebuild the bundled model from ../shared/data/planet_sample (cross-validation + final fit)
	$(PY) scripts/build_model.py
	$(PY) scripts/build_starter_concepts.py  # the starter mining concept (public imagery), model card section

package: setup  ## installable plugin zip in dist/
	$(PY) scripts/package.py

docs: setup  ## screenshots of the plugin in a real QGIS window (Xvfb) -> docs/*.png
	$(PY) scripts/screenshot.py

clean:
	rm -rf out dist .pytest_cache
