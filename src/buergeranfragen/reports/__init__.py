"""The weekly report (Wochenbericht) and the same figures for any period (issue 12)."""
