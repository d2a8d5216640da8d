// The mentor's workshop area (/mentor/), its edges: pasting again, editing, English, damaged
// lines in storage, a device that will not save, comparing with one workshop, a hostile paste
// and a very large import; and on a phone, that its screens fit. Expected numbers from
// tests/golden, texts from the locale files.
import { readFileSync } from 'node:fs';
import { expect, locales, test, waitForApp } from './fixtures/app';
import { golden } from './fixtures/golden';
import {
  ANSWERED_ON,
  type Participant,
  WORKSHOP_KEY,
  encodeResult,
  expectCohort,
  expectedCohort,
  group,
  marketList,
  parseCsv,
  participantsTable,
  pillars,
  resultLink,
  seedWorkshops,
  storedWorkshop,
} from './fixtures/mentor';
import {
  collectReport,
  count,
  createWorkshop,
  expectAccessible,
  exportCsv,
  importCsv,
  movementsText,
  paste,
  t,
} from './fixtures/mentor-page';

/** How many unreadable links a paste's report lists, as the model keeps them. */
const problemsKept = Number(
  readFileSync(new URL('../src/model/collect.rs', import.meta.url), 'utf8').match(/pub const PROBLEMS_KEPT: usize = (\d+);/)![1],
);


test.describe('on a laptop, the edges', () => {
  test.skip(({ isMobile }) => isMobile, 'the mentor journeys run in the desktop project');

  test('pasting the same messages again adds nothing; an unnamed result and a paste without links are explained', async ({ page, baseURL }) => {
    await createWorkshop(page, 'Kelas Tempel Ulang');
    const participants = group(6);
    await paste(page, participants.map((p) => resultLink(baseURL!, p)).join('\n'));
    await expect(collectReport(page)).toHaveText(count(t.collect_added, 6));
    await expect(page.getByLabel(t.collect_paste_label, { exact: true })).toHaveValue('');
    // The same links again, and one result without a name.
    const unnamed: Participant = { business: golden[2] };
    await paste(page, [...participants.map((p) => `Kirim ulang: ${resultLink(baseURL!, p)}`), resultLink(baseURL!, unnamed)].join('\n'));
    await expect(collectReport(page)).toContainText(count(t.collect_added, 1));
    await expect(collectReport(page)).toContainText(count(t.collect_already_in, 6));
    await expect(participantsTable(page).locator('tbody tr')).toHaveCount(7);
    await expect(participantsTable(page).getByRole('link', { name: t.participant_unnamed.replace('{number}', '7') })).toBeVisible();
    await expectCohort(page, expectedCohort([...participants, unnamed]));
    // Ordinary text only.
    await paste(page, 'Selamat pagi semuanya, pelatihan mulai jam 09.00 di Balai Kota 🙏');
    await expect(collectReport(page)).toHaveText(t.collect_nothing_found);
  });

  test('editing a workshop changes its name, date and place, and keeps them', async ({ page }) => {
    await seedWorkshops(page, { 1: storedWorkshop('Kelas Lama', group(3)) }, '#/pelatihan/1');
    await waitForApp(page);
    await page.getByRole('button', { name: t.edit_workshop }).click();
    const name = page.getByLabel(t.workshop_name, { exact: true });
    await expect(name).toHaveValue('Kelas Lama');
    await name.fill('   ');
    await page.getByRole('button', { name: t.save_workshop }).click();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert')).toHaveText(t.workshop_name_missing);
    await expectAccessible(page);
    await name.fill('Kelas   Ekspor  Baru');
    await page.getByLabel(t.workshop_date, { exact: true }).fill('2026-12-05');
    await page.getByLabel(t.workshop_place, { exact: true }).fill('Gedung Pandanaran');
    await page.getByRole('button', { name: t.save_workshop }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kelas Ekspor Baru' })).toBeVisible();
    await expect(page.getByText('Gedung Pandanaran')).toBeVisible();
    await page.reload();
    await waitForApp(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Kelas Ekspor Baru' })).toBeVisible();
    // The day as the browser writes it in the interface language ("5 Desember 2026").
    const day = await page.evaluate(() => new Date(2026, 11, 5).toLocaleDateString('id', { dateStyle: 'long' }));
    await expect(page.getByText(day)).toBeVisible();
    await expect(participantsTable(page).locator('tbody tr')).toHaveCount(3);
    // The browser's back button returns to the list, and forward to the workshop.
    await page.getByRole('link', { name: t.all_workshops }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.mentor_title })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Kelas Ekspor Baru' })).toBeVisible();
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1, name: t.mentor_title })).toBeVisible();
  });

  test('in English, the export has English headers and imports back, labels and all', async ({ page }) => {
    const participants = group(5);
    await seedWorkshops(page, { 1: storedWorkshop('English Class', participants) }, '#/pelatihan/1');
    await waitForApp(page);
    await page.getByRole('button', { name: 'English', exact: true }).click();
    const en = locales.en;
    await expect(page.getByRole('heading', { level: 2, name: en.cohort_heading })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectAccessible(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: en.export_csv_comma }).click()]);
    const text = readFileSync(await download.path(), 'utf8');
    const [header, ...body] = parseCsv(text, ',');
    const source = readFileSync(new URL('../src/model/csv.rs', import.meta.url), 'utf8');
    const englishLabel = source.match(/const LABEL: Text = Text::Both\(&Pair \{\s*id: "[^"]+",\s*en: "([^"]+)"/)![1];
    expect(header[0]).toBe(englishLabel);
    expect(header.slice(5, 9)).toEqual(pillars.map((p) => p.name.en));
    expect(body.map((row) => row[0])).toEqual(participants.map((p) => p.label));
    await page.getByRole('link', { name: en.all_workshops }).click();
    const form = page.getByRole('region', { name: en.new_workshop_heading });
    await form.getByLabel(en.workshop_name, { exact: true }).fill('English Import');
    await form.getByRole('button', { name: en.create_workshop }).click();
    await page.getByLabel(en.collect_csv_label, { exact: true }).setInputFiles(await download.path());
    await expect(collectReport(page, 'en')).toHaveText(en.collect_added.replace('{count}', '5'));
    const names = await page.getByRole('table', { name: en.table_caption }).locator('tbody th').allInnerTexts();
    expect(names).toEqual(participants.map((p) => p.label));
  });

  test('a damaged result line in a saved workshop is set aside once, and the rest is read', async ({ page }) => {
    const participants = group(4);
    const damaged = storedWorkshop('Kelas Rusak Sebagian', participants).replace(
      encodeResult(participants[1]),
      (code) => `${code}\n${code.slice(0, 12)}`,
    );
    await seedWorkshops(page, { 3: damaged });
    await waitForApp(page);
    await expect(page.getByRole('status')).toContainText(count(t.mentor_unreadable, 1));
    const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
    expect(stored[`${WORKSHOP_KEY}3.unreadable`]).toBe(encodeResult(participants[1]).slice(0, 12));
    await page.getByRole('region', { name: t.workshops_heading }).getByRole('link', { name: 'Kelas Rusak Sebagian' }).click();
    await expectCohort(page, expectedCohort(participants));
    // Moved aside, so the next start has nothing to report.
    await page.reload();
    await waitForApp(page);
    await expect(page.getByText(count(t.mentor_unreadable, 1))).toHaveCount(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), `${WORKSHOP_KEY}3`)).not.toContain(encodeResult(participants[1]).slice(0, 12) + '\n');
  });

  test('a second damaged workshop under the same key is set aside too, not erased', async ({ page }) => {
    await seedWorkshops(page, { 5: 'rusak pertama' });
    await waitForApp(page);
    await expect(page.getByRole('status')).toContainText(count(t.mentor_unreadable, 1));
    // Later, something damaged is written under the same key again.
    await page.evaluate((key) => localStorage.setItem(key, 'rusak kedua'), `${WORKSHOP_KEY}5`);
    await page.reload();
    await waitForApp(page);
    await expect(page.getByRole('status')).toContainText(count(t.mentor_unreadable, 1));
    const kept = await page.evaluate(() => Object.values(localStorage).join('\n'));
    expect(kept).toContain('rusak pertama');
    expect(kept, 'the second damaged value is kept somewhere').toContain('rusak kedua');
  });

  test('a device that will not save says so, and the workshop still works while the page is open', async ({ page, baseURL }) => {
    // Private browsing with a full store: every write of the mentor's data is refused.
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('siap-mendunia-mentor.')) throw new DOMException('full', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    await createWorkshop(page, 'Kelas Tanpa Simpan');
    await expect(page.getByRole('status').filter({ hasText: t.mentor_not_saved })).toBeVisible();
    const participants = group(2);
    await paste(page, participants.map((p) => resultLink(baseURL!, p)).join('\n'));
    await expect(collectReport(page)).toHaveText(count(t.collect_added, 2));
    await expect(participantsTable(page).locator('tbody tr')).toHaveCount(2);
    await expectAccessible(page);
  });

  test('a long word full of link markers is listed briefly with every one counted, and the next paste works', async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    await createWorkshop(page, 'Kelas Kata Panjang');
    // A quarter of a megabyte without a space, a real link at its end: it used to run the page
    // out of memory, each problem holding the whole word.
    const [first, second] = group(2);
    const markers = 50_000;
    // Put in the box at once, as a paste does (filling it would take long).
    const word = `${baseURL}${'&r=AB'.repeat(markers)}#r=${encodeResult(first)}`;
    await page.getByLabel(t.collect_paste_label, { exact: true }).evaluate((box: HTMLTextAreaElement, text) => (box.value = text), word);
    await page.getByRole('button', { name: t.collect_add }).click();
    const report = collectReport(page);
    await expect(report).toContainText(count(t.collect_added, 1), { timeout: 60_000 });
    await expect(report).toContainText(count(t.collect_problems, markers));
    const listed = report.getByRole('listitem');
    await expect(listed).toHaveCount(problemsKept);
    await expect(report).toContainText(count(t.collect_more_problems, markers - problemsKept));
    const shown = await listed.first().innerText();
    expect(shown.length, 'an excerpt of the word, not the word').toBeLessThan(300);
    expect(shown).toContain('…');
    await expectAccessible(page);
    await paste(page, resultLink(baseURL!, second));
    await expect(report).toHaveText(count(t.collect_added, 1));
    await expect(participantsTable(page).locator('tbody tr')).toHaveCount(2);
  });

  test('a CSV of 100,000 participants is read in short tasks, saying how far it has got, to the full report', async ({ page }) => {
    test.setTimeout(300_000);
    // The app's own export of 30 results, grown to 100,000 rows of different participants.
    const sample = group(30);
    await seedWorkshops(page, { 1: storedWorkshop('Sumber', sample) }, '#/pelatihan/1');
    await waitForApp(page);
    const [header, ...rows] = (await exportCsv(page, t.export_csv_semicolon)).bytes.toString('utf8').split('\r\n');
    const total = 100_000;
    const grown = Array.from({ length: total }, (_, i) => {
      const participant = { business: sample[i % 30].business, label: `Peserta ${i + 1}`, date: ANSWERED_ON };
      const cells = rows[i % 30].split(';');
      cells[0] = participant.label;
      cells[cells.length - 1] = encodeResult(participant);
      return cells.join(';');
    });
    const csv = [header, ...grown, ''].join('\r\n');

    await createWorkshop(page, 'Impor Besar');
    await importCsv(page, { name: 'besar.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const report = collectReport(page);
    const escaped = t.collect_reading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const reading = new RegExp(escaped.replace('\\{line\\}', '\\d+').replace('\\{lines\\}', String(total + 1)));
    await expect(report).toContainText(reading, { timeout: 60_000 });
    await expect(report.getByRole('progressbar')).toBeVisible();
    // The page answers while it reads.
    const asked = Date.now();
    await page.evaluate(() => document.title);
    expect(Date.now() - asked).toBeLessThan(5_000);
    await expect(report).toHaveText(count(t.collect_added, total), { timeout: 240_000 });
    const cohort = page.getByRole('region', { name: t.cohort_heading });
    await expect(cohort.getByText(count(t.participants_count, total), { exact: true })).toBeVisible({ timeout: 60_000 });
    await expect(participantsTable(page).locator('tbody tr')).toHaveCount(100);
  });

  test('compare with a single workshop asks for a second; labels match ignoring case', async ({ page }) => {
    await seedWorkshops(page, { 1: storedWorkshop('Hanya Satu', group(3)) }, '#/banding');
    await waitForApp(page);
    await expect(page.getByText(t.compare_needs_two)).toBeVisible();
    await expectAccessible(page);
    const later = group(3, 'umkm SEMARANG', 2);
    await seedWorkshops(page, { 1: storedWorkshop('Hanya Satu', group(3)), 2: storedWorkshop('Ulang', later) }, '#/banding');
    await waitForApp(page);
    await expect(page.getByRole('main')).toContainText(movementsText(group(3), later));
  });
});

