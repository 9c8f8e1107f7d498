"""Press and citizen contacts: normalisation, caller lookup, duplicates, merge, import, export."""
