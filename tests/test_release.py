"""The version QGIS shows (metadata.txt's ``version=``) heads CHANGELOG.md and metadata.txt's short changelog,
which the plugin manager shows and which points to the full one."""
from __future__ import annotations

import configparser
import re
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RELEASE = re.compile(r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$", re.M)


def _metadata() -> configparser.SectionProxy:
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "metadata.txt", encoding="utf-8")
    return cfg["general"]


def _releases() -> list[tuple[str, str, str]]:
    """(version, date, text of its section) for each release of CHANGELOG.md, in the file's order."""
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    heads = list(RELEASE.finditer(text))
    ends = [h.start() for h in heads[1:]] + [len(text)]
    return [(h.group(1), h.group(2), text[h.end():end]) for h, end in zip(heads, ends)]


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def test_changelog_leads_with_the_plugin_version_newest_first():
    releases = _releases()
    assert releases, "no '## [x.y.z] - YYYY-MM-DD' heading in CHANGELOG.md"
    assert releases[0][0] == _metadata()["version"]
    versions = [_key(v) for v, _, _ in releases]
    assert versions == sorted(set(versions), reverse=True)
    dates = [date.fromisoformat(d) for _, d, _ in releases]
    assert dates == sorted(dates, reverse=True)
    assert not [v for v, _, body in releases if not re.search(r"^- ", body, re.M)], "a release without a change"


def test_metadata_changelog_is_short_current_and_points_to_the_full_one():
    changelog = _metadata()["changelog"]
    assert changelog.startswith(_metadata()["version"] + " ")
    assert "CHANGELOG.md" in changelog
    listed = re.findall(r"^(\d+\.\d+\.\d+) ", changelog, re.M)
    assert listed == [v for v, _, _ in _releases()][:len(listed)]
    assert len(changelog) < 1500, "the plugin manager shows it whole: details belong in CHANGELOG.md"
