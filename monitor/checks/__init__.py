"""The checks: rules that find personal data and off-policy content in a post's text.

Use :class:`monitor.checks.engine.Checker`; it runs every check of :mod:`monitor.checks.registry`.
"""
