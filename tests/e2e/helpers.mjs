// Shared steps for the end-to-end tests: a person fills in the aid by labels and roles, in English or Chinese.
export const TODAY = new Date('2026-11-21T10:00:00');

export const L = {
  en: {
    lang: 'English', steps: ['About you', 'Your treatment', 'PCR results', 'Lab and plan', 'Your results'],
    age: 'Your age (years)', chronic: 'No, only ever chronic phase', accelerated: 'Yes, it was in accelerated or blast phase at some time',
    treatment: (n) => `Treatment ${n}`, drug: 'TKI', start: 'Started on', ongoing: 'I am still taking it', end: 'Stopped on', reason: 'Why it stopped',
    addTreatment: 'Add a treatment', paste: 'Paste several results at once', pasteBox: 'Lines copied from a lab report', pasteButton: 'Add these results',
    labIs: 'Does the lab report results on the International Scale (IS)?', labMr45: 'Can the lab detect MR4.5 (a sensitivity of at least 4.5 logs)?',
    yes: 'Yes', turnaround: 'How many weeks does it take to get a result?', stop: 'Day you might stop your TKI (if you have one in mind)',
    eln: 'ELN 2020: minimal requirements (stopping can be considered)', elnOpt: 'ELN 2020: optimal requirements (stopping recommended for consideration)',
    nccn: 'NCCN criteria as summarised 2019-2020 (your clinician should check the current version)',
    eligible: 'Criteria met', notYet: 'Not yet', notEligible: 'Criteria not met',
  },
  zh: {
    lang: '简体中文', steps: ['关于您', '您的治疗', 'PCR 结果', '实验室和计划', '您的结果'],
    age: '您的年龄（岁）', chronic: '没有，一直是慢性期', accelerated: '有，曾经进入加速期或急变期',
    treatment: (n) => `第 ${n} 段治疗`, drug: 'TKI 药物', start: '开始日期', ongoing: '我还在服用', end: '停用日期', reason: '停用原因',
    addTreatment: '添加一段治疗', paste: '一次粘贴多条结果', pasteBox: '从化验单复制的多行文字', pasteButton: '添加这些结果',
    labIs: '实验室是否按国际标准化（IS）报告结果？', labMr45: '实验室能否检测到 MR4.5（灵敏度至少 4.5 个对数级）？',
    yes: '是', turnaround: '出一次结果需要几周？', stop: '可能停药的日期（如果您已有打算）',
    eln: 'ELN 2020：最低要求（可以考虑停药）', elnOpt: 'ELN 2020：最佳要求（建议考虑停药）',
    nccn: 'NCCN 标准（按 2019–2020 年的总结；请医生核对最新版本）',
    eligible: '符合标准', notYet: '暂未达到', notEligible: '不符合标准',
  },
};

export async function open(page, lang = 'en') {
  await page.clock.setFixedTime(TODAY);
  await page.goto('/');
  if (lang !== 'en') await page.getByRole('button', { name: L[lang].lang }).click();
  return L[lang];
}

export async function goStep(page, t, i) {
  await page.getByRole('navigation').getByRole('button', { name: t.steps[i], exact: true }).click();
}

/** Fills in a whole history. courses: [{drug, start, end?, reason?}], pcr: lines as on a lab report. */
export async function fillHistory(page, t, { age, accelerated = false, transcript, courses, pcr, lab = true, stop }) {
  await goStep(page, t, 0);
  await page.getByLabel(t.age).fill(age);
  await page.getByLabel(accelerated ? t.accelerated : t.chronic).check();
  await page.getByLabel(transcript, { exact: false }).first().check();
  await goStep(page, t, 1);
  for (let i = 0; i < courses.length; i += 1) {
    if (i > 0) await page.getByRole('button', { name: t.addTreatment }).click();
    const row = page.getByRole('group', { name: t.treatment(i + 1) });
    const c = courses[i];
    await row.getByLabel(t.drug, { exact: true }).selectOption(c.drug);
    await row.getByLabel(t.start).fill(c.start);
    if (c.end) {
      await row.getByLabel(t.ongoing).uncheck();
      await row.getByLabel(t.end).fill(c.end);
      await row.getByLabel(t.reason).selectOption(c.reason);
    }
  }
  await goStep(page, t, 2);
  await page.getByText(t.paste).click();
  await page.getByLabel(t.pasteBox).fill(pcr.join('\n'));
  await page.getByRole('button', { name: t.pasteButton }).click();
  await goStep(page, t, 3);
  if (lab) {
    await page.getByRole('group', { name: t.labIs }).getByLabel(t.yes, { exact: true }).check();
    await page.getByRole('group', { name: t.labMr45 }).getByLabel(t.yes, { exact: true }).check();
    await page.getByLabel(t.turnaround).fill('2');
  }
  if (stop) await page.getByLabel(t.stop).fill(stop);
  await goStep(page, t, 4);
}

export function verdictOf(page, name) {
  return page.getByRole('article', { name }).locator('.verdict strong');
}

export const LONG_DEEP_HISTORY = [
  '2019-01-15 0.008', '2020-01-15 0.003', '2021-01-15 0.002', '2022-01-15 undetectable 120000',
  '2023-01-15 0.001', '2024-01-15 0.0025', '2025-01-15 undetectable 60000', '2026-10-15 0.002',
];
