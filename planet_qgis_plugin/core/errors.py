"""User-facing errors: every one carries a one-line message that says what is wrong and what to do; and the stops
a command line is asked for (STOP_SIGNALS, STOP_REQUESTED), which its errors may hide."""


import signal

from .wording import tr

#: The signals that stop a command line's run (Ctrl-C, ``kill``, a closed terminal), where this system has them
#: (SIGHUP is POSIX only): the command lines' handlers (cli/common.py) and the batch's LocalCluster take these.
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


class StopRequest:
    """The stop signal (one of STOP_SIGNALS) the command lines' handler received before it raised its stop, 0 for
    none (cleared as a command starts): an error a library raised while that stop unwound it (numpy's C API as a C
    extension imported it: "ImportError: import numpy failed") is the stop, not a failure of the scene it was on."""

    signum = 0


STOP_REQUESTED = StopRequest()


class PlanetClassifierError(Exception):
    """Base of all errors shown to users as a message (never as a traceback)."""


class RasterError(PlanetClassifierError):
    """The raster cannot be read or is not usable (missing, not a raster, too small, bad dtype)."""


class AOIError(PlanetClassifierError):
    """The area of interest cannot be read or does not intersect the raster."""


class AOIBusy(AOIError):
    """The area of interest is a GeoPackage another program is writing (its lock held): ``retry``, as OutputBusy."""
    retry = True


class OutputError(PlanetClassifierError):
    """The output cannot be written (exists without overwrite, read-only, missing folder)."""


class OutputBusy(OutputError):
    """The output is a GeoPackage another program is writing (its lock held): the same call may succeed once that
    program is done (``retry``: the command lines exit EXIT_RETRY, as for a tile layer teach finds locked)."""
    retry = True


class Cancelled(PlanetClassifierError):
    """The run was cancelled by the user; nothing was written."""

    def __init__(self, message: str = ""):
        super().__init__(message or tr("cancelled by the user; no output was written"))
