"""The batch use case: many scenes classified on this machine or a Dask cluster (the command line fills it in).

``plan_batch(inputs, outdir, options)`` makes every check (scenes, bundle, concepts, workers, scheduler, the
outputs) and only then creates the output folder (and removes what killed runs left in it: sweep_partials);
``run_batch(plan, progress)`` classifies each scene (core
batch.run_scene) here or on Dask, rewrites OUTDIR/summary.csv after each one, and writes the report.
A LocalCluster gets one worker process per CPU core and per WORKER_MEMORY, each loading the model once.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..errors import OutputError, PlanetClassifierError
from ..layer.gpkg import not_ours
from ..layer.sqlite_read import too_deep
from ..pipeline.options import ClassifyOptions
from ..pipeline.run_size import check_max_tiles
from ..publish import PARTIAL_BYTES, check_not_an_input, same_file, special_file
from ..wording import count, tr
from .batch import (
    DONE,
    FAILED,
    UP_TO_DATE,
    BatchSettings,
    SceneRow,
    another_scene,
    is_summary,
    kept_rows,
    kept_scene_row,
    leftover_name,
    output_for,
    read_summary,
    run_scene,
    sweep_partials,
    where_now,
    write_summary,
)
from .cluster import ABSURD_PER_CORE, WORKER_MEMORY, check_scheduler, cpu_cores, local_cluster, plan_workers
from .scenes import check_output_folder, find_scenes, hold_output_folder

SUMMARY = "summary.csv"
REPORT = "report.html"
#: How long to wait for an existing Dask scheduler before saying it is unreachable (seconds).
SCHEDULER_TIMEOUT = 10


@dataclass
class BatchOptions:
    """How a batch is run; filled by the command line (and any other caller) alike."""

    classify: ClassifyOptions = field(default_factory=ClassifyOptions)  # backend, device, batch size, bands
    bundle: str | Path | None = None        # model bundle folder (None: the bundled model)
    workers: int | None = None              # None: one per CPU core (and per WORKER_MEMORY), at most one per scene
    scheduler: str | None = None            # an existing Dask cluster's address instead of a LocalCluster
    scheduler_timeout: float = SCHEDULER_TIMEOUT
    threads: int | None = None              # CPU inference threads per worker (None: planned, see plan_batch)
    force: bool = False                     # redo scenes whose output is up to date
    concepts: list[Path] = field(default_factory=list)  # concept files applied to every scene
    report: bool = False                    # also write OUTDIR/report.html


@dataclass
class BatchPlan:
    """A checked batch, its output folder made and swept of dead runs' temporary files: what run_batch() runs."""

    scenes: list[Path]
    outdir: Path
    settings: BatchSettings  # what every scene runs with (travels to the workers)
    workers: int             # 1 without --scheduler: this process, no cluster
    options: BatchOptions
    messages: list[str] = field(default_factory=list)  # warnings for the analyst, before the run
    held: int | None = None  # the output folder held for this batch (scenes.hold_output_folder); run_batch lets go
    made: bool = False       # the output folder did not exist before this batch made it
    removed: bool = False    # ... and was removed again, left empty by a stopped run (let_go)

    def let_go(self, stopped: bool = False) -> None:
        """Let go of the output folder (held); ``stopped``: the run ended before its end (Ctrl-C, kill, an error). A
        folder this batch made and left empty (no scene finished, its temporary files removed: swept once more
        here, their writers gone since the stop's sweep) is removed, so that no empty OUTDIR says a batch ran there;
        one that was there before, or holds anything, stays. Idempotent."""
        if stopped and self.made and not self.removed:
            sweep_partials(self.outdir)   # again: a writer still dying at the stop's first sweep may be gone since
            try:
                self.outdir.rmdir()   # while still held: no other batch is writing into it; only an empty one goes
                self.removed = True
            except OSError:
                pass
        if self.held is not None:
            os.close(self.held)
            self.held = None


