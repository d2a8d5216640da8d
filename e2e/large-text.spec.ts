// Large text: with the browser's text size at 200 % on a screen 320 px wide, every kind of screen
// still fits (WCAG 1.4.4 and 1.4.10): the page never scrolls sideways, no text runs past the
// screen's edge, and no box cuts its text off. Each screen is also saved as a screenshot to look
// at (test-results/large-text/). Expected text comes from the content and locale files.
import { type Page } from '@playwright/test';
import { expect, locales, test, waitForApp } from './fixtures/app';
import { answerAs, golden } from './fixtures/golden';
import { resultLink } from './fixtures/mentor';
import { createWorkshop, paste, t as mentorT } from './fixtures/mentor-page';

test.skip(({ isMobile }) => !isMobile, 'a phone-sized screen');

/** The browser's text size at 200 %, as a phone's accessibility setting makes it: the root's
 *  font size doubled, which every size in the styles follows (they are in `rem`). Set through
 *  the style object, which the Content-Security-Policy allows. */
async function largeText(page: Page) {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.addInitScript(() => {
    const larger = () => document.documentElement?.style.setProperty('font-size', '200%');
    larger();
    document.addEventListener('readystatechange', larger);
  });
}

/** What does not fit on the screen shown now: sideways scrolling, text past the screen's edge,
 *  and text a box (or a drawing) cuts off. Text only screen readers get is left out. */
async function misfits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width) {
      problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px in ${width} px)`);
    }
    const name = (el: Element) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const seen = (el: Element) => {
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) return false;
      for (let at: Element | null = el; at; at = at.parentElement) {
        const style = getComputedStyle(at);
        if (style.display === 'none' || style.visibility === 'hidden' || style.clipPath.startsWith('inset(50%')) return false;
      }
      return true;
    };
    for (const el of document.querySelectorAll('body *')) {
      const hasText = [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
      if (!hasText || ['INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'TITLE', 'SCRIPT', 'STYLE'].includes(el.tagName) || !seen(el)) continue;
      const rect = el.getBoundingClientRect();
      // A data table may be wider than the screen inside a region of its own that scrolls,
      // which a keyboard can reach and a screen reader names (WCAG 1.4.10's exception).
      const scroller = el.closest('.sm-table-scroll');
      const ownScroll =
        scroller !== null &&
        getComputedStyle(scroller).overflowX === 'auto' &&
        scroller.getAttribute('tabindex') === '0' &&
        scroller.getAttribute('role') === 'region' &&
        scroller.hasAttribute('aria-labelledby') &&
        scroller.getBoundingClientRect().right <= width + 1;
      if (!ownScroll && (rect.right > width + 1 || rect.left < -1)) problems.push(`${name(el)} runs past the screen's edge`);
      // A box that hides what overflows it, or a drawing, must hold its text.
      for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
        const style = getComputedStyle(box);
        const hides = [style.overflowX, style.overflowY].some((o) => o === 'hidden' || o === 'clip') || box.tagName === 'svg';
        if (!hides) continue;
        const outer = box.getBoundingClientRect();
        if (rect.right > outer.right + 1 || rect.left < outer.left - 1 || rect.bottom > outer.bottom + 1 || rect.top < outer.top - 1) {
          problems.push(`${name(el)} is cut off by ${name(box)}`);
        }
        break;
      }
    }
    return problems;
  });
}

/** Checks the screen shown now, and saves it whole to look at. */
async function expectFits(page: Page, screen: string) {
  await page.screenshot({ path: `test-results/large-text/${screen}.png`, fullPage: true });
  expect.soft(await misfits(page), `${screen} at 320 px with text at 200 %`).toEqual([]);
}

for (const lang of ['id', 'en'] as const) {
  test(`the owner's screens fit at 320 px with text at 200 % (${lang})`, async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    await largeText(page);
    const t = locales[lang];
    const business = golden.find((b) => b.capped)!;

    // The owner's own result, with every section of it, after answering every question.
    await answerAs(page, business, lang);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(String(business.overall));
    await page.getByRole('button', { name: t.listen_summary }).waitFor();
    // With every acronym's definition open.
    await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('details.sm-terms').forEach((d) => (d.open = true)));
    await expectFits(page, `${lang}-result`);

    // The welcome (of an owner who comes back), the product type, and a question with its hint
    // open and its read-aloud.
    const home = lang === 'id' ? '/' : '/?lang=en';
    await page.goto(home);
    await waitForApp(page);
    await expectFits(page, `${lang}-welcome`);
    await page.goto(`${home}#/jenis`);
    await expect(page.getByRole('heading', { level: 1, name: t.product_type_title })).toBeVisible();
    await expectFits(page, `${lang}-product-type`);
    await page.goto(`${home}#/q/P1`);
    await expect(page.getByRole('button', { name: t.listen_question, exact: true })).toBeVisible({ timeout: 15_000 });
    await page.getByText(t.hint_toggle).click();
    await expectFits(page, `${lang}-question`);

    await page.goto(resultLink(`${baseURL}${lang === 'id' ? '' : '?lang=en'}`, { business, markets: ['my', 'jp', 'eu'] }));
    await waitForApp(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(String(business.overall));
    await page.getByRole('button', { name: t.listen_summary }).waitFor();
    await expectFits(page, `${lang}-shared-result-with-markets`);

    for (const [route, screen] of [['#/harga', 'price'], ['#/kode-hs', 'hs-code'], ['#/privasi', 'privacy']]) {
      await page.goto(`${lang === 'id' ? '/' : '/?lang=en'}${route}`);
      await waitForApp(page);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectFits(page, `${lang}-${screen}`);
    }
  });
}

test("the mentor's participant table fits at 320 px with text at 200 %", async ({ page, baseURL }) => {
  await largeText(page);
  await createWorkshop(page, 'Kelas ekspor Semarang');
  const links = golden.slice(0, 3).map((business, i) => resultLink(`${baseURL}`, { business, label: `Peserta ${i + 1}` }));
  await paste(page, links.join('\n'));
  await expect(page.getByRole('table', { name: mentorT.table_caption })).toBeVisible();
  await expectFits(page, 'mentor-workshop');
});
