"""The resource directory: the real data loads, holds what issue 4 requires with
the facts table's numbers, and `python -m triage.directory check` reports each
kind of mistake with file, entry id and field."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from triage.categories import BOROUGHS
from triage.directory import DEFAULT_PATH, Directory, DirectoryError, load_directory
from triage.directory.__main__ import main


@pytest.fixture(scope="module")
def directory() -> Directory:
    return load_directory()


def test_default_directory_loads(directory: Directory) -> None:
    assert directory.path == DEFAULT_PATH
    assert len(directory.services) >= 20
    assert len(directory.content_hash) == 64


def test_content_hash_is_stable(directory: Directory) -> None:
    assert load_directory().content_hash == directory.content_hash


def test_check_command_prints_one_line_on_success(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert out.startswith("directory ok:")


@pytest.mark.parametrize(
    ("service_id", "phone"),
    [
        ("nyc-988", "988"),
        ("nyc-911", "911"),
        ("safe-horizon-hope-hotline", "+18006214673"),
        ("fjc-brooklyn", "+17182505113"),
        ("fjc-bronx", "+17185081220"),
        ("fjc-manhattan", "+12126022800"),
        ("fjc-queens", "+17185754545"),
        ("fjc-staten-island", "+17186974300"),
        ("cms-queens-mediation", "+17185236868"),
        ("nycid-staten-island-mediation", "+17189474036"),
        ("trevor-project", "+18664887386"),
        ("dycd-runaway-homeless-youth", "+18002464646"),
        ("nyc-311-street-outreach", "311"),
        ("nyc-311-housing", "311"),
        ("mend-nyc", "311"),
    ],
)
def test_required_services_have_the_facts_table_numbers(
    directory: Directory, service_id: str, phone: str
) -> None:
    assert directory.service(service_id).primary_phone == phone


def test_b_heard_is_reached_only_through_911(directory: Directory) -> None:
    b_heard = directory.service("nyc-b-heard")
    assert [c.method for c in b_heard.contacts] == ["through_911"]


def test_mobile_crisis_teams_are_requested_through_988(directory: Directory) -> None:
    team = directory.service("nyc-988-mobile-crisis")
    assert [(c.method, c.phone) for c in team.contacts] == [("through_988", "988")]


def test_one_mediation_center_per_borough(directory: Directory) -> None:
    centers = {
        "brooklyn": "nypi-mediation",
        "manhattan": "nypi-mediation",
        "bronx": "imcr-bronx-mediation",
        "queens": "cms-queens-mediation",
        "staten_island": "nycid-staten-island-mediation",
    }
    for borough, service_id in centers.items():
        in_borough = [
            s.id
            for s in directory.offered()
            if s.group == "community-mediation" and not s.citywide and borough in s.boroughs
        ]
        assert in_borough == [service_id]


def test_one_family_justice_center_per_borough(directory: Directory) -> None:
    for borough in BOROUGHS:
        fjc = directory.service(f"fjc-{borough.replace('_', '-')}")
        assert fjc.boroughs == (borough,)
        assert fjc.hours.kind == "weekly"


def test_mend_nyc_says_it_is_not_for_neighbors(directory: Directory) -> None:
    mend = directory.service("mend-nyc")
    assert mend.not_for is not None
    assert "between residents" in mend.not_for


def test_imcr_unverified_phone_is_hidden_from_residents(directory: Directory) -> None:
    imcr = directory.service("imcr-bronx-mediation")
    assert "+17185851190" in [c.phone for c in imcr.contacts]
    assert "+17185851190" not in [c.phone for c in imcr.public_contacts]
    assert imcr.primary_phone == "311"


def test_every_entry_names_its_source_and_date(directory: Directory) -> None:
    for service in directory.services:
        assert service.source, service.id
        assert all(url.startswith(("http://", "https://")) for url in service.source)
        assert service.last_verified is not None


def test_uncertain_facts_are_marked_unverified(directory: Directory) -> None:
    # Below "high" confidence in the facts table (or not in it at all).
    for service_id in (
        "fjc-brooklyn",
        "imcr-bronx-mediation",
        "cms-queens-mediation",
        "nycid-staten-island-mediation",
        "trevor-project",
        "dycd-runaway-homeless-youth",
        "nyc-311-welfare-check",
        "nyc-b-heard",
    ):
        assert directory.service(service_id).verified is False, service_id
    for service_id in ("nyc-988", "safe-horizon-hope-hotline", "mend-nyc", "nypi-mediation"):
        assert directory.service(service_id).verified is True, service_id


def test_retired_and_staff_only_entries_are_not_offered(directory: Directory) -> None:
    offered = {s.id for s in directory.offered()}
    assert "nyc-well-legacy" not in offered
    assert "nyc-crisis-management-system" not in offered


# --- the check command on broken copies of the directory ------------------


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "directory"
    shutil.copytree(DEFAULT_PATH, target)
    return target


def _edit(folder: Path, file: str, service_id: str, **changes: Any) -> None:
    """Change (or with value None, remove) fields of one service in a copied file."""
    path = folder / file
    document = yaml.safe_load(path.read_text())
    for service in document["services"]:
        if service["id"] == service_id:
            for key, value in changes.items():
                if value is None:
                    service.pop(key, None)
                else:
                    service[key] = value
    path.write_text(yaml.safe_dump(document, sort_keys=False))


def _check(folder: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["check", str(folder)]) == 1
    return capsys.readouterr().err


def test_check_reports_a_missing_field(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _edit(copy, "mediation.yml", "mend-nyc", last_verified=None)
    err = _check(copy, capsys)
    assert "mediation.yml: mend-nyc: last_verified: missing required field" in err
    assert "directory check failed: 1 problem" in err


def test_check_reports_a_bad_phone_number(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _edit(copy, "crisis.yml", "trevor-project", contacts=[{"method": "call", "phone": "866-488"}])
    err = _check(copy, capsys)
    assert "crisis.yml: trevor-project: contacts[0]" in err
    assert "'866-488' is not E.164" in err


def test_check_rejects_an_impossible_us_number(
    copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _edit(
        copy, "crisis.yml", "trevor-project", contacts=[{"method": "call", "phone": "+10005551234"}]
    )
    assert "not a valid North American number" in _check(copy, capsys)


def test_check_reports_bad_hours(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _edit(copy, "domestic_violence.yml", "fjc-queens", hours={"mon-fri": "9-5"})
    err = _check(copy, capsys)
    assert "domestic_violence.yml: fjc-queens: hours: bad time range '9-5'" in err


def test_check_reports_unquoted_times(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _edit(copy, "domestic_violence.yml", "fjc-queens", hours={"mon-fri": 1020})
    assert "must be a quoted 'HH:MM-HH:MM'" in _check(copy, capsys)


def test_check_reports_an_unknown_category(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _edit(copy, "city_311.yml", "nyc-311-noise", categories=["noise", "parking"])
    err = _check(copy, capsys)
    assert "city_311.yml: nyc-311-noise: categories: unknown categor(ies) ['parking']" in err


def test_check_reports_an_unknown_borough(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _edit(copy, "mediation.yml", "nypi-mediation", boroughs=["brooklyn", "Kings"])
    err = _check(copy, capsys)
    assert "mediation.yml: nypi-mediation: boroughs: unknown borough(s) ['Kings']" in err


def test_check_reports_duplicate_ids(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = yaml.safe_load((copy / "city_311.yml").read_text())
    clash = dict(document["services"][0], name="Another outreach")
    (copy / "extra.yml").write_text(yaml.safe_dump({"schema_version": 1, "services": [clash]}))
    err = _check(copy, capsys)
    assert "extra.yml: nyc-311-street-outreach: id: duplicate service id (first in" in err


def test_check_reports_a_lost_24_7_option(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 311 is the only round-the-clock answer for general questions.
    _edit(copy, "city_311.yml", "nyc-311-info", hours={"mon-fri": "09:00-17:00"})
    err = _check(copy, capsys)
    assert "coverage: no 24/7 service for 'info' in Manhattan" in err


def test_check_reports_unknown_fields(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _edit(copy, "crisis.yml", "nyc-988", phone_number="988")
    assert "crisis.yml: nyc-988: phone_number: unknown field" in _check(copy, capsys)


def test_check_reports_invalid_yaml(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (copy / "broken.yml").write_text("services: [\n")
    assert "broken.yml: not valid YAML" in _check(copy, capsys)


def test_load_directory_raises_with_every_problem(copy: Path) -> None:
    _edit(copy, "crisis.yml", "nyc-988", hours="sometimes")
    _edit(copy, "mediation.yml", "mend-nyc", source=None)
    with pytest.raises(DirectoryError) as caught:
        load_directory(copy)
    fields = {(p.entry, p.field) for p in caught.value.problems}
    assert {("nyc-988", "hours"), ("mend-nyc", "source")} <= fields
