"""rasa-sdk's plugin hook for this project's action server.

rasa-sdk imports a top-level package named exactly ``rasa_sdk_plugins`` in every
process that builds the action server's Sanic app, and calls ``init_hooks``;
the name is rasa-sdk's, not ours (see docs/architecture.md, "Action server").
"""

from __future__ import annotations

import pluggy


def init_hooks(manager: pluggy.PluginManager) -> None:
    from rasa_sdk_plugins import warm_up

    manager.register(warm_up)
