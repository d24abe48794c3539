/**
 * The build an office deploys on its own web server: `OPPLAN_URL=https://host/path/ npm run build
 * -- --output-path <dir>` writes the manifest, the pages and the icons for that base, with no
 * localhost left; the manifest passes office-addin-manifest and says what the source says but for
 * its URLs; a base Office would refuse stops the build; another folder is written into, not wiped.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_BASE, deploymentBase, manifestFor } = require("../../scripts/manifestFor.cjs") as {
  DEV_BASE: string;
  deploymentBase: (raw: string) => string;
  manifestFor: (xml: string, base: string) => string;
};

const ROOT = join(__dirname, "../..");
const SOURCE = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const BASE = "https://plan.example.go.th/opplan/";
const urlsOf = (xml: string) => [...xml.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]).filter((u) => !u.startsWith("http://schemas."));

describe("the manifest for a deployment base", () => {
  it("takes an https base with or without its last slash, and refuses what Office would not load", () => {
    expect(deploymentBase("https://plan.example.go.th/opplan")).toBe(BASE);
    expect(deploymentBase(" https://plan.example.go.th/opplan/ ")).toBe(BASE);
    expect(deploymentBase("https://www.example.go.th/")).toBe("https://www.example.go.th/");
    for (const bad of ["http://plan.example.go.th/opplan/", "plan.example.go.th/opplan", "https://localhost:3000/", "https://x.go.th/opplan/?v=1"])
      expect(() => deploymentBase(bad)).toThrow(/OPPLAN_URL/);
  });

  it("moves every dev-server URL to the base and changes nothing else", () => {
    const xml = manifestFor(SOURCE, BASE);
    expect(xml).not.toContain("localhost");
    const before = urlsOf(SOURCE);
    expect(before.length).toBeGreaterThan(20);
    expect(urlsOf(xml)).toEqual(before.map((u) => (u.startsWith(DEV_BASE) ? BASE + u.slice(DEV_BASE.length) : u)));
    expect(xml.split(BASE).join(DEV_BASE)).toBe(SOURCE);
  });
});

describe("OPPLAN_URL=… npm run build -- --output-path <dir>", () => {
  const out = mkdtempSync(join(tmpdir(), "opplan-deploy-"));
  let built: ReturnType<typeof spawnSync>;

  beforeAll(() => {
    // A web server's folder with another site in it: it must survive the build.
    writeFileSync(join(out, "other-site.html"), "<p>เว็บไซต์อื่นของ อบต.</p>");
    built = spawnSync("npx", ["webpack", "--mode", "production", "--output-path", out], {
      cwd: ROOT,
      env: { ...process.env, OPPLAN_URL: BASE },
      encoding: "utf8",
      timeout: 240_000,
    });
  }, 300_000);

  it("builds into the folder, leaving what else is in it", () => {
    expect([built.status, String(built.stderr).slice(-2000)]).toEqual([0, expect.any(String)]);
    expect(readFileSync(join(out, "other-site.html"), "utf8")).toContain("เว็บไซต์อื่น");
  });

  it("writes a manifest for the base, with every page and icon it names beside it", () => {
    const xml = readFileSync(join(out, "manifest.xml"), "utf8");
    expect(xml).toBe(manifestFor(SOURCE, BASE));
    for (const url of urlsOf(xml).filter((u) => u.startsWith(BASE))) expect([url, existsSync(join(out, url.slice(BASE.length)))]).toEqual([url, true]);
  });

  it("leaves no localhost in any page, script or the manifest", () => {
    const files = readdirSync(out).filter((f) => /\.(html|js|xml)$/.test(f));
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((f) => readFileSync(join(out, f), "utf8").includes("localhost"))).toEqual([]);
  });

  it("passes office-addin-manifest info", () => {
    const info = execFileSync("npx", ["office-addin-manifest", "info", join(out, "manifest.xml")], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    expect(info).toContain(`Source Location: ${BASE}taskpane.html`);
    expect(info).not.toContain("localhost");
  });

  it("stops before building when OPPLAN_URL is not https", () => {
    const dir = mkdtempSync(join(tmpdir(), "opplan-deploy-bad-"));
    const r = spawnSync("npx", ["webpack", "--mode", "production", "--output-path", dir], {
      cwd: ROOT,
      env: { ...process.env, OPPLAN_URL: "http://plan.example.go.th/opplan/" },
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(r.status).not.toBe(0);
    expect(`${r.stdout}${r.stderr}`).toContain("https://");
    expect(existsSync(join(dir, "manifest.xml"))).toBe(false);
  });
});
