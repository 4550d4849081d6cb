"""Translation: load aula_<locale>.qm for QGIS's locale, English otherwise.

pylupdate5 uses the enclosing class name as context, so helpers outside a QObject translate with an
explicit context ("aula") that the .ts files contain.
"""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from .paths import I18N_DIR

CONTEXT = "aula"


def tr(text: str, context: str = CONTEXT) -> str:
    """Translate a template already marked for extraction (``QT_TRANSLATE_NOOP("aula", ...)``)."""
    return QCoreApplication.translate(context, text)


def qgis_locale() -> str:
    """QGIS's interface locale such as 'fr' or 'fr_FR' ('en' when unknown)."""
    return QgsApplication.locale() or "en"


def qm_candidates(locale: str) -> list[str]:
    names = [f"aula_{locale}.qm"]
    if "_" in locale:
        names.append(f"aula_{locale.split('_')[0]}.qm")
    return names


def install_translator(locale: str | None = None) -> QTranslator | None:
    """Install the plugin's translator for ``locale`` (QGIS's by default); None if none applies."""
    locale = locale or qgis_locale()
    for name in qm_candidates(locale):
        path = I18N_DIR / name
        if path.is_file():
            translator = QTranslator()
            if translator.load(str(path)):
                QCoreApplication.installTranslator(translator)
                return translator
    return None


def remove_translator(translator: QTranslator | None) -> None:
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
