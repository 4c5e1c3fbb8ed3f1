"""What every command line of the package does the same way (no QGIS needed): GDAL's own error lines
silenced, bad input as one ``error: ...`` line and exit 1 (exit 75 where the error says the same call may succeed
when run again: its ``retry``), a stop as one line and 128 + its signal from the command's first import to its end
(Ctrl-C 130, SIGTERM 143, SIGHUP 129: ``with loading():`` around its imports, ``@command`` on its main(), run_cli
around its run), and a progress bar that is closed however the work ends."""
from __future__ import annotations

import argparse
import functools
import os
import re
import signal
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from ..core.errors import STOP_REQUESTED, STOP_SIGNALS, PlanetClassifierError

EXIT_ERROR = 1
EXIT_RETRY = 75  # EX_TEMPFAIL (sysexits.h): nothing was done, the same call may succeed run again (teach's race)
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports Ctrl-C


class Stopped(KeyboardInterrupt):
    """Ctrl-C, SIGTERM or SIGHUP while a command runs: unwinds as Ctrl-C does (temporary file removed, nothing
    written), and says which (``signum``)."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


class _StoreOnce(argparse._StoreAction):
    """argparse's ``store``, except that an option given twice with two values (``--name a --name b``) is an error:
    argparse would keep the last and drop the first without a word (a program driving teach would read back
    fields of another name than it asked for). The same value twice is taken."""

    def __call__(self, parser, namespace, values, option_string=None):
        given = parser.__dict__.setdefault("_given_once", {})
        if self.option_strings and self.dest in given and given[self.dest] != values:
            parser.error(f"{'/'.join(self.option_strings)} given twice ({given[self.dest]}, {values}): "
                         "give it once")
        given[self.dest] = values
        super().__call__(parser, namespace, values, option_string)


# An argument that starts with a minus and a digit, or a minus, a point and a digit (argparse's own rule, which
# left out -1e3 and teach's fid lists "-5,3"), or is -inf / -infinity / -nan in any case (float() takes them): a
# value, never an option. argparse read "--min-rise -inf" as an option without its value ("expected one argument")
# where "--min-rise=-inf" reached the check; no option of the commands looks like a number.
NEGATIVE_NUMBER = re.compile(r"^-(\.?\d|inf(inity)?$|nan$)", re.IGNORECASE)


class Parser(argparse.ArgumentParser):
    """argparse, with a wrong or missing argument (``--stride nan``, no ``-o``) as one ``error:`` line and exit
    ``exit_status`` (1) like every other bad input, instead of the usage block and exit 2; an option that takes
    one value refuses two (``_StoreOnce``); a value that is a negative number however written reaches its option's
    check (``NEGATIVE_NUMBER``)."""

    exit_status = EXIT_ERROR
    store_once = True  # the trainer's keeps argparse's last-wins: its runs are built by appending overrides

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._negative_number_matcher = NEGATIVE_NUMBER
        if self.store_once:
            self.register("action", None, _StoreOnce)
            self.register("action", "store", _StoreOnce)

    def parse_known_args(self, args=None, namespace=None):
        self._given_once = {}  # each parse starts afresh
        return super().parse_known_args(args, namespace)

    def error(self, message: str):
        self.exit(self.exit_status, f"error: {' '.join(message.split())} (see {self.prog} --help)\n")


def add_model_options(p: argparse.ArgumentParser) -> None:
    """--bundle, --backend, --device, --batch-size: how the network runs (classify and batch)."""
    from ..core.model.predict import BACKENDS, DEVICES
    from ..core.pipeline.options import DEFAULT_BATCH_SIZE

    p.add_argument("--bundle", type=Path, default=None, help="model bundle folder (default: the bundled model)")
    p.add_argument("--backend", choices=BACKENDS, default="auto", help="inference backend (default: auto)")
    p.add_argument("--device", choices=DEVICES, default="auto", help="device (default: auto, CUDA when present)")
    p.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE,
                   help=f"chips per inference batch (default: {DEFAULT_BATCH_SIZE}; with PyTorch on CUDA the default "
                        "grows to what half the free GPU memory holds, up to 64)")


def add_max_tiles_option(p: argparse.ArgumentParser, runs: str = "") -> None:
    """--max-tiles N: the most tiles with data one run classifies (classify, batch, change; ClassifyOptions.max_tiles);
    ``runs``: which runs it bounds where that needs saying."""
    from ..core.pipeline.run_size import MAX_TILES_HELP

    p.add_argument("--max-tiles", type=int, default=None, metavar="N",
                   help=f"{MAX_TILES_HELP} ({runs})" if runs else MAX_TILES_HELP)


def distinct_files(paths: list[Path]) -> list[Path]:
    """``paths`` less those naming a file given before (``--concept c.json --concept ./c.json``: a program passing
    every concept it saved, and the one it just saved again), in their order. A path that cannot be looked at
    (missing) is kept, for the command's own one-line error."""
    from ..core.publish import same_file

    out: list[Path] = []
    for path in paths:
        if not any(same_file(path, earlier) for earlier in out):
            out.append(path)
    return out


