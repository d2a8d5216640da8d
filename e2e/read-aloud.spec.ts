// Dengarkan / Listen: the question screens, the result's summary and each next step are read
// aloud by the phone's own voice in the language shown; a second tap stops it, leaving the
// screen stops it, and a phone without a voice for the language gets help to add one. The
// browser's speech synthesis is replaced by a recording one, so the test hears what was said,
// in which language and with which voice. Expected texts come from the content and locale files.
import { type Page } from '@playwright/test';
import { expect, expectAccessible, locales, test, waitForApp } from './fixtures/app';
import { golden } from './fixtures/golden';
import { Journey, type Lang, productTypes, questions } from './fixtures/journey';
import { resultLink } from './fixtures/mentor';

type Said = { text: string; lang: string; voice: string | null };

/** Replaces the speech synthesis with one that has voices for `voiceLangs`, records each
 *  utterance, starts the first at once and ends none until `finish()`; `cancel()` interrupts
 *  them all, as a browser does. A `silent` one never speaks at all. */
async function fakeSpeech(page: Page, voiceLangs: string[], { silent = false } = {}) {
  await page.addInitScript(({ langs, silent }: { langs: string[]; silent: boolean }) => {
    type Utterance = { text: string; lang: string; voice: { lang: string } | null } & Record<string, unknown>;
    const said: Said[] = [];
    let queue: Utterance[] = [];
    let cancels = 0;
    const voices = langs.map((lang) => {
      const voice = Object.create(SpeechSynthesisVoice.prototype);
      for (const [key, value] of Object.entries({ lang, localService: true, name: `fake ${lang}`, voiceURI: lang, default: false })) {
        Object.defineProperty(voice, key, { value });
      }
      return voice;
    });
    const fire = (utterance: Utterance, type: string, error?: string) => {
      const event = Object.assign(new Event(type), error ? { error } : {});
      (utterance[`on${type}`] as ((e: Event) => void) | null)?.(event);
    };
    const speech = {
      speak(utterance: Utterance) {
        said.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.lang ?? null });
        // An engine without a voice for the language may neither speak nor say so.
        if (silent) return;
        queue.push(utterance);
        if (queue.length === 1) fire(utterance, 'start');
      },
      cancel() {
        cancels++;
        const stopped = queue;
        queue = [];
        for (const utterance of stopped) fire(utterance, 'error', 'interrupted');
      },
      getVoices: () => voices,
      get speaking() {
        return queue.length > 0;
      },
    };
    Object.defineProperty(window, 'speechSynthesis', { value: speech, configurable: true });
    Object.assign(window, {
      SpeechSynthesisUtterance: class {
        lang = '';
        voice = null;
        constructor(readonly text: string) {}
      },
      fakeSpeech: {
        said,
        cancels: () => cancels,
        finish() {
          while (queue.length) {
            fire(queue.shift()!, 'end');
            if (queue[0]) fire(queue[0], 'start');
          }
        },
      },
    });
  }, { langs: voiceLangs, silent });
}

type Fake = { said: Said[]; cancels: () => number; finish: () => void };
const said = (page: Page) => page.evaluate(() => (window as unknown as { fakeSpeech: Fake }).fakeSpeech.said);
const cancels = (page: Page) => page.evaluate(() => (window as unknown as { fakeSpeech: Fake }).fakeSpeech.cancels());
const finish = (page: Page) => page.evaluate(() => (window as unknown as { fakeSpeech: Fake }).fakeSpeech.finish());

/** Everything said since `from`, as one text with single spaces. */
async function heard(page: Page, from = 0) {
  return (await said(page)).slice(from).map((s) => s.text).join(' ');
}

const voiceOf: Record<Lang, string> = { id: 'id-ID', en: 'en-US' };
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

