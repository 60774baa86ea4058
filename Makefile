# The two commands: `make run` and `make test`. Everything else is set up by them.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint install messages chromium e2e serve clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

messages: install
	@$(PY) manage.py compile_translations

## make run: set up, migrate, load the demo content and serve on http://127.0.0.1:$(PORT)
run: messages
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content
	@echo ""
	@echo "  Demo logins (password: $${DEMO_PASSWORD:-clw-demo-2026})"
	@echo "    learner@demo.clw.scot   a new community link worker"
	@echo "    manager@demo.clw.scot   a programme manager"
	@echo "    editor@demo.clw.scot    network staff (Wagtail admin at /admin/)"
	@echo "  The editor needs a two-factor code for the admin: add the demo secret"
	@echo "  CLWDEMOEDITORTOTPSECRETNOTSECRET to an authenticator app, or run"
	@echo "    $(PY) manage.py demo_mfa_code"
	@echo ""
	@echo "  Serving on http://127.0.0.1:$(PORT)/ (Gaelic at /gd/)"
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

## Debian's Chromium for the browser tests (installed when missing and apt-get is there)
chromium:
	@if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then \
		if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = "0" ]; then \
			echo "Installing Debian's chromium for the browser tests..."; \
			(apt-get install -y -qq chromium >/dev/null 2>&1 || \
			 (apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq chromium >/dev/null 2>&1)) || \
			echo "Could not install chromium: browser tests will skip (or fail under CI)."; \
		else \
			echo "No chromium and no apt-get: browser tests will skip (or fail under CI)."; \
		fi; \
	fi

## make test: set up and run the whole suite, browser journeys included, one worker per core
## (pytest-xdist; each worker has its own test database; the browser journeys share one
## worker, see tests/e2e/conftest.py). PYTEST_ARGS adds options.
PYTEST_WORKERS ?= auto
test: messages chromium
	$(PY) -m pytest -n $(PYTEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles .test-media
