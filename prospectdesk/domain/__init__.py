"""The domain: pipeline rules, contacts, activity, settings. Pure Python, no Qt."""
