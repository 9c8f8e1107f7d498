"""Routing: which department an inquiry goes to, by an ordered list of rules (first match
wins). Pure: no database, no Qt. ``records`` (facts, rules, decisions, the JSON form),
``words`` (folding and German stems), ``matching`` (``Router``), ``defaults`` (the shipped rule
set), ``trial`` (what a candidate rule would take)."""
