"""Extras → Textbausteine: the template editor."""
