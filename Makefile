# cnil-case: two commands do the whole set-up on a fresh machine.
#   make run    create .venv if missing, install, open the app on the demo case
#   make test   the same set-up plus test dependencies, then the whole suite offscreen
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-app
TEST_STAMP := $(VENV)/.installed-test
# The French interface, compiled from its .ts sources by Qt's lrelease (cnil_case/translations.py).
QM := resources/i18n/cnil_case_fr.qm
TS := $(wildcard resources/i18n/fr/*.ts)

.PHONY: run test lint bench wheel clean screenshots

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

$(QM): $(TS) cnil_case/translations.py | $(STAMP)
	$(BIN)/python -m cnil_case.translations compile

run: $(STAMP) $(QM)
	$(BIN)/cnil-case --demo

test: $(TEST_STAMP) $(QM)
	$(BIN)/ruff check cnil_case tests bench scripts
	$(BIN)/mypy cnil_case tests
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(TEST_STAMP)
	$(BIN)/ruff check cnil_case tests bench scripts

# The README's pictures (docs/screenshots/), grabbed offscreen on the demo case, EN and FR.
screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m scripts.screenshots

bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

wheel: $(TEST_STAMP) $(QM)
	$(BIN)/python -m build --wheel --outdir dist .

clean:
	rm -rf $(VENV) build dist *.egg-info
