"""Departments and people: whom an inquiry is routed to and who may do what."""
