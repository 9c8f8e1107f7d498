"""An inquiry's way to its answer, as pure rules (no database, no Qt): ``states`` (the states
and the steps allowed between them), ``calendar_nrw`` (working days with the NRW public
holidays) and ``deadlines`` (when an inquiry is due, Rückfrage pausing the clock)."""
