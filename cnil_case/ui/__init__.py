"""The PySide6 desktop interface: main window, item models, dialogs and background tasks."""
