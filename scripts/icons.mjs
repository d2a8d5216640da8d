// Draws the PNG icons Android asks for (192 and 512 px, and a 512 px "maskable" one whose
// artwork sits inside the safe circle) from static/icon.svg, in Debian's Chromium. Run by hand
// when the icon changes; the PNGs are committed:  node scripts/icons.mjs
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync(new URL('../static/icon.svg', import.meta.url), 'utf8');
// The maskable icon fills its square with the brand colour and shrinks the artwork to 80%.
const maskable = `<div style="width:100%;height:100%;background:#0b6e4f;display:grid;place-items:center">
  <div style="width:80%;height:80%">${svg}</div></div>`;
const icons = [
  { file: 'icon-192.png', size: 192, body: svg },
  { file: 'icon-512.png', size: 512, body: svg },
  { file: 'icon-maskable-512.png', size: 512, body: maskable },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_BIN ?? '/usr/lib/chromium/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
for (const { file, size, body } of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;width:100%;height:100%}svg{display:block;width:100%;height:100%}</style>${body}`);
  await page.screenshot({ path: new URL(`../static/${file}`, import.meta.url).pathname, omitBackground: true });
  await page.close();
  console.log(`static/${file} (${size}×${size})`);
}
await browser.close();
