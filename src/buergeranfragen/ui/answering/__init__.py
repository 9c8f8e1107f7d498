"""Answering an inquiry in the window: replies, interim replies, forwards, logged calls."""
