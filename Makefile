# Everything installs into .venv at the repository root.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PACKAGES := -e . -e plugins/email -e plugins/linkedin -e plugins/twitter
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: install demo test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml plugins/*/pyproject.toml
	$(BIN)/pip install --quiet $(PACKAGES)
	touch $@

$(TEST_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/outreach demo --home outreach-demo

test: $(TEST_STAMP)
	$(BIN)/python -m pytest -n auto

# The benchmark environment: the tool plus the peers it is measured against (mailmerge,
# apprise) and the loopback SMTP server (aiosmtpd). Never the test venv, never `make test`.
BENCH_VENV := .venv-bench
BENCH_STAMP := $(BENCH_VENV)/.installed

$(BENCH_STAMP): pyproject.toml plugins/*/pyproject.toml
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(BENCH_VENV)/bin/pip install --quiet $(PACKAGES) mailmerge apprise aiosmtpd
	touch $@

bench: $(BENCH_STAMP)
	$(BENCH_VENV)/bin/python benchmarks/run_all.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) $(BENCH_VENV) build dist src/*.egg-info plugins/*/src/*.egg-info
