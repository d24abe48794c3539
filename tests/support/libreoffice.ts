import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";

/**
 * LibreOffice and poppler as the tests' independent reader of our .xlsx files: if they
 * render what we meant, a real spreadsheet program understood the file.
 */
export function convertWithLibreOffice(file: string, to: "pdf" | "xlsx"): string {
  return convertAllWithLibreOffice([file], to)[0];
}

/**
 * A private profile per jest worker process: parallel workers must not share LibreOffice's
 * lock, while the calls of one worker run one after another (execFileSync) and can share one,
 * which saves the profile's creation (~0.2 s) on every call after the first.
 */
let profile: string | undefined;

/**
 * Every file converted, in the order given. Files go to LibreOffice in as few calls as their
 * names allow (one call per set of distinct base names, as outputs are named after inputs):
 * starting soffice costs 1–2 s a call, converting one more file in the same call far less.
 */
export function convertAllWithLibreOffice(files: readonly string[], to: "pdf" | "xlsx"): string[] {
  profile ??= mkdtempSync(join(tmpdir(), "opplan-lo-profile-"));
  const outputs: string[] = Array<string>(files.length);
  let left = files.map((file, i) => ({ file, i }));
  while (left.length) {
    const names = new Set<string>();
    const batch = left.filter(({ file }) => !names.has(basename(file)) && names.add(basename(file)));
    left = left.filter((f) => !batch.includes(f));
    const outDir = mkdtempSync(join(tmpdir(), "opplan-lo-"));
    execFileSync(
      "soffice",
      [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", to, "--outdir", outDir, ...batch.map((f) => f.file)],
      { stdio: "pipe", timeout: 120_000 + 30_000 * (batch.length - 1) },
    );
    for (const { file, i } of batch) {
      const produced = join(outDir, `${basename(file, extname(file))}.${to}`);
      if (!existsSync(produced)) throw new Error(`LibreOffice produced no .${to} for ${basename(file)}`);
      outputs[i] = produced;
    }
  }
  return outputs;
}

export function pdfText(pdf: string): string {
  return execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
}

export interface PdfPage {
  width: number;
  height: number;
}

export function pdfPages(pdf: string): PdfPage[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "9999", pdf], { encoding: "utf8" });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({ width: +m[1], height: +m[2] }));
}

/**
 * pdftotext splits Thai clusters and may reorder tone marks; compare text with spaces and
 * Thai combining marks removed on both sides.
 */
export function looseThai(s: string): string {
  return s.replace(/[\s\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, "");
}

export const isA4 = (p: PdfPage, orientation: "portrait" | "landscape") => {
  const [w, h] = orientation === "landscape" ? [841.89, 595.3] : [595.3, 841.89];
  return Math.abs(p.width - w) < 2 && Math.abs(p.height - h) < 2;
};
