"""The audit viewer (Extras → Protokoll): Leitung and Administration read the audit."""
