"""The resource directory: real New York City services, validated into typed models.

Map of the package::

    models.py    Organization, Service, Contact (pydantic, HSDS-shaped)
    loader.py    load_directory(path) -> Directory; get_directory() for the default
    checks.py    duplicates, references, 24/7 coverage per category and borough
    problems.py  Problem, DirectoryError (every fault names file, entry id and field)
    __main__.py  ``python -m triage.directory check [PATH]``

The data lives in ``bot/data/directory/*.yml``; see its README for the format.
"""

from triage.directory.loader import DEFAULT_PATH, Directory, get_directory, load_directory
from triage.directory.models import ALL_CATEGORIES, Contact, Organization, Service
from triage.directory.problems import DirectoryError, Problem

__all__ = [
    "ALL_CATEGORIES",
    "DEFAULT_PATH",
    "Contact",
    "Directory",
    "DirectoryError",
    "Organization",
    "Problem",
    "Service",
    "get_directory",
    "load_directory",
]
