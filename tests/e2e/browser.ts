import { createServer, type Server } from "node:http";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import webpack from "webpack";

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

/** Bundles tests/e2e/fakeOfficeHost.ts for the browser with the project's own webpack. */
export async function bundleFakeHost(): Promise<string> {
  const outDir = join(tmpdir(), `opplan-fakehost-${process.pid}`);
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    entry: resolve(__dirname, "fakeOfficeHost.ts"),
    output: { path: outDir, filename: "fakeOfficeHost.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true } }] },
  });
  await new Promise<void>((ok, fail) =>
    compiler.run((err, stats) => {
      if (err || stats?.hasErrors()) fail(err ?? new Error(stats?.toString("errors-only")));
      else compiler.close(() => ok());
    }),
  );
  return readFileSync(join(outDir, "fakeOfficeHost.js"), "utf8");
}

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
 * `open` gives a fresh pane page and the page errors it raises.
 */
export function usePane(): { open(options: OpenOptions): Promise<{ page: Page; errors: string[] }> } {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDist>>;
  beforeAll(async () => {
    server = await serveDist(await bundleFakeHost());
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    async open({ query = "", seed, ready, height = 900 }) {
      const page = await browser.newPage({ viewport: { width: 360, height } });
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
