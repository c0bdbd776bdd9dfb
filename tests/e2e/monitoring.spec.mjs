// End-to-end: a person picks a stop date, sees the dated test schedule, and downloads it as a calendar file.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { open, goStep } from './helpers.mjs';

test('a stop on 31 January gives month-end test dates and a calendar with the same dates', async ({ page }) => {
  const t = await open(page);
  await goStep(page, t, 4);
  await page.getByLabel('Day you stop (or plan to stop) your TKI').fill('2027-01-31');
  const eln = page.locator('[data-schedule="eln2020"]');
  const rows = eln.locator('tbody tr');
  await expect(rows).toHaveCount(17);
  await expect(rows.nth(0)).toContainText('Month 1');
  await expect(rows.nth(0)).toContainText('28 February 2027');
  await expect(rows.nth(1)).toContainText('31 March 2027');
  await expect(rows.nth(2)).toContainText('30 April 2027');
  await expect(rows.nth(6)).toContainText('Month 8');
  await expect(page.locator('[data-schedule="nccn"]')).toContainText('schedule differs between versions');
  await expect(page.getByText('A relapse means losing MMR: a BCR-ABL1 result above 0.1%')).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    eln.getByRole('link', { name: /Download the test dates for your calendar/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('pcr-tests-eln2020.ics');
  const ics = await readFile(await download.path(), 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(17);
  expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(17);
  const starts = [...ics.matchAll(/DTSTART;VALUE=DATE:(\d{8})/g)].map((m) => m[1]);
  expect(starts.slice(0, 4)).toEqual(['20270228', '20270331', '20270430', '20270531']);
  expect(ics).toContain('SUMMARY;LANGUAGE=en:BCR-ABL1 PCR test\\, month 3 after stopping');
  const uids = [...ics.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]);
  expect(new Set(uids).size).toBe(17);
});

test('the Chinese calendar is written in Chinese and a leap-day stop is handled', async ({ page }) => {
  const t = await open(page, 'zh');
  await goStep(page, t, 4);
  await page.getByLabel('停药（或计划停药）的日期', { exact: false }).fill('2028-02-29');
  const eln = page.locator('[data-schedule="eln2020"]');
  await expect(eln.locator('tbody tr').nth(0)).toContainText('2028年3月29日');
  const [download] = await Promise.all([page.waitForEvent('download'), eln.getByRole('link').click()]);
  const ics = await readFile(await download.path(), 'utf8');
  expect(ics).toContain('DTSTART;VALUE=DATE:20280329');
  expect(ics).toContain('LANGUAGE=zh-CN');
});
