# Planet deforestation classifier: every target sets itself up (scripts/setup.sh is idempotent).
PY      := .venv/bin/python
export QT_QPA_PLATFORM := offscreen

.PHONY: setup demo test test-fast lint bench model package docs clean

setup:
	@bash scripts/setup.sh

# make demo: a full-resolution Planet strip, three tiles of its village clearings (ROW:COL of the 256 px
# grid) to teach 'clearing' from, and two other scenes to apply the saved concept to (one with
# clearings, one without; a concept meant for other scenes asks for 90 % of its flags right); the reviews
# are answered from the by-eye labels in bench/data.
DEMO_STRIP  := demo/data/culltivation2.jpg
DEMO_MARKS  := 5:21,5:22,6:21
DEMO_OTHERS := demo/data/cultivation.jpg demo/data/blowdown.jpg

demo: setup  ## classify a real strip, teach a concept from 3 tiles, apply it elsewhere -> out/demo/*.png
	$(PY) -m scripts.demo --strip $(DEMO_STRIP) --name clearing --marks $(DEMO_MARKS) --target-precision 0.9 \
		--others $(DEMO_OTHERS)

test: setup  ## the whole suite (what CI runs)
	$(PY) -m pytest

lint: setup  ## ruff (rules in pyproject.toml); CI runs it before the tests
	.venv/bin/ruff check .

test-fast: setup
	$(PY) -m pytest -m "not slow"

bench: setup  ## speed/memory ratios measured in one run
	$(PY) -m bench.pipeline_vs_model
	$(PY) -m bench.fixed_costs  # a 2048 px command line run's fixed costs, item by item in CPU ms (docs/speed.md)
	$(PY) -m bench.embeddings_cost  # storing tile embeddings: time ratio and bytes per tile
	$(PY) -m bench.soak --runs 50
	$(PY) -m bench.teach_eval  # teach-by-example AUC / precision@10 -> docs/teach_eval.md
	$(PY) -m bench.teach_flags  # flag precision / recall, false flags elsewhere, reviews to 90 % after 3 marks + 0/10/20 answers -> docs/teach_flags.md
	$(PY) -m bench.teach_speed  # one teach step on 4000 tiles: read, fit, write (docs/teach.md)
	$(PY) -m bench.familiarity  # share of each scene's tiles unlike every training chip (docs/familiarity.md)
	$(PY) -m bench.monitor  # batch scenes per minute, 1 worker vs a 2-worker Dask LocalCluster (docs/monitoring.md)

model: setup  ## rebuild the bundled model from ../shared/data/planet_sample (cross-validation + final fit)
	$(PY) -m scripts.build_model
	$(PY) -m scripts.teach_background  # teach's background bank (build_model starts the bundle folder afresh)
	$(PY) -m scripts.build_starter_concepts  # the starter mining concept (public imagery), model card section

package: setup  ## installable plugin zip in dist/
	$(PY) -m scripts.package

docs: setup  ## screenshots of the plugin in a real QGIS window (Xvfb) and of change's report -> docs/*.png
	$(PY) -m scripts.screenshot
	$(PY) -m bench.report_picture
	$(PY) -m bench.report_picture --language pt_BR -o docs/pt_BR/change_report.png

clean:
	rm -rf out dist .pytest_cache
