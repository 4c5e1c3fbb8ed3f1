"""`make model` rebuilds every file the shipped bundle lists: build_model starts the bundle folder afresh, so a
file another script writes (teach's background bank) is lost unless the recipe runs that script too."""
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "resources" / "models" / "planet-lite0-sample"

#: Which script of the recipe writes each file of the manifest's "files" (a new kind of bundle file names its writer).
WRITERS = {"weights": "build_model", "onnx": "build_model", "reference": "build_model",
           "background": "teach_background"}


def _recipe(target: str) -> list[str]:
    lines = (ROOT / "Makefile").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{target}:"))
    recipe = []
    for line in lines[start + 1:]:
        if not line.startswith("\t"):
            break
        recipe.append(line)
    return recipe


def test_make_model_runs_the_writer_of_every_file_the_shipped_bundle_lists():
    files = json.loads((BUNDLE / "manifest.json").read_text(encoding="utf-8"))["files"]
    ran = [m.group(1) for line in _recipe("model") for m in re.finditer(r"-m scripts\.(\w+)", line)]
    assert set(files) <= set(WRITERS), f"name the script that writes {sorted(set(files) - set(WRITERS))}"
    missing = {key: WRITERS[key] for key in files if WRITERS[key] not in ran}
    assert not missing, f"make model does not run the writers of {missing}; it runs {ran}"
    for script in set(WRITERS[key] for key in files):
        assert (ROOT / "scripts" / f"{script}.py").is_file()
