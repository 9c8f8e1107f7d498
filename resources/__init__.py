"""Icons, translations and default data shipped with the application."""
