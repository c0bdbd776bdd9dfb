// End-to-end: a person enters a whole history and reads the verdicts, in English and Chinese, with axe on every view.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { open, fillHistory, verdictOf, goStep, LONG_DEEP_HISTORY } from './helpers.mjs';

async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

const ELIGIBLE = {
  age: '54', transcript: 'e14a2',
  courses: [{ drug: 'imatinib', start: '2016-02-01', end: '2018-05-01', reason: 'intolerance' }, { drug: 'nilotinib', start: '2018-05-01' }],
  pcr: LONG_DEEP_HISTORY,
};

for (const lang of ['en', 'zh']) {
  test(`an eligible person sees every guideline met (${lang})`, async ({ page, baseURL }) => {
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    const t = await open(page, lang);
    await fillHistory(page, t, ELIGIBLE);
    await expect(verdictOf(page, t.eln)).toHaveText(t.eligible);
    await expect(verdictOf(page, t.elnOpt)).toHaveText(t.eligible);
    await expect(verdictOf(page, t.nccn)).toHaveText(t.eligible);
    await expectNoAxeViolations(page);
    expect(requests.filter((u) => !u.startsWith(new URL(baseURL).origin + '/') && !u.startsWith('data:'))).toEqual([]);
  });
}

const NOT_YET_TEXT = {
  en: { date: '2 May 2027', reading: 'Our reading: met when total TKI time is over 5 years, or when the current TKI is dasatinib, nilotinib or bosutinib', status: 'Not yet', why: 'Why?' },
  zh: { date: '2027年5月2日', reading: '我们的理解：TKI 总时间超过 5 年即满足', status: '暂未满足', why: '为什么？' },
};
const RESISTANCE_TEXT = {
  en: 'A TKI was changed because it stopped working well enough (resistance).',
  zh: '曾因药物效果不够（耐药）而换用 TKI。',
};

for (const lang of ['en', 'zh']) {
  test(`a person under 4 years into nilotinib is told "not yet" and when the criteria could be met (${lang})`, async ({ page }) => {
    const t = await open(page, lang);
    const x = NOT_YET_TEXT[lang];
    await fillHistory(page, t, {
      age: '40', transcript: 'e13a2', courses: [{ drug: 'nilotinib', start: '2023-05-01' }],
      pcr: ['2024-01-15 0.008', '2024-06-15 0.003', '2025-01-15 0.002', '2025-06-15 0.004', '2026-10-01 0.005'],
    });
    const eln = page.getByRole('article', { name: t.eln });
    await expect(verdictOf(page, t.eln)).toHaveText(t.notYet);
    // Over 4 years on nilotinib (a 2G-TKI) on 2 May 2027; the deep response is already over 2 years by then.
    await expect(eln.locator('.verdict')).toContainText(x.date);
    const tki = eln.locator('[data-criterion="eln.tki_duration"]');
    await expect(tki).toContainText(x.status);
    await tki.getByText(x.why).click();
    await expect(tki).toContainText(x.reading);
    await expect(tki).toContainText('PMID 32127639');
    // NCCN asks for 3 years of TKI and 2 years of MR4 on 4 tests: this person already meets it.
    await expect(verdictOf(page, t.nccn)).toHaveText(t.eligible);
    await expectNoAxeViolations(page);
  });

  test(`a person whose first TKI failed is told the criteria are not met, with the reason (${lang})`, async ({ page }) => {
    const t = await open(page, lang);
    await fillHistory(page, t, {
      age: '61', transcript: 'e14a2',
      courses: [{ drug: 'imatinib', start: '2012-03-01', end: '2013-09-01', reason: 'resistance' }, { drug: 'dasatinib', start: '2013-09-01' }],
      pcr: LONG_DEEP_HISTORY,
    });
    for (const name of [t.eln, t.elnOpt, t.nccn]) await expect(verdictOf(page, name)).toHaveText(t.notEligible);
    const line = page.getByRole('article', { name: t.eln }).locator('[data-criterion="eln.line"]');
    await expect(line).toContainText(RESISTANCE_TEXT[lang]);
    await expectNoAxeViolations(page);
  });
}