for (const lang of ['id', 'en'] as const) {
  const t = locales[lang];

  test(`the question screens are read aloud, stopped by a second tap and by leaving (${lang})`, async ({ page }) => {
    await fakeSpeech(page, ['en-US', 'id-ID']);
    await page.goto(lang === 'id' ? '/' : '/?lang=en');
    await waitForApp(page);
    await page.getByRole('link', { name: t.start_button }).click();

    // The product type: the question, its note and every type.
    const listen = button(page, t.listen_question);
    await listen.click({ timeout: 15_000 });
    let text = await heard(page);
    expect(text).toContain(t.product_type_title);
    for (const type of productTypes) expect(text).toContain(type.name[lang]);
    const [first] = await said(page);
    expect(first.lang).toBe(voiceOf[lang]);
    expect(first.voice).toBe(voiceOf[lang]);
    // A second tap stops it.
    const stop = button(page, t.listen_stop);
    await expect(stop).toBeVisible();
    const before = await cancels(page);
    await stop.click();
    await expect(listen).toBeVisible();
    expect(await cancels(page)).toBeGreaterThan(before);

    // The first question: its text, every answer, "Belum tahu" and the hint.
    const journey = new Journey(page, lang);
    await journey.chooseProductType('food');
    const question = await journey.currentQuestion();
    const from = (await said(page)).length;
    await listen.click();
    text = await heard(page, from);
    expect(text).toContain(question.text[lang]);
    for (const answer of question.answers) expect(text).toContain(answer.text[lang]);
    expect(text).toContain(t.dont_know);
    // The hint, sentence by sentence as it is read.
    for (const sentence of question.hint[lang].split(/(?<=[.!?])\s+/)) expect(text).toContain(sentence);
    // Read to its end, the button is ready again.
    await finish(page);
    await expect(listen).toBeVisible();

    // Leaving the screen while it reads stops it.
    await listen.click();
    await expect(stop).toBeVisible();
    const leaving = await cancels(page);
    await journey.answer(question, question.answers[0].points);
    await journey.next();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(question.text[lang]);
    expect(await cancels(page)).toBeGreaterThan(leaving);
    await expect(listen).toBeVisible();
    await expectAccessible(page);
  });

  test(`the result's summary and each next step are read aloud, one at a time (${lang})`, async ({ page, baseURL }) => {
    await fakeSpeech(page, ['id-ID', 'en-US']);
    const business = golden.find((b) => b.capped)!;
    await page.goto(resultLink(`${baseURL}${lang === 'id' ? '' : '?lang=en'}`, { business }));
    await waitForApp(page);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toContainText(String(business.overall));

    await button(page, t.listen_summary).click();
    const summary = await heard(page);
    // The heading's score and its scale, as the screen lays them out.
    expect(summary).toMatch(new RegExp(`\\b${business.overall}\\W+${t.results_out_of}`));
    const level = (await page.locator('.sm-summary__level-name').textContent())!;
    expect(summary).toContain(level);
    const gate = (await page.locator('.sm-gate__title').textContent())!;
    expect(summary).toContain(gate);

    // Step 2 stops the summary and reads its own words.
    const steps = page.getByRole('list').filter({ has: page.getByRole('button', { name: t.listen_step.replace('{n}', '1') }) });
    const second = steps.getByRole('listitem').nth(1);
    const what = (await second.locator('.sm-action__what').textContent())!;
    const from = (await said(page)).length;
    await button(page, t.listen_step.replace('{n}', '2')).click();
    await expect(button(page, t.listen_summary)).toBeVisible();
    const step = await heard(page, from);
    expect(step).toContain(what.split(/(?<=[.!?])\s+/)[0]);
    expect(step).toContain(t.plan_where);
    for (const s of (await said(page)).slice(from)) expect(s.lang).toBe(voiceOf[lang]);
    await expect(button(page, t.listen_stop)).toHaveCount(1);
    await expectAccessible(page);
  });

  test(`without a voice for the language, the button says how to add one (${lang})`, async ({ page, baseURL }) => {
    await fakeSpeech(page, [lang === 'id' ? 'en-US' : 'id-ID']);
    await page.goto(resultLink(`${baseURL}${lang === 'id' ? '' : '?lang=en'}`, { business: golden[0] }));
    await waitForApp(page);
    await button(page, t.listen_summary).click();
    await expect(page.getByRole('status').filter({ hasText: t.listen_no_voice })).toBeVisible();
    expect(await said(page)).toEqual([]);
    await expectAccessible(page);
  });
}

test('a phone that names no voice and never speaks gets the help, not silence', async ({ page, baseURL }) => {
  await fakeSpeech(page, [], { silent: true });
  await page.goto(resultLink(`${baseURL}`, { business: golden[0] }));
  await waitForApp(page);
  // By keyboard alone.
  const listen = button(page, locales.id.listen_summary);
  await listen.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: locales.id.listen_no_voice })).toBeVisible({ timeout: 10_000 });
  await expect(listen).toBeVisible();
});

test('a question is read in the language switched to', async ({ page }) => {
  await fakeSpeech(page, ['id-ID', 'en-GB']);
  await page.goto('/');
  await waitForApp(page);
  await page.getByRole('link', { name: locales.id.start_button }).click();
  const journey = new Journey(page, 'id');
  await journey.chooseProductType('food');
  await page.getByRole('button', { name: 'English' }).click();
  await button(page, locales.en.listen_question).click();
  const [first] = await said(page);
  expect(first.text).toContain(questions.find((q) => q.id === 'P1')!.text.en);
  expect(first.voice).toBe('en-GB');
});
