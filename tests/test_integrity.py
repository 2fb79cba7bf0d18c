"""Integrity of the bundled data, and its locators checked against the seed articles."""

from __future__ import annotations

import calendar
import re
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest

import sinorussia
from sinorussia import DatedRecord, Exercise, Source, Summit, TradeFigure

DS = sinorussia.load()
RECORDS = DS.records()
SEED_IDS = ("seed-000", "seed-001", "seed-002", "seed-003", "seed-004")
TRACKING = re.compile(r"(^|&)(utm_[a-z]+|fbclid|gclid|ocid|cmpid|ref|src)=")


def test_ids_are_unique_across_the_dataset() -> None:
    ids = [r.id for r in RECORDS] + [s.id for s in DS.sources]
    assert [i for i, n in Counter(ids).items() if n > 1] == []


def test_every_reference_resolves() -> None:
    sources = {s.id for s in DS.sources}
    for r in RECORDS:
        assert r.source_ids() <= sources, r.id
    for s in DS.sources:
        assert set(s.cites) <= sources and (s.original is None or s.original in sources), s.id
    summits = {s.id for s in DS.summits}
    assert all(a.summit_id in summits for a in DS.agreements if a.summit_id)


def test_every_source_is_cited_or_cites_something_cited() -> None:
    used = set().union(*(r.source_ids() for r in RECORDS))
    used |= {c for s in DS.sources for c in s.cites} | {
        s.original for s in DS.sources if s.original
    }
    assert sorted({s.id for s in DS.sources} - used) == []


def test_dates_are_real_and_not_in_the_future() -> None:
    import datetime as dt

    for r in RECORDS:
        assert r.date.earliest is not None, r.id
        assert r.date.earliest <= dt.date(2026, 12, 31), r.id


def test_seed_articles_are_all_sources() -> None:
    assert all(DS.sources.get(i) for i in SEED_IDS)
    for i in SEED_IDS:
        assert DS.citing(i), f"nothing cites {i}"


def test_every_web_source_has_a_normalised_url_an_outlet_and_a_page_date() -> None:
    for s in DS.sources:
        if s.url is None:
            continue
        parts = urlsplit(s.url)
        assert parts.scheme in ("http", "https"), s.id
        assert parts.netloc == parts.netloc.lower() and not parts.netloc.endswith("."), s.id
        assert not parts.fragment and not TRACKING.search(parts.query), s.id
        assert s.outlet, f"{s.id} has no outlet"
        if s.published is None:  # the stored page shows no date: the note says so
            assert s.note and "date" in s.note, f"{s.id} has no date and no note why"
        else:
            assert s.published_from in ("byline", "url", "metadata", "text", "reference"), s.id


def test_summaries_are_our_own_short_words() -> None:
    for r in RECORDS:
        assert 10 <= len(r.summary) <= 600, r.id
        assert r.summary[-1] in ".)", r.id


def test_trade_series_do_not_mix() -> None:
    for key, coll in DS.trade_figures.series().items():
        periods = Counter((str(f.date), f.exporter, f.importer) for f in coll)
        assert [p for p, n in periods.items() if n > 1] == [], key


def test_calls_have_no_place_and_in_person_meetings_a_place_or_host() -> None:
    for s in DS.summits:
        if s.mode != "in-person":
            assert s.place is None and s.country is None, s.id
        elif s.level in ("heads-of-state", "heads-of-government"):
            # a source may name only the host country (APEC 2000 in Brunei)
            assert s.place is not None or s.country is not None, s.id


# --- locators against the seed articles --------------------------------------------------


