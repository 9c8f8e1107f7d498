"""The outgoing mail in the window: the SMTP settings, the outbox list, the retry timer."""
