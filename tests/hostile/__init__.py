"""Hostile and broken input: mails, files and names an attacker or a careless user sends."""
