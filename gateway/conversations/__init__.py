"""Conversations: their state in Redis, and the one path every inbound message takes."""
