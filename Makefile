# Two commands on a fresh machine: `make run` (install, then one offline run on the bundled sample feeds)
# and `make test` (install, then every test). Everything lives in .venv; nothing is installed globally.
# The install is locked: pip at PIP_VERSION, then every package, direct or transitive, at the version in
# constraints.txt (build dependencies of sdists and of newsflow itself too). .venv is rebuilt from scratch
# whenever pyproject.toml or constraints.txt changes. After changing pyproject.toml, `make lock`
# re-resolves it in a throwaway venv and rewrites constraints.txt; commit both.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
PIP_VERSION := 26.3
LOCK := constraints.txt

.PHONY: install lock run test browser postgres redis celery bench clean

install: $(VENV)/.installed

# --build-constraint: since pip 26.2, -c no longer reaches the isolated environments that build sdists
# (jieba) and newsflow's editable wheel; the lock pins their setuptools and wheel as well.
$(VENV)/.installed: pyproject.toml $(LOCK)
	$(PYTHON) -m venv --clear $(VENV)
	$(BIN)/python -m pip install --quiet -c $(LOCK) pip==$(PIP_VERSION) setuptools wheel
	$(BIN)/python -m pip install --quiet -c $(LOCK) --build-constraint $(LOCK) -e '.[test]'
	touch $@

# The newest versions pyproject.toml allows, resolved in a venv of its own (not .venv, which may hold
# anything), frozen with pip, setuptools and wheel, and the change against the old lock printed.
lock:
	@set -e; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	echo "make lock: resolving pyproject.toml in a throwaway venv ($$tmp)"; \
	$(PYTHON) -m venv "$$tmp/venv"; \
	"$$tmp/venv/bin/python" -m pip install --quiet --upgrade pip==$(PIP_VERSION) setuptools wheel; \
	"$$tmp/venv/bin/python" -m pip install --quiet -e '.[test]'; \
	"$$tmp/venv/bin/python" -m pip freeze --all --exclude-editable > "$$tmp/freeze"; \
	if grep -Ev '^[A-Za-z0-9._-]+==[^ ;@]+$$' "$$tmp/freeze"; then echo "make lock: not name==version (above)"; exit 1; fi; \
	{ echo '# The lock: every package that `pip install -e .[test]` installs, direct or transitive, at one version,'; \
	  echo '# with pip, setuptools and wheel. Used by `make install` and docker/Dockerfile as'; \
	  echo '# `pip install -c constraints.txt --build-constraint constraints.txt`. Do not edit by hand: change'; \
	  echo '# pyproject.toml, then `make lock` (a fresh venv, pip $(PIP_VERSION), pip freeze --all --exclude-editable).'; \
	  "$$tmp/venv/bin/python" -c 'import platform, sysconfig; print("# Resolved for CPython", platform.python_version(), "on", sysconfig.get_platform())'; \
	  awk -F'==' '{ n = tolower($$1); gsub(/[-_.]+/, "-", n); print n "==" $$2 }' "$$tmp/freeze" | LC_ALL=C sort -t= -k1,1; \
	} > "$$tmp/lock"; \
	{ grep -hv '^#' $(LOCK) 2>/dev/null || true; } | sed 's/==/ /' | LC_ALL=C sort -k1,1 > "$$tmp/old"; \
	grep -v '^#' "$$tmp/lock" | sed 's/==/ /' | LC_ALL=C sort -k1,1 > "$$tmp/new"; \
	LC_ALL=C join -a1 -a2 -e - -o 0,1.2,2.2 "$$tmp/old" "$$tmp/new" | awk ' \
	  $$2 == "-" { a++; print "  added    " $$1 " " $$3 } \
	  $$3 == "-" { r++; print "  removed  " $$1 " " $$2 } \
	  $$2 != "-" && $$3 != "-" && $$2 != $$3 { c++; print "  changed  " $$1 " " $$2 " -> " $$3 } \
	  END { printf "make lock: $(LOCK) pins %d packages: %d added, %d removed, %d changed\n", NR - r, a, r, c }'; \
	cp "$$tmp/lock" $(LOCK)

run: install
	$(BIN)/newsflow run --sample

test: install browser postgres
	$(BIN)/python -m pytest

# The daily brief's browser test renders it in headless Chromium, with CJK fonts for the Chinese text
# (Debian packages): installed when missing and this machine can (root, apt-get); else that one test is
# skipped and says why.
browser:
	@{ command -v chromium && fc-list | grep -q "Noto Sans CJK"; } >/dev/null 2>&1 || \
	{ [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && apt-get update -q >/dev/null && \
	  apt-get install -y -q --no-install-recommends chromium fonts-noto-cjk >/dev/null; } || \
	echo "make: could not install chromium and fonts-noto-cjk (root and apt-get needed): the browser test is skipped"

# The lake tests (tests/test_lake.py) start a throwaway PostgreSQL server from the installed binaries
# (Debian package postgresql): installed when missing and this machine can; else those tests are skipped.
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || \
	{ [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && apt-get update -q >/dev/null && \
	  apt-get install -y -q --no-install-recommends postgresql >/dev/null; } || \
	echo "make: could not install postgresql (root and apt-get needed): the lake tests are skipped"

# The Celery run's broker (tests/celery_cluster.py starts its own redis-server on a free loopback port): the
# Debian package redis-server, installed when missing and this machine can; else the Celery test is skipped.
redis:
	@command -v redis-server >/dev/null 2>&1 || \
	{ [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && apt-get update -q >/dev/null && \
	  apt-get install -y -q --no-install-recommends redis-server >/dev/null; } || \
	echo "make: could not install redis-server (root and apt-get needed): the Celery test is skipped"

# The three DAGs under the CeleryExecutor with two workers over a DuckLake, on the bundled samples
# (tests/test_celery.py, docs/scale-out.md); a few minutes, so not part of `make test`. -rA prints what ran where.
celery: install postgres redis
	$(BIN)/python -m pytest -m celery -rA tests/test_celery.py

bench: install
	$(BIN)/python benchmarks/fetch_concurrency.py
	$(BIN)/python benchmarks/fulltext_f1.py
	$(BIN)/python benchmarks/extract_speed.py
	$(BIN)/python benchmarks/dedupe_scale.py 100000

clean:
	rm -rf $(VENV) data .pytest_cache
