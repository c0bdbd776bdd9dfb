#!/usr/bin/env bash
# Page benchmarks (not a test gate): builds the release site (trunk build --release; skip with --no-build), then
# benchmarks/page-bench.mjs serves dist/ with tests/e2e/serve.mjs on 127.0.0.1 and measures, in headless Chromium,
# the first render of the start step, the time from entering the last PCR result to updated results with 200 results,
# and a Lighthouse run (performance, accessibility, best practices; mobile, simulated CPU throttling).
# Prints the figures and writes benchmarks/page-latest.json and the page section of BENCHMARKS.md.
# Usage: bash scripts/page-bench.sh [--no-build] [--runs 20] [--loads 10] [--port 4180] [--no-lighthouse]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh" serve
ensure_chromium
cd "$ROOT"

BUILD=1
ARGS=()
for a in "$@"; do
  if [ "$a" = "--no-build" ]; then BUILD=0; else ARGS+=("$a"); fi
done
if [ "$BUILD" -eq 1 ]; then
  step "release build (trunk build --release)"
  trunk build --release
fi

step "page benchmarks (headless Chromium, Lighthouse)"
CHROME_PATH=/usr/bin/chromium node benchmarks/page-bench.mjs "${ARGS[@]}"
