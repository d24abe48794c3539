import { createServer, type Server } from "node:http";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { FAKE_HOST_ENV, fakeHostBundle } from "./fakeHostBundle";

export const DIST = resolve(__dirname, "../../dist");
export const ARTIFACTS = resolve(__dirname, "../../test-artifacts");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".css": "text/css",
};

/** Serves dist/ on loopback, with the fake host in place of office.js. */
export async function serveDist(fakeHost: string): Promise<{ url: string; close(): Promise<void> }> {
  if (!existsSync(join(DIST, "taskpane.html"))) throw new Error("dist/taskpane.html is missing: run `npm run build` first");
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (path.endsWith("/office-js/office.js")) {
      res.writeHead(200, { "content-type": TYPES[".js"] });
      res.end(fakeHost);
      return;
    }
    const file = normalize(join(DIST, path));
    if (!file.startsWith(DIST) || !existsSync(file)) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

/**
 * The fake host's script: the bundle the jest global setup built for the whole run, or, when
 * this file is used outside jest's setup, one built (or read from the cache) here.
 */
export async function bundleFakeHost(): Promise<string> {
  return readFileSync(process.env[FAKE_HOST_ENV] ?? (await fakeHostBundle()), "utf8");
}

/**
 * Screenshots at the steps a test names are taken only on request (OPPLAN_SCREENSHOTS=1 npx jest
 * tests/e2e): each costs a few hundred milliseconds and nobody looks at them in a passing run.
 * A failing test gets its open pages screenshotted anyway (see usePane).
 */
export const SCREENSHOTS_REQUESTED = process.env.OPPLAN_SCREENSHOTS === "1";

/** A whole page (full length) or one element into test-artifacts/`file`, when screenshots are requested. */
export async function screenshot(target: Page | Locator, file: string): Promise<void> {
  const path = join(ARTIFACTS, file);
  const isPage = "goto" in target;
  if (SCREENSHOTS_REQUESTED) await (isPage ? target.screenshot({ path, fullPage: true }) : target.screenshot({ path }));
  // An element's screenshot waits for it to show, and fails when it never does: that check stays.
  else if (!isPage) await target.waitFor();
}

const failedTestFile = (name: string, i: number) => `failed-${name.replace(/[^\p{L}\p{M}\p{N}]+/gu, "-").slice(0, 120)}-${i}.png`;

export async function launchChromium(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
}

export interface OpenOptions {
  readonly query?: string;
  /** Written into the fake workbook before the pane's bundle runs (window.__opplanSeed). */
  readonly seed?: unknown;
  /** The pane is ready when a button with this name shows. */
  readonly ready: RegExp;
  readonly height?: number;
}

/**
 * One Chromium and one server per test file, started before its tests and closed after them;
 * `open` gives a fresh pane page and the page errors it raises. When a test fails, the pages it
 * left open go to test-artifacts/failed-<test name>-<n>.png.
 */
export function usePane(): { open(options: OpenOptions): Promise<{ page: Page; errors: string[] }> } {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDist>>;
  beforeAll(async () => {
    server = await serveDist(await bundleFakeHost());
    browser = await launchChromium();
  }, 120_000);
  const open = new Set<Page>();
  afterEach(async () => {
    if ((globalThis as { __opplanTestFailed?: boolean }).__opplanTestFailed) {
      const name = expect.getState().currentTestName ?? "test";
      let i = 0;
      for (const page of open) await page.screenshot({ path: join(ARTIFACTS, failedTestFile(name, ++i)), fullPage: true }).catch(() => undefined);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    async open({ query = "", seed, ready, height = 900 }) {
      const page = await browser.newPage({ viewport: { width: 360, height } });
      open.add(page);
      page.on("close", () => open.delete(page));
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      if (seed !== undefined)
        await page.addInitScript((s) => {
          (window as unknown as { __opplanSeed: unknown }).__opplanSeed = s;
        }, seed);
      await page.goto(`${server.url}/taskpane.html${query}`);
      await page.getByRole("button", { name: ready }).waitFor();
      return { page, errors };
    },
  };
}
