// End-to-end: a person enters PCR results in the release build and reads each result's response level.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Records every request the page makes, so tests can check none leaves the page's own origin. */
function recordRequests(page) {
  const urls = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

function sameOrigin(urls, origin) {
  return urls.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:'));
}

async function enterResult(page, n, date, value) {
  const row = page.getByRole('group', { name: `Result ${n}` });
  await row.getByLabel('Date of test').fill(date);
  await row.getByLabel('BCR-ABL1 (%IS)').fill(value);
  return row;
}

test('each result is labelled with its response level at the ELN/EUTOS thresholds', async ({ page, baseURL }) => {
  const requests = recordRequests(page);
  await page.goto('/');
  await page.getByRole('navigation').getByRole('button', { name: 'PCR results', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('PCR results');
  const cases = [['0.5', 'Above MMR'], ['0.1', 'MMR'], ['0.05', 'MMR'], ['0.01', 'MR4'], ['0.0032', 'MR4.5'], ['0.001', 'MR5'], ['0.0004', 'MR5']];
  for (let i = 0; i < cases.length; i += 1) {
    if (i > 0) await page.getByRole('button', { name: 'Add a result' }).click();
    const row = await enterResult(page, i + 1, `2024-0${(i % 9) + 1}-15`, cases[i][0]);
    await expect(row.getByRole('status')).toHaveText(cases[i][1]);
  }
  expect(sameOrigin(requests, new URL(baseURL).origin)).toEqual([]);
});

test('an undetectable result counts only with more than 10,000 ABL1 copies', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('button', { name: 'PCR results', exact: true }).click();
  const row = page.getByRole('group', { name: 'Result 1' });
  await row.getByLabel('Date of test').fill('2025-01-10');
  await row.getByLabel('Not detected').check();
  await row.getByLabel('ABL1 copies').fill('9500');
  await expect(row.getByRole('status')).toHaveText('Cannot be graded (too few ABL1 copies)');
  await row.getByLabel('ABL1 copies').fill('48000');
  await expect(row.getByRole('status')).toHaveText('MR4.5');
  await row.getByLabel('ABL1 copies').fill('');
  await expect(row.getByText('A "not detected" result needs the ABL1 control-gene copies from the lab report.')).toBeVisible();
});

test('a value above 100% is refused beside its field and nothing else is lost', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('button', { name: 'PCR results', exact: true }).click();
  await enterResult(page, 1, '2024-01-15', '0.008');
  await page.getByRole('button', { name: 'Add a result' }).click();
  const bad = await enterResult(page, 2, '2024-04-15', '250');
  await expect(bad.getByText('A BCR-ABL1 result cannot be above 100%.')).toBeVisible();
  await expect(bad.getByLabel('BCR-ABL1 (%IS)')).toHaveAttribute('aria-invalid', 'true');
  await bad.getByLabel('BCR-ABL1 (%IS)').fill('-0.1');
  await expect(bad.getByText('This cannot be below zero.')).toBeVisible();
  await bad.getByLabel('Date of test').fill('2023-02-30');
  await expect(bad.getByText('This date does not exist. Please check the day and month.')).toBeVisible();
  const first = page.getByRole('group', { name: 'Result 1' });
  await expect(first.getByLabel('BCR-ABL1 (%IS)')).toHaveValue('0.008');
  await expect(first.getByRole('status')).toHaveText('MR4');
});

test('switching to Chinese keeps every entry and marks the page language', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('button', { name: 'PCR results', exact: true }).click();
  await enterResult(page, 1, '2024-01-15', '0.002');
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const row = page.getByRole('group', { name: '第 1 次结果' });
  await expect(row.getByLabel('BCR-ABL1（%IS）')).toHaveValue('0.002');
  await expect(row.getByRole('status')).toHaveText('MR4.5');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

for (const lang of ['English', '简体中文']) {
  test(`axe finds no accessibility violation (${lang}, with an error shown)`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation').getByRole('button', { name: 'PCR results', exact: true }).click();
    await page.getByRole('button', { name: lang }).click();
    await page.locator('#pcr-1-date').fill('2024-01-15');
    await page.locator('#pcr-1-value').fill('999');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
}
