# Practice Exchange: `make run` sets up and serves the demo site; `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
INSTALLED := $(VENV)/.installed
PYTEST := $(BIN)/pytest
SQLITE_URL := sqlite:///$(CURDIR)/var/db.sqlite3

.PHONY: run setup test lint migrations-check test-sqlite test-postgres test-browser compose-check \
        bench bench-forum bench-search messages lock format clean

run: setup
	$(PY) manage.py runserver 127.0.0.1:8000

setup: $(INSTALLED)
	@mkdir -p var
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content

$(INSTALLED): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e ".[dev]"
	@touch $@

test: lint migrations-check test-sqlite test-postgres test-browser compose-check
	@echo "All checks passed."

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(INSTALLED)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

migrations-check: $(INSTALLED)
	@mkdir -p var
	DATABASE_URL=$(SQLITE_URL) $(PY) manage.py makemigrations --check --dry-run

test-sqlite: $(INSTALLED)
	@echo "== Test suite on SQLite =="
	DATABASE_URL=$(SQLITE_URL) $(PYTEST) -m "not browser"

test-postgres: $(INSTALLED)
	@echo "== Test suite on PostgreSQL =="
	url=$$(scripts/postgres start) && DATABASE_URL=$$url $(PYTEST) -m "not browser"

test-browser: $(INSTALLED)
	@echo "== Browser tests in Chromium =="
	@command -v chromium >/dev/null || scripts/apt-install chromium fonts-dejavu-core
	DATABASE_URL=$(SQLITE_URL) TEST_DATABASE_FILE=$(CURDIR)/var/test-browser.sqlite3 $(PYTEST) -m browser

compose-check:
	@command -v docker-compose >/dev/null || scripts/apt-install docker-compose
	SECRET_KEY=compose-config-check docker-compose -f docker/compose.yaml config -q
	@echo "docker/compose.yaml is valid."

bench: setup
	DATABASE_URL=$(SQLITE_URL) $(PY) bench/pages.py

# Forums at 10,000 topics and 1,000,000 posts, in var/bench-forum.sqlite3 (or BENCH_DATABASE_URL).
bench-forum: $(INSTALLED)
	$(PY) bench/forum.py

# Search at 100,000 practices/resources and 1,000,000 posts, in var/bench-search.sqlite3 (or BENCH_DATABASE_URL).
bench-search: $(INSTALLED)
	$(PY) bench/search.py

messages: $(INSTALLED)
	$(PY) manage.py makemessages -l ar -l ru -i .venv -i var -i tests -i docker
	$(PY) manage.py compilemessages -i .venv

lock:
	rm -rf var/lock-venv && $(PYTHON) -m venv var/lock-venv
	var/lock-venv/bin/pip install --quiet --upgrade pip
	var/lock-venv/bin/pip install --quiet -e ".[dev]"
	var/lock-venv/bin/pip freeze --exclude-editable | grep -v '^practice-exchange' > constraints.txt
	rm -rf var/lock-venv

clean:
	rm -rf $(VENV) var
