// What the app promises to keep, it keeps: with two tabs open, with a storage that is full or
// refused, and with a damaged saved answer on a full storage; and text from a link or from
// storage is shown short, on one line and in its own reading order.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, locales, test, waitForApp } from './fixtures/app';
import { CURRENT_KEY, DAMAGED, HISTORY_KEY, saveDamaged, savedCode } from './fixtures/codes';
import { Journey, questions } from './fixtures/journey';
import { createWorkshop, paste } from './fixtures/mentor-page';
import { WORKSHOP_KEY, encodeResult, group, participantRows, resultLink, storedWorkshop } from './fixtures/mentor';

const { id } = locales;
const question = (questionId: string) => questions.find((q) => q.id === questionId)!;
const FILLER = 'host-page.filler.';

/** The answer worth `points` to question `questionId` on screen, as a radio button. */
const answerRadio = (page: Page, questionId: string, points: number) =>
  page.getByRole('radio', { name: question(questionId).answers.find((a) => a.points === points)!.text.id, exact: true });

/** Answers question `questionId` from its own link and goes on. */
async function answerAt(page: Page, questionId: string, points: number) {
  await page.goto(`/#/q/${questionId}`);
  await waitForApp(page);
  await answerRadio(page, questionId, points).check();
  await new Journey(page).next();
  await expect(page.getByRole('heading', { level: 1, name: question(questionId).text.id })).toBeHidden();
}

/** Fills the site's storage to the last character, as another app on the same site might. */
async function fillStorage(page: Page) {
  await page.evaluate((prefix) => {
    let size = 1 << 20;
    for (let i = 0; size >= 1; i++) {
      try {
        localStorage.setItem(prefix + i, 'x'.repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
  }, FILLER);
}

async function freeStorage(page: Page) {
  await page.evaluate((prefix) => {
    for (const key of Object.keys(localStorage)) if (key.startsWith(prefix)) localStorage.removeItem(key);
  }, FILLER);
}

/** Starts a check as a fashion business, from the welcome screen. */
async function startAsFashion(page: Page) {
  await page.goto('/');
  await waitForApp(page);
  await page.getByRole('link', { name: id.start_button }).click();
  await new Journey(page).chooseProductType('fashion');
}

const notice = (page: Page) => page.getByRole('status').filter({ has: page.getByRole('button', { name: id.dismiss }) });

test.describe('two tabs', () => {
  test('of the app: an answer or a business name given in one is kept when the other answers, and shows in it', async ({ page, context }) => {
    await startAsFashion(page);
    const other = await context.newPage();
    await other.goto('/#/q/M1');
    await waitForApp(other);

    await answerAt(page, 'P1', 3);
    await answerRadio(other, 'M1', 1).check();
    await new Journey(other).next();
    // The other tab took in the first tab's answer as it was saved.
    await other.goto('/#/q/P1');
    await expect(answerRadio(other, 'P1', 3)).toBeChecked();

    await page.goto('/#/hasil');
    const name = page.getByLabel(id.share_label_field);
    await name.fill('Batik Bu Sri');
    await name.press('Tab');
    await answerAt(other, 'P4', 0);

    for (const tab of [page, other]) {
      await tab.goto('/#/q/P1');
      await tab.reload();
      await waitForApp(tab);
      await expect(answerRadio(tab, 'P1', 3)).toBeChecked();
      await tab.goto('/#/q/M1');
      await expect(answerRadio(tab, 'M1', 1)).toBeChecked();
      await tab.goto('/#/q/P4');
      await expect(answerRadio(tab, 'P4', 0)).toBeChecked();
      await tab.goto('/#/hasil');
      await expect(tab.getByLabel(id.share_label_field)).toHaveValue('Batik Bu Sri');
    }
  });

  test('of the mentor’s area: results pasted in each are kept, and new workshops never share a number', async ({ page, context, baseURL }) => {
    const url = await createWorkshop(page, 'Kelas Ekspor Batik');
    const other = await context.newPage();
    await other.goto(url);
    await waitForApp(other);
    const [first, second, third] = group(3);

    await paste(page, resultLink(baseURL!, first));
    // The other tab shows it at once, and keeps it when it adds its own.
    await expect.poll(async () => (await participantRows(other)).length).toBe(1);
    await paste(other, resultLink(baseURL!, second));
    await paste(page, resultLink(baseURL!, third));
    for (const tab of [page, other]) {
      await tab.reload();
      await waitForApp(tab);
      const names = (await participantRows(tab)).map((row) => row[0]).sort();
      expect(names).toEqual([first.label, second.label, third.label]);
    }

    await createWorkshop(page, 'Kelas Pagi');
    await createWorkshop(other, 'Kelas Sore');
    const ids = [page.url(), other.url()].map((address) => address.match(/pelatihan\/(\d+)$/)![1]);
    expect(ids[0]).not.toBe(ids[1]);
    const list = other.getByRole('region', { name: id.workshops_heading });
    await other.goto('/mentor/#/');
    await other.reload();
    await waitForApp(other);
    for (const name of ['Kelas Ekspor Batik', 'Kelas Pagi', 'Kelas Sore']) {
      await expect(list.getByRole('link', { name, exact: true })).toBeVisible();
    }
  });
});

test.describe('a storage', () => {
  test('that is full: the owner is told at once, “saved” is never claimed, and answers are saved again once there is room', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    await fillStorage(page);
    await page.getByRole('link', { name: id.start_button }).click();
    await new Journey(page).chooseProductType('fashion');
    await expect(notice(page)).toContainText(id.not_kept_full);
    await expect(page.getByText(id.not_saved)).toBeVisible();
    await expect(page.getByText(id.saved_on_device)).toBeHidden();
    await expectAccessible(page);
    await answerAt(page, 'P1', 3);
    await expect(page.getByText(id.not_saved)).toBeVisible();

    await freeStorage(page);
    await answerAt(page, 'P4', 1);
    await expect(page.getByText(id.saved_on_device)).toBeVisible();
    await expect(notice(page)).toBeHidden();
    await page.goto('/#/q/P1');
    await page.reload();
    await waitForApp(page);
    await expect(answerRadio(page, 'P1', 3)).toBeChecked();
  });

  test('that is refused: the owner is told at once that nothing is kept', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto('/');
    await waitForApp(page);
    await expect(notice(page)).toContainText(id.not_kept_refused);
    await page.getByRole('link', { name: id.start_button }).click();
    await new Journey(page).chooseProductType('fashion');
    await expect(page.getByText(id.not_saved)).toBeVisible();
    await expect(page.getByText(id.saved_on_device)).toBeHidden();
  });

  test('that is full keeps damaged saved answers where they are until they can be set aside', async ({ page }) => {
    await startAsFashion(page);
    await answerAt(page, 'P1', 3);
    const good = await savedCode(page);
    await saveDamaged(page, good);
    await fillStorage(page);
    await page.reload();
    await waitForApp(page);
    await expect(notice(page)).toContainText(id.not_kept_full);
    const stored = () =>
      page.evaluate(
        ([current, history]) => ({
          current: localStorage.getItem(current),
          history: localStorage.getItem(history),
          aside: Object.keys(localStorage)
            .filter((key) => key.endsWith('.unreadable'))
            .sort(),
        }),
        [CURRENT_KEY, HISTORY_KEY],
      );
    expect(await stored()).toEqual({ current: DAMAGED.current, history: `${good}\n${DAMAGED.historyLine}`, aside: [] });

    await freeStorage(page);
    await page.reload();
    await waitForApp(page);
    await expect(notice(page)).toContainText(id.unreadable_save.replace('{count}', '2'));
    expect(await stored()).toEqual({
      current: null,
      history: good,
      aside: [`${CURRENT_KEY}.unreadable`, `${HISTORY_KEY}.unreadable`].sort(),
    });
  });

  test('that is full keeps a workshop’s unreadable result line in it, and says nothing was set aside', async ({ page, baseURL }) => {
    const [first, second] = group(2);
    const text = storedWorkshop('Kelas Rusak', [first]) + 'rusak-baris\n';
    await page.goto('/mentor/');
    await waitForApp(page);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [`${WORKSHOP_KEY}1`, text]);
    await fillStorage(page);
    await page.goto('/mentor/#/pelatihan/1');
    await page.reload();
    await waitForApp(page);
    await expect(notice(page)).toContainText(id.mentor_not_saved);
    await freeStorage(page);
    await paste(page, resultLink(baseURL!, second));
    const saved = await page.evaluate((key) => localStorage.getItem(key), `${WORKSHOP_KEY}1`);
    // Set aside once there was room, then left out of the workshop.
    expect(saved).toContain(encodeResult(second));
    expect(saved).not.toContain('rusak-baris');
    expect(await page.evaluate((key) => localStorage.getItem(key), `${WORKSHOP_KEY}1.unreadable`)).toBe('rusak-baris');
  });
});

