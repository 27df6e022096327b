"""Featurizers of ours that run inside the Rasa process (.venv-rasa, Python 3.10).

``minilm`` is all-MiniLM-L6-v2 in plain numpy (no torch, no transformers), and
``dense`` is the Rasa graph component that gives its vectors to DIET.
"""
