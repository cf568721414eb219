"""The built-in demo: sample profiles and posts by invented people."""