@dataclass
class BatchResult:
    rows: list[SceneRow]  # one per finished scene, in the order they finished
    summary_path: Path
    kept: list[SceneRow] = field(default_factory=list)  # summary.csv's rows of earlier runs (read for the report)
    report_path: Path | None = None
    report_error: str | None = None  # why the report asked for was not written

    @property
    def failed(self) -> list[SceneRow]:
        return [r for r in self.rows if r.status == FAILED]

    def summary(self) -> str:
        counts = {s: sum(r.status == s for r in self.rows) for s in (DONE, UP_TO_DATE, FAILED)}
        flagged = sum(int(r.flagged or 0) for r in self.rows)
        return (f"{count(len(self.rows), 'scene')}: {counts[DONE]} classified, {counts[UP_TO_DATE]} up to date, "
                f"{counts[FAILED]} failed; {count(flagged, 'tile')} flagged{self._concepts()} -> {self.summary_path}"
                + (f", {self.report_path}" if self.report_path else ""))

    def _concepts(self) -> str:
        """'; concept clearing 12 tiles': each concept that flagged tiles. A concept of group other (teach's default)
        raises no group flag, so its tiles are not among the flagged, and a batch with --concept read as finding
        nothing; a mining, logging or slash-and-burn concept's tiles are among them too."""
        from ..labels import FLAG_GROUPS

        totals: dict[str, int] = {}
        for row in self.rows:
            for key, n in row.counts.items():
                if key.startswith("flag_") and key[5:] not in FLAG_GROUPS:
                    totals[key[5:]] = totals.get(key[5:], 0) + int(n or 0)
        found = [f"concept {name} {count(n, 'tile')}" for name, n in sorted(totals.items()) if n]
        return (f"; {', '.join(found)}" if found else "") + self._held()

    def _held(self) -> str:
        """'; concept pits held unconfirmed on 2 scenes (...)': its 0 there is no all-clear (core/teach/apply.py)."""
        from .batch import held_names

        scenes: dict[str, int] = {}
        for row in self.rows:
            for name in held_names(row.unconfirmed):
                scenes[name] = scenes.get(name, 0) + 1
        return "".join(f"; concept {name} held unconfirmed on {count(n, 'scene')} (flag_{name} left off there, see "
                       f"the unconfirmed column: sort by p_{name} and review, or answer its review where it was "
                       "taught and save it again)" for name, n in sorted(scenes.items()))


#: The most inference threads per worker a --scheduler batch may ask for (machines of its cluster are not this one).
MAX_THREADS = 1024