def paragraphs(path: Path, title: str | None) -> list[str]:
    """Non-empty text blocks counted from 1, the title block excluded (DATA_RULES rule 1)."""
    blocks = [
        line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    if title is not None and title in blocks:
        blocks.remove(title)
    return blocks


def seed_paragraph(seeds: Path, source_id: str, locator: str) -> str:
    number = int(locator.removeprefix("para. "))
    name = next(seeds.glob(source_id.replace("seed-", "") + "_*.txt"))
    blocks = paragraphs(name, DS.sources.lookup(source_id).title)
    assert 1 <= number <= len(blocks), f"{source_id} has no {locator}"
    return blocks[number - 1]


def expected_tokens(record: DatedRecord) -> set[str]:
    """What a paragraph citing *record* should mention: its year, month, place, name, figure."""
    tokens: set[str] = set()
    d = record.date
    if d.earliest is not None:
        tokens.add(str(d.earliest.year))
    if d.earliest is not None and d.precision in ("month", "day", "interval"):
        tokens.add(calendar.month_name[d.earliest.month])
    place = getattr(record, "place", None)
    for value in (
        sinorussia.places()[place].name if place else None,
        getattr(record, "area", None),
        getattr(record, "name", None),
        getattr(record, "title", None),
        getattr(record, "occasion", None),
    ):
        if value:
            tokens.update(w for w in re.split(r"[\s,]+", value) if len(w) > 4)
    tokens.update(getattr(record, "other_titles", ()))
    people = sinorussia.people()
    tokens.update(people[p].name.split()[-1] for p in getattr(record, "people", ()))
    if isinstance(record, TradeFigure):
        tokens.add(f"{record.value:f}".rstrip("0").rstrip("."))
    tokens.update(e.stated for e in record.errata)
    return {t for t in tokens if t}


COMMON = {
    "chinese",
    "russian",
    "russia's",
    "china's",
    "between",
    "during",
    "signed",
    "countries",
    "article",
}


def summary_words(record: DatedRecord) -> set[str]:
    """Distinctive words of the summary, for records with no name, place or title to check."""
    return {w for w in re.findall(r"[a-z]{6,}", record.summary.casefold()) if w not in COMMON}


# Citations where the article describes the record without naming, dating or placing it:
# the paragraph must then contain the words that identify what it describes.
DESCRIBED = {
    (
        "agreement-2014-11-09-western-route-framework-agreement",
        "seed-003",
        "para. 8",
    ): "natural gas to china through pipelines",
}


def seed_citations() -> list[tuple[str, DatedRecord, str]]:
    return [
        (c.source_id, r, c.locator) for r in RECORDS for c in r.citations if c.source_id in SEED_IDS
    ]


@pytest.mark.parametrize(
    ("source_id", "record", "locator"),
    seed_citations(),
    ids=[f"{r.id}@{s}:{loc}" for s, r, loc in seed_citations()],
)
def test_seed_locator_points_at_a_paragraph_stating_the_record(
    seeds: Path, source_id: str, record: DatedRecord, locator: str
) -> None:
    text = seed_paragraph(seeds, source_id, locator).casefold()
    described = DESCRIBED.get((record.id, source_id, locator))
    if described is not None:
        assert described in text
        return
    tokens = expected_tokens(record)
    if any(t.casefold() in text for t in tokens):
        return
    shared = {w for w in summary_words(record) if w in text}
    assert len(shared) >= 2, (
        f"{locator} of {source_id} mentions none of {sorted(tokens)} and too few summary words"
    )


def test_seed_errata_quote_their_paragraph(seeds: Path) -> None:
    items = [(r.id, e) for r in RECORDS for e in r.errata] + [
        (s.id, e) for s in DS.sources for e in s.errata
    ]
    checked = 0
    for owner, e in items:
        if e.source_id in SEED_IDS and e.locator.startswith("para. "):
            fragments = list(e.stated.split(" ... "))
            text = seed_paragraph(seeds, e.source_id, e.locator)
            assert all(f in text for f in fragments), f"{owner}: {e.stated!r} is not in {e.locator}"
            checked += 1
    assert checked >= 5


def test_no_seed_sentence_is_copied_into_a_summary(seeds: Path) -> None:
    sentences: set[str] = set()
    for path in seeds.glob("*.txt"):
        for block in path.read_text(encoding="utf-8").split("\n"):
            sentences.update(
                s.strip().casefold()
                for s in re.split(r"(?<=[.!?])\s+", block)
                if len(s.strip()) > 40
            )
    for r in RECORDS:
        assert not any(s in r.summary.casefold() for s in sentences), r.id


def test_the_question_from_the_readme() -> None:
    met = DS.summits.filter(
        overlapping=2022, participants=["CHN", "RUS"], mode="in-person", level="heads-of-state"
    )
    assert "summit-2022-09-15-samarkand" in met.ids
    assert all(isinstance(s, Summit) for s in met)
    assert any(not isinstance(e, Exercise) for e in DS.records())
    assert isinstance(DS.sources[0], Source)


def test_no_summary_or_note_copies_six_words_of_a_seed_article(seeds: Path) -> None:
    """DATA_RULES rule 2: own words. Runs made only of names (a list of countries) aside."""
    import runpy

    root = Path(__file__).resolve().parents[1]
    check = runpy.run_path(str(root / "scripts" / "check_copying.py"))["check"]
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("0*.txt"))]
    assert len(texts) == 5
    assert check(texts) == []


def test_the_copy_check_catches_a_copied_run() -> None:
    import runpy

    root = Path(__file__).resolve().parents[1]
    copied = runpy.run_path(str(root / "scripts" / "check_copying.py"))["copied"]
    runs = runpy.run_path(str(root / "scripts" / "check_copying.py"))["runs"]
    source = runs("The two leaders met on the sidelines of the summit in Astana.")
    assert copied("Putin and Xi met on the sidelines of the summit there.", source) == [
        "met on the sidelines of the",
        "on the sidelines of the summit",
    ]
    assert (
        copied(
            "China, Russia, India, Iran and Pakistan",
            runs("China, Russia, India, Iran and Pakistan"),
        )
        == []
    )


def test_verified_records_name_a_release_no_later_than_this_one() -> None:
    def key(version: str) -> tuple[int, ...]:
        return tuple(int(p) for p in version.split("."))

    assert DS.data_version is not None
    for r in RECORDS:
        if r.verified is not None:
            assert key(r.verified) <= key(DS.data_version), r.id


def test_every_untitled_source_says_why() -> None:
    # A bibliography falls back to the outlet's name where a title is missing, so each gap
    # must be a known one: the note says why no title could be read.
    reasons = ("headline", "title", "not identified")
    untitled = [s for s in DS.sources if s.title is None]
    unexplained = [
        s.id for s in untitled if not any(r in (s.note or "").casefold() for r in reasons)
    ]
    assert unexplained == []
    assert len(untitled) < len(DS.sources) * 0.4  # counted in docs/audit.md; it only falls
