# Stratum: make run | make test | make build | make dev   (see README.md)
SHELL := /bin/bash
.DEFAULT_GOAL := help
MVNW := cd backend && ./mvnw -B --no-transfer-progress

.PHONY: help run test build dev db openapi frontend-deps frontend-build frontend-test backend-test cluster-test e2e clean bench-data bench
SCALE ?= 100000

help:
	@echo "make run    build everything and start Stratum with demo data at http://localhost:8080"
	@echo "make test   every suite: frontend, backend (real PostgreSQL), cluster (2 instances + nginx), end-to-end (Chromium)"
	@echo "make build  the SPA and the runnable backend, no tests (also refreshes openapi.yaml, rules.json and SPA types)"
	@echo "make dev    Quarkus dev mode + Vite dev server with hot reload (http://localhost:5173)"
	@echo "make bench-data SCALE=100000   a separate database with a portfolio of SCALE accounts"
	@echo "make bench  every benchmark scenario against the packaged app (see docs/performance.md)"
	@echo "make chaos  the reliability probes against the packaged app, four to seven minutes (see docs/reliability.md)"

db:
	@scripts/db-provision.sh

frontend/node_modules/.installed: frontend/package.json frontend/package-lock.json
	@# npm ci installs exactly what the lock file lists and never rewrites it, so a fresh clone stays clean;
	@# after changing package.json, run npm install in frontend/ and commit the lock file with it.
	cd frontend && npm ci --no-audit --no-fund
	@touch $@

frontend-deps: frontend/node_modules/.installed

frontend-build: frontend-deps
	cd frontend && npm run build

# The backend build writes the contract and the rules document; the committed copies and the SPA's
# generated types and constants follow them.
build: frontend-build
	@# Drop what an earlier build copied and the sources no longer have: hashed SPA assets, renamed migrations.
	rm -rf backend/target/classes/META-INF/resources backend/target/classes/db
	$(MVNW) package -DskipTests
	cp backend/target/openapi/openapi.yaml openapi.yaml
	cp backend/target/rules/rules.json rules.json
	cd frontend && npm run gen:api

openapi: build

run: db build
	@scripts/run.sh

frontend-test: frontend-deps
	cd frontend && npm run check:api && npm run lint:api && npm run lint && npm run format:check && npm run typecheck && npm test

backend-test: db frontend-build
	rm -rf backend/target/classes/META-INF/resources backend/target/classes/db
	$(MVNW) verify

# Two packaged instances behind nginx over one database (cluster/cluster.test.mjs); uses the jar that
# backend-test (or make build) made, the stratum_test database and ports 18300-18302.
cluster-test: db
	node --test --test-reporter=spec cluster/

e2e: frontend-deps
	cd frontend && npm run e2e

test: frontend-test backend-test cluster-test e2e

dev: db frontend-deps
	@scripts/dev.sh

# Benchmarks run the packaged app, so both build it first (see docs/performance.md).
bench-data: db build
	bench/data.sh $(SCALE)

bench: db build
	SCALE=$(SCALE) bench/run.sh

# The reliability probes run the packaged app on their own database (cleaned at start) and on a PostgreSQL
# cluster they create and remove; they stop by themselves and fail when a criterion fails (docs/reliability.md).
.PHONY: chaos
CHAOS_DB ?= stratum_chaos
chaos: db build
	@scripts/db-provision.sh $(CHAOS_DB) >/dev/null
	node --test chaos/judge.test.mjs >/dev/null
	CHAOS_DB=$(CHAOS_DB) node chaos/run.mjs

clean:
	$(MVNW) clean
	rm -rf frontend/dist
