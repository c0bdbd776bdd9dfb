"""The JSON Schemas in schemas/ against the examples: the vignette profiles, and what tfr-assess prints for each of them.

Run from the repository root after building the command:
    cargo build -p tfr-core --bin tfr-assess
    python -m pytest tests/python/test_schemas.py
TFR_ASSESS names another build of the command (default: target/debug/tfr-assess).
"""

import json
import os
import subprocess
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "schemas"
VIGNETTES = sorted((ROOT / "crates" / "tfr-core" / "tests" / "vignettes").glob("*.json"))
GOLDEN = sorted((ROOT / "crates" / "tfr-core" / "tests" / "golden").glob("*.json"))
SCHEMA_FILES = {
    "profile": "tfr-profile-1.schema.json",
    "assessment": "tfr-assessment-1.schema.json",
    "errors": "tfr-errors-1.schema.json",
}


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def validator(kind):
    return Draft202012Validator(load(SCHEMAS / SCHEMA_FILES[kind]), format_checker=Draft202012Validator.FORMAT_CHECKER)


def problems(kind, instance):
    """Every way `instance` breaks the schema, one line each (empty when it is valid)."""
    return [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in validator(kind).iter_errors(instance)]


def expects_errors(vignette):
    return "errors" in vignette["expect"]


def tfr_assess():
    path = Path(os.environ.get("TFR_ASSESS", "target/debug/tfr-assess"))
    if not path.is_absolute():
        path = ROOT / path
    if not path.is_file():
        pytest.fail(f"{path} not found: build it with `cargo build -p tfr-core --bin tfr-assess`, or set TFR_ASSESS")
    return path


def run(args, stdin=None):
    return subprocess.run([str(tfr_assess()), *args], input=stdin, capture_output=True, timeout=60)


def test_there_are_vignettes_of_both_kinds():
    assert len(VIGNETTES) >= 25
    kinds = {expects_errors(load(p)) for p in VIGNETTES}
    assert kinds == {True, False}


@pytest.mark.parametrize("kind", sorted(SCHEMA_FILES))
def test_schema_is_a_valid_draft_2020_12_schema(kind):
    schema = load(SCHEMAS / SCHEMA_FILES[kind])
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("path", VIGNETTES, ids=lambda p: p.stem)
def test_vignette_profile_against_profile_schema(path):
    vignette = load(path)
    if "profile" not in vignette:
        pytest.skip("the input is not JSON")
    found = problems("profile", vignette["profile"])
    if expects_errors(vignette):
        # Invalid profiles break the schema too (the overlap and date-order rules are beyond JSON Schema, but these
        # vignettes also hold structural mistakes).
        assert found, "an invalid profile passed the schema"
    else:
        assert not found, "\n".join(found)


@pytest.mark.parametrize("path", VIGNETTES, ids=lambda p: p.stem)
def test_tfr_assess_output_against_schema(path, tmp_path):
    vignette = load(path)
    profile_file = tmp_path / "profile.json"
    if "profile" in vignette:
        profile_file.write_text(json.dumps(vignette["profile"], ensure_ascii=False), encoding="utf-8")
    else:
        profile_file.write_text(vignette["profile_text"], encoding="utf-8")
    done = run([str(profile_file)])
    assert b"panicked" not in done.stderr, done.stderr.decode(errors="replace")
    output = json.loads(done.stdout)
    if expects_errors(vignette):
        assert done.returncode == 2, done.stdout.decode(errors="replace")[:2000]
        found = problems("errors", output)
        expected_fields = sorted(e if isinstance(e, str) else e["field"] for e in vignette["expect"]["errors"])
        assert sorted(e["field"] for e in output["errors"]) == expected_fields
    else:
        assert done.returncode == 0, done.stdout.decode(errors="replace")[:2000]
        found = problems("assessment", output)
        assert output["assessed_on"] == vignette["profile"]["assessed_on"]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: p.stem)
def test_golden_assessment_against_schema(path):
    found = problems("assessment", load(path))
    assert not found, "\n".join(found)


def test_stdin_profile_against_schema():
    profile = next(v["profile"] for v in map(load, VIGNETTES) if not expects_errors(v))
    done = run(["-"], stdin=json.dumps(profile).encode())
    assert done.returncode == 0, done.stdout.decode(errors="replace")[:2000]
    found = problems("assessment", json.loads(done.stdout))
    assert not found, "\n".join(found)