def quiet_gdal_errors() -> None:
    """GDAL would print its own "ERROR 1: ..." lines next to ours; the exceptions carry the text."""
    try:
        from osgeo import gdal

        gdal.PushErrorHandler("CPLQuietErrorHandler")
    except ImportError:
        pass


#: The environment variables that tell PROJ where its database (proj.db) is: PROJ 9.1 and later read PROJ_DATA,
#: earlier ones PROJ_LIB.
PROJ_PLACES = ("PROJ_DATA", "PROJ_LIB")


def check_proj() -> None:
    """PlanetClassifierError (one line; the command lines' exit 1, the trainer's 2) where the environment points PROJ at a folder without its database (a QGIS or
    conda installation's PROJ_LIB left in a shell, a folder since removed): no CRS can then be read, and each command
    failed with a line that blamed the input (classify: its raster "outside the area that CRS maps to the earth";
    change: "could not write c.gpkg: RuntimeError" beside GDAL's own "ERROR 1: PROJ: ... Cannot find proj.db").
    Looked at only where one is set (14 ms here): without them PROJ finds the database it was installed with."""
    given = [f"{name}={os.environ[name]}" for name in PROJ_PLACES if os.environ.get(name)]
    if not given:
        return
    try:
        from osgeo import osr

        works = osr.SpatialReference().ImportFromEPSG(4326) == 0
    except ImportError:
        return
    except RuntimeError:  # GDAL's exceptions on
        works = False
    if not works:
        raise PlanetClassifierError(f"PROJ cannot find its database proj.db where {' and '.join(given)} point"
                      f"{'s' if len(given) == 1 else ''}, so no coordinates can be read; unset "
                      f"{' and '.join(name.split('=')[0] for name in given)}, or point "
                      f"{'it' if len(given) == 1 else 'them'} to the folder that holds proj.db")


#: GDAL config options that would let a raster a user was given run code or reach further than its own files:
#: a VRT's Python pixel function runs only when GDAL_VRT_ENABLE_PYTHON allows it (YES in a user's environment
#: would run it). Set in the environment, so rasterio's GDAL, osgeo's and the batch's worker processes all see it.
NO_CODE_FROM_FILES = {"GDAL_VRT_ENABLE_PYTHON": "NO"}


def quiet_library_warnings() -> None:
    """rasterio warns at every open of a raster without georeference, printing the warning with a source line
    (change's co-registration opens the rasters itself); the commands say it once in their own words."""
    import warnings

    try:
        from rasterio.errors import NotGeoreferencedWarning
    except ImportError:
        return
    warnings.filterwarnings("ignore", category=NotGeoreferencedWarning)


def run_no_code_from_files() -> None:
    """Whatever the environment says, GDAL runs no Python from a raster (NO_CODE_FROM_FILES)."""
    os.environ.update(NO_CODE_FROM_FILES)
    try:
        from osgeo import gdal

        for key, value in NO_CODE_FROM_FILES.items():
            gdal.SetConfigOption(key, value)
    except ImportError:
        pass


def stopped_exit(stop: KeyboardInterrupt) -> int:
    """The exit code of a command that ``stop`` ended: 128 + its signal, as a shell reports it (130 Ctrl-C, 143
    SIGTERM, 129 SIGHUP); a stop a library re-raised as a plain KeyboardInterrupt keeps its signal (STOP_REQUESTED)."""
    signum = stop.signum if isinstance(stop, Stopped) else STOP_REQUESTED.signum
    return 128 + signum if signum else EXIT_INTERRUPTED


