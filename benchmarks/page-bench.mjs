// Page benchmarks of the release build (not a test gate). Run through scripts/page-bench.sh, which builds dist/ first.
//
// Serves dist/ with tests/e2e/serve.mjs on 127.0.0.1 and measures in headless Chromium (the system /usr/bin/chromium,
// driven by Playwright from node_modules):
//   1. first render: navigation start to the start step's heading (#step-heading) being in the DOM and visible, and to
//      the next animation frame after it (when it can be painted); fresh browser context each run (empty cache);
//   2. PCR update: with a 200-result history entered through the paste box (as a person would, tests/e2e/helpers.mjs),
//      the time from an input event on the last result's %IS field to the DOM showing the new level (the root component
//      re-checks the draft and re-runs the memoised assessment in the same render), and to the next animation frame;
//      N runs alternating between two values, without and with 4x CPU throttling; then the results step is checked to
//      reflect the last value;
//   3. Lighthouse 12 (performance, accessibility, best practices; default mobile settings with simulated 4x CPU
//      throttling and slow 4G), once against serve.mjs as it is (no compression) and once through a small brotli
//      proxy in front of it (how a real static host serves the files).
// Prints the figures, writes them to benchmarks/page-latest.json and replaces the page section of BENCHMARKS.md.
//
// Usage: node benchmarks/page-bench.mjs [--runs 20] [--loads 10] [--port 4180] [--no-lighthouse] [--dist dist]

import { chromium } from '@playwright/test';
import { spawn, execFileSync } from 'node:child_process';
import { createServer, request as httpRequest } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zc } from 'node:zlib';
import { open, fillHistory, goStep, verdictOf } from '../tests/e2e/helpers.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };
const RUNS = Number(opt('runs', 20));
const LOADS = Number(opt('loads', 10));
const PORT = Number(opt('port', process.env.PAGE_BENCH_PORT || 4180));
const DIST = resolve(ROOT, opt('dist', 'dist'));
const LIGHTHOUSE = !args.includes('--no-lighthouse');
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const OUT = join(ROOT, 'benchmarks', 'out');
const BASE = `http://127.0.0.1:${PORT}`;

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return null;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
const r1 = (x) => (x == null ? null : Math.round(x * 10) / 10);
const stats = (xs) => ({ runs: xs.length, median_ms: r1(median(xs)), p95_ms: r1(quantile(xs, 0.95)), min_ms: r1(Math.min(...xs)), max_ms: r1(Math.max(...xs)) });

