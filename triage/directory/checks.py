"""Checks that look across entries: duplicates, references, and coverage.

Coverage matters for residents: matching promises a 24/7 option whenever nothing
else is open, so every category needs one in every borough.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from triage.categories import BOROUGHS, CATEGORIES, RISK_KINDS
from triage.directory.models import Organization, Service
from triage.directory.problems import Problem


def cross_checks(
    services: Sequence[tuple[Service, str]],
    organizations: Sequence[tuple[Organization, str]],
    *,
    complete: bool = True,
    coverage: bool = True,
) -> list[Problem]:
    """Every cross-entry problem; each ``(model, file)`` pair says where it was read.

    ``complete`` is False when some entries failed validation: checks that need
    every entry (unused organizations, coverage) are skipped, so one typo does
    not also show up as a cascade of follow-on problems.
    """
    problems: list[Problem] = []
    problems.extend(_duplicates(organizations, "organization"))
    problems.extend(_duplicates(services, "service"))
    problems.extend(_duplicate_names(services))
    known = {org.id for org, _ in organizations}
    used = {service.organization_id for service, _ in services}
    for service, file in services:
        if service.organization_id not in known:
            problems.append(
                Problem(
                    file,
                    service.id,
                    "organization_id",
                    f"no organization {service.organization_id!r} in the directory",
                )
            )
    if not complete:
        return problems
    for org, file in organizations:
        if org.id not in used:
            problems.append(Problem(file, org.id, None, "organization has no services"))
    if coverage and not problems:
        problems.extend(_coverage([service for service, _ in services]))
    return problems


def _duplicates(
    entries: Sequence[tuple[Organization, str]] | Sequence[tuple[Service, str]], kind: str
) -> Iterator[Problem]:
    first: dict[str, str] = {}
    for model, file in entries:
        if model.id in first:
            yield Problem(file, model.id, "id", f"duplicate {kind} id (first in {first[model.id]})")
        else:
            first[model.id] = file


def _duplicate_names(services: Sequence[tuple[Service, str]]) -> Iterator[Problem]:
    first: dict[str, str] = {}
    for service, file in services:
        key = " ".join(service.name.casefold().split())
        if key in first and first[key] != service.id:
            yield Problem(file, service.id, "name", f"same name as service {first[key]!r}")
        first.setdefault(key, service.id)


def _coverage(services: Sequence[Service]) -> Iterator[Problem]:
    offered = [service for service in services if service.offered]
    for category in CATEGORIES:
        for borough, label in BOROUGHS.items():
            round_the_clock = [
                s
                for s in offered
                if category in s.categories and borough in s.boroughs and s.hours.always
            ]
            if not round_the_clock:
                yield Problem(
                    None, None, None, f"coverage: no 24/7 service for {category!r} in {label}"
                )
    for kind in RISK_KINDS:
        if not any(kind in s.categories and s.citywide and s.hours.always for s in offered):
            yield Problem(None, None, None, f"coverage: no citywide 24/7 service for risk {kind!r}")
