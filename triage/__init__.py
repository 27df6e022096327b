"""Framework-free domain logic shared by the gateway and the Rasa actions.

Nothing in this package imports FastAPI, Starlette or rasa-sdk.
"""