async function waitForServer(url, ms = 20_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try { if ((await fetch(url)).ok) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not start`);
}

/** A proxy in front of serve.mjs that brotli-compresses text and wasm, as a production static host would. */
function startBrotliProxy(port, upstreamPort) {
  const cache = new Map();
  const server = createServer((req, res) => {
    const up = httpRequest({ host: '127.0.0.1', port: upstreamPort, path: req.url, method: req.method, headers: { ...req.headers, 'accept-encoding': 'identity' } }, (ur) => {
      const chunks = [];
      ur.on('data', (c) => chunks.push(c));
      ur.on('end', () => {
        const body = Buffer.concat(chunks);
        const type = String(ur.headers['content-type'] || '');
        const headers = { ...ur.headers };
        delete headers['content-length'];
        if (ur.statusCode === 200 && /br/.test(String(req.headers['accept-encoding'] || '')) && /text|javascript|json|wasm|svg|manifest/.test(type)) {
          const key = `${req.url}:${body.length}`;
          if (!cache.has(key)) cache.set(key, brotliCompressSync(body, { params: { [zc.BROTLI_PARAM_QUALITY]: 11, [zc.BROTLI_PARAM_SIZE_HINT]: body.length } }));
          const br = cache.get(key);
          res.writeHead(ur.statusCode, { ...headers, 'content-encoding': 'br', 'content-length': br.length, vary: 'accept-encoding' });
          res.end(br);
        } else {
          res.writeHead(ur.statusCode, { ...headers, 'content-length': body.length });
          res.end(body);
        }
      });
    });
    up.on('error', () => { res.writeHead(502).end(); });
    req.pipe(up);
  });
  return new Promise((r) => server.listen(port, '127.0.0.1', () => r(server)));
}

/** Records when #step-heading is first in the DOM and visible, and the animation frame after it. */
function headingProbe() {
  const bench = { heading: null, frame: null };
  window.__bench = bench;
  const check = () => {
    const h = document.getElementById('step-heading');
    if (!bench.heading && h && h.getBoundingClientRect().height > 0) {
      bench.heading = performance.now();
      requestAnimationFrame(() => { bench.frame = performance.now(); });
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
}

async function firstRender(browser) {
  const runs = [];
  for (let i = 0; i < LOADS; i += 1) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(headingProbe);
    const transfers = [];
    page.on('response', async (r) => {
      const sizes = await r.request().sizes().catch(() => null);
      transfers.push({ url: r.url().replace(BASE, ''), bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : null });
    });
    await page.goto(`${BASE}/`);
    await page.waitForSelector('#step-heading', { state: 'visible' });
    await page.waitForFunction(() => window.__bench.frame !== null);
    const m = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
      return {
        heading_ms: window.__bench.heading, heading_frame_ms: window.__bench.frame,
        fcp_ms: fcp ? fcp.startTime : null, dom_content_loaded_ms: nav.domContentLoadedEventEnd,
        wasm_response_end_ms: wasm ? wasm.responseEnd : null,
      };
    });
    runs.push({ ...m, transfers });
    await context.close();
  }
  const pick = (k) => runs.map((r) => r[k]).filter((x) => x != null);
  return {
    heading_visible: stats(pick('heading_ms')),
    heading_next_frame: stats(pick('heading_frame_ms')),
    first_contentful_paint: stats(pick('fcp_ms')),
    wasm_downloaded: stats(pick('wasm_response_end_ms')),
    requests_first_load: runs[0].transfers.map((t) => t.url),
  };
}

/** 200 results, monthly from 2010, the last (2026-08-15) MR4.5; deep (MR4 to undetectable) from 2013 on. */
function history200() {
  const lines = [];
  for (let i = 0; i < 200; i += 1) {
    const y = 2010 + Math.floor(i / 12);
    const m = String((i % 12) + 1).padStart(2, '0');
    const date = `${y}-${m}-15`;
    let v;
    if (i < 12) v = (10 / (i + 1)).toFixed(3);
    else if (i < 36) v = (0.09 - i * 0.001).toFixed(4);
    else if (i % 7 === 0) { lines.push(`${date} undetectable ${40000 + i * 97}`); continue; } else v = ['0.004', '0.002', '0.0025', '0.003'][i % 4];
    lines.push(`${date} ${v}`);
  }
  lines[199] = '2026-08-15 0.002';
  return lines;
}

/** One edit of the last result's %IS field: times from the input event to the DOM showing `expect`, and to the next frame. */
function editLastValue({ value, expect }) {
  const rows = document.querySelectorAll('li.pcr-row');
  const row = rows[rows.length - 1];
  const input = row.querySelector('input[id$="-value"]');
  const level = row.querySelector('output.level');
  return new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error(`the last result never showed "${expect}"`)), 10_000);
    let dom = null;
    const done = () => {
      if (dom !== null) return;
      if (level.textContent.trim() !== expect) return;
      dom = performance.now() - t0;
      requestAnimationFrame(() => {
        const frame = performance.now() - t0;
        requestAnimationFrame(() => resolve({ dom, frame, second_frame: performance.now() - t0 }));
      });
    };
    const observer = new MutationObserver(() => { done(); if (dom !== null) observer.disconnect(); });
    observer.observe(level, { childList: true, characterData: true, subtree: true });
    const t0 = performance.now();
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
    queueMicrotask(done);
  });
}

async function pcrUpdate(browser) {
  const context = await browser.newContext({ baseURL: BASE, serviceWorkers: 'block' });
  const page = await context.newPage();
  const t = await open(page, 'en');
  const pcr = history200();
  const fillStart = Date.now();
  await fillHistory(page, t, {
    age: '54', transcript: 'e14a2', pcr,
    courses: [{ drug: 'imatinib', start: '2009-11-01', end: '2012-05-01', reason: 'intolerance' }, { drug: 'nilotinib', start: '2012-05-01' }],
  });
  const fillMs = Date.now() - fillStart;
  const before = await verdictOf(page, t.eln).textContent();
  await goStep(page, t, 2);
  const rows = await page.locator('li.pcr-row').count();
  const legend = await page.locator('li.pcr-row').last().locator('legend').textContent();
  const cdp = await context.newCDPSession(page);
  const series = {};
  for (const rate of [1, 4]) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const dom = []; const frame = []; const second = [];
    for (let i = 0; i < RUNS + 2; i += 1) {
      const [value, expect] = i % 2 === 0 ? ['0.05', 'MMR'] : ['0.002', 'MR4.5'];
      const m = await page.evaluate(editLastValue, { value, expect });
      if (i >= 2) { dom.push(m.dom); frame.push(m.frame); second.push(m.second_frame); } // two warm-up edits
      await page.waitForTimeout(50);
    }
    series[`cpu_${rate}x`] = { input_to_dom: stats(dom), input_to_next_frame: stats(frame), input_to_second_frame: stats(second) };
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  // The last edit left 0.002 (MR4.5); make it 0.05 (MMR) and check the results step says so.
  await page.evaluate(editLastValue, { value: '0.05', expect: 'MMR' });
  const goStart = Date.now();
  await goStep(page, t, 4);
  const after = await verdictOf(page, t.eln).textContent();
  const resultsStepMs = Date.now() - goStart;
  await context.close();
  return {
    results: pcr.length, rows_on_page: rows, last_row: legend, fill_ms_playwright: fillMs,
    eln_minimal_verdict_before: before, eln_minimal_verdict_after_mmr: after, results_step_open_ms_playwright: resultsStepMs,
    ...series,
  };
}

async function runLighthouse(url, label) {
  mkdirSync(OUT, { recursive: true });
  const out = join(OUT, `lighthouse-${label}.json`);
  const cli = join(ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js');
  const start = Date.now();
  // Asynchronous: the brotli proxy runs in this process and must keep answering while Lighthouse loads the page.
  const child = spawn(process.execPath, [cli, url, '--only-categories=performance,accessibility,best-practices',
    `--chrome-flags=--headless --no-sandbox --disable-gpu ${CHROME_ARGS.slice(2).join(' ')}`,
    '--output=json', `--output-path=${out}`, '--quiet'], { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'inherit', 'inherit'] });
  const code = await new Promise((r) => child.on('exit', r));
  if (code !== 0) throw new Error(`lighthouse exited with ${code}`);
  const lhr = JSON.parse(readFileSync(out, 'utf8'));
  const score = (c) => Math.round(lhr.categories[c].score * 100);
  const num = (a) => lhr.audits[a]?.numericValue;
  const failed = (c) => lhr.categories[c].auditRefs
    .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
    .map((ref) => `${ref.id} (${lhr.audits[ref.id].score})`);
  return {
    url, seconds: Math.round((Date.now() - start) / 1000), lighthouse: lhr.lighthouseVersion,
    form_factor: lhr.configSettings.formFactor, throttling: lhr.configSettings.throttling, throttling_method: lhr.configSettings.throttlingMethod,
    scores: { performance: score('performance'), accessibility: score('accessibility'), best_practices: score('best-practices') },
    metrics_ms: {
      first_contentful_paint: r1(num('first-contentful-paint')), largest_contentful_paint: r1(num('largest-contentful-paint')),
      speed_index: r1(num('speed-index')), total_blocking_time: r1(num('total-blocking-time')), interactive: r1(num('interactive')),
    },
    cumulative_layout_shift: num('cumulative-layout-shift'),
    total_byte_weight: num('total-byte-weight'),
    below_full_score: { performance: failed('performance'), accessibility: failed('accessibility'), best_practices: failed('best-practices') },
    report: out.replace(ROOT + '/', ''),
  };
}

function machine() {
  let chromiumVersion = null;
  try { chromiumVersion = execFileSync(CHROMIUM, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(); } catch { /* unknown */ }
  return { nproc: cpus().length, cpu: cpus()[0]?.model, chromium: chromiumVersion, node: process.version };
}

function commit() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    return dirty ? `${head} with local changes` : head;
  } catch { return null; }
}

function distSizes() {
  const files = ['index.html', 'tfr-aid.js', 'tfr-aid_bg.wasm', 'main.css'];
  return Object.fromEntries(files.filter((f) => existsSync(join(DIST, f))).map((f) => [f, readFileSync(join(DIST, f)).length]));
}

function summary(r) {
  const f = r.first_render; const p = r.pcr_update;
  const lines = [
    `Page benchmarks, ${r.date}, commit ${r.commit} (wasm ${r.dist_bytes['tfr-aid_bg.wasm']} bytes raw); ${r.machine.cpu},`
      + ` ${r.machine.nproc} cores, shared; ${r.machine.chromium}, headless.`,
    '',
    `- First render of the start step (navigation start → \`#step-heading\` visible), ${f.heading_visible.runs} cold loads, no throttling:`
      + ` median ${f.heading_visible.median_ms} ms, p95 ${f.heading_visible.p95_ms} ms; next frame after it: median ${f.heading_next_frame.median_ms} ms;`
      + ` first contentful paint median ${f.first_contentful_paint.median_ms} ms; wasm downloaded at median ${f.wasm_downloaded.median_ms} ms.`,
  ];
  for (const [k, label] of [['cpu_1x', 'no throttling'], ['cpu_4x', '4x CPU throttling']]) {
    const s = p[k];
    lines.push(`- Entering the last PCR result with ${p.results} results (${label}), ${s.input_to_dom.runs} edits: input → DOM updated median ${s.input_to_dom.median_ms} ms,`
      + ` p95 ${s.input_to_dom.p95_ms} ms; input → next animation frame median ${s.input_to_next_frame.median_ms} ms, p95 ${s.input_to_next_frame.p95_ms} ms.`);
  }
  lines.push('  (The results step has no PCR field: the edit is made on the PCR step, whose render re-checks the draft and re-runs'
    + ' the memoised assessment in the root component before the row shows its new level. "Next animation frame" includes'
    + ' waiting for the next vsync, up to 16.7 ms.)');
  lines.push(`- The results step follows the edit: ELN minimal verdict "${p.eln_minimal_verdict_before}" with the last result MR4.5, "${p.eln_minimal_verdict_after_mmr}" after changing it to MMR.`);
  for (const lh of r.lighthouse || []) {
    lines.push(`- Lighthouse ${lh.lighthouse} (${lh.form_factor}, ${lh.throttling_method}, CPU ×${lh.throttling.cpuSlowdownMultiplier}), ${lh.label}: performance ${lh.scores.performance},`
      + ` accessibility ${lh.scores.accessibility}, best practices ${lh.scores.best_practices}; FCP ${lh.metrics_ms.first_contentful_paint} ms, LCP ${lh.metrics_ms.largest_contentful_paint} ms,`
      + ` TBT ${lh.metrics_ms.total_blocking_time} ms, CLS ${lh.cumulative_layout_shift}, ${lh.total_byte_weight} bytes transferred.`);
  }
  if (!r.lighthouse) lines.push('- Lighthouse: not run (--no-lighthouse).');
  return lines.join('\n');
}

function writeBenchmarksSection(text) {
  const path = join(ROOT, 'BENCHMARKS.md');
  const start = '<!-- page-bench:start (written by scripts/page-bench.sh) -->';
  const end = '<!-- page-bench:end -->';
  const block = `${start}\n## Page (scripts/page-bench.sh)\n\n${text}\n\nAll figures: \`benchmarks/page-latest.json\`.\n${end}`;
  let md = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const i = md.indexOf(start); const j = md.indexOf(end);
  md = i >= 0 && j > i ? md.slice(0, i) + block + md.slice(j + end.length) : `${md.trimEnd()}\n\n${block}\n`;
  writeFileSync(path, md);
}

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`no ${DIST}/index.html: build it first (trunk build --release)`);
  const server = spawn(process.execPath, [join(ROOT, 'tests/e2e/serve.mjs'), DIST, String(PORT)], { stdio: ['ignore', 'ignore', 'inherit'] });
  let proxy = null;
  try {
    await waitForServer(`${BASE}/`);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_ARGS, headless: true });
    const result = { date: new Date().toISOString().slice(0, 10), commit: commit(), machine: machine(), dist_bytes: distSizes() };
    const t0 = Date.now();
    const since = () => `${Math.round((Date.now() - t0) / 1000)} s`;
    console.log(`first render (${LOADS} cold loads) ...`);
    result.first_render = await firstRender(browser);
    console.log(`PCR update with 200 results (${RUNS} edits at 1x and 4x CPU) ... [${since()}]`);
    result.pcr_update = await pcrUpdate(browser);
    await browser.close();
    if (LIGHTHOUSE) {
      console.log(`Lighthouse (uncompressed, serve.mjs) ... [${since()}]`);
      const plain = { label: 'serve.mjs as is (no compression)', ...(await runLighthouse(`${BASE}/`, 'plain')) };
      proxy = await startBrotliProxy(PORT + 1, PORT);
      console.log(`Lighthouse (brotli proxy) ... [${since()}]`);
      const br = { label: 'brotli-compressed responses', ...(await runLighthouse(`http://127.0.0.1:${PORT + 1}/`, 'brotli')) };
      result.lighthouse = [plain, br];
    }
    console.log(`done [${since()}]`);
    const text = summary(result);
    console.log(`\n${text}\n`);
    writeFileSync(join(ROOT, 'benchmarks', 'page-latest.json'), `${JSON.stringify(result, null, 2)}\n`);
    writeBenchmarksSection(text);
    console.log('written: benchmarks/page-latest.json, BENCHMARKS.md (page section)');
  } finally {
    if (proxy) proxy.close();
    server.kill();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
