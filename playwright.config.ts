// End-to-end tests of the release build (dist/), in Debian's Chromium: Playwright's own browser
// download is not available on these machines. The app is served with the headers of
// hosting/headers.txt (a strict Content-Security-Policy), allowing the example host page
// (examples/embed), served from another origin, to frame it.
import { defineConfig } from '@playwright/test';

/** SM_E2E_PORT lets two runs share a machine; the example host page is on the next port, and
 *  e2e/offline.spec.ts starts a server per worker on the two after it. */
const port = Number(process.env.SM_E2E_PORT ?? 8091);
const hostPort = port + 1;
const hosts = [`http://127.0.0.1:${hostPort}`, `http://localhost:${hostPort}`];

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_BIN ?? '/usr/lib/chromium/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'phone', use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } },
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
  ],
  webServer: [
    {
      command:
        `node scripts/static-server.mjs --dir dist --port ${port} --headers-file hosting/headers.txt` +
        ` --header "Content-Security-Policy: frame-ancestors 'self' ${hosts.join(' ')}"`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
    },
    {
      command:
        `node scripts/static-server.mjs --dir examples/embed --port ${hostPort}` +
        ` --replace http://127.0.0.1:8080/ http://127.0.0.1:${port}/`,
      url: `http://127.0.0.1:${hostPort}/`,
      reuseExistingServer: false,
    },
  ],
});
