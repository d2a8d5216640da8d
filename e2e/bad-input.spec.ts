// Bad input never costs the owner a blank page or their good data: mangled, cut or too-new
// result links, and damaged saved answers.
import { expect, expectAccessible, locales, test, waitForApp } from './fixtures/app';
import { CURRENT_KEY, DAMAGED, HISTORY_KEY, fromFutureVersion, saveDamaged, savedCode, withOneCharacterChanged } from './fixtures/codes';
import { Journey, questions } from './fixtures/journey';

const { id, en } = locales;

/** Starts a check as a fashion business and answers P1, so the phone holds good answers. */
async function ownAnswers(page: import('@playwright/test').Page) {
  await page.goto('/');
  await waitForApp(page);
  const journey = new Journey(page);
  await page.getByRole('link', { name: id.start_button }).click();
  await journey.chooseProductType('fashion');
  await journey.answer(questions.find((q) => q.id === 'P1')!, 3);
  await journey.next();
  return savedCode(page);
}

async function expectLinkError(page: import('@playwright/test').Page, message: string) {
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { level: 1, name: id.link_error_title })).toBeVisible();
  await expect(alert).toContainText(message);
  await expect(page.getByRole('link', { name: id.take_check_yourself })).toBeVisible();
  await expectAccessible(page);
}

test('links that cannot be read say why, and leave the visitor’s own answers alone', async ({ page }) => {
  const own = await ownAnswers(page);
  const cases: [string, string][] = [
    ['#r=hello-world', id.link_error_not_a_code],
    [`#r=${own.slice(0, 8)}`, id.link_error_truncated],
    [`#r=${withOneCharacterChanged(own)}`, id.link_error_wrong_checksum],
    [`#r=${fromFutureVersion(own)}`, id.link_error_from_newer_version],
  ];
  for (const [fragment, message] of cases) {
    await page.goto('/' + fragment);
    await waitForApp(page);
    await expectLinkError(page, message);
  }
  expect(await savedCode(page)).toBe(own);
  await page.getByRole('link', { name: id.take_check_yourself }).click();
  await expect(page.getByRole('button', { name: id.resume_continue })).toBeVisible();
});

test('the link error speaks the language chosen', async ({ page }) => {
  await page.goto('/?lang=en#r=not-a-result');
  await waitForApp(page);
  await expect(page.getByRole('alert')).toContainText(en.link_error_not_a_code);
});

test('damaged saved answers are set aside with a message, and good history is kept', async ({ page }) => {
  const good = await ownAnswers(page);
  await saveDamaged(page, good);
  await page.goto('/');
  await waitForApp(page);
  await expect(page.getByRole('status')).toContainText(id.unreadable_save.replace('{count}', '2'));
  await expect(page.getByRole('link', { name: id.start_button })).toBeVisible();
  const kept = await page.evaluate(
    ([current, history]) => ({
      history: localStorage.getItem(history),
      asideCurrent: localStorage.getItem(current + '.unreadable'),
      asideHistory: localStorage.getItem(history + '.unreadable'),
    }),
    [CURRENT_KEY, HISTORY_KEY],
  );
  expect(kept).toEqual({ history: good, asideCurrent: DAMAGED.current, asideHistory: DAMAGED.historyLine });
});

test('delete everything removes only this app’s data, after asking', async ({ page }) => {
  await ownAnswers(page);
  await page.evaluate(() => localStorage.setItem('host-page-setting', 'keep me'));
  await page.getByRole('link', { name: id.privacy_link }).click();
  await expect(page.getByRole('heading', { level: 1, name: id.privacy_title })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: id.delete_all }).click();
  await page.getByRole('button', { name: id.delete_yes }).click();
  await expect(page.getByRole('status')).toHaveText(id.deleted);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys).toEqual(['host-page-setting']);
  await page.reload();
  await waitForApp(page);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['host-page-setting']);
});
