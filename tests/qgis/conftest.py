"""Real headless QGIS fixtures (pytest-qgis 2.1.0, offscreen)."""

from __future__ import annotations

import gc
import json
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from unittest.mock import MagicMock

import pytest
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsMapLayer,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QT_VERSION_STR

QGIS_PROCESS = "/usr/bin/qgis_process.bin"

# Methods our initGui/unload call that the pytest-qgis 2.1.0 stub interface lacks.
IFACE_GAPS = (
    "removeDockWidget",
    "removePluginMenu",
    "pluginHelpMenu",
    "addPluginToVectorMenu",
    "removePluginVectorMenu",
    "registerOptionsWidgetFactory",
    "unregisterOptionsWidgetFactory",
)


def pytest_report_header(config: pytest.Config) -> list[str]:
    from osgeo import gdal

    return [f"QGIS {Qgis.QGIS_VERSION}, GDAL {gdal.__version__}, Qt {QT_VERSION_STR}"]


@pytest.fixture(scope="session")
def iface(qgis_iface: Any) -> Any:
    for method in IFACE_GAPS:
        if not hasattr(qgis_iface, method):
            setattr(qgis_iface, method, MagicMock(name=method))
    return qgis_iface


@pytest.fixture
def plugin(iface: Any, qgis_processing: Any, qgis_new_project: Any) -> Iterator[Any]:
    """The staged plugin, loaded as QGIS desktop loads it (classFactory + initGui)."""
    from aula_plugin import classFactory

    instance = classFactory(iface)
    instance.initGui()
    yield instance
    instance.unload()
    QgsProject.instance().clear()


@pytest.fixture
def provider(qgis_processing: Any) -> Iterator[Any]:
    """The AULA provider registered as qgis_process registers it (classFactory(None))."""
    from aula_plugin import classFactory

    instance = classFactory(None)
    instance.initProcessing()
    yield QgsApplication.processingRegistry().providerById("aula")
    instance.unload()


@pytest.fixture
def alg(request: pytest.FixtureRequest, qgis_processing: Any) -> Any:
    """A fresh, initialised instance of the test module's algorithm, named by its `ALG` id (e.g.
    `ALG = "aula:costdistance"`), taken from the staged plugin without registering the provider."""
    from aula_plugin.processing.algorithms import algorithm_classes

    provider_id, _, name = request.module.ALG.partition(":")
    assert provider_id == "aula", request.module.ALG
    for cls in algorithm_classes():
        instance = cls()
        if instance.name() == name:
            return instance.create()  # create() runs initAlgorithm, as the registry's copy
    raise AssertionError(f"no AULA algorithm named {name!r}")


RunAlgorithm = Callable[..., dict[str, Any]]


@pytest.fixture(scope="session")  # stateless: module-scoped fixtures may use it too
def run_alg(qgis_processing: Any) -> RunAlgorithm:
    """`run_alg(alg, params, feedback=None, context=None)`: processing.run on an algorithm
    instance or id; processing.run makes a plain QgsProcessingFeedback when none is given."""

    def run(
        alg: Any,
        params: dict[str, Any],
        feedback: QgsProcessingFeedback | None = None,
        context: QgsProcessingContext | None = None,
    ) -> dict[str, Any]:
        from qgis import processing

        return processing.run(alg, params, feedback=feedback, context=context)

    return run


