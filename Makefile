# Two commands set up a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000
STORE  ?= data/store
CORPUS ?= data/corpus

.PHONY: run test install install-test build serve bench bench-quick clean assets  browser-deps sparql-server-deps

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Installs the project; the stamp file re-runs pip when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

# The viewer's front-end files come from npm at build time (never a CDN at run
# time): webviewer/assets/package-lock.json pins them, and the few files pages
# load are copied to webviewer/static/vendor/ (git-ignored).
ASSETS := webviewer/assets
VENDOR := webviewer/static/vendor
VENDOR_FILES := bootstrap/dist/css/bootstrap.min.css \
	vis-network/standalone/umd/vis-network.min.js \
	codemirror/lib/codemirror.js codemirror/lib/codemirror.css \
	codemirror/mode/sparql/sparql.js \
	codemirror/addon/hint/show-hint.js codemirror/addon/hint/show-hint.css

$(VENDOR)/.installed: $(ASSETS)/package.json $(ASSETS)/package-lock.json Makefile
	cd $(ASSETS) && npm ci --no-audit --no-fund --silent
	for f in $(VENDOR_FILES); do install -D -m 644 $(ASSETS)/node_modules/$$f $(VENDOR)/$$f; done
	touch $@

assets: $(VENDOR)/.installed

# The browser tests drive Debian's chromium through chromedriver.
browser-deps:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
		(apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver)

# The remote-store tests start a real Virtuoso server (tests/graph/conftest.py).
sparql-server-deps:
	@command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null || \
		(apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y virtuoso-opensource)

build: install
	$(BIN)/vnkg build $(CORPUS) --store $(STORE)

serve: install assets
	$(BIN)/vnkg serve --store $(STORE) --host $(HOST) --port $(PORT)

## make run: build the demo graph from data/corpus and serve the viewer
run: build serve

## make test: the whole test suite
test: install-test assets browser-deps sparql-server-deps
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) $(STORE) .pytest_cache

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[bench]"
	touch $@

## make bench: every benchmark at 100,000 and 1,000,000 triples into docs/BENCHMARKS.md
bench: $(VENV)/.installed-bench sparql-server-deps
	$(BIN)/python -m graph.bench.run

## make bench-quick: the same stages on a small graph, under 2 minutes
bench-quick: $(VENV)/.installed-bench sparql-server-deps
	$(BIN)/python -m graph.bench.run --quick
