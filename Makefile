# Two commands matter: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
APT_PACKAGES := libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0

.PHONY: run test lint dist system-deps clean

run: $(BIN)/.installed
	$(BIN)/crmdesk

test: system-deps $(BIN)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The installable program for this platform, in dist/ (see installer/README.md).
dist: $(BIN)/.installed
	$(BIN)/python installer/build.py

lint: $(BIN)/.installed
	$(BIN)/ruff check crmdesk tests
	$(BIN)/lint-imports

# Qt needs a few system libraries; install the missing ones when we may (root with apt-get).
system-deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "Installing Qt system libraries:$$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
		else \
			echo "Qt may need these system packages:$$missing (install them with your package manager)"; \
		fi; \
	fi

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .hypothesis
