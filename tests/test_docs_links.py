"""Every relative link of README.md and docs/*.md names a file that exists, and every #anchor one of the
headings of the page it points to, as GitHub makes heading anchors (docs move between files: a moved section
leaves links behind)."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINK = re.compile(r"\[(?:[^\[\]]|\[[^\[\]]*\])*\]\(([^()\s]+)(?:\s+\"[^\"]*\")?\)")
FENCE = re.compile(r"^\s*(```|~~~)")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
CODE = re.compile(r"`[^`]*`")


def pages() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def prose(text: str) -> list[tuple[int, str]]:
    """The lines outside fenced code blocks, numbered (a '# comment' in a shell block is no heading, a link there
    no link)."""
    lines, fenced = [], False
    for number, line in enumerate(text.splitlines(), 1):
        if FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            lines.append((number, line))
    return lines


def slug(heading: str) -> str:
    """GitHub's anchor of a heading: its text (link targets, '*' and '`' dropped), lower case, every
    character but letters, digits, '_', '-' and spaces dropped, spaces turned into '-'."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)
    text = re.sub(r"[*`]", "", text).strip().lower()
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def anchors(page: Path) -> set[str]:
    found, seen = set(), {}
    for _, line in prose(page.read_text(encoding="utf-8")):
        match = HEADING.match(line)
        if match:
            base = slug(match.group(2))
            n = seen.get(base, 0)
            seen[base] = n + 1
            found.add(base if n == 0 else f"{base}-{n}")  # GitHub numbers repeated headings
    return found


def broken_links(page: Path, root: Path = ROOT) -> list[str]:
    wrong = []
    for number, line in prose(page.read_text(encoding="utf-8")):
        line = CODE.sub("``", line)  # a code span holds no link; a link's text that is one stays a link
        for target in LINK.findall(line):
            if re.match(r"[a-z][a-z0-9+.-]*:", target, re.I):  # https:, mailto: ...
                continue
            path, _, anchor = target.partition("#")
            dest = (page.parent / path).resolve() if path else page
            where = f"{page.relative_to(root)} line {number}: {target}"
            if not dest.exists():
                wrong.append(f"{where}: no such file")
            elif anchor and dest.suffix == ".md" and anchor not in anchors(dest):
                wrong.append(f"{where}: no heading with that anchor in {dest.relative_to(root)}")
    return wrong


def test_slug_is_githubs():
    assert slug("Speed and memory") == "speed-and-memory"
    assert slug("Where the CPU side's time goes") == "where-the-cpu-sides-time-goes"
    assert slug("Quiet machine (2026-12-06 11:37 UTC, edeb329)") == "quiet-machine-2026-12-06-1137-utc-edeb329"
    assert slug("The threshold, and what it is worth") == "the-threshold-and-what-it-is-worth"
    assert slug("`--json`: driving **the** loop") == "--json-driving-the-loop"
    assert slug("flag_mining and p_name") == "flag_mining-and-p_name"


def test_a_broken_link_and_anchor_are_found(tmp_path):
    (tmp_path / "a.md").write_text("# Top\n## Top\n```\n# not a heading [x](gone.md)\n```\n")
    page = tmp_path / "b.md"
    page.write_text("[ok](a.md#top) [ok](a.md#top-1) [ok](#here) `[code](nowhere.md)` ![p](a.md)\n# Here\n"
                    "[gone](gone.md) [bad](a.md#not-a-heading) [bad](a.md#not-a-heading-1) [bad](#nowhere)\n")
    assert [w.split(": ", 1)[1] for w in broken_links(page, tmp_path)] == [
        "gone.md: no such file", "a.md#not-a-heading: no heading with that anchor in a.md",
        "a.md#not-a-heading-1: no heading with that anchor in a.md", "#nowhere: no heading with that anchor in b.md"]


def test_readme_and_docs_links_resolve():
    assert len(pages()) > 5  # README and the docs are found
    wrong = [w for page in pages() for w in broken_links(page)]
    assert not wrong, "\n".join(wrong)
