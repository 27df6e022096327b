"""The SMS channel through Twilio.

webhook.py    POST /sms/twilio (+ fallback, status): validate, claim, enqueue, <Response/>
signature.py  X-Twilio-Signature against PUBLIC_BASE_URL + path
identity.py   phone number -> pseudonymous sender id; the number encrypted at rest
keywords.py   STOP / START / HELP / DELETE, matched on the whole message
texting.py    replies as SMS: GSM-7, sentence-boundary splits, numbered options
inbound_queue.py  the Redis Stream between webhook and worker
worker.py     reads the stream, runs each conversation's messages in order, sends
outbound.py   Twilio Messages API (real client) or the development outbox
"""