@pytest.fixture
def french_labels(staged_plugin: Path) -> Iterator[None]:
    """The plugin's French translator (aliases and value labels are translated when applied)."""
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(staged_plugin / "i18n" / "aula_fr.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def load_results(qgis_processing: Any) -> Callable[..., bool]:
    """QGIS's own loader of an algorithm's results into the project (what its dialog calls once
    the run is over: processing.gui.Postprocessing.handleAlgorithmResults), reached through
    ``qgis.processing`` so that no other folder named ``processing`` can stand in for QGIS's."""
    import sys

    from qgis import processing

    return sys.modules[processing.run.__module__].handleAlgorithmResults


@pytest.fixture
def load_like_dialog(load_results: Callable[..., bool], qgis_new_project: Any) -> Any:
    """`load_like_dialog(alg_id, params) -> (results, project)`: run an algorithm as its dialog
    does: every output not given is a temporary layer, every output is to be opened in the
    project, and QGIS's own post-processing (processing.gui.Postprocessing) loads them."""
    from qgis.core import (
        QgsApplication,
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProcessingOutputLayerDefinition,
        QgsProject,
    )

    def run(alg_id: str, params: dict[str, Any]) -> tuple[dict[str, Any], Any]:
        project = QgsProject.instance()
        alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
        assert alg is not None, alg_id
        params = dict(params)
        for definition in alg.destinationParameterDefinitions():
            value = params.get(definition.name(), "TEMPORARY_OUTPUT")
            if definition.type() in ("sink", "vectorDestination", "rasterDestination"):
                value = QgsProcessingOutputLayerDefinition(str(value), project)
            params[definition.name()] = value
        context = QgsProcessingContext()
        context.setProject(project)
        feedback = QgsProcessingFeedback()
        results, ok = alg.run(params, context, feedback, {}, False)
        assert ok, alg_id
        assert load_results(alg, context, feedback, False, params)
        return results, project

    return run


class QgisProcess:
    """Runs /usr/bin/qgis_process.bin on the staged plugin in a throw-away profile."""

    def __init__(self, plugin_path: Path, profile: Path) -> None:
        self.env = dict(os.environ)
        self.env.update(
            QT_QPA_PLATFORM="offscreen",
            QGIS_PLUGINPATH=str(plugin_path),
            QGIS_CUSTOM_CONFIG_PATH=str(profile),
        )
        self("plugins", "enable", "aula_plugin", check=True)

    def __call__(
        self, *args: str, check: bool = False, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(
            [QGIS_PROCESS, *args],
            env={**self.env, **(env or {})},
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if check and proc.returncode != 0:
            pytest.fail(f"qgis_process {' '.join(args)} failed:\n{proc.stdout}\n{proc.stderr}")
        return proc

    def run_json(self, algorithm: str, **params: str) -> dict[str, Any]:
        args = ["--json", "run", algorithm, "--", *(f"{k}={v}" for k, v in params.items())]
        proc = self(*args)
        if proc.returncode != 0:
            raise AssertionError(f"{algorithm} failed:\n{proc.stdout}\n{proc.stderr}")
        return json.loads(proc.stdout[proc.stdout.index("{") :])


@pytest.fixture(scope="session")
def qgis_process(staged_plugin: Path, tmp_path_factory: pytest.TempPathFactory) -> QgisProcess:
    if not shutil.which(QGIS_PROCESS):
        pytest.fail(f"{QGIS_PROCESS} is missing: install Debian's qgis package (make setup)")
    return QgisProcess(staged_plugin.parent, tmp_path_factory.mktemp("qgis-profile"))


FRENCH = {"LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8"}


class BadInput:
    """One bad-input trial through qgis_process, as a French planner would meet it.

    ``refused(alg, message, outputs, **params)`` asserts a non-zero exit, the French ``message``
    (a substring of stdout + stderr), no Python traceback, and that none of ``outputs`` (paths the
    run was asked to write) exists, nor any half-written staging folder beside them.
    ``warned(alg, message, outputs, **params)`` asserts success, the French warning and that
    every output exists. Both return the completed process. A list value gives the parameter
    several times (``OCSGE=a OCSGE=b``), as qgis_process takes a multiple-layer parameter.
    """

    def __init__(self, qgis_process: QgisProcess) -> None:
        self.qgis_process = qgis_process

    def _run(self, algorithm: str, params: dict[str, Any]) -> subprocess.CompletedProcess[str]:
        # a list value gives the parameter several times (OCSGE=a OCSGE=b), as qgis_process wants
        pairs = [
            (k, item) for k, v in params.items() for item in (v if isinstance(v, list) else [v])
        ]
        args = ["run", algorithm, "--", *(f"{k}={v}" for k, v in pairs)]
        return self.qgis_process(*args, env=FRENCH)

    @staticmethod
    def _clean(proc: subprocess.CompletedProcess[str]) -> str:
        text = proc.stdout + proc.stderr
        assert "Traceback" not in text, text
        assert "Erreur inattendue" not in text and "Unexpected error" not in text, text
        return text

    def refused(
        self, algorithm: str, message: str, outputs: list[Path] = (), **params: Any
    ) -> subprocess.CompletedProcess[str]:
        proc = self._run(algorithm, params)
        text = self._clean(proc)
        assert proc.returncode != 0, f"{algorithm} accepted bad input:\n{text}"
        assert message in text, f"expected {message!r} in:\n{text}"
        for path in outputs:
            assert not Path(path).exists(), f"{path} was left behind"
            folder = Path(path).parent
            if folder.is_dir():
                left = [p.name for p in folder.iterdir() if p.name.startswith(".aula-partial-")]
                assert not left, f"staging folders left in {folder}: {left}"
        return proc

    def warned(
        self, algorithm: str, message: str, outputs: list[Path] = (), **params: Any
    ) -> subprocess.CompletedProcess[str]:
        proc = self._run(algorithm, params)
        text = self._clean(proc)
        assert proc.returncode == 0, f"{algorithm} failed:\n{text}"
        assert message in text, f"expected warning {message!r} in:\n{text}"
        for path in outputs:
            assert Path(path).exists(), f"{path} was not written"
        return proc


@pytest.fixture(scope="session")
def bad_input(qgis_process: QgisProcess) -> BadInput:
    """Bad-input trials through qgis_process under a French locale (see BadInput)."""
    return BadInput(qgis_process)


@pytest.fixture(autouse=True, scope="session")
def _clear_project_before_qgis_exits(qgis_app: Any) -> Iterator[None]:
    """Layers still alive when QGIS exits crash the interpreter's own exit (their OGR datasets are
    closed after GDAL is gone): delete the ones Python still owns while QGIS is up."""
    yield
    QgsProject.instance().clear()
    gc.collect()
    for obj in gc.get_objects():
        if isinstance(obj, QgsMapLayer) and not sip.isdeleted(obj) and sip.ispyowned(obj):
            sip.delete(obj)


@pytest.fixture(scope="session")
def postgis_server() -> Iterator[Any]:
    """A real PostgreSQL + PostGIS server on loopback (tests/qgis/postgis_server.py), saved in
    QGIS as the PostgreSQL connection ``aula-test``; skipped, saying which package to install,
    only when Debian's server or PostGIS is not installed."""
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from postgis_server import PostgisServer, forget_connection, missing, save_connection

    why = missing()
    if why is not None:
        pytest.skip(why)
    server = PostgisServer().start()
    server.connection = save_connection("aula-test", server.uri)
    try:
        yield server
    finally:
        forget_connection(server.connection)
        server.stop()
