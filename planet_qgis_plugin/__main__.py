"""``python -m planet_qgis_plugin [classify|teach|batch|change|alerts] ...``: one command line per use case (cli/).

Without a command name the arguments go to classify (``python -m planet_qgis_plugin SCENE -o OUT.gpkg``);
a scene file named like a command is passed as ``./teach``.
"""
import importlib
import sys

COMMANDS = ("classify", "teach", "batch", "change", "alerts")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    command, rest = (argv[0], argv[1:]) if argv and argv[0] in COMMANDS else ("classify", argv)
    return importlib.import_module(f"{__package__}.cli.{command}").main(rest)


if __name__ == "__main__":
    sys.exit(main())