test.describe('on a phone', () => {
  test.skip(({ isMobile }) => !isMobile, 'the phone check runs in the phone project');

  test('every screen of the area fits a phone and passes axe, a workshop of 30 participants included', async ({ page }) => {
    test.setTimeout(60_000);
    await seedWorkshops(page, { 1: storedWorkshop('Kelas Ekspor Semarang', group(30)) }, '#/pelatihan/1');
    await waitForApp(page);
    await expectCohort(page, expectedCohort(group(30)));
    // A phone widens its layout viewport (innerWidth) to content that overflows, so the page is
    // measured against the screen's width: the viewport's, and the root's client width.
    const screenWidth = page.viewportSize()!.width;
    const fits = async (screen: string) => {
      const { width, client, inner } = await page.evaluate(() => ({
        width: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
        inner: innerWidth,
      }));
      expect.soft(client, `client width of ${screen}`).toBe(screenWidth);
      expect.soft(inner, `layout viewport of ${screen}`).toBe(screenWidth);
      expect.soft(width, `page width of ${screen}`).toBeLessThanOrEqual(screenWidth);
    };
    await fits('the workshop');
    await expectAccessible(page);
    // The invitation and the list too.
    await page.goto('/mentor/#/pelatihan/1/layar');
    await expect(page.getByRole('img', { name: t.presenter_qr_label })).toBeVisible();
    await fits('the presenter');
    await page.goto('/mentor/#/');
    await expect(page.getByRole('heading', { level: 1, name: t.mentor_title })).toBeVisible();
    await fits('the list');
    await expectAccessible(page);
    // The sources of the check, reached from the footer.
    await page.getByRole('link', { name: t.sources_link }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.sources_title })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: t.sources_questions })).toBeVisible();
    // Every target market, with its rules and their sources.
    await expect(page.getByRole('heading', { level: 2, name: t.sources_markets })).toBeVisible();
    for (const market of marketList) {
      await expect(page.getByRole('heading', { level: 3, name: new RegExp(`^${market.name.id}`) })).toBeVisible();
    }
    await fits('the sources');
    await expectAccessible(page);
  });
});
