// End-to-end: nothing leaves the device, nothing is stored unless asked, files save and load safely, offline works, kiosks forget.
import { test, expect } from '@playwright/test';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open, fillHistory, verdictOf, goStep, LONG_DEEP_HISTORY, L, TODAY } from './helpers.mjs';

const HISTORY = {
  age: '54', transcript: 'e14a2',
  courses: [{ drug: 'imatinib', start: '2016-02-01', end: '2018-05-01', reason: 'intolerance' }, { drug: 'nilotinib', start: '2018-05-01' }],
  pcr: LONG_DEEP_HISTORY, stop: '2027-01-31',
};

/** Records every storage write the page makes, from before its first script runs. */
async function recordStorageWrites(page) {
  await page.addInitScript(() => {
    const writes = [];
    window.__writes = writes;
    for (const name of ['setItem', 'removeItem', 'clear']) {
      const original = Storage.prototype[name];
      Storage.prototype[name] = function (...args) {
        writes.push(`${this === window.localStorage ? 'local' : 'session'}Storage.${name}(${args[0] ?? ''})`);
        return original.apply(this, args);
      };
    }
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    Object.defineProperty(document, 'cookie', { get: () => cookie.get.call(document), set: (v) => { writes.push(`cookie=${v}`); cookie.set.call(document, v); } });
    const openDb = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (...args) { writes.push(`indexedDB.open(${args[0]})`); return openDb.apply(this, args); };
  });
}

async function storageState(page) {
  return page.evaluate(async () => ({
    writes: window.__writes,
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
    databases: (await indexedDB.databases()).map((d) => d.name),
    caches: (await caches.keys()).filter((k) => !k.startsWith('tfr-aid-')),
  }));
}

async function appReady(page) {
  await expect(page.locator('#step-heading')).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForLoadState('networkidle');
}

test('after load the page makes no request at all through a full flow, and stores nothing', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL).origin;
  const all = [];
  context.on('request', (r) => all.push(r.url()));
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await recordStorageWrites(page);
  const t = await open(page);
  await appReady(page);
  const afterLoad = all.length;
  await fillHistory(page, t, HISTORY);
  await expect(verdictOf(page, t.eln)).toHaveText(t.eligible);
  await page.getByRole('button', { name: '简体中文' }).click();
  await page.getByRole('button', { name: 'English' }).click();
  const [cal] = await Promise.all([page.waitForEvent('download'), page.locator('[data-schedule="eln2020"]').getByRole('link').click()]);
  expect(await readFile(await cal.path(), 'utf8')).toContain('BEGIN:VCALENDAR');
  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Save to a file' }).click()]);
  await page.locator('#open-file').setInputFiles(await saved.path());
  await expect(page.getByText('Your saved profile has been opened.')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await page.emulateMedia({ media: 'screen' });
  const during = all.slice(afterLoad).filter((u) => !u.startsWith('data:'));
  expect(during).toEqual([]);
  expect(all.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:'))).toEqual([]);
  const s = await storageState(page);
  expect(s).toEqual({ writes: [], local: 0, session: 0, cookie: '', databases: [], caches: [] });
  expect(errors).toEqual([]);
});

test('"remember on this device" keeps the input across a reload, and "clear everything" empties it', async ({ page }) => {
  await recordStorageWrites(page);
  const t = await open(page);
  await page.getByLabel(t.age).fill('47');
  expect((await storageState(page)).writes).toEqual([]);
  await page.getByLabel('Remember on this device').check();
  await page.getByLabel(t.age).fill('48');
  await page.reload();
  await expect(page.getByLabel(t.age)).toHaveValue('48');
  await expect(page.getByLabel('Remember on this device')).toBeChecked();
  await page.getByRole('button', { name: 'Clear everything' }).click();
  await expect(page.getByLabel(t.age)).toHaveValue('');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await page.reload();
  await expect(page.getByLabel(t.age)).toHaveValue('');
  await expect(page.getByLabel('Remember on this device')).not.toBeChecked();
});

test('a saved profile loads back; malformed, wrong-format and huge files are refused and nothing on screen is lost', async ({ page }) => {
  const t = await open(page);
  await fillHistory(page, t, HISTORY);
  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Save to a file' }).click()]);
  const json = JSON.parse(await readFile(await saved.path(), 'utf8'));
  expect(json.format).toBe('tfr-profile/1');
  expect(json.pcr).toHaveLength(8);
  expect(json.tki_courses[1]).toEqual({ drug: 'nilotinib', start: '2018-05-01', end: null, reason_stopped: null });
  await page.getByRole('button', { name: 'Clear everything' }).click();
  await expect(page.getByLabel(t.age)).toHaveValue('');
  await page.locator('#open-file').setInputFiles(await saved.path());
  await expect(page.getByText('Your saved profile has been opened.')).toBeVisible();
  await goStep(page, t, 4);
  await expect(verdictOf(page, t.eln)).toHaveText(t.eligible);

  const dir = await mkdtemp(join(tmpdir(), 'tfr-'));
  const cases = [
    ['broken.json', '{"format": "tfr-profile/1",\n "pcr": [', 'This is not a readable profile file (error at line 2'],
    ['other.json', '{"format": "something-else/2"}', 'This is not a tfr-profile/1 file.'],
    ['huge.json', '{"format": "tfr-profile/1", "pad": "' + 'x'.repeat(11 * 1024 * 1024) + '"}', 'This file is too large to be a profile.'],
  ];
  for (const [name, body, message] of cases) {
    await writeFile(join(dir, name), body);
    const started = Date.now();
    await page.locator('#open-file').setInputFiles(join(dir, name));
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
    expect(Date.now() - started).toBeLessThan(5000);
    await expect(verdictOf(page, t.eln)).toHaveText(t.eligible);
  }
});

