"""The install is the lock: the environment running these tests holds exactly what constraints.txt pins, and
constraints.txt is what pyproject.toml asks for. A stale lock (pyproject.toml changed, no `make lock`) or a
drifted venv (a package added, upgraded or left behind by hand) fails here."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

REPO = Path(__file__).resolve().parents[1]
LOCK_FILE = REPO / "constraints.txt"
REBUILD = "rm -rf .venv && make install, which builds it again from the lock"
RELOCK = "pyproject.toml changed after the lock: run `make lock` and commit constraints.txt"


def normalize(name: str) -> str:
    """PEP 503: case-insensitive, runs of -, _ and . are one -."""
    return re.sub(r"[-_.]+", "-", name).lower()


def read_lock() -> tuple[list[str], dict[str, str]]:
    lines = LOCK_FILE.read_text(encoding="utf-8").splitlines()
    entries = [line for line in lines if line.strip() and not line.startswith("#")]
    pins: dict[str, str] = {}
    for line in entries:
        match = re.fullmatch(r"([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;@]+)", line)
        assert match, f"constraints.txt: not an exact name==version pin: {line!r}"
        name, version = match.groups()
        assert normalize(name) not in pins, f"constraints.txt pins {name} twice"
        pins[normalize(name)] = version
    return entries, pins


ENTRIES, LOCK = read_lock()


def installed() -> dict[str, set[str]]:
    """Every distribution the running interpreter can import from, by normalised name, newsflow aside."""
    found: dict[str, set[str]] = {}
    for dist in metadata.distributions():
        name = normalize(dist.metadata["Name"] or f"unreadable metadata in {dist._path}")  # type: ignore[attr-defined]
        if name != "newsflow":
            found.setdefault(name, set()).add(dist.version)
    return found


def test_the_lock_is_exact_pins_one_per_line_sorted_by_normalised_name():
    assert ENTRIES == sorted(ENTRIES, key=lambda line: line.split("==")[0])
    assert all(line.split("==")[0] == normalize(line.split("==")[0]) for line in ENTRIES)
    header = LOCK_FILE.read_text(encoding="utf-8").split("\n", 1)[0]
    assert header.startswith("#") and "make lock" in LOCK_FILE.read_text(encoding="utf-8")
    assert {"pip", "setuptools", "wheel"} <= set(LOCK)  # the bootstrap and the build backend are locked too
    assert "newsflow" not in LOCK


def test_the_environment_running_the_tests_is_exactly_the_lock():
    have = installed()
    twice = {name: sorted(versions) for name, versions in have.items() if len(versions) > 1}
    extra = {name: sorted(versions)[0] for name, versions in have.items() if name not in LOCK}
    missing = {name: version for name, version in LOCK.items() if name not in have}
    differ = {
        name: f"{sorted(have[name])[0]} installed, {version} locked"
        for name, version in LOCK.items()
        if name in have and len(have[name]) == 1 and next(iter(have[name])) != version
    }
    problems = [
        f"{label}: {found}" for label, found in [
            ("installed at more than one version", twice),
            ("installed but not in constraints.txt", extra),
            ("in constraints.txt but not installed", missing),
            ("installed at another version than constraints.txt", differ),
        ] if found
    ]
    assert not problems, "; ".join(problems) + f". Fix: {REBUILD} (and if pyproject.toml needs a package, make lock first)"


def test_pyproject_pins_agree_with_the_lock():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    direct = [*project["dependencies"], *project["optional-dependencies"]["test"]]
    unlocked, disagree = [], []
    for spec in direct:
        requirement = Requirement(spec)
        name = normalize(requirement.name)
        if name not in LOCK:
            unlocked.append(spec)
        elif not requirement.specifier.contains(LOCK[name], prereleases=True):
            disagree.append(f"{spec} (locked {LOCK[name]})")
    assert not (unlocked or disagree), (
        f"in pyproject.toml, not in constraints.txt: {unlocked}; "
        f"pyproject.toml and constraints.txt disagree: {disagree}. {RELOCK}"
    )


def test_make_and_the_image_install_from_the_lock():
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    pip_version = re.search(r"^PIP_VERSION\s*:?=\s*(\S+)", makefile, re.M).group(1)
    assert LOCK["pip"] == pip_version, "the Makefile's PIP_VERSION is not the lock's pip: make lock"
    install = makefile.split("$(VENV)/.installed:", 1)[1].split("\n\n", 1)[0]
    assert "pyproject.toml" in install.splitlines()[0] and "$(LOCK)" in install.splitlines()[0]
    assert "-c $(LOCK) --build-constraint $(LOCK) -e '.[test]'" in install

    dockerfile = (REPO / "docker" / "Dockerfile").read_text(encoding="utf-8")
    assert re.search(r"^COPY\s.*\bconstraints\.txt\b.*\s/opt/airflow/$", dockerfile, re.M)
    lock = "/opt/airflow/constraints.txt"
    assert re.search(rf"^RUN pip install .*-c {lock} --build-constraint {lock} .*-e /opt/airflow$", dockerfile, re.M)
    ignore = (REPO / "docker" / "Dockerfile.dockerignore").read_text(encoding="utf-8").split()
    assert "!constraints.txt" in ignore
