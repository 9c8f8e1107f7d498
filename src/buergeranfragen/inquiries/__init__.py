"""Inquiries: intake by phone and mail, reference numbers, the queue."""
