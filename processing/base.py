"""The skeleton every AULA algorithm stands on.

In the spirit of QGIS's own C++ algorithms, whose base keeps ``prepare``/``process`` final and calls
hooks, the base class owns what is the same everywhere:

- ``processAlgorithm`` is final: it calls the subclass's ``process`` hook and turns the core's
  ``Cancelled`` and ``AulaError`` into a ``QgsProcessingException`` with a translated message, once;
- ``checkParameterValues`` runs the subclass's ``_prepare`` hook, so that the dialog and
  qgis_process refuse bad input before anything starts;
- the cancel message, the help text (``resources/help/<language>/<algorithm>.html``) and the help
  URL;
- the output helper ``output_sink`` (the one place where feature outputs are made).

A subclass declares ``name``, ``displayName``, ``group_key``, ``initAlgorithm``, ``_prepare`` and
``process``: only its parameters and the glue to one core or gis call. (The hook is not called
``run``: that is QgsProcessingAlgorithm.run, which processing.run() calls.)
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, ClassVar

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFile,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.errors import AulaError, Cancelled
from ..gis.dialog_defaults import FieldDefault, set_dialog_default
from ..gis.feedback import check_cancelled
from ..gis.fields import make_fields
from ..gis.layer_look import attach_looks, open_on_completion
from ..gis.outputs import CANNOT_CREATE, AtomicOutputs, check_destinations
from ..gis.postgis import refuse_postgis
from ..gis.raster import UNREADABLE, Grid, check_crs, raster_grid
from ..gis.results_register import record_run
from ..toolbelt.i18n import qgis_locale
from ..toolbelt.i18n import tr as tr_aula
from ..toolbelt.paths import HELP_DIR, icon_path

CANCELLED = QT_TRANSLATE_NOOP("AulaAlgorithm", "Cancelled by the user: no output was written")


def help_language(locale: str | None = None) -> str:
    """'fr' under a French QGIS, 'en' otherwise (the languages the help pages exist in)."""
    language = (locale or qgis_locale() or "en")[:2].lower()
    return language if language in ("fr", "en") else "en"


def help_file(name: str, locale: str | None = None) -> Path:
    """The help page of algorithm ``name`` in the user's language (English when missing)."""
    path = HELP_DIR / help_language(locale) / f"{name}.html"
    return path if path.is_file() else HELP_DIR / "en" / f"{name}.html"


#: the first line of every help page, for the browser the Help button opens it in; the dialog,
#: which shows the page beside the parameters line by line, does without
CHARSET_LINE = '<meta charset="utf-8">'


