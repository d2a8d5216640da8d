// The mentor's workshop area (/mentor/) on a laptop: create a workshop, collect a WhatsApp paste
// of 30 participants' links, check the group's numbers against the model's golden businesses,
// export the CSV and import it again, delete, recover from damaged storage, present the
// invitation and compare two rounds. Every expected number comes from tests/golden and
// content/questionnaire.json (e2e/fixtures/mentor.ts), every text from the locale files.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, test, waitForApp } from './fixtures/app';
import { expectResult, golden } from './fixtures/golden';
import { Journey, levels, parseSpec } from './fixtures/journey';
import {
  type Participant,
  WORKSHOP_KEY,
  csvHeaders,
  encodeResult,
  expectCohort,
  expectedCohort,
  group,
  parseCsv,
  participantRows,
  participantsTable,
  pillars,
  resultLink,
  seedWorkshops,
  storedWorkshop,
  version,
  whatsAppBlock,
} from './fixtures/mentor';
import {
  collectReport,
  count,
  createWorkshop,
  expectAccessible,
  exportCsv,
  exportName,
  importCsv,
  movementsText,
  openMentor,
  paste,
  t,
} from './fixtures/mentor-page';


test.describe('on a laptop', () => {
  test.skip(({ isMobile }) => isMobile, 'the mentor journeys run in the desktop project; the phone has its own test below');

  test('the test encoder writes codes the app opens as the golden result', async ({ page }) => {
    for (const business of golden) {
      await page.goto(resultLink('/', { business, label: 'Kopi Ibu Sri — Ungaran', date: '2026-11-28' }));
      await waitForApp(page);
      await expectResult(page, business, 'id');
    }
  });

  test('create a workshop, collect a WhatsApp paste of 30 links, and read the group against the model', async ({ page, baseURL }) => {
    test.setTimeout(90_000);
    // An empty name is refused, with the reason.
    await openMentor(page);
    await expect(page.getByRole('heading', { level: 1, name: t.mentor_title })).toBeVisible();
    const form = page.getByRole('region', { name: t.new_workshop_heading });
    const name = form.getByLabel(t.workshop_name, { exact: true });
    const date = form.getByLabel(t.workshop_date, { exact: true });
    await expect(date).toHaveAttribute('type', 'date');
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    await expect(date).toHaveValue(today);
    await form.getByRole('button', { name: t.create_workshop }).click();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByRole('alert')).toHaveText(t.workshop_name_missing);
    await expect(name).toBeFocused();
    await expectAccessible(page);

    await name.fill('Kelas Ekspor Semarang');
    await form.getByRole('button', { name: t.create_workshop }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kelas Ekspor Semarang' })).toBeVisible();
    await expect(page.getByText(t.no_participants_yet)).toBeVisible();
    await expectAccessible(page);

    // The paste: 30 participants, one forwarded twice, three damaged links, ordinary text.
    const participants = group(30);
    const block = whatsAppBlock(baseURL!, participants);
    await paste(page, block.text);
    const report = collectReport(page);
    await expect(report).toContainText(count(t.collect_added, 30));
    await expect(report).toContainText(count(t.collect_repeated, 1));
    await expect(report).not.toContainText(t.collect_already_in.replace('{count}', '').trim());
    await expect(report).toContainText(count(t.collect_problems, 3));
    const problems = report.getByRole('listitem');
    await expect(problems).toHaveCount(3);
    for (const [i, bad] of block.bad.entries()) {
      await expect(problems.nth(i)).toContainText(t.collect_line.replace('{line}', String(bad.line)));
      await expect(problems.nth(i)).toContainText(bad.snippet);
      await expect(problems.nth(i)).toContainText(t[bad.reason]);
    }
    // The damaged lines stay in the box to be fixed.
    await expect(page.getByLabel(t.collect_paste_label, { exact: true })).not.toHaveValue('');

    const expected = expectedCohort(participants);
    await expectCohort(page, expected);
    await expect(participantsTable(page).locator('tbody tr')).toHaveCount(30);
    await expectAccessible(page);

    // Sorting: overall score, highest first; then names A–Z.
    const overall = participantsTable(page).getByRole('button', { name: t.table_overall, exact: true });
    await overall.click();
    await expect(participantsTable(page).getByRole('columnheader', { name: t.table_overall })).toHaveAttribute('aria-sort', 'descending');
    // aria-sort says the order; the arrow drawn beside the name is not read out as well.
    await expect(overall).toHaveAccessibleName(t.table_overall);
    const byScore = (await participantRows(page)).map((row) => Number(row[3]));
    expect(byScore).toEqual(participants.map((p) => p.business.overall).sort((a, b) => b - a));
    const byName = participantsTable(page).getByRole('button', { name: t.table_name, exact: true });
    await byName.click();
    await expect(participantsTable(page).getByRole('columnheader', { name: t.table_name })).toHaveAttribute('aria-sort', 'ascending');
    await expect(participantsTable(page).getByRole('columnheader', { name: t.table_overall })).toHaveAttribute('aria-sort', 'none');
    const labels = participants.map((p) => p.label!);
    const rows = await participantRows(page);
    expect(rows.map((row) => row[0])).toEqual([...labels].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));
    // Every row shows its participant's golden level, overall and pillar scores.
    for (const row of rows) {
      const participant = participants.find((p) => p.label === row[0])!;
      const level = levels.find((l) => l.id === participant.business.level)!.name.id;
      expect(row.slice(2), row[0]).toEqual([level, String(participant.business.overall), ...participant.business.pillars.map(String)]);
    }

    // A name opens that participant's full result in a new tab.
    const eighth = participants[7];
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      participantsTable(page).getByRole('link', { name: eighth.label, exact: true }).click(),
    ]);
    await waitForApp(popup);
    expect(new URL(popup.url()).pathname).toBe('/');
    await expectResult(popup, eighth.business, 'id');
    await popup.close();

    // The list shows the workshop with its count.
    await page.getByRole('link', { name: t.all_workshops }).click();
    const list = page.getByRole('region', { name: t.workshops_heading });
    await expect(list.getByRole('link', { name: 'Kelas Ekspor Semarang' })).toBeVisible();
    await expect(list.getByText(count(t.participants_count, 30))).toBeVisible();
    await expectAccessible(page);
  });

  test('export CSV with both separators and import it into a new workshop with identical results', async ({ page }) => {
    test.setTimeout(90_000);
    const participants = group(30);
    await seedWorkshops(page, { 1: storedWorkshop('Kelas Ekspor Batik', participants) }, '#/pelatihan/1');
    await waitForApp(page);
    const expected = expectedCohort(participants);
    await expectCohort(page, expected);
    const scores = await page.getByRole('table', { name: t.cohort_scores_caption }).innerText();
    const levelsText = await page.getByRole('region', { name: t.cohort_heading }).getByRole('list').last().innerText();
    const rows = await participantRows(page);

    const files: Record<string, string> = {};
    for (const [button, separator] of [
      [t.export_csv_semicolon, ';'],
      [t.export_csv_comma, ','],
    ]) {
      const file = await exportCsv(page, button);
      expect(file.name).toBe(exportName('Kelas Ekspor Batik'));
      expect([...file.bytes.subarray(0, 3)], 'a UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
      const text = file.bytes.toString('utf8');
      const table = parseCsv(text, separator);
      const [header, ...body] = table;
      expect(header.slice(0, 5)).toEqual([csvHeaders.label, csvHeaders.date, csvHeaders.productType, csvHeaders.level, csvHeaders.overall]);
      expect(header.slice(5, 9)).toEqual(pillars.map((p) => p.name.id));
      expect(header.slice(-3)).toEqual([csvHeaders.markets, csvHeaders.version, 'code']);
      expect(body).toHaveLength(30);
      for (const [i, row] of body.entries()) {
        const { business, label } = participants[i];
        expect(row).toHaveLength(header.length);
        expect(row[0]).toBe(label);
        expect(row[3]).toBe(levels.find((l) => l.id === business.level)!.name.id);
        expect(row.slice(4, 9)).toEqual([business.overall, ...business.pillars].map(String));
        expect(row.slice(-2)).toEqual([String(business.version ?? version), encodeResult(participants[i])]);
        // Each question's points, "?" for Belum tahu, empty if not asked.
        const spec = parseSpec(business.answers);
        expect(row.at(-3), `${label}: no target markets`).toBe('');
        for (const [column, id] of header.slice(9, -3).entries()) {
          expect(row[9 + column], `${label} ${id}`).toBe(spec[id] === undefined ? '' : String(spec[id]));
        }
      }
      files[separator] = file.path;
    }

    // Import into a new workshop: the same group, number for number.
    for (const separator of [';', ',']) {
      await createWorkshop(page, `Impor ${separator === ';' ? 'titik koma' : 'koma'}`);
      await importCsv(page, files[separator]);
      await expect(collectReport(page)).toHaveText(count(t.collect_added, 30));
      await expectCohort(page, expected);
      expect(await page.getByRole('table', { name: t.cohort_scores_caption }).innerText()).toBe(scores);
      expect(await page.getByRole('region', { name: t.cohort_heading }).getByRole('list').last().innerText()).toBe(levelsText);
      expect(await participantRows(page)).toEqual(rows);
      // The same file again adds nothing.
      await importCsv(page, files[separator]);
      await expect(collectReport(page)).toContainText(count(t.collect_already_in, 30));
      await expect(collectReport(page)).toContainText(count(t.collect_added, 0));
      await expect(participantsTable(page).locator('tbody tr')).toHaveCount(30);
    }
  });

  test('a CSV from another program is refused; bad rows are listed while good ones are added', async ({ page }) => {
    const participants = group(12);
    await seedWorkshops(page, { 1: storedWorkshop('Sumber', participants) }, '#/pelatihan/1');
    await waitForApp(page);
    const exported = (await exportCsv(page, t.export_csv_comma)).bytes.toString('utf8');

    await createWorkshop(page, 'Dari program lain');
    const other = `Nama,Kota,Skor\r\nBudi,Semarang,50\r\nSri,Ungaran,70\r\n`;
    await importCsv(page, { name: 'daftar.csv', mimeType: 'text/csv', buffer: Buffer.from(other) });
    await expect(collectReport(page)).toContainText(count(t.collect_added, 0));
    await expect(collectReport(page)).toContainText(t.csv_not_an_export);
    await expect(page.getByText(t.no_participants_yet)).toBeVisible();

    // Row 4 without its code, row 9 with a mistyped code (file lines 5 and 10).
    const lines = exported.split('\r\n');
    const cells = (line: string) => line.split(',');
    const emptied = cells(lines[4]);
    emptied[emptied.length - 1] = '';
    lines[4] = emptied.join(',');
    const mistyped = cells(lines[9]);
    const code = mistyped[mistyped.length - 1];
    const at = Math.floor(code.length / 2);
    mistyped[mistyped.length - 1] = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
    lines[9] = mistyped.join(',');
    await importCsv(page, { name: 'diperbaiki.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n')) });
    const report = collectReport(page);
    await expect(report).toContainText(count(t.collect_added, 10));
    await expect(report).toContainText(count(t.collect_problems, 2));
    const problems = report.getByRole('listitem');
    await expect(problems).toHaveCount(2);
    await expect(problems.nth(0)).toContainText(t.collect_line.replace('{line}', '5'));
    await expect(problems.nth(0)).toContainText(t.csv_missing_code);
    await expect(problems.nth(1)).toContainText(t.collect_line.replace('{line}', '10'));
    await expect(problems.nth(1)).toContainText(t.link_error_wrong_checksum);
    await expect(participantsTable(page).locator('tbody tr')).toHaveCount(10);
    await expectCohort(page, expectedCohort(participants.filter((_, i) => i !== 3 && i !== 8)));
  });

  test('deleting a workshop asks first and keeps the others', async ({ page }) => {
    await seedWorkshops(page, { 1: storedWorkshop('Kelas Pagi', group(3)), 2: storedWorkshop('Kelas Sore', group(4)) });
    await waitForApp(page);
    const list = page.getByRole('region', { name: t.workshops_heading });
    await list.getByRole('link', { name: 'Kelas Sore' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kelas Sore' })).toBeVisible();
    await page.getByRole('button', { name: t.delete_workshop }).click();
    const confirm = page.getByRole('group').filter({ hasText: t.delete_workshop_confirm });
    await expect(confirm).toBeVisible();
    await expectAccessible(page);
    // Cancelling keeps it.
    await confirm.getByRole('button', { name: t.cancel }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kelas Sore' })).toBeVisible();
    await page.getByRole('button', { name: t.delete_workshop }).click();
    await page.getByRole('group').filter({ hasText: t.delete_workshop_confirm }).getByRole('button', { name: t.delete_workshop_yes }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.mentor_title })).toBeVisible();
    await expect(list.getByRole('link', { name: 'Kelas Sore' })).toHaveCount(0);
    await expect(list.getByRole('link', { name: 'Kelas Pagi' })).toBeVisible();
    expect(await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(key)).sort(), WORKSHOP_KEY)).toEqual([`${WORKSHOP_KEY}1`]);
    // Still gone after a reload.
    await page.reload();
    await waitForApp(page);
    await expect(list.getByRole('link', { name: 'Kelas Sore' })).toHaveCount(0);
    await expect(list.getByRole('link', { name: 'Kelas Pagi' })).toBeVisible();
  });

  test('a damaged saved workshop is set aside with a notice; the good one is intact', async ({ page }) => {
    const garbage = 'name ???\n{"not":"a workshop"}';
    const good = storedWorkshop('Kelas Ekspor Kopi', group(5));
    await seedWorkshops(page, { 5: garbage, 2: good });
    await waitForApp(page);
    const notice = page.getByRole('status').filter({ hasText: count(t.mentor_unreadable, 1) });
    await expect(notice).toBeVisible();
    await expectAccessible(page);
    const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
    expect(stored[`${WORKSHOP_KEY}5`]).toBeUndefined();
    expect(stored[`${WORKSHOP_KEY}5.unreadable`]).toBe(garbage);
    expect(stored[`${WORKSHOP_KEY}2`]).toBe(good);
    await notice.getByRole('button', { name: t.dismiss }).click();
    await expect(notice).toHaveCount(0);
    await page.getByRole('region', { name: t.workshops_heading }).getByRole('link', { name: 'Kelas Ekspor Kopi' }).click();
    await expectCohort(page, expectedCohort(group(5)));
    // The next start has nothing new to report.
    await page.reload();
    await waitForApp(page);
    await expect(page.getByText(count(t.mentor_unreadable, 1))).toHaveCount(0);
  });

  test('an unknown workshop says so; an unknown language falls back to Indonesian', async ({ page }) => {
    await openMentor(page, '/mentor/#/pelatihan/999');
    await expect(page.getByRole('alert')).toContainText(t.workshop_missing_title);
    await expect(page.getByRole('heading', { level: 1, name: t.workshop_missing_title })).toBeVisible();
    await expectAccessible(page);
    await openMentor(page, '/mentor/#/pelatihan/999/layar');
    await expect(page.getByRole('alert')).toContainText(t.workshop_missing_title);

    await openMentor(page, '/mentor/?lang=xx');
    await expect(page.getByRole('status')).toContainText(t.unknown_language.replace('{lang}', 'xx'));
    await expect(page.getByRole('heading', { level: 1, name: t.mentor_title })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await expectAccessible(page);
  });

  test('the presenter screen invites to the check tagged with the workshop', async ({ page, context, baseURL }) => {
    test.setTimeout(90_000);
    const name = 'Kelas Ekspor Batik Semarang';
    await createWorkshop(page, name);
    await page.getByRole('link', { name: t.presenter_link }).click();
    await expect(page).toHaveURL(/#\/pelatihan\/\d+\/layar$/);
    await expect(page.getByRole('heading', { level: 1, name: t.presenter_title })).toBeVisible();
    await expect(page.getByRole('button', { name: t.presenter_full_screen })).toBeVisible();
    const invite = new URL(baseURL!);
    invite.searchParams.set('w', name);
    await expect(page.getByText(invite.href.replace(/^https?:\/\//, ''), { exact: true })).toBeVisible();
    const qr = page.getByRole('img', { name: t.presenter_qr_label });
    await expect(qr).toBeVisible();
    const png = PNG.sync.read(await qr.screenshot());
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(invite.href);
    // The link can be copied for the workshop's chat group.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: t.presenter_copy }).click();
    await expect(page.getByRole('status').filter({ hasText: t.presenter_copied })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(invite.href);
    await expectAccessible(page);
    // The same invitation when the mentor's area was opened as /mentor, without the slash.
    const presenter = new URL(page.url());
    await page.goto(presenter.pathname.replace(/\/$/, '') + presenter.hash);
    await waitForApp(page);
    await expect(page.getByText(invite.href.replace(/^https?:\/\//, ''), { exact: true })).toBeVisible();

    // A participant opens it: the welcome names the workshop, also after a reload.
    await page.goto(invite.href);
    await waitForApp(page);
    const welcome = page.getByText(t.welcome_workshop.replace('{workshop}', name));
    await expect(welcome).toBeVisible();
    await expect(page.getByRole('link', { name: t.mentor_link })).toHaveAttribute('href', /mentor\/$/);
    await page.goto('/');
    await waitForApp(page);
    await expect(welcome).toBeVisible();
    // ...and the result's WhatsApp message says which workshop it is from.
    const batik = golden[0];
    await page.getByRole('link', { name: t.start_button }).click();
    const journey = new Journey(page, 'id');
    await journey.chooseProductType(batik.product_type);
    await journey.answerAll(parseSpec(batik.answers));
    await expectResult(page, batik, 'id');
    const whatsApp = await page.getByRole('link', { name: t.share_whatsapp }).getAttribute('href');
    const message = new URL(whatsApp!).searchParams.get('text');
    expect(message).toContain(t.share_summary_workshop.replace('{workshop}', name));
  });

  test('comparing two rounds of the same group counts who moved', async ({ page }) => {
    // A change as the table writes it: the difference of the two numbers beside it, signed.
    const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : '0');
    const before = group(30);
    const after = group(10, 'UMKM Semarang', 1);
    await seedWorkshops(page, { 1: storedWorkshop('Putaran 1', before), 2: storedWorkshop('Putaran 2', after, '2027-02-28') });
    await waitForApp(page);
    await page.getByRole('link', { name: t.compare_link }).click();
    await expect(page.getByRole('heading', { level: 1, name: t.compare_title })).toBeVisible();
    await expect(page.getByLabel(t.compare_before, { exact: true }).locator('option:checked')).toContainText('Putaran 1');
    await expect(page.getByLabel(t.compare_after, { exact: true }).locator('option:checked')).toContainText('Putaran 2');
    await expect(page.getByRole('heading', { level: 3, name: t.compare_movements_heading })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(movementsText(before, after));
    // The score and level tables: before and after as each workshop shows them.
    const scores = page.getByRole('table', { name: t.compare_scores_caption });
    const [b, a] = [expectedCohort(before), expectedCohort(after)];
    for (const [i, row] of b.rows.entries()) {
      const cells = scores.getByRole('row').filter({ has: page.getByRole('rowheader', { name: row.name, exact: true }) }).getByRole('cell');
      await expect(cells.nth(0)).toHaveText(String(row.stats.mean));
      await expect(cells.nth(1)).toHaveText(String(a.rows[i].stats.mean));
      await expect(cells.nth(2)).toHaveText(signed(a.rows[i].stats.mean - row.stats.mean));
    }
    const levelTable = page.getByRole('table', { name: t.compare_levels_caption });
    for (const [i, level] of b.levels.entries()) {
      const cells = levelTable.getByRole('row').filter({ has: page.getByRole('rowheader', { name: level.name, exact: true }) }).getByRole('cell');
      await expect(cells.nth(0)).toHaveText(String(level.count));
      await expect(cells.nth(1)).toHaveText(String(a.levels[i].count));
      await expect(cells.nth(2)).toHaveText(signed(a.levels[i].count - level.count));
    }
    await expectAccessible(page);
  });

  test('a thousand links pasted at once are all collected', async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    await createWorkshop(page, 'Kelas Besar');
    const participants = group(1000, 'Peserta');
    await paste(page, participants.map((p) => `Hasil ${p.label}: ${resultLink(baseURL!, p)}`).join('\n'));
    await expect(collectReport(page)).toHaveText(count(t.collect_added, 1000), { timeout: 60_000 });
    const cohort = page.getByRole('region', { name: t.cohort_heading });
    await expect(cohort.getByText(count(t.participants_count, 1000), { exact: true })).toBeVisible();
    await expectCohort(page, expectedCohort(participants));
    // The table draws a hundred rows at a time, saying so, and the next hundred on request.
    const rows = participantsTable(page).locator('tbody tr');
    await expect(rows).toHaveCount(100);
    await expect(page.getByText(t.table_showing.replace('{shown}', '100').replace('{total}', '1000'))).toBeVisible();
    await page.getByRole('button', { name: t.table_show_more.replace('{count}', '100') }).click();
    await expect(rows).toHaveCount(200);
  });

  test('the exported CSV opens in LibreOffice Calc with its Indonesian text and columns', async ({ page }) => {
    test.setTimeout(150_000);
    const participants: Participant[] = [
      { business: golden[0], label: 'Batik Ĝ', date: '2026-11-28' },
      { business: golden[1], label: 'Keripik Tempe “Bu Tini”', date: '2026-11-28' },
      { business: golden[2], label: 'Kopi Ibu Sri — Ungaran', date: '2026-11-28' },
      // A label a spreadsheet would run as a formula: written guarded, shown as text.
      { business: golden[0], label: '=1+1 Dapur Bu Ani', date: '2026-11-28' },
    ];
    await seedWorkshops(page, { 1: storedWorkshop('Kelas Spreadsheet', participants) }, '#/pelatihan/1');
    await waitForApp(page);
    const file = await exportCsv(page, t.export_csv_semicolon);
    const work = mkdtempSync(join(tmpdir(), 'sm-soffice-'));
    try {
      const csv = join(work, 'ekspor.csv');
      writeFileSync(csv, file.bytes);
      // Semicolon (59), double quote (34), UTF-8 (76), from line 1; a private profile so a
      // running LibreOffice or another test never interferes.
      // LibreOffice must be there (scripts/setup --test installs it): a missing one fails.
      await promisify(execFile)(
        'soffice',
        [
          `-env:UserInstallation=file://${work}/profile`,
          '--headless',
          '--infilter=CSV:59,34,76,1',
          '--convert-to',
          'html',
          '--outdir',
          work,
          csv,
        ],
        { timeout: 120_000 },
      ).catch((error) => {
        if (error.code === 'ENOENT') throw new Error('soffice (LibreOffice Calc) is missing: run scripts/setup --test');
        throw error;
      });
      const html = readFileSync(join(work, 'ekspor.html'), 'utf8');
      // Read the cells back from the table LibreOffice wrote.
      await page.setContent(html.replace(/<meta[^>]*>/gi, ''));
      const cells = await page.locator('table tr').evaluateAll((rows) =>
        rows.map((row) => [...row.querySelectorAll('td')].map((cell) => (cell as HTMLElement).innerText.trim())),
      );
      const [header, ...body] = cells;
      expect(header.slice(0, 5)).toEqual([csvHeaders.label, csvHeaders.date, csvHeaders.productType, csvHeaders.level, csvHeaders.overall]);
      expect(header.slice(5, 9)).toEqual(pillars.map((p) => p.name.id));
      expect(header.at(-1)).toBe('code');
      expect(body).toHaveLength(participants.length);
      for (const [i, row] of body.entries()) {
        const { business, label } = participants[i];
        expect(row).toHaveLength(header.length);
        if (label!.startsWith('=')) expect(row[0], 'not run as a formula').toMatch(new RegExp(`^'?${label!.replace(/[+=]/g, '\\$&')}$`));
        else expect(row[0]).toBe(label);
        expect(row[3]).toBe(levels.find((l) => l.id === business.level)!.name.id);
        expect(row.slice(4, 9)).toEqual([business.overall, ...business.pillars].map(String));
        expect(row.at(-1)).toBe(encodeResult(participants[i]));
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

