"""Screenshots of the plugin in a real QGIS window (make docs): the dialog, the styled map, the tile
labels, the attribute table, a tag filter, flagged-only, the teach loop and its review, and the Alerts dock on
a change layer, into docs/ in English and docs/pt_BR/ in Brazilian Portuguese.

Starts QGIS under Xvfb (`xvfb-run`, Debian package xvfb) with a throw-away profile and runs
scripts/qgis_shots.py inside it, which drives the plugin as an analyst would. The PNGs are written to a
temporary folder and copied into docs/ only when every step worked.

The change layer for the Alerts dock is the pair bench/report_picture.py pictures (the public strip, and
the same strip with three public mine strips pasted in and cropped 37 x 11 px: 2 alerts), made once here
by `change` on the two rasters (about 20 s); each language reviews a fresh copy of it.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_SCENE = ROOT.parent / "shared" / "data" / "planet_examples" / "culltivation2.jpg"
FALLBACK_SCENE = ROOT / "tests" / "data" / "scenes" / "20170915_020728_103d_3B_AnalyticMS.tif"
SHOTS = ("dialog.png", "dialog_done.png", "screenshot.png", "map_labels.png", "table.png", "filters.png",
         "flagged.png", "teach.png", "review.png", "review_where.png", "alerts.png")


def can_start_qgis() -> bool:
    """QGIS can be started in a real window under Xvfb here (this and bench/teach_panel.py); said on stderr where not."""
    if shutil.which("xvfb-run") is None or shutil.which("qgis") is None:
        print("error: needs xvfb-run and qgis (apt-get install xvfb qgis; scripts/setup.sh does)", file=sys.stderr)
        return False
    return True


def dependency_site() -> str:
    """Where this Python finds onnxruntime: handed to QGIS as the plugin's private dependency folder would be."""
    try:
        import onnxruntime
    except ImportError:
        return ""
    return str(Path(onnxruntime.__file__).resolve().parent.parent)


def change_pair(strip: Path, folder: Path) -> Path | None:
    """The change GeoPackage of bench/report_picture.py's pair made from ``strip`` in ``folder`` (a process of
    its own: bench imports scripts), or None where it could not be made (said; the alerts picture is skipped)."""
    done = subprocess.run([sys.executable, "-m", "bench.report_picture", "--strip", str(strip), "--pair", str(folder)],
                          cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0 or not (folder / "change.gpkg").is_file():
        print(f"warning: no change layer, no alerts picture: {done.stderr.strip()}", file=sys.stderr)
        return None
    return folder / "change.gpkg"


def shoot(args, lang: str, output: Path, change: Path | None = None) -> int:
    """One QGIS session in ``lang``: every state into ``output`` (only when every step worked)."""
    with tempfile.TemporaryDirectory(prefix="planet_docs_") as tmp:
        out = Path(tmp) / "shots"
        out.mkdir()
        env = dict(os.environ, PLANET_SHOTS_ROOT=str(ROOT), PLANET_SHOTS_OUT=str(out),
                   PLANET_SHOTS_SCENE=str(args.scene.resolve()), PLANET_SHOTS_SITE=dependency_site(),
                   PLANET_SHOTS_SCREEN=args.screen, GDAL_PAM_ENABLED="NO")
        if change is not None:    # a fresh copy: the review writes its answers into the layer
            env["PLANET_SHOTS_CHANGE"] = str(shutil.copy(change, Path(tmp) / change.name))
        env.pop("QT_QPA_PLATFORM", None)   # a real (X11) window, not the offscreen platform
        cmd = ["xvfb-run", "-a", "-s", f"-screen 0 {args.screen}x24", "qgis", "--nologo", "--noversioncheck",
               "--noplugins", "--lang", lang, "--profiles-path", str(Path(tmp) / "profiles"), "--code",
               str(ROOT / "scripts" / "qgis_shots.py")]
        try:
            subprocess.run(cmd, env=env, timeout=args.timeout, stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            pass
        log = (out / "shots.log").read_text() if (out / "shots.log").is_file() else "no log: QGIS did not start the script"
        print(f"[{lang}] " + log.rstrip().replace("\n", f"\n[{lang}] "))
        skipped = "teach: skipped" in log
        wanted = [n for n in SHOTS if not (n in ("teach.png", "review.png", "review_where.png") and skipped)
                  and not (n == "alerts.png" and (skipped or "alerts: skipped" in log))]
        missing = [name for name in wanted if not (out / name).is_file()]
        if missing or not log.rstrip().endswith("done"):
            print(f"error: {lang} screenshots incomplete (missing {', '.join(missing) or 'nothing'}); {output} left "
                  "as it was", file=sys.stderr)
            return 1
        output.mkdir(parents=True, exist_ok=True)
        for name in wanted:
            shutil.copy(out / name, output / name)
        print(f"copied {len(wanted)} screenshots into {output}")
    return 0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--scene", type=Path, default=SHARED_SCENE if SHARED_SCENE.is_file() else FALLBACK_SCENE,
                   help="raster to classify (default: the full-resolution Planet strip culltivation2.jpg of "
                        "../shared/data/planet_examples, else the Borneo test scene)")
    p.add_argument("-o", "--output", type=Path, default=ROOT / "docs",
                   help="folder for the PNGs (default docs/; other languages in docs/<language>/)")
    p.add_argument("--languages", default="en_US,pt_BR", help="QGIS languages to shoot (default en_US,pt_BR)")
    p.add_argument("--screen", default="1366x768", help="virtual screen size (default 1366x768)")
    p.add_argument("--timeout", type=int, default=400, help="seconds before QGIS is stopped (default 400)")
    args = p.parse_args(argv)
    if not can_start_qgis():
        return 1
    if not args.scene.is_file():
        print(f"error: scene {args.scene} does not exist", file=sys.stderr)
        return 1
    from scripts.translations import compile_all

    compile_all()        # planet_qgis_plugin/i18n/*.qm (not in git): the plugin loads them from there
    code = 0
    with tempfile.TemporaryDirectory(prefix="planet_docs_change_") as pair:
        change = change_pair(SHARED_SCENE, Path(pair))
        for lang in args.languages.split(","):
            output = args.output if lang.startswith("en") else args.output / lang
            code = shoot(args, lang, output, change) or code
    return code


if __name__ == "__main__":
    sys.exit(main())
