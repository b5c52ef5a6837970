"""The PySide6 desktop interface: main window, item models, dialogs and background tasks."""

from cnil_case.ui import compat

# Before any signal is emitted: see compat.keep_bools_alive.
compat.keep_bools_alive()
