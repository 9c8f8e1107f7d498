"""The hostile-input tests drive the real window too: its fixtures come from the UI tests."""

from tests.ui.conftest import (  # noqa: F401
    _qsettings_in_a_temporary_folder,
    app_context,
    prompts,
    window,
)
