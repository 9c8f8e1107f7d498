"""Bürgeranfragen: log, route and report citizen and press inquiries."""

__version__ = "0.2.0"
APP_ID = "de.nrw.Buergeranfragen"
APP_NAME = "Bürgeranfragen"
