#!/usr/bin/env bash
# Installs what is missing for building and testing tfr-aid, skipping each step that is already done.
# Sourced by scripts/serve.sh and scripts/test.sh. Usage: source scripts/setup.sh [serve|test]
# Nothing is downloaded from any host but the package registries (crates.io, npm, Debian, PyPI).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MODE="${1:-test}"
TRUNK_VERSION="0.21.14"
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

step() { printf '\n== %s\n' "$*"; }

# The wasm-bindgen version in Cargo.lock: wasm-bindgen-cli must match it exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then return 0; fi
  step "installing the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
}

ensure_trunk() {
  if command -v trunk >/dev/null && trunk --version | grep -q " $TRUNK_VERSION"; then return; fi
  step "installing trunk $TRUNK_VERSION (about 6 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
}

ensure_wasm_bindgen() {
  local want; want="$(wasm_bindgen_version)"
  if command -v wasm-bindgen >/dev/null && wasm-bindgen --version | grep -q " $want" \
     && command -v wasm-bindgen-test-runner >/dev/null; then return; fi
  step "installing wasm-bindgen-cli $want (about 2 minutes, once)"
  # Without --locked: a dependency version pinned in its lock file is missing from the registry mirror here.
  cargo install wasm-bindgen-cli --version "$want"
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then return; fi
  step "installing chromium and chromium-driver (apt)"
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
}

ensure_node_modules() {
  local stamp="$ROOT/node_modules/.package-lock.json"
  if [ -f "$stamp" ] && [ "$stamp" -nt "$ROOT/package-lock.json" ] && [ -x "$ROOT/node_modules/.bin/wasm-opt" ]; then return; fi
  step "installing npm packages from package-lock.json (binaryen, Playwright, axe-core)"
  (cd "$ROOT" && npm ci --no-audit --no-fund)
}

ensure_python() {
  local venv="$ROOT/.venv" req="$ROOT/tests/python/requirements.txt"
  if [ -x "$venv/bin/pytest" ] && [ "$venv/.stamp" -nt "$req" ]; then return; fi
  step "installing Python test packages into .venv (pytest, jsonschema, icalendar)"
  python3 -m venv "$venv" && "$venv/bin/pip" install -q --disable-pip-version-check -r "$req" && touch "$venv/.stamp"
}

# Every tool the commands need is really there (a step can fail quietly when this file is sourced).
verify_tools() {
  local missing=()
  command -v trunk >/dev/null || missing+=(trunk)
  command -v wasm-bindgen >/dev/null || missing+=(wasm-bindgen)
  command -v wasm-opt >/dev/null || missing+=(wasm-opt)
  if [ "$MODE" = "test" ]; then
    command -v wasm-bindgen-test-runner >/dev/null || missing+=(wasm-bindgen-test-runner)
    [ -x /usr/bin/chromium ] || missing+=(chromium)
    [ -x /usr/bin/chromedriver ] || missing+=(chromedriver)
    [ -x "$ROOT/node_modules/.bin/playwright" ] || missing+=(playwright)
    [ -x "$ROOT/.venv/bin/pytest" ] || missing+=(pytest)
  fi
  if [ ${#missing[@]} -gt 0 ]; then echo "setup: still missing: ${missing[*]}" >&2; return 1; fi
}

ensure_crates() {
  # Trunk runs cargo with --offline, so the registry cache must hold every crate first.
  (cd "$ROOT" && cargo fetch --quiet)
}

# Each step must succeed; set -e does not apply when this file is sourced in a `source ... ||` context.
setup_all() {
  ensure_target && ensure_trunk && ensure_wasm_bindgen && ensure_node_modules && ensure_crates || return 1
  if [ "$MODE" = "test" ]; then
    ensure_chromium && ensure_python || return 1
  fi
  verify_tools
}
if ! setup_all; then
  echo "setup: a step failed (see above)" >&2
  return 1 2>/dev/null || exit 1
fi
