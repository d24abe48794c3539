import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

/**
 * LibreOffice and poppler as the tests' independent reader of our .xlsx files: if they
 * render what we meant, a real spreadsheet program understood the file.
 */
export function convertWithLibreOffice(file: string, to: "pdf" | "xlsx"): string {
  const outDir = mkdtempSync(join(tmpdir(), "opplan-lo-"));
  // A private profile per call: parallel jest workers must not share LibreOffice's lock.
  const profile = mkdtempSync(join(tmpdir(), "opplan-lo-profile-"));
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", to, "--outdir", outDir, file],
    { stdio: "pipe", timeout: 120_000 },
  );
  const produced = readdirSync(outDir).find((f) => f.endsWith(`.${to}`));
  if (!produced) throw new Error(`LibreOffice produced no .${to} for ${basename(file)}`);
  return join(outDir, produced);
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
