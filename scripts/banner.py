"""Print where the help line will be reachable once `make run` has started it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from services import load_env

load_env()
base = f"http://{os.environ['HOST']}:{os.environ['PORT']}"
print(
    f"""
Starting the NYC Community Safety Office help line (Ctrl-C stops everything).
  web chat and API   {base}/
  readiness          {base}/readyz   (200 once Redis, Rasa and actions answer)
  API docs           {base}/docs     (development only)
  Rasa server        {os.environ["RASA_URL"]}   (127.0.0.1 only)
  action server      {os.environ["ACTION_SERVER_URL"]}   (127.0.0.1 only)
  Redis              {os.environ["REDIS_URL"].split("@")[-1]}
""",
    flush=True,
)
