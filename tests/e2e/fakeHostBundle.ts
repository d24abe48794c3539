import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";

/**
 * tests/e2e/fakeOfficeHost.ts bundled for the browser with the project's own webpack, built once
 * for a whole jest run (tests/support/globalSetup.ts) instead of once per browser test file: a
 * build takes 2–3 s on the CI machine, and loading webpack into each file's module registry
 * more. The bundle is kept in node_modules/.cache with the content hashes of every file it was
 * built from, so a later run whose inputs are unchanged reads it back (CI starts clean, so this
 * only helps locally).
 */
const ROOT = resolve(__dirname, "../..");
const CACHE = join(ROOT, "node_modules", ".cache", "opplan-fakehost");
const MANIFEST = join(CACHE, "manifest.json");
/** The build's own settings are an input too. */
const SELF = __filename;

interface Manifest {
  /** Repository-relative path → sha256 of its content, for every file the bundle was built from. */
  readonly inputs: Record<string, string>;
  /** File name of the bundle in CACHE. */
  readonly bundle: string;
}

/** Undefined for a file gone (or a folder: webpack lists the folders it resolved in too). */
const hashOf = (file: string): string | undefined =>
  statSync(file, { throwIfNoEntry: false })?.isFile() ? createHash("sha256").update(readFileSync(file)).digest("hex") : undefined;

function cached(): string | undefined {
  if (!existsSync(MANIFEST)) return undefined;
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, "utf8")) as Manifest;
  } catch {
    return undefined;
  }
  const bundle = join(CACHE, manifest.bundle);
  if (!existsSync(bundle)) return undefined;
  for (const [file, hash] of Object.entries(manifest.inputs)) if (hashOf(join(ROOT, file)) !== hash) return undefined;
  return bundle;
}

async function build(): Promise<string> {
  // Loaded only when a build is needed: requiring webpack alone takes a second.
  const { default: webpack } = await import("webpack");
  const outDir = mkdtempSync(join(tmpdir(), "opplan-fakehost-"));
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    context: ROOT,
    entry: resolve(__dirname, "fakeOfficeHost.ts"),
    output: { path: outDir, filename: "fakeOfficeHost.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true } }] },
  });
  const files = await new Promise<string[]>((ok, fail) =>
    compiler.run((err, stats) => {
      if (err || !stats || stats.hasErrors()) fail(err ?? new Error(stats?.toString("errors-only")));
      else compiler.close(() => ok([...stats.compilation.fileDependencies]));
    }),
  );
  const text = readFileSync(join(outDir, "fakeOfficeHost.js"), "utf8");
  const inputs: Record<string, string> = {};
  for (const file of [SELF, ...files]) {
    const path = relative(ROOT, file);
    // Packages change only with the lock file, which stands for all of them.
    if (path.startsWith("node_modules") || path.startsWith("..")) continue;
    const hash = hashOf(file);
    if (hash) inputs[path] = hash;
  }
  inputs["package-lock.json"] = hashOf(join(ROOT, "package-lock.json")) ?? "";
  const name = `fakeOfficeHost-${createHash("sha256").update(text).digest("hex").slice(0, 16)}.js`;
  try {
    // Written beside the final names, then renamed: runs in other worktrees may share this folder.
    mkdirSync(CACHE, { recursive: true });
    const tmp = `.${process.pid}.tmp`;
    writeFileSync(join(CACHE, name + tmp), text);
    renameSync(join(CACHE, name + tmp), join(CACHE, name));
    writeFileSync(MANIFEST + tmp, JSON.stringify({ inputs, bundle: name } satisfies Manifest, null, 1));
    renameSync(MANIFEST + tmp, MANIFEST);
    return join(CACHE, name);
  } catch {
    // A read-only node_modules: the build in the temp folder serves this run.
    return join(outDir, "fakeOfficeHost.js");
  }
}

/** The path of the bundled fake host: the cached bundle when its inputs are unchanged, else a new build. */
export async function fakeHostBundle(): Promise<string> {
  return cached() ?? (await build());
}

/** Set by the jest global setup to the bundle every browser test file serves. */
export const FAKE_HOST_ENV = "OPPLAN_FAKE_HOST_BUNDLE";
