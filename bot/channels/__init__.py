"""Rasa input channels of our own (loaded by the Rasa server, in .venv-rasa)."""
