"""What the reports contain: periods, weekly, owners, critical and quarterly data from rows in the tables."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from monitor.checks.taxonomy import CATEGORIES
from reports import build, i18n
from reports.periods import PeriodError, last_complete, parse_period
from reports.redact import redact
from tests.report_fixtures import ANDERS, METTE, NOW, RAW_CPR, make_engine, make_settings, seed_quarter, seed_week


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return make_engine(make_settings(tmp_path))


def test_periods_are_local_weeks_quarters_and_days() -> None:
    week = parse_period("2026-W47")
    assert (week.first_day, week.end_day) == (date(2026, 11, 16), date(2026, 11, 23))
    assert week.start == datetime(2026, 11, 15, 23, 0, tzinfo=UTC)  # midnight in Copenhagen (CET)
    assert parse_period("2026-Q3").start == datetime(2026, 6, 30, 22, 0, tzinfo=UTC)  # CEST
    assert parse_period("2026-Q1").previous().label == "2025-Q4"
    assert parse_period("2027-W01").previous().label == "2026-W53"
    assert parse_period("2026-11-20").end_day == date(2026, 11, 21)
    assert last_complete("week", NOW).label == "2026-W47"
    assert last_complete("quarter", NOW).label == "2026-Q3"
    assert last_complete("day", NOW).label == "2026-11-22"
    # Sunday 23:30 in Copenhagen is still in week 47: the last complete week is 46.
    assert last_complete("week", datetime(2026, 11, 22, 22, 30, tzinfo=UTC)).label == "2026-W46"
    for bad in ("2026-W54", "2026-Q5", "W47", "2026-13-01"):
        with pytest.raises(PeriodError):
            parse_period(bad)


def test_weekly_sections(engine: Engine) -> None:
    ids = seed_week(engine)
    report = build.build_weekly(engine, parse_period("2026-W47"), NOW)
    new_ids = {f.id for g in report.new_by_severity for p in g.profiles for f in p.flags}
    assert new_ids == {ids[k] for k in ("cpr", "welfare", "injection", "phone", "legacy", "dismissed")}
    assert [g.severity for g in report.new_by_severity] == ["critical", "high", "medium"]
    assert [f.id for f in report.still_open] == [ids["old_open"]]
    assert report.still_open[0].age == timedelta(days=20, hours=14)  # from 2 Nov 09:00 UTC to the week's end
    resolved = {f.id: (f.resolution, f.time_to_resolution) for f in report.resolved}
    assert resolved == {ids["removed"]: ("removed", timedelta(days=5)),
                        ids["dismissed"]: ("dismissed", timedelta(hours=6))}
    [failing] = report.failing
    assert (failing.name, failing.error_kind, failing.owner_name) == ("Musikholdet", "auth", "Sofie Lund")
    assert "sofie.privat@gmail.com" not in failing.error and "s***@gmail.com" in failing.error
    counts = {c.key: (c.current, c.previous) for c in report.counts}
    assert counts == {"count_new": (6, 2), "count_critical": (4, 0), "count_open": (6, 2),
                      "count_resolved": (2, 1)}
    legacy = next(f for g in report.new_by_severity for p in g.profiles for f in p.flags if f.id == ids["legacy"])
    assert RAW_CPR not in legacy.excerpt and "241299-****" in legacy.excerpt  # the safety net


def test_owner_digests_hold_only_own_flags(engine: Engine) -> None:
    ids = seed_week(engine)
    digests = {d.owner_email: d for d in build.build_owner_digests(engine, parse_period("2026-W47"), NOW)}
    assert set(digests) == {METTE, ANDERS}
    mette, anders = digests[METTE], digests[ANDERS]
    assert {f.id for f in mette.new} == {ids["cpr"], ids["injection"], ids["legacy"]}
    assert [f.id for f in mette.still_open] == [ids["old_open"]]
    assert {f.id for f in anders.new} == {ids["welfare"], ids["phone"]}  # not the dismissed threat
    assert anders.still_open == []
    assert all(f.owner_email == METTE for f in [*mette.new, *mette.still_open])
    # A day with nothing new for anyone: no digests at all.
    assert build.build_owner_digests(engine, parse_period("2026-11-22"), NOW) == []


def test_critical_alerts_only_for_open_critical_flags(engine: Engine) -> None:
    ids = seed_week(engine)
    alerts = build.build_critical_alerts(engine, None, NOW)
    assert {a.flag.id for a in alerts} == {ids["cpr"], ids["welfare"], ids["legacy"]}
    assert [a.flag.id for a in build.build_critical_alerts(engine, [ids["welfare"], ids["phone"]], NOW)] == [
        ids["welfare"]]


def test_quarterly_figures(engine: Engine) -> None:
    seed_quarter(engine)
    q = build.build_quarterly(engine, parse_period("2026-Q3"), NOW)
    assert (q.total, q.previous_total) == (7, 2)
    assert [sum(c.values()) for _, c in q.by_month] == [2, 2, 3]
    assert q.by_month[1][1]["critical"] == 1
    assert q.resolved_share == pytest.approx(6 / 7)  # the flag of 29 September is still open
    assert q.median_resolution == timedelta(days=1, hours=2)
    assert q.by_category[0].key == "conduct.profanity" and q.by_category[0].current == 2
    assert {r.key: (r.current, r.previous) for r in q.by_unit}["Klubberne"] == (4, 1)
    assert q.top_profiles[0] == ("Klub Vest", "Klubberne", 4)


def test_every_label_exists_in_both_languages() -> None:
    assert set(i18n.LABELS["da"]) == set(i18n.LABELS["en"])
    assert set(i18n.FAILURES["da"]) == set(i18n.FAILURES["en"])
    for language in i18n.LANGUAGES:
        assert set(i18n.GUIDANCE[language]) == set(CATEGORIES)
    assert "skærpet underretningspligt" in i18n.GUIDANCE["da"]["welfare.concern"]
    assert "kommunen" in i18n.GUIDANCE["da"]["welfare.concern"]


def test_redact_masks_what_slipped_through() -> None:
    text = redact("Mathilde Krogh: 010203-1234, 12 34 56 78, jens.hansen@gmail.com, Mathilde Kroghs far",
                  ["Mathilde Krogh"])
    assert text == "M. K.: 010203-****, 12 ** ** 78, j***@gmail.com, M. K. far"
    assert redact("den 2026-11-20 kl. 12:30, ordre 1234") == "den 2026-11-20 kl. 12:30, ordre 1234"


def test_a_running_week_counts_flags_raised_in_the_same_run_as_open(engine: Engine) -> None:
    from tests.report_fixtures import Seeder, utc

    Seeder(engine).profiles()
    now = utc(2026, 11, 26, 12)  # the caller's clock may be a moment behind the fetch that raised the flag
    Seeder(engine).flag("klub-vest", "personal.phone", "high", now + timedelta(seconds=5), excerpt="… 12 ** ** 78 …")
    report = build.build_weekly(engine, parse_period("2026-W48"), now)
    assert report.new_count == 1
    assert {c.key: c.current for c in report.counts}["count_open"] == 1


def test_weekly_lists_a_long_backlog_in_part(engine: Engine, tmp_path: Path) -> None:
    from reports.render import Renderer
    from tests.report_fixtures import Seeder, utc

    seeder = Seeder(engine)
    seeder.profiles()
    extra = 25
    for n in range(build.MAX_STILL_OPEN_LISTED + extra):
        seeder.flag("klub-vest", "conduct.profanity", "low", utc(2026, 10, 1, 9, 0) + timedelta(minutes=n))
    report = build.build_weekly(engine, parse_period("2026-W47"), NOW)
    assert report.still_open_total == build.MAX_STILL_OPEN_LISTED + extra
    assert len(report.still_open) == build.MAX_STILL_OPEN_LISTED
    assert report.still_open_more == extra
    rendered = Renderer("da", "Europe/Copenhagen", "Skolen").render("weekly", "Ugerapport", r=report)
    assert f"og {extra} flere åbne fund" in rendered.text
    assert f"og {extra} flere åbne fund" in rendered.html
