"""Personal-data duties under the DSGVO: the audit trail (later: retention, access, erasure)."""
