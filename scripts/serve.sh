#!/usr/bin/env bash
# Installs what is missing, then serves the aid on http://127.0.0.1:8080 (trunk serve). Ctrl-C stops it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/setup.sh" serve
cd "$ROOT"
PORT="${PORT:-8080}"
echo
echo "Open http://127.0.0.1:$PORT/ in a browser."
# No auto-reload: trunk would inject an inline script that the page's Content-Security-Policy rightly blocks.
exec trunk serve --address 127.0.0.1 --port "$PORT" --no-autoreload "$@"
