"""The data-package tools (issue 14, group « Paquet de données ») in the real QGIS desktop, called
by desktop_script.py's afternoon after the chain, as a technician meets them on the working copy:

1. « Vérifier le GeoPackage du territoire » (aula:checkpackage) on the working copy: no error;
2. « Mettre à jour une couche du paquet » (aula:updatelayer): a new release of ``tvb_zonages``
   (SYNTHETIC, labelled so: one zone renamed, one removed, one added; the builder of
   scripts/demo_package.py) written to a temporary file, first in the dialog's default dry run
   (the log gives the French summary, nothing written), then applied (the project's layer
   « Zonages (fictifs) » shows the new zone);
3. « Extraire une copie hors ligne » (aula:checkoutpackage), then the name of one zone edited in
   the copy and in the master (an edit session on the project's layer, as a technician does) and
   a second zone in the copy only;
4. « Fusionner une copie hors ligne » (aula:mergepackage) in a dry run: one conflict reported in
   the log and in the conflicts table loaded into the project; the master unchanged;
5. « Publier le paquet dans PostGIS » (aula:publishpostgis): its dialog only (no server here):
   French title and help, the schema « aula » and the working copy pre-filled.

Each dialog is shot after its run (desktop_script.Run). Like desktop_scot.py, the report, Run
and the helpers are taken from the running desktop_script (QGIS's ``__main__``).
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorLayer
from qgis.utils import iface

LAYER = "tvb_zonages"
RELEASE = "2026 (SYNTHÉTIQUE)"
#: what the synthetic release changes (scripts/demo_package.py new_release)
ADDED_KEY = "DEMO-SYNTHÉTIQUE-2026"
#: the seconds one package dialog may take to run
TIME_PER_RUN = 40.0


def _script() -> Any:
    """The running desktop_script (QGIS's ``__main__``), or the module when run otherwise."""
    main = sys.modules.get("__main__")
    if main is not None and hasattr(main, "REPORT") and hasattr(main, "shoot"):
        return main
    import desktop_script  # only outside `qgis --code`: nothing else runs it then

    return desktop_script


def _demo() -> Any:
    """scripts/demo_package.py (the release builder and the OGR edits of `make demo`)."""
    path = Path(__file__).resolve().parents[2] / "scripts" / "demo_package.py"
    spec = importlib.util.spec_from_file_location("aula_demo_package", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Steps:
    """The package dialogs, one after the other, with what each left."""

    def __init__(self, plugin: Any, modal: Any, deadline: float) -> None:
        self.s = _script()
        self.report = self.s.REPORT
        self.plugin = plugin
        self.modal = modal
        self.deadline = deadline
        self.work = Path(self.s.working_copy())
        self.folder = Path(tempfile.mkdtemp(prefix="aula_paquet_"))

    def dialog(self, alg_id: str, values: dict[str, Any], label: str = "") -> Any:
        """The dialog opened and filled (its texts checked, shot); None when it did not open."""
        run = self.s.Run(alg_id, values, self.modal)
        if label:  # a second run of the same algorithm: its own check ids
            run.id = lambda what: f"{label}:{what}"
        return run if run.open(self.plugin) else None

    def run(self, run: Any) -> dict[str, Any] | None:
        """Run the open dialog; its results (None when it failed), log and outputs checked."""
        if time.monotonic() > self.deadline:
            self.report.check(run.id("reached"), False, "out of time budget")
            run.close()
            return None
        before = set(QgsProject.instance().mapLayers())
        ok = run.run(min(self.deadline, time.monotonic() + TIME_PER_RUN))
        run.log = run.log_text()
        run.close()
        run.check_outputs(before)
        return run.finished[1] if ok else None

    def value(self, run: Any, name: str) -> Any:
        return run.parameter_value(name)

    def check_default(self, run: Any, name: str, expected: Any) -> None:
        value = self.value(run, name)
        if isinstance(expected, Path):
            ok = isinstance(value, str) and bool(value) and self.s.same_source(value, str(expected))
        else:
            ok = value == expected
        self.report.check(
            run.id(f"default:{name}"), ok, f"pre-filled: {value!r}; expected {expected!r}"
        )

    def log_says(self, run: Any, check_id: str, texts: list[str]) -> bool:
        missing = [t for t in texts if t not in run.log]
        return self.report.check(
            run.id(check_id), not missing, {"missing": missing, "log": run.log[-1500:]}
        )

    def project_layer(self) -> QgsVectorLayer | None:
        found = [
            layer
            for layer in QgsProject.instance().mapLayers().values()
            if self.s.table_of(layer) == LAYER
            and self.s.same_source(layer.source(), f"{self.work}|layername={LAYER}")
        ]
        return found[0] if found else None

    # -- 1. the integrity check --

    def check_package(self) -> None:
        run = self.dialog("aula:checkpackage", {})
        if run is None:
            return
        self.check_default(run, "INPUT", self.work)
        results = self.run(run)
        if results is None:
            return
        self.report.check(
            run.id("no_error_on_the_working_copy"),
            results.get("ERRORS") == 0,
            {k: results.get(k) for k in ("ERRORS", "WARNINGS")},
        )
        found = "aucun problème trouvé" if not results.get("WARNINGS") else "0 erreur(s)"
        self.log_says(run, "log_french_summary", [f"{self.work} : {found}"])

    # -- 2. a validated import: dry run, then apply --

    def update_layer(self) -> None:
        layer = self.project_layer()
        if not self.report.check(
            "updatelayer:layer_in_project", layer is not None, f"{LAYER} of {self.work}"
        ):
            return
        release = self.folder / f"{LAYER}_2026_SYNTHETIQUE.gpkg"
        _demo().new_release(self.work, release)
        count = layer.featureCount()
        values = {"LAYER": LAYER, "SOURCE": str(release), "RELEASE": RELEASE}
        run = self.dialog("aula:updatelayer", values)
        if run is None:
            return
        self.check_default(run, "PACKAGE", self.work)
        self.check_default(run, "DRY_RUN", True)
        self.check_default(run, "MODE", 0)
        self.check_default(run, "SKIP_REJECTED", False)
        results = self.run(run)
        if results is None:
            return
        counts = {k: results.get(k) for k in ("ADDED", "REMOVED", "CHANGED", "REJECTED")}
        self.report.check(
            run.id("dry_run_counts"),
            counts == {"ADDED": 1, "REMOVED": 1, "CHANGED": 1, "REJECTED": 0},
            counts,
        )
        self.log_says(
            run,
            "dry_run_log_french_summary",
            [
                f"depuis {release.name} : 1 ajoutée(s), 1 supprimée(s), 1 modifiée(s)",
                "0 rejetée(s)",
                "Simulation : rien n'a été écrit.",
            ],
        )
        layer.dataProvider().reloadData()
        self.report.check(
            run.id("dry_run_writes_nothing"),
            layer.featureCount() == count and not self.new_zone(layer),
            f"{layer.featureCount()} zones (before: {count})",
        )
        run = self.dialog("aula:updatelayer", {**values, "DRY_RUN": False}, "updatelayer_apply")
        if run is None:
            return
        results = self.run(run)
        if results is None:
            return
        self.log_says(
            run,
            "log_french_summary",
            [
                f"depuis {release.name} : 1 ajoutée(s), 1 supprimée(s), 1 modifiée(s)",
                f"entité(s) écrite(s) dans {LAYER} ; sauvegarde : ",
            ],
        )
        self.report.check(
            run.id("backup_made"),
            bool(results.get("BACKUP")) and Path(results["BACKUP"]).is_file(),
            results.get("BACKUP"),
        )
        canvas = iface.mapCanvas()
        new = self.new_zone(layer)
        shown = layer.featureCount() == count and len(new) == 1
        self.report.check(
            run.id("project_layer_shows_the_new_zone"),
            shown,
            f"{layer.name()!r}: {layer.featureCount()} zones (before: {count}); "
            f"{ADDED_KEY}: {len(new)}",
        )
        if new:  # the technician ticks the layer (its group is off in the project) and zooms
            node = QgsProject.instance().layerTreeRoot().findLayer(layer.id())
            if node is not None:
                node.setItemVisibilityCheckedParentRecursive(True)
            box = new[0].geometry().boundingBox()
            box.grow(1500)
            canvas.setExtent(box)
            layer.selectByIds([new[0].id()])
            canvas.refresh()
            self.s.canvas_idle()
            self.s.shoot(iface.mainWindow(), "updatelayer_nouvelle_zone")
            layer.removeSelection()

    def new_zone(self, layer: QgsVectorLayer) -> list[Any]:
        request = QgsFeatureRequest().setFilterExpression(f"\"id_zonage\" = '{ADDED_KEY}'")
        return list(layer.getFeatures(request))

    # -- 3. an offline copy, edited on both sides; 4. the merge's dry run --

    def offline_round_trip(self) -> None:
        copy = self.folder / "réunion" / "copie hors ligne.gpkg"
        copy.parent.mkdir()
        run = self.dialog("aula:checkoutpackage", {"OUTPUT": str(copy)})
        if run is None:
            return
        self.check_default(run, "INPUT", self.work)
        results = self.run(run)
        if results is None:
            return
        self.report.check(
            run.id("copy_written"),
            copy.is_file() and bool(results.get("CHECKOUT_ID")),
            {k: results.get(k) for k in ("OUTPUT", "CHECKOUT_ID", "BASE")},
        )
        self.log_says(run, "log_french", [f"Copie hors ligne {copy} de ", "; base : "])
        master = self.project_layer()
        if master is None:
            return
        first, second = sorted(master.getFeatures(), key=lambda f: f.id())[:2]
        name = str(first["nom"] or "")
        # the copy, opened on the laptop: two zones renamed
        edited = self.edit(
            QgsVectorLayer(f"{copy}|layername={LAYER}", "copie", "ogr"),
            {first.id(): f"{name} (modifié hors ligne)", second.id(): f"{second['nom']} (terrain)"},
        )
        # the master, in the project open at the office: the first zone renamed too
        edited &= self.edit(master, {first.id(): f"{name} (modifié au bureau)"})
        where = f"zones {first.id()}, {second.id()} in the copy; {first.id()} in the master"
        if not self.report.check("mergepackage:edits_made", edited, where):
            return
        run = self.dialog("aula:mergepackage", {"COPY": str(copy), "DRY_RUN": True})
        if run is None:
            return
        self.check_default(run, "INPUT", self.work)
        self.check_default(run, "POLICY", 0)
        results = self.run(run)
        if results is None:
            return
        outcome = {k: results.get(k) for k in ("APPLIED", "CONFLICTS", "UNRESOLVED")}
        self.report.check(
            run.id("dry_run_one_conflict"),
            outcome == {"APPLIED": 0, "CONFLICTS": 1, "UNRESOLVED": 1},
            outcome,
        )
        self.log_says(
            run,
            "dry_run_log_french",
            [
                "Modifications de la copie :",
                f"{LAYER} : 0 ajoutée(s), 2 modifiée(s), 0 supprimée(s)",
                f"Conflit {LAYER} ",
                f"maître '{name} (modifié au bureau)', copie '{name} (modifié hors ligne)'",
                "Simulation : le maître n'a pas été écrit",
            ],
        )
        master.dataProvider().reloadData()
        kept = master.getFeature(first.id())["nom"]
        self.report.check(
            run.id("dry_run_leaves_the_master"),
            kept == f"{name} (modifié au bureau)",
            f"zone {first.id()}: {kept!r}",
        )

    def edit(self, layer: QgsVectorLayer, names: dict[int, str]) -> bool:
        """Rename zones in an edit session, committed (as a technician does in QGIS)."""
        index = layer.fields().indexOf("nom")
        if not (layer.isValid() and index >= 0 and layer.startEditing()):
            return False
        for fid, name in names.items():
            layer.changeAttributeValue(fid, index, name)
        return layer.commitChanges()

    # -- 5. the PostGIS publication: its dialog only --

    def publish_dialog(self) -> None:
        run = self.dialog("aula:publishpostgis", {})
        if run is None:
            return
        self.check_default(run, "INPUT", self.work)
        self.check_default(run, "SCHEMA", "aula")
        self.check_default(run, "REPLACE", True)
        run.close()


def package_tools(plugin: Any, modal: Any, deadline: float) -> None:
    steps = Steps(plugin, modal, deadline)
    if not steps.report.check("package:working_copy", steps.work.is_file(), str(steps.work)):
        return
    steps.check_package()
    steps.update_layer()
    steps.offline_round_trip()
    steps.publish_dialog()
