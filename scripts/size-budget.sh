#!/usr/bin/env bash
# Size budget of a first visit: every file in dist/ except source maps (HTML, JS, wasm, CSS, and a manifest,
# icons or service worker when there are any), compressed with brotli at the highest level (quality 11, node's
# built-in zlib) and gzip -9 for comparison. Prints a table per file and the total; exits 1 when the brotli
# total exceeds the budget (200 KB = 204,800 bytes; the target is 150 KB). Ends with a line
# "Size: 1 passed, 0 failed" or "Size: 0 passed, 1 failed".
# Usage: bash scripts/size-budget.sh [DIST_DIR]   (default: dist/ at the repository root; build it first with
# `trunk build --release`)
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIST="${1:-$ROOT/dist}"

node - "$DIST" <<'EOF'
const { readdirSync, readFileSync, statSync } = require('node:fs');
const { join, relative } = require('node:path');
const zlib = require('node:zlib');

const BUDGET = 200 * 1024;
const TARGET = 150 * 1024;
const dist = process.argv[2];

function fail(msg) {
  console.log(msg);
  console.log('Size: 0 passed, 1 failed');
  process.exit(1);
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

let files;
try {
  files = walk(dist).filter((p) => !p.endsWith('.map')).sort();
} catch (e) {
  fail(`size budget: cannot read ${dist} (${e.code || e.message}); build it first: trunk build --release`);
}
if (!files.some((p) => p.endsWith('index.html'))) fail(`size budget: no index.html in ${dist}; build it first: trunk build --release`);

const rows = files.map((path) => {
  const raw = readFileSync(path);
  const gzip = zlib.gzipSync(raw, { level: 9 }).length;
  const br = zlib.brotliCompressSync(raw, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_LGWIN]: zlib.constants.BROTLI_MAX_WINDOW_BITS,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  }).length;
  return { name: relative(dist, path), raw: raw.length, gzip, br };
});
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, br: t.br + r.br }), { raw: 0, gzip: 0, br: 0 });

const n = (x) => x.toLocaleString('en-US');
const width = Math.max(5, ...rows.map((r) => r.name.length));
const line = (name, a, b, c) => console.log(`${name.padEnd(width)}  ${a.padStart(10)}  ${b.padStart(10)}  ${c.padStart(12)}`);
console.log(`First-visit download of ${dist} (bytes):`);
line('file', 'raw', 'gzip -9', 'brotli q11');
for (const r of rows) line(r.name, n(r.raw), n(r.gzip), n(r.br));
line('total', n(total.raw), n(total.gzip), n(total.br));
const kb = (x) => (x / 1024).toFixed(1);
console.log(`brotli total ${n(total.br)} bytes = ${kb(total.br)} KB; budget ${n(BUDGET)} (200 KB), target ${n(TARGET)} (150 KB)`);
if (total.br > BUDGET) {
  console.log(`OVER BUDGET by ${n(total.br - BUDGET)} bytes`);
  console.log('Size: 0 passed, 1 failed');
  process.exit(1);
}
console.log(total.br > TARGET
  ? `within budget, ${n(total.br - TARGET)} bytes above the 150 KB target`
  : `within budget and the 150 KB target (${n(TARGET - total.br)} bytes to spare)`);
console.log('Size: 1 passed, 0 failed');
EOF
