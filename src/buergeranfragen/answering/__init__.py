"""Answering an inquiry: text templates (Textbausteine), their placeholders, the salutation
line and a department's signature."""
