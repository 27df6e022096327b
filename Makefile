# The two commands that matter: `make run` and `make test` (see README.md).
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV      := .venv
VENV_RASA := .venv-rasa
PY        := $(VENV)/bin/python
SERVICES  := $(PY) scripts/services.py
RASA      := $(SERVICES) rasa-cli
CODE      := gateway triage bot rasa_sdk_plugins scripts tests
RASA_PATHS := --domain bot/domain.yml --data bot/data --config config.yml --endpoints endpoints.yml
export PYTHONPATH := $(CURDIR)
export HF_HUB_OFFLINE := 1
export RASA_TELEMETRY_ENABLED := false

.PHONY: help run setup env venvs train validate lint format test test-unit test-e2e \
        check-directory eval eval-nlu bench lock clean

help:
	@echo "make run    start the whole help line (sets everything up on the way)"
	@echo "make test   run every check and test"
	@echo "other: setup train validate lint format eval eval-nlu bench lock clean"

## ---- setup -------------------------------------------------------------

setup: venvs env

venvs: $(VENV)/.installed $(VENV_RASA)/.installed

# Re-installs only when a lock file changes.
$(VENV)/.installed: requirements/app.txt requirements/dev.txt
	@py=$$(scripts/find_python.sh 3.11) && { [ -x $(PY) ] || $$py -m venv $(VENV); }
	$(VENV)/bin/pip install -qq --disable-pip-version-check -r requirements/app.txt -r requirements/dev.txt
	@touch $@

$(VENV_RASA)/.installed: requirements/rasa.txt
	@py=$$(scripts/find_python.sh 3.10) && { [ -x $(VENV_RASA)/bin/python ] || $$py -m venv $(VENV_RASA); }
	$(VENV_RASA)/bin/pip install -qq --disable-pip-version-check -r requirements/rasa.txt
	@touch $@

env: .env

.env: .env.example
	@python3 scripts/make_env.py

## ---- run ---------------------------------------------------------------

# ENV_FILE picks another settings file (its values win over the environment,
# as honcho applies them); Ctrl-C stops every process honcho started.
ENV_FILE ?= .env
run: setup train
	@ENV_FILE=$(ENV_FILE) $(PY) scripts/banner.py
	@exec env ENV_FILE=$(ENV_FILE) $(VENV)/bin/honcho start --no-colour -f Procfile -e $(ENV_FILE)

## ---- the bot -----------------------------------------------------------

# Rasa's fingerprinting decides what is retrained: components whose data and
# settings did not change come from its cache (.rasa/), so an unchanged project
# "trains" in about 15 s. Rasa 3.6 still packs a new model file each time, so
# only the newest three are kept.
train: setup
	$(RASA) train $(RASA_PATHS) --out models
	@ls -1t models/*.tar.gz 2>/dev/null | tail -n +4 | xargs -r rm --
	@# The risk screen's learned layers are fitted on the same NLU data (cached in var/cache/).
	$(PY) -c "from triage.risk import context_model, learned; learned.get_models(); context_model.get_model()"

validate: setup
	$(PY) scripts/validate_bot.py

## ---- checks ------------------------------------------------------------

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check $(CODE)
	$(VENV)/bin/ruff format --check $(CODE)
	$(VENV)/bin/mypy gateway triage bot/actions bot/featurizers rasa_sdk_plugins

format: $(VENV)/.installed
	$(VENV)/bin/ruff check --fix $(CODE)
	$(VENV)/bin/ruff format $(CODE)

check-directory: $(VENV)/.installed
	$(PY) -m triage.directory check

test: setup lint validate check-directory train
	$(PY) -m pytest
	$(PY) scripts/test_conversations.py

# The conversation tests in tests/conversations/: `rasa test core --e2e
# --fail-on-prediction-errors` on the newest model, with a private Redis and the
# action server running, then a replay of every story against a running Rasa
# server and action server. Results in var/conversation-tests/.
.PHONY: test-conversations
test-conversations: setup train
	$(PY) scripts/test_conversations.py

## ---- measurements ------------------------------------------------------

eval: setup
	$(PY) -m triage.eval_matching
	$(PY) -m triage.eval_safety
	$(PY) -m triage.eval_conversations

eval-nlu: setup
	$(PY) scripts/eval_nlu.py

bench: setup
	$(PY) tests/bench/bench_matching.py
	$(PY) tests/bench/bench_risk.py
	$(PY) tests/bench/bench_sms.py

## ---- maintenance -------------------------------------------------------

# Recompile the locks from requirements/*.in (needs the network to PyPI).
lock: $(VENV)/.installed
	cd requirements && ../$(VENV)/bin/pip-compile -q --strip-extras --no-header --allow-unsafe \
	  --no-emit-index-url --no-emit-find-links -o app.txt app.in
	# torch is asked for as ==2.13.0 (the CPU build on this machine), not a local +cpu tag.
	sed -i 's/^torch==2.13.0+cpu/torch==2.13.0/' requirements/app.txt
	cd requirements && ../$(VENV)/bin/pip-compile -q --strip-extras --no-header --allow-unsafe \
	  --no-emit-index-url --no-emit-find-links -o dev.txt dev.in
	rm -rf var/lock-rasa && $$(scripts/find_python.sh 3.10) -m venv var/lock-rasa
	var/lock-rasa/bin/pip install --quiet -r requirements/rasa.in
	{ echo "# Locked from rasa.in by \`make lock\` (a clean Python 3.10 venv, then pip freeze)."; \
	  var/lock-rasa/bin/pip freeze --all | grep -v -E '^(pip|setuptools|wheel)=='; } > requirements/rasa.txt
	rm -rf var/lock-rasa

clean:
	rm -rf .rasa results .pytest_cache .mypy_cache .ruff_cache var/cache
