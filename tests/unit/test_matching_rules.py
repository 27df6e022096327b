"""Matching rules that do not depend on the model: hard filters, hours, the 24/7
option, determinism, caching and the staff search. Uses the keyword embedder,
so these run in milliseconds; ranking quality is tested with the real model in
test_matching_model.py and measured by `python -m triage.eval_matching`."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest
import yaml

from triage.categories import BOROUGHS, CATEGORIES, RISK_KINDS
from triage.directory import DEFAULT_PATH, Directory, load_directory
from triage.hours import NEW_YORK
from triage.matching import Matcher, UnknownBoroughError, UnknownCategoryError
from triage.matching.fake import keyword_embed
from triage.matching.index import clear_memory_cache
from triage.matching.search import search_services

TUESDAY_2PM = datetime(2026, 11, 24, 14, 0, tzinfo=NEW_YORK)
TUESDAY_11PM = datetime(2026, 11, 24, 23, 0, tzinfo=NEW_YORK)
SUNDAY_3AM = datetime(2026, 11, 29, 3, 0, tzinfo=NEW_YORK)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_directory(), embed=keyword_embed, model_name="keyword", cache_dir=None)


def ids(result_matches: Sequence[object]) -> list[str]:
    return [m.service.id for m in result_matches]  # type: ignore[attr-defined]


def test_domestic_violence_in_daytime_offers_hope_hotline_and_borough_fjc(
    matcher: Matcher,
) -> None:
    result = matcher.match("domestic_violence", "he hit me", "brooklyn", TUESDAY_2PM)
    assert set(result.service_ids) == {"safe-horizon-hope-hotline", "fjc-brooklyn"}
    assert result.opens_later is None


def test_domestic_violence_at_night_says_when_the_fjc_opens(matcher: Matcher) -> None:
    result = matcher.match("domestic_violence", "he hit me", "Kings", TUESDAY_11PM)
    assert result.service_ids == ["safe-horizon-hope-hotline"]
    assert result.opens_later is not None
    assert result.opens_later.service.id == "fjc-brooklyn"
    assert result.opens_later.opens_at == datetime(2026, 11, 25, 9, 0, tzinfo=NEW_YORK)
    assert result.opens_later.opens_at_text == "tomorrow 9am"
    assert "opens tomorrow 9am" in result.opens_later.reason


def test_services_outside_the_borough_are_never_offered(matcher: Matcher) -> None:
    for borough in BOROUGHS:
        for category in CATEGORIES:
            result = matcher.match(category, "help", borough, TUESDAY_2PM)
            for match in result.matches:
                assert borough in match.service.boroughs, (category, borough, match.service.id)


def test_services_are_only_offered_for_their_categories(matcher: Matcher) -> None:
    for category in CATEGORIES + RISK_KINDS:
        result = matcher.match(category, "help me please", "queens", TUESDAY_2PM)
        assert result.matches, category
        for match in result.matches:
            assert category in match.service.categories


def test_every_answer_includes_someone_who_answers_24_7(matcher: Matcher) -> None:
    for when in (TUESDAY_2PM, TUESDAY_11PM, SUNDAY_3AM):
        for borough in [*BOROUGHS, None]:
            for category in CATEGORIES + RISK_KINDS:
                result = matcher.match(category, "need help", borough, when)
                assert any(m.availability == "always" for m in result.matches), (
                    category,
                    borough,
                    when,
                )


def test_nothing_closed_is_offered(matcher: Matcher) -> None:
    for category in CATEGORIES:
        result = matcher.match(category, "need help", "bronx", SUNDAY_3AM)
        assert all(m.availability != "closed" for m in result.matches)


def test_borough_spellings_are_accepted(matcher: Matcher) -> None:
    for spelling in ("staten_island", "Staten Island", "STATEN ISLAND", "Richmond"):
        result = matcher.match("noise", "loud music", spelling, TUESDAY_2PM)
        assert result.borough == "staten_island"


def test_unknown_category_lists_the_allowed_ones(matcher: Matcher) -> None:
    with pytest.raises(UnknownCategoryError) as caught:
        matcher.match("parking", "car in my spot", "queens", TUESDAY_2PM)
    assert "noise" in caught.value.allowed
    assert "weapon" in caught.value.allowed


def test_unknown_borough_lists_the_allowed_ones(matcher: Matcher) -> None:
    with pytest.raises(UnknownBoroughError) as caught:
        matcher.match("noise", "loud", "Hoboken", TUESDAY_2PM)
    assert caught.value.allowed == tuple(BOROUGHS)


def test_without_a_borough_only_citywide_services_and_a_hint(matcher: Matcher) -> None:
    result = matcher.match("domestic_violence", "he hit me", None, TUESDAY_2PM)
    assert result.service_ids == ["safe-horizon-hope-hotline"]
    assert result.borough_would_help


def test_with_a_borough_there_is_no_borough_hint(matcher: Matcher) -> None:
    assert not matcher.match("noise", "loud", "queens", TUESDAY_2PM).borough_would_help


def test_the_borough_center_replaces_the_311_route_to_it(matcher: Matcher) -> None:
    result = matcher.match("neighbor_dispute", "neighbor conflict", "queens", TUESDAY_2PM)
    assert "cms-queens-mediation" in result.service_ids
    groups = [m.service.group for m in result.matches if m.service.group]
    # 311's mediation line may join only as the 24/7 option, never as a duplicate pick.
    if groups.count("community-mediation") > 1:
        assert result.matches[-1].service.id == "nyc-311-mediation"
        assert result.matches[-1].availability == "always"


def test_staff_only_and_retired_services_are_never_offered(matcher: Matcher) -> None:
    for category in CATEGORIES:
        result = matcher.match(category, "violence interrupters old nyc well line", None)
        assert "nyc-crisis-management-system" not in result.service_ids
        assert "nyc-well-legacy" not in result.service_ids


def test_911_routes_come_last_for_non_emergencies(matcher: Matcher) -> None:
    result = matcher.match(
        "mental_health_other", "mental health emergency right now in person", "bronx", TUESDAY_2PM
    )
    assert result.service_ids[-1] == "nyc-b-heard"


def test_same_inputs_give_the_same_answer(matcher: Matcher) -> None:
    first = matcher.match("noise", "loud music upstairs", "brooklyn", TUESDAY_2PM)
    second = matcher.match("noise", "loud music upstairs", "brooklyn", TUESDAY_2PM)
    assert first.model_dump() == second.model_dump()


def test_limit_is_respected(matcher: Matcher) -> None:
    result = matcher.match("noise", "loud", "brooklyn", TUESDAY_2PM, limit=1)
    assert len(result.matches) == 1


def test_every_match_explains_itself(matcher: Matcher) -> None:
    result = matcher.match("homelessness", "sleeping outside in the cold", "bronx", TUESDAY_2PM)
    first = result.matches[0]
    assert first.service.id == "nyc-311-street-outreach"
    assert first.reason.startswith("Helps with homelessness citywide")
    assert "answers 24/7" in first.reason


def test_empty_text_falls_back_to_the_usual_referral(matcher: Matcher) -> None:
    result = matcher.match("landlord_tenant", "", "manhattan", TUESDAY_2PM)
    assert result.service_ids[0] == "nyc-311-housing"


def test_nothing_open_gives_when_it_opens_and_a_24_7_fallback(tmp_path: Path) -> None:
    folder = tmp_path / "directory"
    shutil.copytree(DEFAULT_PATH, folder)
    # Leave only the Family Justice Centers (weekday hours) for domestic violence.
    document = yaml.safe_load((folder / "domestic_violence.yml").read_text())
    for service in document["services"]:
        if service["id"] == "safe-horizon-hope-hotline":
            service["categories"] = ["harassment"]
            service["primary_for"] = []
    (folder / "domestic_violence.yml").write_text(yaml.safe_dump(document))
    directory = load_directory(folder, coverage=False)
    matcher = Matcher(directory, embed=keyword_embed, model_name="keyword", cache_dir=None)

    saturday_3am = datetime(2026, 11, 28, 3, 0, tzinfo=NEW_YORK)
    result = matcher.match("domestic_violence", "he hit me", "queens", saturday_3am)

    assert result.nothing_open
    assert result.opens_later is not None
    assert result.opens_later.service.id == "fjc-queens"
    assert result.opens_later.opens_at_text == "Mon 9am"
    assert result.service_ids == ["nyc-311-info"]
    assert result.matches[0].reason.startswith("24/7 fallback")


# --- embedding cache ------------------------------------------------------


def test_directory_embeddings_are_cached_on_disk_by_content(tmp_path: Path) -> None:
    calls: list[int] = []

    def counting_embed(texts: Sequence[str]) -> np.ndarray:
        calls.append(len(texts))
        return keyword_embed(texts)

    directory = load_directory()
    clear_memory_cache()
    _ = Matcher(directory, embed=counting_embed, model_name="counting", cache_dir=tmp_path).index
    assert len(calls) == 1
    files = list(tmp_path.glob("directory-*.npz"))
    assert len(files) == 1

    # A new process (empty memory cache) reads the file instead of embedding again.
    clear_memory_cache()
    again = Matcher(directory, embed=counting_embed, model_name="counting", cache_dir=tmp_path)
    assert again.index.vectors.shape[0] == len(again.index.texts)
    assert len(calls) == 1
    clear_memory_cache()


def test_a_changed_directory_is_embedded_again(tmp_path: Path) -> None:
    calls: list[int] = []

    def counting_embed(texts: Sequence[str]) -> np.ndarray:
        calls.append(len(texts))
        return keyword_embed(texts)

    folder = tmp_path / "directory"
    shutil.copytree(DEFAULT_PATH, folder)
    cache = tmp_path / "cache"
    clear_memory_cache()
    _ = Matcher(load_directory(folder), embed=counting_embed, model_name="c", cache_dir=cache).index
    with (folder / "crisis.yml").open("a") as handle:
        handle.write("# edited\n")
    _ = Matcher(load_directory(folder), embed=counting_embed, model_name="c", cache_dir=cache).index
    assert len(calls) == 2
    assert len(list(cache.glob("directory-*.npz"))) == 2
    clear_memory_cache()


def test_a_damaged_cache_file_is_ignored(tmp_path: Path) -> None:
    directory = load_directory()
    clear_memory_cache()
    _ = Matcher(directory, embed=keyword_embed, model_name="kw", cache_dir=tmp_path).index
    for file in tmp_path.glob("directory-*.npz"):
        file.write_bytes(b"not a numpy file")
    clear_memory_cache()
    index = Matcher(directory, embed=keyword_embed, model_name="kw", cache_dir=tmp_path).index
    assert index.vectors.shape[1] == 384
    clear_memory_cache()


# --- staff search -----------------------------------------------------------


@pytest.fixture(scope="module")
def directory() -> Directory:
    return load_directory()


def test_search_filters_by_category_and_borough(matcher: Matcher) -> None:
    hits = search_services(matcher, category="domestic_violence", borough="Bronx")
    assert {h.service.id for h in hits} == {"safe-horizon-hope-hotline", "fjc-bronx"}


def test_search_includes_staff_only_entries(matcher: Matcher) -> None:
    hits = search_services(matcher, category="youth_conflict")
    assert "nyc-crisis-management-system" in {h.service.id for h in hits}


def test_search_hides_retired_entries_unless_asked(matcher: Matcher) -> None:
    assert "nyc-well-legacy" not in {h.service.id for h in search_services(matcher)}
    every = search_services(matcher, include_inactive=True)
    assert "nyc-well-legacy" in {h.service.id for h in every}


def test_search_open_now_drops_closed_and_unknown_hours(matcher: Matcher) -> None:
    hits = search_services(matcher, open_now=True, when=TUESDAY_11PM)
    found = {h.service.id for h in hits}
    assert "fjc-queens" not in found
    assert "dycd-runaway-homeless-youth" not in found
    assert "nyc-988" in found


def test_search_by_name_finds_the_service_first(matcher: Matcher) -> None:
    hits = search_services(matcher, q="Peace Institute")
    assert hits[0].service.id == "nypi-mediation"
    assert hits[0].score is not None


def test_search_without_q_is_in_name_order(matcher: Matcher) -> None:
    names = [h.service.name.casefold() for h in search_services(matcher)]
    assert names == sorted(names)


def test_search_rejects_unknown_borough(matcher: Matcher) -> None:
    with pytest.raises(UnknownBoroughError):
        search_services(matcher, borough="Jersey")


def test_old_cache_files_are_pruned(tmp_path: Path) -> None:
    folder = tmp_path / "directory"
    shutil.copytree(DEFAULT_PATH, folder)
    cache = tmp_path / "cache"
    for edit in range(5):
        with (folder / "crisis.yml").open("a") as handle:
            handle.write(f"# edit {edit}\n")
        clear_memory_cache()
        _ = Matcher(
            load_directory(folder), embed=keyword_embed, model_name="k", cache_dir=cache
        ).index
    assert len(list(cache.glob("directory-*.npz"))) == 3
    clear_memory_cache()
