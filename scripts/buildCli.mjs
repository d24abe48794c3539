/**
 * `npm run build:cli`: the CLI as one JavaScript file, build/cli/opplan.js (the package's bin),
 * with its source map beside it. `--if-stale` builds only when a source is newer than the file:
 * what `npm run opplan` and `npm run demo` do first, so they never run yesterday's code.
 *
 * Plain JavaScript, not TypeScript through tsx, because the staleness check runs before every
 * `npm run opplan` and must cost little more than Node's own start (about 0.05 s).
 *
 * ExcelJS is bundled in rather than left in node_modules: Node then reads and compiles one file
 * instead of resolving and loading some 200 modules, and `opplan --help` starts in about 0.18 s
 * instead of 0.30 s (whole process, medians of 9 runs on the 2-core machine). It is also
 * evaluated only when a command first touches it (lazyExcelJs below), so --help and a refused
 * input do not pay for it: about 0.04 s less again.
 *
 * The file lives at build/cli/ (two folders down, as src/cli/ is) because the CLI finds the
 * package root, and the bundled sample in it, at ../.. from its own folder. Not in dist/: the
 * add-in's webpack build empties dist/ each time.
 */
import { chmodSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "build", "cli", "opplan.js");
/** What the bundle is made of: our sources, the locked dependencies, this script. */
const INPUTS = [join(ROOT, "src"), join(ROOT, "package-lock.json"), fileURLToPath(import.meta.url)];

/**
 * `import ExcelJS from "exceljs"` gets a stand-in that loads the real module (still bundled) on
 * the first property read: ExcelJS.Workbook, ExcelJS.ValueType … are only ever read inside
 * functions, never while the modules load. `__esModule` is answered without loading, as
 * esbuild's interop asks it at import time; no own keys are listed, so its copy of the
 * namespace loads nothing either.
 */
const lazyExcelJs = {
  name: "lazy-exceljs",
  setup(b) {
    b.onResolve({ filter: /^exceljs$/ }, (args) => (args.namespace === "lazy-exceljs" ? undefined : { path: "exceljs", namespace: "lazy-exceljs" }));
    b.onLoad({ filter: /.*/, namespace: "lazy-exceljs" }, () => ({
      resolveDir: ROOT,
      contents: `let real;
const load = () => (real ??= require("exceljs"));
module.exports = new Proxy({}, {
  get: (_, key) => (key === "__esModule" ? undefined : load()[key]),
  has: (_, key) => key in load(),
  ownKeys: () => [],
});`,
    }));
  },
};

function newestChange(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

function isStale() {
  let built;
  try {
    built = statSync(OUT).mtimeMs;
  } catch {
    return true;
  }
  return INPUTS.some((p) => newestChange(p) > built);
}

if (!process.argv.includes("--if-stale") || isStale()) {
  // Loaded only to build: the check alone stays at Node's start-up cost.
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [join(ROOT, "src", "cli", "main.ts")],
    outfile: OUT,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    sourcemap: "linked",
    // Names kept: a stack trace under OPPLAN_DEBUG=1 should say which function failed.
    minify: false,
    banner: { js: "#!/usr/bin/env node" },
    plugins: [lazyExcelJs],
    logLevel: "warning",
    write: false,
  });
  // Each file written beside itself and renamed into place: a test worker that starts the CLI
  // while another worker rebuilds it runs the old file or the new one, never half of one.
  mkdirSync(dirname(OUT), { recursive: true });
  for (const f of result.outputFiles) {
    const temporary = `${f.path}.${process.pid}.tmp`;
    writeFileSync(temporary, f.contents);
    if (f.path === OUT) chmodSync(temporary, 0o755);
    renameSync(temporary, f.path);
  }
}
