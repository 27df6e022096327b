"""Custom actions, served by rasa-sdk (`python -m rasa_sdk --actions bot.actions`).

rasa-sdk imports every module of this package and registers each Action subclass.
Actions read slots, call plain functions in ``triage``, utter with ``response=``
and return events; nothing here imports the gateway.
"""