def first_valid_profile():
    return next(v["profile"] for v in map(load, VIGNETTES) if not expects_errors(v))


def broken(kind, change):
    """A known-good document of `kind` with `change` applied."""
    doc = first_valid_profile() if kind == "profile" else load(GOLDEN[0]) if kind == "assessment" else {
        "format": "tfr-errors/1", "errors": [{"field": "pcr[0].date", "problem": "No such day.", "code": "impossible_date"}]}
    doc = json.loads(json.dumps(doc))
    change(doc)
    return doc


def set_path(*path_and_value):
    *path, value = path_and_value

    def change(doc):
        for step in path[:-1]:
            doc = doc[step]
        doc[path[-1]] = value
    return change


def drop(key):
    return lambda doc: doc.pop(key)


def unmet_first_criterion(doc):
    g = doc["eligibility"]["eln2020_minimal"]
    g["verdict"] = "eligible"
    g["earliest_date"] = None
    g["criteria"][0]["status"] = "unmet"


BROKEN = [
    ("profile", "unknown key", set_path("phase", "chronic_only")),
    ("profile", "wrong format", set_path("format", "tfr-profile/2")),
    ("profile", "impossible date", set_path("assessed_on", "2023-02-29")),
    ("profile", "slash date", set_path("tki_courses", 0, "start", "2016/02/01")),
    ("profile", "unknown drug", set_path("tki_courses", 0, "drug", "imatinab")),
    ("profile", "zero percent", set_path("pcr", 0, {"date": "2024-01-10", "bcr_abl1_is": 0})),
    ("profile", "above 100 percent", set_path("pcr", 0, {"date": "2024-01-10", "bcr_abl1_is": 100.5})),
    ("profile", "value and undetectable", set_path("pcr", 0, {"date": "2024-01-10", "bcr_abl1_is": 0.01, "undetectable": True, "abl1_copies": 5})),
    ("profile", "undetectable without copies", set_path("pcr", 0, {"date": "2024-01-10", "undetectable": True})),
    ("profile", "fractional copies", set_path("pcr", 0, {"date": "2024-01-10", "undetectable": True, "abl1_copies": 1.5})),
    ("profile", "neither value nor undetectable", set_path("pcr", 0, {"date": "2024-01-10"})),
    ("profile", "age out of range", set_path("age_years", 121)),
    ("assessment", "wrong format", set_path("format", "tfr-assessment/2")),
    ("assessment", "no response", drop("response")),
    ("assessment", "unknown verdict", set_path("eligibility", "nccn", "verdict", "maybe")),
    ("assessment", "eligible with an unmet criterion", unmet_first_criterion),
    ("assessment", "a date for a verdict other than not_yet", set_path("eligibility", "nccn", "earliest_date", "2027-01-01")),
    ("assessment", "unknown level", set_path("response", "latest_level", "mr3")),
    ("assessment", "criterion of another guideline", set_path("eligibility", "nccn", "criteria", 0, "id", "eln.phase")),
    ("assessment", "outlook not an object", set_path("outlook", [])),
    ("errors", "no errors", set_path("errors", [])),
    ("errors", "unknown code", set_path("errors", 0, "code", "oops")),
    ("errors", "no field", lambda doc: doc["errors"][0].pop("field")),
]


@pytest.mark.parametrize("kind, what, change", BROKEN, ids=[f"{k}-{w}" for k, w, _ in BROKEN])
def test_schema_refuses_broken_document(kind, what, change):
    good = broken(kind, lambda doc: None)
    assert not problems(kind, good), "the unbroken document must pass"
    assert problems(kind, broken(kind, change)), f"a {kind} document with {what} passed the schema"


@pytest.mark.parametrize(
    "args, stdin",
    [([], None), (["a.json", "b.json"], None), (["/no/such/file.json"], None), (["-"], b"not json"), (["-"], b"\xff\xfe{")],
    ids=["no-arguments", "two-files", "missing-file", "not-json", "bad-bytes"],
)
def test_command_errors_against_errors_schema(args, stdin):
    done = run(args, stdin=stdin)
    assert done.returncode == 2
    found = problems("errors", json.loads(done.stdout))
    assert not found, "\n".join(found)
