"""Calendar export of the monitoring plan: `tfr-assess --ics` must give an RFC 5545 file that a strict parser accepts, with the schedule's dates.

Runs the tfr-assess binary (path in $TFR_ASSESS, default target/debug/tfr-assess under the
repository root) on profiles written to temporary files, and compares the calendar's events
with the `monitoring.schedules` dates of the same binary's JSON output.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
from pathlib import Path

import pytest
from icalendar import Calendar
from icalendar.parser import Contentline

ROOT = Path(__file__).resolve().parents[2]
BINARY = Path(os.environ.get("TFR_ASSESS", ROOT / "target" / "debug" / "tfr-assess"))

GUIDELINES = ["eln2020", "nccn"]
# A month-end stop (tests clamp to 28 Feb, 30 Apr ...), a leap-day stop, and a stop at the year's end.
STOPS = ["2027-01-31", "2028-02-29", "2026-12-31"]
LANGS = ["en", "zh-CN"]


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    assert BINARY.is_file(), f"build tfr-assess first (cargo build -p tfr-core) or set TFR_ASSESS; not found: {BINARY}"
    return subprocess.run([str(BINARY), *args], capture_output=True, timeout=60, check=False)


def write_profile(tmp_path: Path, **fields: object) -> Path:
    path = tmp_path / "profile.json"
    path.write_text(json.dumps({"format": "tfr-profile/1", "assessed_on": "2026-06-01", **fields}), encoding="utf-8")
    return path


def schedules(profile: Path) -> dict[str, list[dt.date]]:
    done = run(str(profile))
    assert done.returncode == 0, done.stdout
    monitoring = json.loads(done.stdout)["monitoring"]
    return {gid: [dt.date.fromisoformat(d) for d in dates] for gid, dates in monitoring["schedules"].items()}


def calendar_bytes(profile: Path, guideline: str, lang: str) -> bytes:
    done = run("--ics", guideline, "--lang", lang, str(profile))
    assert done.returncode == 0, done.stdout
    return done.stdout


def check_raw_lines(data: bytes) -> None:
    """RFC 5545 section 3.1: CRLF line ends, at most 75 octets a line, folds start with one space; no split UTF-8."""
    assert data.endswith(b"\r\n")
    physical = data[: -len(b"\r\n")].split(b"\r\n")
    for i, line in enumerate(physical):
        assert b"\n" not in line and b"\r" not in line, f"bare line break in line {i}: {line!r}"
        assert len(line) <= 75, f"line {i} has {len(line)} octets: {line!r}"
        line.decode("utf-8")  # raises if a fold split a character
    # Every unfolded content line is well formed under the parser's strict mode.
    for content in data.decode("utf-8").replace("\r\n ", "").split("\r\n"):
        if content:
            Contentline(content, strict=True).parts()


def parse(data: bytes) -> Calendar:
    check_raw_lines(data)
    calendar = Calendar.from_ical(data)
    for component in calendar.walk():
        assert component.errors == [], f"{component.name}: {component.errors}"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]).startswith("-//tfr-aid//")
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    return calendar


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("stop", STOPS)
@pytest.mark.parametrize("guideline", GUIDELINES)
def test_calendar_parses_and_matches_the_schedule(tmp_path: Path, guideline: str, stop: str, lang: str) -> None:
    profile = write_profile(tmp_path, planned_stop=stop)
    expected = schedules(profile)[guideline]
    assert len(expected) >= 17, "at least the first 3 years"
    calendar = parse(calendar_bytes(profile, guideline, lang))
    events = calendar.walk("VEVENT")
    assert [event["DTSTART"].dt for event in events] == expected

    uids = [str(event["UID"]) for event in events]
    assert all(uids) and len(set(uids)) == len(uids)
    stop_date = dt.date.fromisoformat(stop)
    for event in events:
        start = event["DTSTART"].dt
        assert type(start) is dt.date, "all-day events"
        assert event["DTSTART"].params.get("VALUE") == "DATE"
        assert event["DTEND"].dt == start + dt.timedelta(days=1)
        stamp = event["DTSTAMP"].dt
        assert isinstance(stamp, dt.datetime) and stamp.utcoffset() == dt.timedelta(0)
        assert stamp.date() == stop_date
        assert str(event["SUMMARY"]) and str(event["DESCRIPTION"])
        alarms = event.walk("VALARM")
        assert len(alarms) == 1
        alarm = alarms[0]
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert alarm["TRIGGER"].dt == -dt.timedelta(days=3)
        assert str(alarm["DESCRIPTION"])
    if lang == "zh-CN":
        assert "停药后第 1 个月" in str(events[0]["SUMMARY"])
    else:
        assert str(events[0]["SUMMARY"]) == "BCR-ABL1 PCR test, month 1 after stopping"


def test_month_end_and_leap_day_dates(tmp_path: Path) -> None:
    eln = schedules(write_profile(tmp_path, planned_stop="2027-01-31"))["eln2020"]
    assert eln[:4] == [dt.date(2027, 2, 28), dt.date(2027, 3, 31), dt.date(2027, 4, 30), dt.date(2027, 5, 31)]
    leap = schedules(write_profile(tmp_path, planned_stop="2028-02-29"))["eln2020"]
    assert leap[0] == dt.date(2028, 3, 29)
    assert dt.date(2029, 2, 28) in leap


def test_calendar_is_stable_and_uids_differ_between_guidelines(tmp_path: Path) -> None:
    profile = write_profile(tmp_path, planned_stop="2027-01-31")
    first = calendar_bytes(profile, "eln2020", "en")
    assert first == calendar_bytes(profile, "eln2020", "en")
    uids = {gid: {str(e["UID"]) for e in parse(calendar_bytes(profile, gid, "en")).walk("VEVENT")} for gid in GUIDELINES}
    assert not uids["eln2020"] & uids["nccn"]
    # The language changes the texts, not the events' identity.
    zh = {str(e["UID"]) for e in parse(calendar_bytes(profile, "eln2020", "zh-CN")).walk("VEVENT")}
    assert zh == uids["eln2020"]


def test_calendar_holds_no_personal_data(tmp_path: Path) -> None:
    profile = write_profile(
        tmp_path,
        planned_stop="2027-01-31",
        age_years=47,
        pcr=[{"date": "2026-01-10", "bcr_abl1_is": 0.0042}],
    )
    text = calendar_bytes(profile, "eln2020", "en").decode("utf-8")
    assert "0.0042" not in text and "2026-01-10" not in text and "20260110" not in text


@pytest.mark.parametrize(
    ("args", "fields", "field"),
    [
        (["--ics", "esmo"], {"planned_stop": "2027-01-31"}, "--ics"),
        (["--ics", "eln2020"], {}, "planned_stop"),
        (["--ics", "nccn"], {"planned_stop": "2027-02-30"}, "planned_stop"),
        (["--ics", "eln2020", "--lang", "fr"], {"planned_stop": "2027-01-31"}, "--lang"),
    ],
)
def test_bad_requests_give_an_error_document(tmp_path: Path, args: list[str], fields: dict, field: str) -> None:
    done = run(*args, str(write_profile(tmp_path, **fields)))
    assert done.returncode == 2
    errors = json.loads(done.stdout)
    assert errors["format"] == "tfr-errors/1"
    assert [e["field"] for e in errors["errors"]] == [field]