test('problems anywhere are listed on the results step with a way back to them, and nothing is lost', async ({ page }) => {
  const t = await open(page);
  await goStep(page, t, 1);
  const row = page.getByRole('group', { name: t.treatment(1) });
  await row.getByLabel(t.drug, { exact: true }).selectOption('imatinib');
  await row.getByLabel(t.start).fill('2020-02-30');
  await expect(row.getByText('This date does not exist. Please check the day and month.')).toBeVisible();
  await goStep(page, t, 4);
  await expect(page.getByRole('alert')).toContainText('This date does not exist');
  await page.getByRole('button', { name: 'Go to Your treatment' }).click();
  await expect(page.getByRole('group', { name: t.treatment(1) }).getByLabel(t.start)).toHaveValue('2020-02-30');
  await expectNoAxeViolations(page);
});

for (const [i, lang] of [[0, 'en'], [1, 'en'], [2, 'en'], [3, 'en'], [0, 'zh'], [1, 'zh'], [2, 'zh'], [3, 'zh']]) {
  test(`axe finds no violation on step ${i + 1} (${lang})`, async ({ page }) => {
    const t = await open(page, lang);
    await goStep(page, t, i);
    await expectNoAxeViolations(page);
  });
}

test('an imatinib-only person sees the trials like them with relapse definitions, and the options per 100 people', async ({ page }) => {
  const t = await open(page);
  await fillHistory(page, t, {
    age: '58', transcript: 'e14a2', courses: [{ drug: 'imatinib', start: '2015-03-01' }], pcr: LONG_DEEP_HISTORY,
  });
  const trials = page.getByRole('region', { name: 'What tends to happen to people like you' });
  const euroski = trials.getByRole('article', { name: /^EURO-SKI ·/ });
  await expect(euroski).toContainText('Relapse meant losing MMR: BCR-ABL1 above 0.1%.');
  await expect(euroski).toContainText('24 months');
  await expect(euroski).toContainText('50%');
  const domest = trials.getByRole('article', { name: /^DOMEST/ });
  await expect(domest.locator('.relapse-def')).toContainText('MR4');
  await expect(trials.getByRole('article', { name: /ENESTfreedom/ })).toHaveCount(0);
  const options = page.getByRole('region', { name: 'Your options side by side' });
  for (const name of ['Keep taking your TKI', 'Take half the dose for a year, then stop', 'Stop the TKI now, with close tests']) {
    await expect(options.getByRole('article', { name })).toBeVisible();
  }
  const stop = options.getByRole('article', { name: 'Stop the TKI now, with close tests' });
  await expect(stop.getByRole('img')).toHaveAccessibleName(/50 in 100: In remission without TKI; 50 in 100: Lost MMR/);
  await expect(stop.locator('.legend')).toContainText('50 in 100');
  const ws = page.getByRole('region', { name: 'Withdrawal syndrome: aches after stopping' });
  await expect(ws.locator('[data-risk="tki_over_93_months"]')).toContainText('Applies to you');
  await page.getByRole('button', { name: 'Clinician view' }).click();
  await expect(page.locator('table.clinician').first()).toContainText('eln.tki_duration');
  await expect(trials.getByRole('article', { name: /^EURO-SKI final/ })).toContainText('95% CI 57–64% (from the paper)');
});

for (const lang of ['en', 'zh']) {
  test(`the printed summary fits on 2 pages and holds the verdicts, options and test dates (${lang})`, async ({ page }) => {
    const t = await open(page, lang);
    await fillHistory(page, t, { ...ELIGIBLE, pcr: [...LONG_DEEP_HISTORY, '2026-11-01 0.001', '2026-11-10 0.002'], stop: '2027-01-31' });
    await page.emulateMedia({ media: 'print' });
    const summary = page.locator('.print-summary');
    await expect(summary).toBeVisible();
    await expect(summary).toContainText(lang === 'en' ? '28 February 2027' : '2027年2月28日');
    await expect(summary).toContainText(lang === 'en' ? '50 in 100' : '每 100 人中 50 人');
    await expect(page.locator('.steps')).toBeHidden();
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(2);
  });
}

for (const lang of ['en', 'zh']) {
  test(`axe finds no violation on the About page and the clinician view (${lang})`, async ({ page }) => {
    const t = await open(page, lang);
    await page.getByRole('button', { name: lang === 'en' ? 'About this aid' : '关于本工具' }).click();
    await expect(page.locator('#step-heading')).toBeFocused();
    await expectNoAxeViolations(page);
    await fillHistory(page, t, ELIGIBLE);
    await page.getByRole('button', { name: lang === 'en' ? 'Clinician view' : '医生版' }).click();
    await expect(page.locator('table.clinician').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