#: The handlers the command's stop handlers replaced (loading, run_cli), put back as its run or its start ends.
_REPLACED: dict = {}
#: A stop that landed in importlib's own code, to be raised a moment later (_raise_later) unless acted on by then.
_LATER: list[int] = []


def _stop_on(signals=STOP_SIGNALS) -> None:
    """Turn ``signals`` into Stopped until _put_back_stops(). A signal its parent ignores stays ignored (``nohup``),
    and one a program calling the command handles itself is left to it. Ctrl-C too, where Python's own handler has
    it: raised where it landed, in importlib's code, it hung classify as SIGTERM did (2 runs in 25 at 0.35 s)."""
    def stop(signum, frame):
        STOP_REQUESTED.signum = signum
        if frame is not None and frame.f_code.co_filename.startswith("<frozen importlib"):
            _raise_later(signum)
            return
        raise _stopped()

    if threading.current_thread() is not threading.main_thread():  # only the main thread may set handlers
        return
    for sig in signals:
        if signal.getsignal(sig) in (signal.SIG_DFL, signal.default_int_handler):
            _REPLACED[sig] = signal.signal(sig, stop)


def _raise_later(signum: int) -> None:
    """Raised in importlib's own code (the callback that takes the import lock to drop a module's lock), the stop
    left that lock held: the thread loading the model, importing onnxruntime, waited for it for ever and the command
    with it. The signal is sent again 10 ms later, by when the main thread has left that code (or again later)."""
    def again():
        if _LATER and signum in _REPLACED:  # not acted on meanwhile (_stopped), nor the command over
            os.kill(os.getpid(), signum)

    _LATER[:] = [signum]
    timer = threading.Timer(0.01, again)
    timer.daemon = True
    timer.start()


def _stopped() -> Stopped:
    """The stop STOP_REQUESTED holds, to raise now (one sent again later would be a second one)."""
    _LATER.clear()
    return Stopped(STOP_REQUESTED.signum)


def _put_back_stops() -> None:
    _LATER.clear()
    while _REPLACED:
        signal.signal(*_REPLACED.popitem())


@contextmanager
def loading() -> Iterator[None]:
    """Around a command's own imports (numpy, GDAL, rasterio, the core: half a second before main() runs), and
    around main() (@command): a stop there (Ctrl-C; SIGTERM, SIGHUP: the handlers are installed as it begins) is one
    line and 128 + its signal, as later in the run, not a traceback of whichever library was loading nor a silent
    death by the signal. Nothing has been written yet. A stop Python cannot raise where it lands (an import lock's
    callback: 'Exception ignored in'), that a C extension prints as its own ImportError (numpy's C API) or that a
    library swallows as it loads (osgeo tries another name; a Cython module warns) is acted on as the block ends,
    quietly: STOP_REQUESTED holds it, and an error raised or a warning given while it unwound is the stop's."""
    import warnings

    STOP_REQUESTED.signum = 0
    _stop_on()
    hooks = sys.unraisablehook, sys.excepthook, warnings.showwarning
    sys.unraisablehook = lambda unraisable: None if isinstance(unraisable.exc_value, Stopped) else hooks[0](unraisable)
    sys.excepthook = lambda kind, value, tb: None if isinstance(value, Stopped) else hooks[1](kind, value, tb)
    warnings.showwarning = lambda *warning, **where: None if STOP_REQUESTED.signum else hooks[2](*warning, **where)
    try:
        try:
            yield
        except Exception:
            if STOP_REQUESTED.signum:
                raise _stopped() from None
            raise
        if STOP_REQUESTED.signum:
            raise _stopped()
    except KeyboardInterrupt as exc:
        print("error: interrupted; nothing was written", file=sys.stderr)
        raise SystemExit(stopped_exit(exc)) from None
    finally:
        sys.unraisablehook, sys.excepthook, warnings.showwarning = hooks
        _put_back_stops()
        STOP_REQUESTED.signum = 0  # acted on: a program calling the command next starts afresh


def command(main: Callable[..., int]) -> Callable[..., int]:
    """A command's ``main(argv=None)``: loading() around it, so that a stop before its run_cli guards it (argparse,
    the parser's imports) is one line too; a program that calls it (or imports the command) keeps its own signal
    handlers after it. run_cli puts the handlers back as its run ends and clears the stop it acted on, so a stop after
    that ends the process by the signal (its output and its summary are out by then), never a second line."""
    @functools.wraps(main)
    def guarded(argv: list[str] | None = None) -> int:
        with loading():
            return main(argv)

    return guarded