def plan_batch(inputs: list[str | Path], outdir: str | Path, options: BatchOptions) -> BatchPlan:
    """Every check before any work (one PlanetClassifierError naming the problem); the output folder is
    created last, once all have passed."""
    scenes = find_scenes(inputs)
    if options.classify.batch_size < 1:
        raise PlanetClassifierError("--batch-size must be at least 1")
    check_max_tiles(options.classify.max_tiles)  # one line, not one failed scene each
    from ..model.bundle import resolve_bundle

    bundle = resolve_bundle(options.bundle)  # a bad bundle is one error, not one per scene
    messages: list[str] = []
    if options.scheduler is not None:
        check_scheduler(options.scheduler, options.scheduler_timeout)  # bounded: Dask's own handshake is not
        workers, threads = 1, 0  # the cluster's workers; cores of other machines: the backend's own default
    else:
        workers, threads = plan_workers(options.workers, len(scenes))
        if options.workers is not None and workers < min(options.workers, len(scenes)):
            messages.append(f"--workers {options.workers} capped at {workers}: one per scene, per CPU core "
                            f"({cpu_cores()}) and per {WORKER_MEMORY / 2**30:g} GiB of available memory")
        if workers == 1:
            threads = 0  # alone on this machine: the backend's own default
    if options.threads is not None:
        if options.threads < 1:
            raise PlanetClassifierError("--threads must be at least 1")
        # each scene failed as 'ONNX model cannot be loaded (std::bad_alloc)' at 10^9, as if the bundle were damaged;
        # a --scheduler's machines are not this one: there only what no machine has is refused
        most = ABSURD_PER_CORE * cpu_cores() if options.scheduler is None else MAX_THREADS
        if options.threads > most:
            raise PlanetClassifierError(
                f"--threads {options.threads} is far more than "
                + (f"this machine's {cpu_cores()} CPU cores: use at most {cpu_cores()}" if options.scheduler is None
                   else f"any machine's cores: use at most {MAX_THREADS}") + ", or leave --threads out")
        threads = options.threads
    outdir = Path(outdir)
    for name in (SUMMARY, REPORT):  # a scene given as OUTDIR/summary.csv would be written over
        try:
            check_not_an_input(outdir / name, scenes, name)
        except OutputError:
            raise OutputError(f"scene {outdir / name} would be written over by the batch's {name}; "
                              "choose another output folder") from None
    outputs = [outdir / SUMMARY, outdir / REPORT] + [output_for(Path(s), outdir) for s in scenes]
    for concept in options.concepts:  # a concept file kept in the output folder under an output's name
        for output in outputs:
            try:
                check_not_an_input(output, [concept])
            except OutputError:
                raise OutputError(f"--concept {concept} would be written over by the batch's {output.name}; keep "
                                  "concept files out of the output folder") from None
    for written in outputs:
        kind = special_file(written)  # summary.csv is read back first: a FIFO there blocked the batch forever
        if kind is not None:
            raise OutputError(f"{written} is {kind}, not a file: the batch writes its {written.name} there; "
                              "remove it or choose another output folder")
    deepest = max(outputs[2:], key=lambda o: len(os.fsencode(o.name)))  # failed scene by scene, each after its run
    deep = too_deep(deepest, PARTIAL_BYTES)
    if deep is not None:
        raise OutputError(tr("output {path} cannot be written: {deep}").format(path=deepest, deep=deep))
    for written in (outdir / SUMMARY, *([outdir / REPORT] if options.report else [])):  # replaced at the end
        if written.is_file() and not os.access(written, os.W_OK):   # (chattr +i: root is refused too)
            raise OutputError(f"{written} cannot be replaced (it is read-only or immutable), and the batch writes its "
                              f"{written.name} there at the end; make it writable or choose another output folder")
    from .report import is_batch_report

    for written, ours in ((outdir / SUMMARY, is_summary), (outdir / REPORT, is_batch_report)):
        if written.is_file() and (options.report or written.name != REPORT) and not ours(written):
            raise OutputError(f"{written} is not the {written.name} of a batch, which the batch would replace with its "
                              "own; move it or choose another output folder")
    for scene in scenes:  # the batch replaces its own outputs without asking, never a file of the analyst's
        written = output_for(Path(scene), outdir)
        if leftover_name(written.name):  # a later batch's sweep would remove it as a dead run's file
            raise OutputError(f"{written.name}, the output of {scene}, would be named as the batch's temporary files, "
                              "which a later batch into the folder removes; rename the scene")
        what = None if same_file(written, scene) else not_ours(written)  # a scene that is its own output: its row
        if what is not None:
            raise OutputError(f"{written} is {what}, which the batch would replace with the tiles of {Path(scene).name}; "
                              "move it or choose another output folder")
        other = another_scene(Path(scene), written)   # never one scene's output over another's, even with --force
        if other is not None:
            raise OutputError((f"{written} holds the tiles of another scene, {other}, " if os.path.lexists(other) else
                               f"{written} holds the tiles of {other}, a scene no longer there, ")
                              + f"which the batch would replace with those of {scene}: give this batch another output "
                              "folder, or rename one of the two scenes" + ("" if os.path.lexists(other) else
                                                                           f" (or delete {written.name} if it is this "
                                                                           "scene, moved)"))
    from ..teach.apply import read_concepts

    concepts = read_concepts(options.concepts, bundle)  # a bad concept file is one error before any scene runs
    made = not outdir.is_dir()
    outdir = check_output_folder(outdir)  # created only once every check above has passed
    settings = BatchSettings(str(outdir.resolve()), str(bundle.path), options.classify, threads, options.force,
                             [str(Path(c).resolve()) for c in options.concepts], [c.name for c in concepts])
    plan = BatchPlan(scenes, outdir, settings, workers, options, messages, made=made)
    try:
        plan.held = hold_output_folder(outdir)  # before the sweep and the summary is read: one batch at a time
        swept = sweep_partials(outdir)  # what runs killed outright left: nothing else ever removes it
    except BaseException:   # another batch holds it, or a stop: a folder made for nothing is not left behind
        plan.let_go(stopped=True)
        raise
    if swept:
        messages.append(f"removed {count(swept, 'temporary file')} that stopped runs left in {outdir} (killed "
                        "outright, or their workers stopped by a signal)")
    return plan