class AulaAlgorithm(QgsProcessingAlgorithm):
    """Subclasses define name(), displayName(), group_key, initAlgorithm(), _prepare(), process().

    Translations use the subclass's own class name as context (that is what pylupdate5 records for
    ``self.tr`` calls written in the subclass); texts written here use the "AulaAlgorithm" context.
    """

    #: group id (stable, ASCII) -> English display name, marked for pylupdate5, translated at use
    GROUPS = {
        "indicators": QT_TRANSLATE_NOOP("AulaAlgorithm", "Indicators"),
        "tvb": QT_TRANSLATE_NOOP("AulaAlgorithm", "Green and blue network"),
        "centralities": QT_TRANSLATE_NOOP("AulaAlgorithm", "Centralities"),
        "zan": QT_TRANSLATE_NOOP("AulaAlgorithm", "ZAN"),
        "scot": QT_TRANSLATE_NOOP("AulaAlgorithm", "SCoT compatibility"),
        "package": QT_TRANSLATE_NOOP("AulaAlgorithm", "Data package"),
    }
    group_key = "indicators"
    #: output name -> shipped QML style (resources/styles/) of the layer QGIS loads from it;
    #: every output with geometry has one (tests/unit/test_layout.py checks)
    OUTPUT_STYLES: ClassVar[dict[str, str]] = {}
    #: parameter name -> role (core/layer_roles.py): the dialog pre-selects the project's layer
    #: playing it (a GUI default: qgis_process and processing.run never see it)
    LAYER_ROLES: ClassVar[dict[str, str]] = {}
    #: field parameter name -> field name(s) the dialog pre-selects when its parent layer was
    #: pre-selected and has them
    FIELD_DEFAULTS: ClassVar[dict[str, FieldDefault]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # QgsProcessingAlgorithm.run(parameters, context, feedback, configuration, catchExceptions)
        # is what processing.run() calls: a subclass hook of that name would break every run.
        if "run" in cls.__dict__:
            raise TypeError(
                f"{cls.__name__}: implement process(parameters, context, feedback), not run() "
                "(QgsProcessingAlgorithm.run is called by processing.run)"
            )

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self) -> AulaAlgorithm:
        return type(self)()

    def groupId(self) -> str:
        return self.group_key

    def group(self) -> str:
        return QCoreApplication.translate("AulaAlgorithm", self.GROUPS[self.group_key])

    def icon(self) -> QIcon:
        return QIcon(icon_path())

    def svgIconPath(self) -> str:
        return icon_path()

    def addParameter(
        self, definition: QgsProcessingParameterDefinition, create_output: bool = True
    ) -> bool:
        """QGIS's addParameter, then the dialog's default of the parameter's role or field."""
        added = super().addParameter(definition, create_output)
        if added:
            set_dialog_default(self, definition, self.LAYER_ROLES, self.FIELD_DEFAULTS)
        return added

    def add_package_parameter(self, name: str, description: str, help_text: str) -> None:
        """The GeoPackage a package algorithm works on: a .gpkg file, by default the user's
        working copy of the territory package."""
        from ..gis.territory import working_copy_path  # (settings read when the dialog opens)

        package = QgsProcessingParameterFile(
            name,
            description,
            behavior=QgsProcessingParameterFile.Behavior.File,
            extension="gpkg",
            defaultValue=str(working_copy_path()),
        )
        package.setHelp(help_text)
        self.addParameter(package)

    def shortHelpString(self) -> str:
        """The algorithm's help page, in the user's language, from resources/help/."""
        path = help_file(self.name())
        if not path.is_file():
            return ""
        text = path.read_text(encoding="utf-8").strip()
        return text[len(CHARSET_LINE) :].lstrip() if text.startswith(CHARSET_LINE) else text

    def helpUrl(self) -> str:
        """The same page, opened in a browser by the dialog's Help button: a file URL."""
        return help_file(self.name()).absolute().as_uri()

    # -- the skeleton -----------------------------------------------------------------------------

    @staticmethod
    def cancelled_message() -> str:
        """The one message of a cancelled run."""
        return QCoreApplication.translate("AulaAlgorithm", CANCELLED)

    @staticmethod
    def check_cancelled(feedback: QgsProcessingFeedback | None) -> None:
        """Raise Cancelled (turned into the cancel message by processAlgorithm) when asked to."""
        check_cancelled(feedback)

    @classmethod
    def processing_error(cls, exc: Exception) -> QgsProcessingException:
        """The QgsProcessingException shown for a core error or a cancellation."""
        if isinstance(exc, Cancelled):
            return QgsProcessingException(cls.cancelled_message())
        if isinstance(exc, AulaError):
            return QgsProcessingException(exc.message(tr_aula))
        raise TypeError(f"not an AULA error: {exc!r}")

    def raster_input(
        self, parameters: dict[str, Any], name: str, context: QgsProcessingContext
    ) -> tuple[QgsRasterLayer, Grid, str | None]:
        """(layer, grid, CRS note) of a raster parameter that GDAL reads, in a metric CRS.

        Refused with a message naming the layer when it is missing, unreadable or geographic;
        the note (a template, ``None`` in EPSG:2154) is for the log: see ``check_crs``.
        """
        layer = self.parameterAsRasterLayer(parameters, name, context)
        if layer is None or not layer.isValid():
            raise QgsProcessingException(self.invalidRasterError(parameters, name))
        grid = raster_grid(layer.source(), layer.name())
        if grid is None:
            raise QgsProcessingException(tr_aula(UNREADABLE).format(layer=layer.name()))
        return layer, grid, check_crs(grid)

    def geopackage_layer(
        self, parameters: dict[str, Any], name: str, context: QgsProcessingContext
    ) -> QgsVectorLayer | None:
        """The vector layer of parameter ``name`` when the algorithm reads the AULA GeoPackage
        file behind it (SQLite): a PostGIS layer is refused with the one message naming it
        (gis/postgis.py). None when the parameter is empty."""
        layer = self.parameterAsVectorLayer(parameters, name, context)
        refuse_postgis(layer, self.displayName())
        return layer

    def _prepare(self, parameters: dict[str, Any], context: QgsProcessingContext) -> Any:
        """Validate and resolve the parameters, raising QgsProcessingException or AulaError.

        the subclass's process() calls it too; checkParameterValues runs it first so that the
        dialog and qgis_process refuse bad input before anything starts.
        """
        return None

    def checkParameterValues(
        self, parameters: dict[str, Any], context: QgsProcessingContext
    ) -> tuple[bool, str]:
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        try:
            self._prepare(parameters, context)
            check_destinations(self, parameters, context)
        except QgsProcessingException as exc:
            return False, str(exc)
        except (AulaError, Cancelled) as exc:
            return False, str(self.processing_error(exc))
        return True, ""

    def process(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        """The algorithm's work; raise AulaError or Cancelled freely, the base converts them."""
        raise NotImplementedError

    def processAlgorithm(
        self,
        parameters: dict[str, Any],
        context: QgsProcessingContext,
        feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        """Final: subclasses implement process(); their outputs appear all together or not at all.

        File destinations are redirected to hidden sibling folders while process() runs and moved
        into place once it has finished (gis/outputs.py); an error or a cancellation, even one
        noticed after process() returned, leaves no file behind.
        """
        outputs = AtomicOutputs(self, parameters, context)
        self._atomic_outputs = outputs
        try:
            results = self.process(outputs.redirected_parameters(), context, feedback)
            self.check_cancelled(feedback)
            self._results = outputs.commit(results)
            # what went into the working copy is recorded there (a lock is only a warning)
            record_run(self, parameters, self._results, self.tables_to_open(self._results),
                       context, feedback)  # fmt: skip
            return self._results
        except Cancelled:
            outputs.rollback()
            raise self.processing_error(Cancelled()) from None
        except AulaError as exc:
            outputs.rollback()
            # messages name the user's paths, never the hidden staging folders
            raise QgsProcessingException(
                outputs.final_text(str(self.processing_error(exc)))
            ) from exc
        except QgsProcessingException as exc:
            outputs.rollback()
            raise QgsProcessingException(outputs.final_text(str(exc))) from None
        except BaseException:
            outputs.rollback()
            raise
        finally:
            self._atomic_outputs = None

    def postProcessAlgorithm(
        self, context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        """Final: the layers QGIS loads from this run (dialog, batch, model) open styled, with
        French labels, in the legend group of the algorithm's group (gis/layer_look.py)."""
        results = getattr(self, "_results", None) or {}
        open_on_completion(self, context, self.tables_to_open(results), self.group())
        attach_looks(self, results, context, self.OUTPUT_STYLES, self.group())
        return {}

    def user_path(self, text: str) -> str:
        """A path (or a text naming one) of a file destination as the user finds it once the
        run has finished: never the hidden staging folder it is written in (gis/outputs.py)."""
        outputs = getattr(self, "_atomic_outputs", None)
        return outputs.final_text(text) if outputs is not None else text

    def tables_to_open(self, results: dict[str, Any]) -> list[tuple[str, str]]:
        """``(path.gpkg, table)`` of tables, other than its outputs, that a run from a dialog adds
        to the project (e.g. what an import wrote into the working GeoPackage)."""
        return []

    # -- outputs ----------------------------------------------------------------------------------

    def output_sink(
        self,
        parameters: dict[str, Any],
        name: str,
        context: QgsProcessingContext,
        fields: QgsFields | Iterable[tuple[str, str]],
        geometry_type: int = QgsWkbTypes.NoGeometry,
        crs: QgsCoordinateReferenceSystem | None = None,
    ) -> tuple[QgsFeatureSink, str]:
        """The one place where feature outputs are made: a sink, or a clear error naming it.

        ``fields`` is a QgsFields or ``(name, kind)`` pairs for ``gis.fields.make_fields``.
        """
        if not isinstance(fields, QgsFields):
            fields = make_fields(fields)
        try:
            sink, dest_id = self.parameterAsSink(
                parameters,
                name,
                context,
                fields,
                geometry_type,
                crs if crs is not None else QgsCoordinateReferenceSystem(),
            )
        except QgsProcessingException as exc:  # QGIS's own words, in English: say it in ours
            output = self.parameterDefinition(name).description()
            raise AulaError(CANNOT_CREATE, output=output, problem=str(exc)) from exc
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        if getattr(self, "_atomic_outputs", None) is not None:
            self._atomic_outputs.track_sink(sink)  # closed before its file is moved into place
        return sink, dest_id
