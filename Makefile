# Two commands matter: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# The Debian/Ubuntu packages of every system library Qt's xcb platform plugin loads: `ldd` on
# PySide6/Qt/plugins/platforms/libqxcb.so and PySide6/Qt/lib/libQt6XcbQpa.so.6, each library
# mapped to its package with `dpkg -S` (Debian 12). tests/installer/test_system_libraries.py
# fails when the plugin needs a library no package here provides, or a package here is unused.
APT_PACKAGES := \
	libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
	libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 \
	libxcb-xfixes0 libxcb-xkb1 libxkbcommon0 libxkbcommon-x11-0 libx11-6 libx11-xcb1 libxau6 \
	libxdmcp6 libegl1 libgl1 libglx0 libglvnd0 libfontconfig1 libfreetype6 libpng16-16 \
	libbrotli1 libexpat1 libdbus-1-3 libsystemd0 libglib2.0-0 libpcre2-8-0 libbsd0 libmd0 \
	libcap2 libgcrypt20 libgpg-error0 liblz4-1 liblzma5 libzstd1 zlib1g libstdc++6 libgcc-s1 \
	libc6

.PHONY: run test lint dist system-deps window-deps postgresql-deps clean

run: window-deps $(BIN)/.installed
	$(BIN)/crmdesk

test: system-deps $(BIN)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The installable program for this platform, in dist/ (see installer/README.md).
dist: $(BIN)/.installed
	$(BIN)/python installer/build.py

lint: $(BIN)/.installed
	$(BIN)/ruff check crmdesk tests
	$(BIN)/lint-imports

# Qt needs these system libraries: install the missing ones when we may (root with apt-get),
# else name them. For the window (window-deps, before `make run`) a missing one stops here,
# before Qt starts; the tests run offscreen without them. Only where dpkg is (Debian, Ubuntu);
# Ubuntu 24.04 renamed some of these packages with a t64 suffix.
system-deps window-deps:
	@command -v dpkg-query >/dev/null || exit 0; \
	installed() { dpkg-query -W -f='$${Status}\n' "$$1" 2>/dev/null | grep -q ' installed$$'; }; \
	missing=""; for p in $(APT_PACKAGES); do \
		installed $$p || installed $${p}t64 || missing="$$missing $$p"; \
	done; \
	[ -z "$$missing" ] && exit 0; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing the system libraries Qt needs:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o Dpkg::Use-Pty=0 $$missing; \
	elif [ "$@" = window-deps ]; then \
		echo "CRM Desk cannot open its window until these system packages are installed:$$missing (for example: sudo apt-get install$$missing)." >&2; \
		exit 1; \
	else \
		echo "Qt's window needs these system packages, which are not installed:$$missing (sudo apt-get install$$missing)."; \
	fi

# The tests also run on PostgreSQL (tests/postgres_server.py starts a throwaway server from the
# distribution's programs): install Debian's postgresql package when no server's programs are
# there and we may (root with apt-get), else say that those tests will be skipped.
system-deps: postgresql-deps
postgresql-deps:
	@command -v dpkg-query >/dev/null || exit 0; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && exit 0; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing PostgreSQL, for the tests on both engines"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o Dpkg::Use-Pty=0 postgresql; \
	else \
		echo "The PostgreSQL tests will be skipped: no PostgreSQL server is installed (sudo apt-get install postgresql)."; \
	fi

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	@# setuptools' note on every editable install ("Editable installation… be careful with
	@# folders named like the package") is a screen of stars, not a problem: keep it quiet.
	PYTHONWARNINGS="ignore:Editable installation" $(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .hypothesis
