"""The plugin in the analyst's language: ``tr()`` marks a user-visible string, ``install()`` loads
``planet_classifier_<locale>.qm`` following QGIS's locale, ``help_page()`` finds the manual in it.

The ``.ts`` files beside this module are the translations (scripts/translations.py extracts the strings
with pylupdate5 and compiles them with lrelease; the plugin zip ships the ``.qm``). pylupdate5 files a
module-level ``tr("...")`` under the ``@default`` context, so that is the context looked up here.
"""
from __future__ import annotations

import re
from pathlib import Path

FOLDER = Path(__file__).resolve().parent
HELP = FOLDER.parent / "help"
CONTEXT = "@default"
PREFIX = "planet_classifier_"
#: Languages with a translation and a manual page (besides English).
LANGUAGES = ("pt_BR", "es")


def tr(text: str) -> str:
    """``text`` in the language QGIS runs in (as is where there is no translation)."""
    from qgis.PyQt.QtCore import QCoreApplication
    return QCoreApplication.translate(CONTEXT, text)


def option_as(text: str, options: dict[str, str]) -> str:
    """A core message, worded for the command lines, with each option it names (``--save-to``) said as this face
    names what the user gave (Processing's ``SAVE_TO``, the teach panel's "the folder")."""
    for option, name in options.items():   # the option as a word of the line, never a part of a path it names
        text = re.sub(rf"(?<![^\s(]){re.escape(option)}(?![\w-])", lambda _: name, text)
    return text


def _strings_defined_elsewhere() -> tuple[str, ...]:
    """Never called: titles the core and paths.py define in English, named here so that pylupdate5 puts
    them in the .ts files (the plugin shows them through tr()); and the outputs the core's one-line errors name
    (publish.py: "output {path} is a folder")."""
    return (tr("Mining"), tr("Logging"), tr("Slash-and-burn"), tr("Other concept"),
            tr("Several signals"), tr("Other tiles"), tr("Check / install dependencies…"),
            tr("output"), tr("report"), tr("export folder"), tr("preview"))


def locale_name() -> str:
    """QGIS's locale: QGIS writes the one it runs in to ``locale/userLocale`` at start (the override of
    Settings > Options > General, else the system's), so plugins follow it."""
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QLocale
    return str(QgsSettings().value("locale/userLocale", "") or "") or QLocale().name()


def language_of(locale: str) -> str | None:
    """The translated language for ``locale`` (``pt_BR``, ``pt`` -> ``pt_BR``; ``es_AR`` -> ``es``), if any."""
    locale = (locale or "").replace("-", "_")
    if locale in LANGUAGES:
        return locale
    base = locale.split("_")[0]
    return next((lang for lang in LANGUAGES if lang.split("_")[0] == base), None)


def qm_path(locale: str, folder: Path | None = None) -> Path | None:
    lang = language_of(locale)
    path = (folder or FOLDER) / f"{PREFIX}{lang}.qm" if lang else None
    return path if path is not None and path.is_file() else None


def install(locale: str | None = None, folder: Path | None = None):
    """Load and install the translation for ``locale`` (default: QGIS's); the QTranslator, or None."""
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator
    path = qm_path(locale or locale_name(), folder)
    if path is None:
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove(translator) -> None:
    if translator is not None:
        from qgis.PyQt.QtCore import QCoreApplication
        QCoreApplication.removeTranslator(translator)


def help_page(locale: str | None = None) -> Path:
    """The manual: ``help/<language>/index.html`` where translated, else ``help/index.html``."""
    root = HELP
    lang = language_of(locale if locale is not None else locale_name())
    page = root / lang / "index.html" if lang else None
    return page if page is not None and page.is_file() else root / "index.html"


def help_url(section: str = "", locale: str | None = None) -> str:
    """The manual's address at ``section`` (the id of one of its headings: classify, map, teach, change, ...)."""
    from qgis.PyQt.QtCore import QUrl
    url = QUrl.fromLocalFile(str(help_page(locale)))
    url.setFragment(section or None)
    return url.toString()


def open_help(locale: str | None = None, section: str = "") -> bool:
    """Open the manual in the desktop's browser, at ``section`` (the part the Help button's window is about)."""
    from qgis.PyQt.QtCore import QUrl
    from qgis.PyQt.QtGui import QDesktopServices
    return QDesktopServices.openUrl(QUrl(help_url(section, locale)))


def headed_by(title, section: str):
    """A row of ``title`` (a widget, stretched) and a Help button opening the manual at ``section``, on its right: the
    head of a panel (the Teach panel, the Alerts dock). Returns (the row's layout, the button)."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QHBoxLayout, QPushButton

    row = QHBoxLayout()
    row.addWidget(title, 1)
    button = QPushButton(tr("Help"), title.parentWidget())
    button.setToolTip(tr("Open the plugin's manual"))
    button.clicked.connect(lambda: open_help(section=section))
    row.addWidget(button, 0, Qt.AlignTop)
    return row, button