test('once loaded, the aid works with the server stopped and the network off', async ({ browser }) => {
  const port = 4190 + Math.floor(Math.random() * 9);
  const server = spawn('node', ['tests/e2e/serve.mjs', 'dist', String(port)], { stdio: 'ignore' });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.clock.setFixedTime(TODAY);
    for (let i = 0; i < 50; i += 1) {
      try { await page.goto(`http://127.0.0.1:${port}/`); break; } catch { await new Promise((r) => setTimeout(r, 100)); }
    }
    await appReady(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null || true);
    server.kill();
    await context.setOffline(true);
    await page.reload();
    const t = L.en;
    await expect(page.locator('#step-heading')).toBeVisible();
    await fillHistory(page, t, HISTORY);
    await expect(verdictOf(page, t.eln)).toHaveText(t.eligible);
    await expect(page.locator('[data-schedule="eln2020"] tbody tr')).toHaveCount(17);
    await context.close();
  } finally {
    server.kill();
  }
});

test('kiosk: the idle warning counts down, continuing keeps the data, letting it run out wipes everything', async ({ page }) => {
  await recordStorageWrites(page);
  await page.clock.install({ time: TODAY });
  await page.goto('/?kiosk=1&idle=60');
  const t = L.en;
  await expect(page.getByText('This is a shared screen.')).toBeVisible();
  await expect(page.getByLabel('Remember on this device')).toHaveCount(0);
  await page.getByLabel(t.age).fill('52');
  await goStep(page, t, 2);
  await page.getByRole('group', { name: 'Result 1' }).getByLabel('Date of test').fill('2026-01-05');
  await page.clock.fastForward(61_000);
  const dialog = page.getByRole('alertdialog', { name: 'Are you still there?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(/wiped in (2\d|30) seconds/);
  await expect(dialog.getByRole('button', { name: "I'm still here: continue" })).toBeFocused();
  await dialog.getByRole('button', { name: "I'm still here: continue" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Result 1' }).getByLabel('Date of test')).toHaveValue('2026-01-05');
  await page.clock.fastForward(61_000);
  await expect(dialog).toBeVisible();
  await page.clock.fastForward(31_000);
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('#step-heading')).toContainText('About you');
  await expect(page.getByLabel(t.age)).toHaveValue('');
  await goStep(page, t, 2);
  await expect(page.getByRole('group', { name: 'Result 1' }).getByLabel('Date of test')).toHaveValue('');
  expect((await storageState(page)).writes).toEqual([]);
});

test('the built page carries a Content-Security-Policy that allows only its own origin', async () => {
  const html = await readFile('dist/index.html', 'utf8');
  // The release build's HTML is minified: attributes may be reordered and unquoted where they can be.
  const meta = html.match(/<meta[^>]*http-equiv="?Content-Security-Policy"?[^>]*>/)[0];
  const csp = meta.match(/content="([^"]+)"/)[1];
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(csp).not.toContain('unsafe-inline');
  expect(html).not.toMatch(/(src|href)="?https?:/);
});

test('a new version replaces the old one cleanly: one cache, the new one, and the aid still works offline', async ({ browser }) => {
  const { cp, readFile: read, writeFile: write } = await import('node:fs/promises');
  const dir = await mkdtemp(join(tmpdir(), 'tfr-site-'));
  await cp('dist', dir, { recursive: true });
  const port = 4180 + Math.floor(Math.random() * 9);
  const server = spawn('node', ['tests/e2e/serve.mjs', dir, String(port)], { stdio: 'ignore' });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (let i = 0; i < 50; i += 1) {
      try { await page.goto(`http://127.0.0.1:${port}/`); break; } catch { await new Promise((r) => setTimeout(r, 100)); }
    }
    await appReady(page);
    const first = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('tfr-aid-')));
    expect(first).toHaveLength(1);
    // Publish a new version: the service worker's version changes, as it does with every build that changes a file.
    const sw = await read(join(dir, 'sw.js'), 'utf8');
    await write(join(dir, 'sw.js'), sw.replace(/const VERSION = "[^"]+"/, 'const VERSION = "next-version"'));
    await page.evaluate(async () => { const r = await navigator.serviceWorker.getRegistration(); await r.update(); });
    await expect.poll(async () => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('tfr-aid-'))), { timeout: 10_000 })
      .toEqual(['tfr-aid-next-version']);
    server.kill();
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('#step-heading')).toBeVisible();
    await context.close();
  } finally {
    server.kill();
  }
});
