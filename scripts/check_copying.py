"""Find summaries and notes that share a run of six or more words with a source text.

    python scripts/check_copying.py TEXT [TEXT ...]

Each TEXT is a plain-text file of a page read during an audit (or a seed article); the page
texts themselves are not bundled. Prints every record, source or person whose summary or
note shares a six-word run with one of them (runs made only of names aside) and exits 1 if
there are any. The test suite runs the same check against the five seed articles.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

RUN = 6
CONNECTORS = {"and", "for", "of", "the", "de", "la", "van", "von"}
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def runs(text: str) -> set[tuple[str, ...]]:
    """Every run of RUN consecutive words of *text*, lower-cased."""
    w = [x.casefold() for x in words(text)]
    return {tuple(w[i : i + RUN]) for i in range(len(w) - RUN + 1)}


def is_names(run: tuple[str, ...], original: str) -> bool:
    """Whether *run* is made only of names as *original* writes them (capitalised words)."""
    capitalised = {x.casefold() for x in words(original) if x[:1].isupper() or x.isdigit()}
    return all(x in capitalised or x in CONNECTORS for x in run)


def copied(ours: str, source_runs: set[tuple[str, ...]]) -> list[str]:
    """The six-word runs *ours* shares with a source, names aside, as text."""
    return sorted(" ".join(r) for r in runs(ours) & source_runs if not is_names(r, ours))


def own_texts() -> Iterator[tuple[str, str]]:
    """(where, text) of every summary and note in the bundled data."""
    import sinorussia

    ds = sinorussia.load()
    for r in ds.records():
        yield f"{r.id}.summary", r.summary
        for i, c in enumerate(r.citations):
            if c.note:
                yield f"{r.id}.citations[{i}].note", c.note
        for i, e in enumerate(r.errata):
            yield f"{r.id}.errata[{i}].note", e.note
        for i, d in enumerate(r.disagreements):
            yield f"{r.id}.disagreements[{i}].note", d.note
    for s in ds.sources:
        if s.note:
            yield f"{s.id}.note", s.note


def check(texts: Iterable[str]) -> list[str]:
    source_runs: set[tuple[str, ...]] = set()
    for text in texts:
        source_runs |= runs(text)
    return [
        f"{where}: {', '.join(found)}"
        for where, ours in own_texts()
        if (found := copied(ours, source_runs))
    ]


def main() -> int:
    found = check(Path(p).read_text(encoding="utf-8") for p in sys.argv[1:])
    print("\n".join(found) or "no six-word runs shared with these texts")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
