"""The gateway: every channel (SMS, web chat, staff console, API) goes through it."""
