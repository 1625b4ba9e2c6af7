# Everything installs into .venv at the repository root.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PACKAGES := -e . -e plugins/email -e plugins/linkedin -e plugins/twitter
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: install demo test test-compiled bench clean

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

# The tool as users install it (`pip install .`: the policy compiled, see setup.py), so it is
# installed again whenever a source file changes; the plugins stay editable.
SOURCES := setup.py $(shell find src -name '*.py' -not -path '*/__pycache__/*')
PLUGINS := -e plugins/email -e plugins/linkedin -e plugins/twitter

$(BENCH_STAMP): pyproject.toml plugins/*/pyproject.toml $(SOURCES)
	rm -rf build  # see $(COMPILED_STAMP)
	test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(BENCH_VENV)/bin/pip install --quiet . $(PLUGINS) mailmerge apprise aiosmtpd
	touch $@

bench: $(BENCH_STAMP)
	$(BENCH_VENV)/bin/python benchmarks/run_all.py $(BENCH_ARGS)

# The suite's policy tests against the compiled build a regular install makes (CI runs it
# after `make test`): the Cython build must give the source's verdicts.
COMPILED_VENV := .venv-compiled
COMPILED_STAMP := $(COMPILED_VENV)/.installed

$(COMPILED_STAMP): pyproject.toml plugins/*/pyproject.toml $(SOURCES)
	rm -rf build  # an earlier build's modules must never be installed beside new sources
	test -x $(COMPILED_VENV)/bin/python || $(PYTHON) -m venv $(COMPILED_VENV)
	$(COMPILED_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(COMPILED_VENV)/bin/pip install --quiet '.[test]' $(PLUGINS)
	touch $@

test-compiled: $(COMPILED_STAMP)
	OUTREACH_EXPECT_COMPILED=1 $(COMPILED_VENV)/bin/python -m pytest -n auto tests/policy

clean:
	rm -rf $(VENV) $(BENCH_VENV) $(COMPILED_VENV) build dist src/*.egg-info plugins/*/src/*.egg-info