test.describe('text from elsewhere', () => {
  test('an unknown language in a link is repeated short, on one line', async ({ page }) => {
    const sentence = 'Situs ini ditutup, hubungi nomor berikut '.repeat(40);
    await page.goto(`/?lang=${encodeURIComponent(sentence)}`);
    await waitForApp(page);
    const message = id.unknown_language.replace('{lang}', 'Situs ini ditutu');
    await expect(notice(page)).toContainText(message);
  });

  test('a stored workshop name is shown within its limit and without characters that reverse the line', async ({ page }) => {
    const hostile = `Kelas \u202Eakirfa\u202C ${'panjang '.repeat(20)}`;
    await page.addInitScript((name) => localStorage.setItem('siap-mendunia.v1.workshop', name), hostile);
    await page.goto('/');
    await waitForApp(page);
    const shown = await page.getByText(/Kelas akirfa/).first().textContent();
    expect(shown).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/);
    expect(shown).not.toContain('panjang '.repeat(10));
  });

  test('a result link opens with what chat apps add after it, and with an empty r= before it', async ({ page, baseURL }) => {
    const [participant] = group(1);
    const code = encodeResult(participant);
    for (const tail of ['%F0%9F%98%80', '”', '%E2%80%9D', '%20', ')']) {
      await page.goto(`/#r=${code}${tail}`);
      await waitForApp(page);
      await expect(page.getByText(id.shared_intro)).toBeVisible();
    }
    await page.goto(`${baseURL}#r=&r=${code}`);
    await page.reload();
    await waitForApp(page);
    await expect(page.getByText(id.shared_intro)).toBeVisible();
  });

  test('a workshop stored under a key the app would not write is listed, not lost', async ({ page }) => {
    await page.goto('/mentor/');
    await waitForApp(page);
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key, value),
      [`${WORKSHOP_KEY}007`, storedWorkshop('Kelas Salinan', group(1))],
    );
    await page.reload();
    await waitForApp(page);
    await expect(page.getByRole('region', { name: id.workshops_heading }).getByRole('link', { name: 'Kelas Salinan' })).toBeVisible();
    const keys = await page.evaluate((prefix) => Object.keys(localStorage).filter((key) => key.startsWith(prefix)), WORKSHOP_KEY);
    expect(keys).toEqual([`${WORKSHOP_KEY}1`]);
  });
});
