// Questionnaire version 2 beside version 1: the new product types' journeys with their permit
// gates, old result links that open with the score and level they had and say the questions
// have changed, a re-test across versions, and a mentor's workshop holding results of both
// versions, exported and imported. Expected numbers from tests/golden, texts from the locale
// and content files.
import { expect, expectAccessible, locales, test, waitForApp } from './fixtures/app';
import { answerAs, expectResult, golden, goldenVersion1 } from './fixtures/golden';
import { everyQuestion, Journey, type Lang, levels, parseSpec } from './fixtures/journey';
import { encodeResult, parseCsv, resultLink, version } from './fixtures/mentor';
import { collectReport, count, createWorkshop, exportCsv, importCsv, paste, t } from './fixtures/mentor-page';

const named = (start: string) => golden.find((business) => business.name.startsWith(start))!;
const berkembang = (lang: Lang) => levels.find((level) => level.id === 'berkembang')!.name[lang];

for (const [start, lang] of [['Herbal cosmetics maker', 'id'], ['Teak furniture workshop', 'en']] as const) {
  test(`${start}: the new product type's permit question caps the level (${lang})`, async ({ page }) => {
    const business = named(start);
    await answerAs(page, business, lang);
    await expectResult(page, business, lang);
    await expect(page.getByText(locales[lang].results_gate_capped_title.replace('{level}', berkembang(lang)))).toBeVisible();
    await expectAccessible(page);
  });
}

test('an old result link opens with the score and level it had, and says the questions changed', async ({ page }) => {
  for (const [index, business] of goldenVersion1.entries()) {
    const lang: Lang = index % 2 ? 'en' : 'id';
    await page.goto(`/${lang === 'en' ? '?lang=en' : ''}#r=${encodeResult({ business })}`);
    await waitForApp(page);
    await expectResult(page, business, lang);
    await expect(page.getByText(locales[lang].results_older_version)).toBeVisible();
  }
  await expectAccessible(page);
});

for (const lang of ['id', 'en'] as const) {
  test(`a re-test after the questions changed compares the scores and says so (${lang})`, async ({ page }) => {
    const t = locales[lang];
    const [batikThen] = goldenVersion1;
    await page.addInitScript((code) => {
      if (!localStorage.getItem('siap-mendunia.v1.current')) localStorage.setItem('siap-mendunia.v1.current', code);
    }, encodeResult({ business: batikThen, date: '2026-06-01' }));
    await page.goto(`/${lang === 'en' ? '?lang=en' : ''}#/hasil`);
    await waitForApp(page);
    await expectResult(page, batikThen, lang);
    await expect(page.getByText(t.results_older_version)).toBeVisible();
    // Its answers include those to questions version 2 retired, in their own words.
    const retired = everyQuestion.find((question) => question.id === 'K6')!;
    await expect(page.getByText(retired.text[lang], { exact: true })).toBeAttached();

    await page.getByRole('button', { name: t.retake }).click();
    await page.getByRole('button', { name: t.restart_yes }).click();
    const batikNow = named('Batik maker');
    const journey = new Journey(page, lang);
    await journey.chooseProductType(batikNow.product_type);
    await journey.answerAll(parseSpec(batikNow.answers));
    await expect(page).toHaveURL(/#\/hasil$/);
    await expectResult(page, batikNow, lang);
    await expect(page.getByText(t.results_older_version)).toBeHidden();
    const change = page.getByRole('region', { name: t.change_heading });
    await expect(change).toContainText(t.change_questions_changed);
    await expect(change.getByRole('row', { name: new RegExp(t.change_overall) })).toContainText(
      `${batikThen.overall}${batikNow.overall}`,
    );
    await expectAccessible(page);
  });
}

test('a workshop holding results of both versions says so, and its CSV keeps each version', async ({ page, baseURL }) => {
  const participants = [
    { business: goldenVersion1[0], label: 'Batik lama' },
    { business: goldenVersion1[2], label: 'Kopi lama' },
    { business: golden[0], label: 'Batik baru' },
  ];
  await createWorkshop(page, 'Kelas dua versi');
  await paste(page, participants.map((participant) => resultLink(`${baseURL}/`, participant)).join('\n'));
  await expect(collectReport(page)).toContainText(count(t.collect_added, 3));
  await expect(page.getByText(t.cohort_older_versions.replace('{older}', '2').replace('{count}', '3'))).toBeVisible();

  const file = await exportCsv(page, t.export_csv_comma);
  const [header, ...rows] = parseCsv(file.bytes.toString('utf8'), ',');
  const versionColumn = header.length - 2;
  expect(rows.map((row) => row[versionColumn]).sort()).toEqual(['1', '1', String(version)]);
  for (const participant of participants) {
    const row = rows.find((r) => r[0] === participant.label)!;
    expect(row.at(-1)).toBe(encodeResult(participant));
    expect(row[4]).toBe(String(participant.business.overall));
  }

  await createWorkshop(page, 'Kelas dua versi, lagi');
  await importCsv(page, file.path);
  await expect(collectReport(page)).toContainText(count(t.collect_added, 3));
  await expect(page.getByText(t.cohort_older_versions.replace('{older}', '2').replace('{count}', '3'))).toBeVisible();
});
