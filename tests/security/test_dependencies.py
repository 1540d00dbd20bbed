"""No installed dependency is below its last security fix, and `pyproject.toml` allows none that
is (`minimum_safe_versions.toml`). Read offline: the installed metadata and the repository only."""

import tomllib
from importlib.metadata import PackageNotFoundError, distribution, version
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

PYPROJECT = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text("utf-8"))
TABLE = tomllib.loads((Path(__file__).with_name("minimum_safe_versions.toml")).read_text("utf-8"))
# Package → (its lowest safe version, the advisories that version answers).
MINIMUM_SAFE_VERSIONS = {
    name: (entry["version"], "; ".join(entry["advisories"]))
    for name, entry in TABLE["minimum_safe_versions"].items()
}
KNOWN_UNFIXED: dict[str, str] = TABLE["known_unfixed"]
REVIEWED_WITHOUT_ADVISORY = set(TABLE["reviewed_without_advisory"]["packages"])
DECLARED = [
    Requirement(line)
    for line in [
        *PYPROJECT["project"]["dependencies"],
        *PYPROJECT["project"]["optional-dependencies"]["dev"],
    ]
]
BUILD = [Requirement(line) for line in PYPROJECT["build-system"]["requires"]]


def _installed_closure(roots: list[Requirement]) -> set[str]:
    """The names of every package `roots` bring, with the extras they ask for, as installed."""
    extras_of: dict[str, set[str]] = {}
    pending = list(roots)
    while pending:
        requirement = pending.pop()
        name = canonicalize_name(requirement.name)
        known = extras_of.get(name)
        if known is not None and set(requirement.extras) <= known:
            continue
        extras = extras_of[name] = (known or set()) | set(requirement.extras)
        try:
            requires = distribution(name).requires or []
        except PackageNotFoundError:
            continue  # `test_every_dependency_is_installed` names it
        for line in requires:
            needed = Requirement(line)
            wanted = [{"extra": extra} for extra in extras or {""}]
            if needed.marker is None or any(needed.marker.evaluate(env) for env in wanted):
                pending.append(needed)
    return set(extras_of)


INSTALLED = sorted(_installed_closure(DECLARED))


def test_every_dependency_is_installed():
    missing = []
    for name in INSTALLED:
        try:
            version(name)
        except PackageNotFoundError:
            missing.append(name)
    assert missing == []


@pytest.mark.parametrize("name", sorted(set(INSTALLED) & set(MINIMUM_SAFE_VERSIONS)))
def test_no_installed_dependency_is_below_its_last_security_fix(name):
    lowest, advisories = MINIMUM_SAFE_VERSIONS[name]
    installed = Version(version(name))
    assert installed >= Version(lowest), f"{name} {installed} < {lowest}: {advisories}"


def _lower_bound(requirement: Requirement) -> Version | None:
    bounds = [Version(s.version) for s in requirement.specifier if s.operator in (">=", "==", "~=")]
    return max(bounds, default=None)


@pytest.mark.parametrize(
    "requirement",
    [r for r in [*DECLARED, *BUILD] if canonicalize_name(r.name) in MINIMUM_SAFE_VERSIONS],
    ids=str,
)
def test_pyproject_allows_no_release_below_the_last_security_fix(requirement):
    lowest, advisories = MINIMUM_SAFE_VERSIONS[canonicalize_name(requirement.name)]
    bound = _lower_bound(requirement)
    assert bound is not None and bound >= Version(lowest), f"{requirement}: {advisories}"


def test_every_dependency_with_an_advisory_has_its_floor_in_pyproject():
    """Named there even when it comes through another package, whose own bounds may allow a
    release below the fix."""
    declared = {canonicalize_name(r.name) for r in [*DECLARED, *BUILD]}
    assert set(INSTALLED) & set(MINIMUM_SAFE_VERSIONS) - declared == set()


def test_every_dependency_has_been_looked_at():
    """A new dependency gets its line once someone has read its advisories; a line of a package
    no longer used goes."""
    reviewed = set(MINIMUM_SAFE_VERSIONS) | set(KNOWN_UNFIXED) | REVIEWED_WITHOUT_ADVISORY
    building = {canonicalize_name(r.name) for r in BUILD}
    assert set(INSTALLED) - reviewed == set()
    assert reviewed - set(INSTALLED) - building == set()
