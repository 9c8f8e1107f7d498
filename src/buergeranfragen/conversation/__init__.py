"""An inquiry's conversation (issue 11): the further mails of the citizen, replies and interim
replies sent, forwards to departments, call-backs, answers by phone or letter and internal
notes; threading a new mail into the inquiry it answers."""
