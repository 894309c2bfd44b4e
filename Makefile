# readouts — `make` builds out/ from raw/; `make test` runs the tests. See README.md.
RAW ?= raw
OUT ?= out
FILES ?= $(RAW)
# a themes file of your own (default: pipeline/data/themes.json)
THEMES ?=
# EXCEL=1: also write formula-safe CSV copies for spreadsheets into $(OUT)/excel/
EXCEL ?=
# make bench: corpus sizes in articles; N=1000000 for one size instead; PEERS_MAX: largest size compromise and chrono-node run on
SIZES ?= 1000,10000,100000
N ?=
PEERS_MAX ?=
CORPUS ?= ../shared/data/dev-corpus
NODE ?= node
READOUTS := $(NODE) dist/readouts.mjs
SOURCES := $(shell find pipeline schemas -type f \( -name '*.ts' -o -name '*.json' \) | LC_ALL=C sort) package.json package-lock.json
# the bundle carries a hash of its sources: an unchanged raw/ built by unchanged code is not rebuilt
CODE_HASH = $(shell cat $(SOURCES) | sha256sum | cut -c1-16)
BUILDS := $(dir $(OUT)).$(notdir $(OUT)).builds
CACHE := $(dir $(OUT)).$(notdir $(OUT)).cache

.PHONY: all build validate test eval bench generate clean

all: build

# install dependencies from the lockfile when they are missing or older than it
node_modules/.package-lock.json: package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# pipeline/ compiled with esbuild: the `readouts` command, and the worker threads it starts
ESBUILD = ./node_modules/.bin/esbuild --bundle --platform=node --target=node20 --format=esm \
	  --packages=external --sourcemap --log-level=warning --define:__READOUTS_CODE__='"$(CODE_HASH)"'
dist/readouts.mjs: node_modules/.package-lock.json $(SOURCES)
	$(ESBUILD) pipeline/worker.ts --outfile=dist/worker.mjs
	$(ESBUILD) pipeline/cli.ts --outfile=$@

# readouts skips the build itself when raw/ and the code are unchanged
build: dist/readouts.mjs
	$(READOUTS) build --raw $(RAW) --out $(OUT) $(if $(THEMES),--themes $(THEMES)) $(if $(EXCEL),--excel)

validate: dist/readouts.mjs
	$(READOUTS) validate $(FILES)

test: dist/readouts.mjs
	./node_modules/.bin/tsc --noEmit -p tsconfig.json
	TZ=UTC ./node_modules/.bin/vitest run --config test/vitest.config.ts

eval: dist/readouts.mjs
	$(READOUTS) eval all --corpus $(CORPUS)

bench: dist/readouts.mjs
	$(READOUTS) bench $(if $(N),--n $(N),--sizes $(SIZES)) $(if $(PEERS_MAX),--peers-max $(PEERS_MAX)) --corpus $(CORPUS)

generate: dist/readouts.mjs
	$(READOUTS) generate

clean:
	rm -rf $(OUT) $(BUILDS) $(CACHE) dist
