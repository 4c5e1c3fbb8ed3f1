"""User-facing errors: every one carries a one-line message that says what is wrong and what to do."""


class StopRequest:
    """The stop signal (SIGTERM, SIGHUP) the command lines' handler received before it raised its stop, 0 for none
    (cleared as a command starts): an error a library raised while that stop unwound it (numpy's C API as a C
    extension imported it: "ImportError: import numpy failed") is the stop, not a failure of the scene it was on."""

    signum = 0


STOP_REQUESTED = StopRequest()


class PlanetClassifierError(Exception):
    """Base of all errors shown to users as a message (never as a traceback)."""


class RasterError(PlanetClassifierError):
    """The raster cannot be read or is not usable (missing, not a raster, too small, bad dtype)."""


class AOIError(PlanetClassifierError):
    """The area of interest cannot be read or does not intersect the raster."""


class OutputError(PlanetClassifierError):
    """The output cannot be written (exists without overwrite, read-only, missing folder)."""


class Cancelled(PlanetClassifierError):
    """The run was cancelled by the user; nothing was written."""

    def __init__(self, message: str = "cancelled by the user; no output was written"):
        super().__init__(message)