class SignalHold:
    """Hold Ctrl-C, SIGTERM and SIGHUP from ``start()`` to ``release()``, then act on the first one held (its
    handler runs then: Stopped or KeyboardInterrupt): for steps that must all happen once the first has
    (teach: the bundle put in place, then the GeoPackage committed). Only Python-level handlers are held."""

    SIGNALS = STOP_SIGNALS

    def __init__(self):
        self.previous: dict = {}
        self.held: list[int] = []

    def start(self) -> None:
        if self.previous or threading.current_thread() is not threading.main_thread():
            return
        for sig in self.SIGNALS:
            handler = signal.getsignal(sig)
            if callable(handler):
                self.previous[sig] = signal.signal(sig, lambda signum, frame: self.held.append(signum))

    def release(self) -> None:
        previous, self.previous = self.previous, {}
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if self.held:
            signum = self.held[0]
            self.held = []
            previous[signum](signum, None)


#: What a line must not carry as it is, from a file's text or a file's name: line breaks (a second, forged line),
#: other control characters (a terminal escape: ESC [2J clears the screen, OSC 52 writes the clipboard) and the
#: bidirectional controls that show the rest of a line reordered (U+202E).
_UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def one_line(text: str) -> str:
    """``text`` as one line of plain text: a line break, control or bidirectional character inside it (a file or a
    file name may hold one) written as its escape (``\\n``, ``\\x1b``, ``\\u202e``), as repr would."""
    if not _UNSHOWABLE.search(text):
        return text
    return _UNSHOWABLE.sub(lambda m: m[0].encode("unicode_escape").decode("ascii"), text.replace("\\", "\\\\"))


def say(line: str) -> None:
    """``line`` on stdout as one line (one_line): a success line names the files given, and a name may hold a line
    break (``-o $'new\\nline.gpkg'``) or a terminal escape, as an error's may. Said once the outputs are written,
    so a stdout that takes no more (a log on a full disk, a reader that closed the pipe) is Unprinted, which says so."""
    try:
        print(one_line(line))
        sys.stdout.flush()   # here, not at exit: the error is said while the command can word it
    except OSError as exc:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())   # Python's own flush at exit would fail again
        raise Unprinted(exc) from None


class Unprinted(PlanetClassifierError):
    """The results of a command that had written its outputs could not be printed: an error, as the reader of its
    output has not read them, yet not 'nothing written'. It was '[Errno 28] No space left on device' (or 32, Broken
    pipe), and Python's 'Exception ignored' lines after it."""

    def __init__(self, exc: OSError):
        self.reason = ("its reader closed the pipe" if isinstance(exc, BrokenPipeError) else
                       exc.strerror or type(exc).__name__)
        super().__init__(f"the output could not be printed ({self.reason}); the files it names were written")


def warn(message: str) -> None:
    """``warning: <message>`` on stderr, one line (one_line)."""
    print(f"warning: {one_line(message)}", file=sys.stderr)


@contextmanager
def no_network() -> Iterator[None]:
    """While the block runs nothing GDAL reads goes over the network, whatever a file names
    (core/pipeline/sources.no_network_settings: a second wall behind the checks made before GDAL opens a file; a
    no_proxy that would send a request past it is unset). Set in the environment too, so that the batch's worker
    processes see it; what was there before is put back after (a program calling the commands keeps its own)."""
    try:
        from osgeo import gdal

        from ..core.pipeline.sources import PROXY_BYPASS, no_network_settings
    except ImportError:  # no GDAL: nothing reads a raster
        yield
        return
    from osgeo import osr

    settings = no_network_settings()
    before = {key: os.environ.get(key) for key in [*settings, *PROXY_BYPASS]}
    before_gdal = {key: gdal.GetConfigOption(key) for key in settings}
    before_proj = osr.GetPROJEnableNetwork()
    for key in PROXY_BYPASS:
        os.environ.pop(key, None)
    os.environ.update(settings)
    for key, value in settings.items():
        gdal.SetConfigOption(key, value)
    osr.SetPROJEnableNetwork(False)  # PROJ_NETWORK in the environment is read by PROJ contexts made later only
    try:
        yield
    finally:
        osr.SetPROJEnableNetwork(before_proj)
        for key, value in before.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        for key, value in before_gdal.items():
            gdal.SetConfigOption(key, value)
        gdal.AllRegister()  # the drivers GDAL_SKIP left out, back for the caller


