"""One router per surface: health, the conversation API, and (later) SMS, staff."""