def run_batch(plan: BatchPlan, progress: Callable[[SceneRow], None] | None = None) -> BatchResult:
    """Classify every scene of ``plan`` (a failed scene is its row's status; the rest go on), summary.csv
    rewritten after each and ``progress(row)`` told; then the report if asked for. Interrupted, the scenes
    finished so far stay listed in summary.csv, and an output folder the batch made is removed where none had
    (plan.let_go). The output folder is let go of at the end (plan.held)."""
    try:
        result = _run_batch(plan, progress)
    except BaseException:
        plan.let_go(stopped=True)
        raise
    plan.let_go()
    return result


def _run_batch(plan: BatchPlan, progress: Callable[[SceneRow], None] | None) -> BatchResult:
    summary_path = plan.outdir / SUMMARY
    earlier = where_now(read_summary(summary_path), plan.outdir)  # once: a moved project's scenes looked for
    rows: dict[str, SceneRow] = {}  # scenes finished so far, by scene path

    def finished(row: SceneRow) -> None:
        rows[row.scene] = row
        write_summary(summary_path, list(rows.values()), earlier)
        if progress is not None:
            progress(row)

    options = plan.options
    if options.scheduler is None and plan.workers == 1:
        for scene in plan.scenes:
            finished(run_scene(str(scene), plan.settings))
    else:
        _run_dask(plan.scenes, plan.settings, plan.workers, options.scheduler, options.scheduler_timeout, finished)
    result = BatchResult(list(rows.values()), summary_path)
    if options.report:
        from .report import batch_report

        result.kept = [kept_scene_row(r) for r in kept_rows(summary_path, result.rows, earlier)]
        try:
            result.report_path = batch_report(plan.outdir / REPORT, result.rows, plan.settings.bundle,
                                              options.classify.bands, result.kept)
        except PlanetClassifierError as exc:
            result.report_error = str(exc)
    return result


def _run_dask(scenes: list[Path], settings: BatchSettings, workers: int, scheduler: str | None,
              timeout: float, finished: Callable[[SceneRow], None]) -> None:
    """Submit one task per scene (largest first) to a LocalCluster of ``workers`` or to ``scheduler``, and hand
    each row to ``finished`` as it completes."""
    from distributed import Client

    if scheduler is not None:
        try:
            client = Client(scheduler, timeout=timeout)
        except (OSError, TimeoutError, ValueError, TypeError) as exc:  # TypeError: Dask's own config problems
            reason = " ".join(str(exc).split())[:160]
            raise PlanetClassifierError(f"Dask scheduler {scheduler} is unreachable within {timeout:g} s "
                                        f"({reason}); start it or check the address") from None
        _sweep_on_workers(client, Path(settings.outdir))
        _run_on(client, scenes, settings, finished)
        return
    try:
        with local_cluster(workers) as cluster:
            _run_on(Client(cluster), scenes, settings, finished)
    finally:
        sweep_partials(Path(settings.outdir))  # its workers are gone: what one was writing when stopped is an orphan


def _sweep_on_workers(client, outdir: Path) -> None:
    """sweep_partials run by every worker of a --scheduler cluster on OUTDIR as its machine sees it: a file a
    worker on another machine was writing when it was killed can be judged only there (publish.writer_gone), so
    it would wait for a batch run started on that machine. Best effort: a worker that cannot see or sweep the folder
    leaves it as it is, and the batch goes on."""
    try:
        client.run(sweep_partials, outdir)
    except Exception:  # noqa: BLE001 - Dask's own errors (a worker gone, the folder not mounted there): nothing lost
        pass


def _run_on(client, scenes: list[Path], settings: BatchSettings, finished: Callable[[SceneRow], None]) -> None:
    from distributed import as_completed

    try:
        order = sorted(scenes, key=lambda p: p.stat().st_size if p.is_file() else 0, reverse=True)  # a broken link: 0
        futures = {client.submit(run_scene, str(s), settings, key=f"scene-{i}-{s.name}", pure=False): s
                   for i, s in enumerate(order)}
        try:
            for future in as_completed(list(futures)):
                try:
                    row = future.result()
                except Exception as exc:  # noqa: BLE001 - the worker died (memory, crash): this scene failed
                    row = SceneRow(str(futures[future]), status=FAILED,
                                   error=f"worker failed: {type(exc).__name__}: {' '.join(str(exc).split())[:160]}")
                finished(row)
        except BaseException:
            client.cancel(list(futures))
            raise
    finally:
        client.close()
