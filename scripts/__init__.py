"""Build, release and docs steps run from the repository root: ``python -m scripts.NAME``."""
