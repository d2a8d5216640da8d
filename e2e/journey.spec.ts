// The owner's questions on a phone: product type, one question at a time, hints, "Belum
// tahu", autosave and resume, language switching mid-way, and a keyboard-only path.
import { content, expect, expectAccessible, locales, test, waitForApp } from './fixtures/app';
import { Journey, questions } from './fixtures/journey';

const { id, en } = locales;
const question = (qid: string) => questions.find((q) => q.id === qid)!;

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
});

test('product type first, then one question at a time with its place and a hint', async ({ page }) => {
  const journey = new Journey(page);
  await page.getByRole('link', { name: id.start_button }).click();
  await expectAccessible(page);
  await journey.chooseProductType('food');

  const p1 = question('P1');
  await expect(page.getByRole('heading', { level: 1, name: p1.text.id })).toBeVisible();
  const productPillar = content.pillars.find((p) => p.id === 'product')!;
  const place = id.question_place.replace('{pillar}', productPillar.name.id).replace('{n}', '1').replace('{total}', '7');
  await expect(page.getByText(place)).toBeVisible();
  // The bar under it is the whole check: what is answered of what applies to a food business.
  const applicable = questions.filter((q) => !q.applies_to || q.applies_to.includes('food')).length;
  const overall = (answered: number) =>
    page.getByRole('progressbar', {
      name: id.overall_answered.replace('{answered}', String(answered)).replace('{total}', String(applicable)),
    });
  await expect(overall(0)).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(p1.answers.length + 1);

  await page.getByText(id.hint_toggle).click();
  await expect(page.getByText(p1.hint.id)).toBeVisible();
  await expectAccessible(page);

  await journey.next();
  await expect(page.getByRole('alert')).toHaveText(id.choose_first);
  await journey.answer(p1, '?');
  await journey.next();
  await expect(page.getByRole('heading', { level: 1, name: question('P2').text.id })).toBeVisible();
  await expect(overall(1)).toBeVisible();

  await page.getByRole('button', { name: id.back }).click();
  await expect(page.getByRole('heading', { level: 1, name: p1.text.id })).toBeVisible();
  await expect(page.getByRole('radio', { name: new RegExp('^' + id.dont_know) })).toBeChecked();
});

test('a craft business never sees the food permit', async ({ page }) => {
  const journey = new Journey(page);
  await page.getByRole('link', { name: id.start_button }).click();
  await journey.chooseProductType('craft');
  await journey.answer(question('P1'), 3);
  await journey.next();
  await expect(page.getByRole('heading', { level: 1, name: question('P4').text.id })).toBeVisible();
});

test('a reload in the middle resumes at the same question with the answers kept', async ({ page }) => {
  const journey = new Journey(page);
  await page.getByRole('link', { name: id.start_button }).click();
  await journey.chooseProductType('fashion');
  await journey.answer(question('P1'), 3);
  await journey.next();
  await journey.answer(question('P4'), 1);
  await journey.next();

  await page.reload();
  await waitForApp(page);
  // The question takes the focus, as it does when the owner moves to it.
  await expect(page.getByRole('heading', { level: 1, name: question('P10').text.id })).toBeFocused();
  await page.getByRole('button', { name: id.back }).click();
  await expect(page.getByRole('radio', { name: question('P4').answers[1].text.id, exact: true })).toBeChecked();

  // Coming back to the start page offers to continue where the owner left off.
  await page.goto('/');
  await waitForApp(page);
  await expect(page.getByText(id.resume_progress.replace('{answered}', '2').replace('{total}', String(questions.filter((q) => !q.applies_to || q.applies_to.includes('fashion')).length)))).toBeVisible();
  await page.getByRole('button', { name: id.resume_continue }).click();
  await expect(page.getByRole('heading', { level: 1, name: question('P10').text.id })).toBeVisible();
});

test('switching language mid-way keeps every answer and the position', async ({ page }) => {
  const journey = new Journey(page);
  await page.getByRole('link', { name: id.start_button }).click();
  await journey.chooseProductType('craft');
  await journey.answer(question('P1'), 1);
  await journey.next();
  await journey.answer(question('P4'), 0);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: question('P4').text.en })).toBeVisible();
  await expect(page.getByRole('radio', { name: question('P4').answers[0].text.en, exact: true })).toBeChecked();
  await expectAccessible(page);
  journey.lang = 'en';
  await page.getByRole('button', { name: en.back }).click();
  await expect(page.getByRole('radio', { name: question('P1').answers[1].text.en, exact: true })).toBeChecked();
});

test('start again asks first, then keeps the old answers in the history', async ({ page }) => {
  const journey = new Journey(page);
  await page.getByRole('link', { name: id.start_button }).click();
  await journey.chooseProductType('other');
  await journey.answer(question('P1'), 3);
  await journey.next();
  await page.goto('/');
  await waitForApp(page);

  await page.getByRole('button', { name: id.restart }).click();
  await expect(page.getByText(id.restart_confirm)).toBeVisible();
  await page.getByRole('button', { name: id.cancel }).click();
  await expect(page.getByRole('button', { name: id.resume_continue })).toBeVisible();

  await page.getByRole('button', { name: id.restart }).click();
  await page.getByRole('button', { name: id.restart_yes }).click();
  await expect(page.getByRole('heading', { level: 1, name: id.product_type_title })).toBeVisible();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  const history = await page.evaluate(() => localStorage.getItem('siap-mendunia.v1.history'));
  expect(history).toBeTruthy();
});

test('the whole check can be done with the keyboard alone', async ({ page }) => {
  await page.getByRole('link', { name: id.start_button }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: id.product_type_title })).toBeFocused();
  // Tab into the radio group, arrows choose, Enter continues: the same on every question.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  const food = questions.filter((q) => !q.applies_to || q.applies_to.includes('food')).length;
  for (let asked = 0; asked < food; asked++) {
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toBeFocused();
    const title = (await heading.textContent())!.trim();
    if (!questions.some((q) => q.text.id === title)) break;
    await page.keyboard.press('Tab'); // the hint
    await page.keyboard.press('Tab'); // the first answer
    await page.keyboard.press('ArrowDown'); // moves to and chooses the second answer
    await page.keyboard.press('Enter');
  }
  await expect(page).toHaveURL(/#\/hasil$/);
});
