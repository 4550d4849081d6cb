#!/usr/bin/env bash
# Idempotent machine setup for AULA Territoires on Debian 12.
#   scripts/setup.sh system   -> Debian packages (QGIS 3.22, Qt tools, ...) when missing
#   scripts/setup.sh venv     -> .venv (--system-site-packages) with the Python tooling: pip only,
#                                so `make lint` and `make test-unit` run on any Python 3.11 machine
#   scripts/setup.sh all      -> both
# Re-running is cheap: packages already present and an up-to-date venv are left alone.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(qgis python3-qgis qgis-providers python3-venv python3-matplotlib python3-scipy
              python3-yaml pyqt5-dev-tools qttools5-dev-tools poppler-utils libreoffice-writer-nogui
              xvfb xauth rsync zip sqlite3 time
              grass-core python3-sklearn python3-skimage
              postgresql-15 postgresql-15-postgis-3 python3-psycopg2
              python3-fiona python3-geopandas)
# grass-core, python3-sklearn and python3-skimage are references for tests and benchmarks only
# (GRASS r.cost, scikit-learn DBSCAN, scikit-image MCP_Geometric): the plugin never imports them.
# postgresql-15 and postgresql-15-postgis-3: the loopback PostGIS server of the aula:publishpostgis
# tests (tests/qgis/test_postgis_*.py); psycopg2 is what QGIS ships beside its postgres provider.
# time: GNU time, the peak memory of the benchmarks' child processes.
# python3-fiona, python3-geopandas: the CLI's source reading (gpkg/aula-gpkg); same GDAL as QGIS.
# Debian's python3 (it sees QGIS's bindings); elsewhere the first python3 on the PATH
SYSTEM_PYTHON=${SYSTEM_PYTHON:-$( [ -x /usr/bin/python3 ] && echo /usr/bin/python3 || command -v python3 )}
VENV=${VENV:-.venv}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

setup_system() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    echo "setup: Debian packages already present"
    return
  fi
  echo "setup: installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

setup_venv() {
  local stamp="$VENV/.aula-requirements"
  local wanted
  wanted=$(cat requirements-dev.txt constraints.txt | sha256sum | cut -d' ' -f1)
  if [ -x "$VENV/bin/python" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
    echo "setup: venv up to date"
    return
  fi
  [ -x "$VENV/bin/python" ] || "$SYSTEM_PYTHON" -m venv --system-site-packages "$VENV"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -c constraints.txt -r requirements-dev.txt
  # numpy must stay 1.x: Debian's GDAL and QGIS bindings are compiled against it. QGIS itself is
  # checked only where it is installed (`make setup-system`): lint and unit tests do without it.
  "$VENV/bin/python" - <<'PY'
import importlib.util

import numpy

assert numpy.__version__.split(".")[0] == "1", f"numpy {numpy.__version__} in the venv: need < 2"
if importlib.util.find_spec("qgis") is not None:
    import qgis.core  # noqa: F401
import sqlite_utils  # noqa: F401  (aula-gpkg's table work)

if importlib.util.find_spec("fiona") is not None:  # Debian's, seen through the venv
    import fiona  # noqa: F401

    # found, not imported: pyproj (under geopandas) warns here about PROJ's data, which the
    # tool points at GDAL's before it loads geopandas (gpkg/source_files.py)
    assert importlib.util.find_spec("geopandas") is not None, "python3-geopandas is missing"
PY
  echo "$wanted" > "$stamp"
  echo "setup: venv ready"
}

case "${1:-all}" in
  system) setup_system ;;
  venv) setup_venv ;;
  all) setup_system; setup_venv ;;
  *) echo "usage: $0 [system|venv|all]" >&2; exit 2 ;;
esac