def run_cli(work: Callable[[], int], interrupted: str | Callable[[], str]) -> int:
    """``work()``'s exit code, run with no code run from a file and nothing read over the network (no_network); a
    PlanetClassifierError or OSError is one ``error:`` line and exit 1 (EXIT_RETRY for
    an error whose ``retry`` is true: the layer teach read changed before it wrote), Ctrl-C, SIGTERM or SIGHUP is
    ``error: interrupted; <interrupted>`` and 128 + the signal (stopped_exit). STOP_REQUESTED is cleared as the
    command begins (loading) and as the run ends, not here: a stop that the first steps' imports swallowed is the
    stop (they import osgeo and rasterio, 0.1 s where classify, teach and change have not loaded them before)."""
    _stop_on()  # already on under @command; a program calling run_cli itself gets them here
    try:
        quiet_gdal_errors()
        check_proj()
        run_no_code_from_files()
        quiet_library_warnings()
        if STOP_REQUESTED.signum:  # turned into the ImportError quiet_gdal_errors takes for "no GDAL", or swallowed
            raise _stopped()
        with no_network():
            return work()
    except KeyboardInterrupt as exc:
        what = interrupted() if callable(interrupted) else interrupted
        print(f"error: interrupted; {what}", file=sys.stderr)
        return stopped_exit(exc)
    except (PlanetClassifierError, OSError) as exc:
        from ..core.publish import too_long_said

        print(f"error: {one_line((too_long_said(exc) or str(exc)) + _working_folder_gone())}", file=sys.stderr)
        return EXIT_RETRY if getattr(exc, "retry", False) else EXIT_ERROR
    except MemoryError as exc:  # e.g. --batch-size 100000000: numpy cannot allocate 71.5 TiB
        reason = (str(exc).splitlines() or [""])[0][:160]
        print(f"error: out of memory{f' ({reason})' if reason else ''}: lower --batch-size (where the command has "
              "one) or free memory, and run again", file=sys.stderr)
        return EXIT_ERROR
    finally:
        _put_back_stops()
        STOP_REQUESTED.signum = 0  # acted on (or too late to act on): not @command's to say again


def _working_folder_gone() -> str:
    """What to add to an error when the working folder was deleted under the shell (every relative name then fails,
    as "does not exist" or a bare "[Errno 2]"); "" while it is there."""
    try:
        os.getcwd()
        return ""
    except FileNotFoundError:
        return (" (the folder this command was started in no longer exists: cd into one that does, or give absolute "
                "paths)")


@contextmanager
def progress_bar(quiet: bool, unit: str, desc: str, total: int = 0) -> Iterator[object | None]:
    """A tqdm bar on stderr (None with ``quiet``), closed when the block ends, however it ends; without a ``total``
    shown once the work first moves it (_BarWhenMoved)."""
    if quiet:
        yield None
        return
    bar = _BarWhenMoved(total=total, unit=unit, desc=desc, file=sys.stderr)
    if total:   # a total known: the work is planned and checked (batch's scenes), the bar shown at once
        bar._made()
    try:
        yield bar
    finally:
        bar.close()


class _BarWhenMoved:
    """A tqdm bar made when the work first touches it: a run refused before any work (a raster that cannot be read,
    a band mapping outside it) printed an empty 'classifying: 0tile [00:00, ?tile/s]' above its one error line."""

    def __init__(self, **options):
        object.__setattr__(self, "_options", options)
        object.__setattr__(self, "_bar", None)

    def _made(self):
        if self._bar is None:
            from tqdm import tqdm
            object.__setattr__(self, "_bar", tqdm(**self._options))
        return self._bar

    def __getattr__(self, name: str):
        return getattr(self._made(), name)

    def __setattr__(self, name: str, value) -> None:
        setattr(self._made(), name, value)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def bar_progress(bar) -> Callable[[int, int], None] | None:
    """A core progress callback ``(done, total)`` that moves ``bar`` (None without a bar)."""
    if bar is None:
        return None

    def progress(done: int, total: int) -> None:
        bar.total = total
        bar.n = done
        bar.refresh()

    return progress
