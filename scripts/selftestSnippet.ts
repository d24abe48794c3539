/**
 * npm run selftest:snippet
 * Builds the Script Lab snippet of the self-test (selftest/opplan-selftest.scriptlab.yaml) from
 * the probe sources: src/workbook/selfTest/snippetPage.ts bundled by esbuild. A test checks the
 * committed file is what this builds.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { build } from "esbuild";

const ROOT = resolve(__dirname, "..");
export const SNIPPET_FILE = resolve(ROOT, "selftest/opplan-selftest.scriptlab.yaml");

const TEMPLATE = `<section>
  <p>ตรวจว่า Excel เครื่องนี้ทำงานตามที่ OpPlan ต้องใช้หรือไม่ การตรวจใช้ชีตชั่วคราวชื่อขึ้นต้นด้วย OpPlanTest_ และลบออกเมื่อเสร็จ ข้อมูลของคุณไม่ถูกแก้ไข</p>
  <button id="run">ตรวจความเข้ากันได้กับ Excel</button>
  <p id="status" aria-live="polite"></p>
  <div id="results"></div>
</section>
`;

const STYLE = `body { font-family: "Leelawadee UI", Tahoma, sans-serif; font-size: 14px; }
table { border-collapse: collapse; margin: 8px 0; }
th, td { border: 1px solid #999; padding: 4px; vertical-align: top; text-align: left; }
tr.fail td:nth-child(2) { color: #a4262c; font-weight: bold; }
tr.pass td:nth-child(2) { color: #107c10; }
textarea { width: 100%; font-family: monospace; }
`;

const LIBRARIES = `https://appsforoffice.microsoft.com/lib/1/hosted/office.js
@types/office-js
`;

/** A block literal: every line indented, the text kept as it is. */
function block(text: string, indent: string): string {
  const body = text.endsWith("\n") ? text.slice(0, -1) : text;
  return `|\n${body
    .split("\n")
    .map((line) => (line.length > 0 ? indent + line : ""))
    .join("\n")}\n`;
}

export async function buildSnippet(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(ROOT, "src/workbook/selfTest/snippetPage.ts")],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    format: "iife",
    target: "es2017",
    charset: "utf8",
    legalComments: "none",
    logLevel: "silent",
  });
  // Script Lab compiles its script as TypeScript; the bundle is plain JavaScript.
  const script = `// @ts-nocheck\n// Built by \`npm run selftest:snippet\` from src/workbook/selfTest: do not edit here.\n${result.outputFiles[0].text}`;
  return [
    `id: opplan-selftest`,
    `name: ${JSON.stringify("OpPlan ตรวจความเข้ากันได้กับ Excel")}`,
    `description: ${JSON.stringify("การตรวจชุดเดียวกับปุ่ม ตรวจความเข้ากันได้กับ Excel ในแผงงาน OpPlan (src/workbook/selfTest)")}`,
    `host: EXCEL`,
    `api_set:`,
    `  ExcelApi: '1.9'`,
    `script:`,
    `  content: ${block(script, "    ")}  language: typescript`,
    `template:`,
    `  content: ${block(TEMPLATE, "    ")}  language: html`,
    `style:`,
    `  content: ${block(STYLE, "    ")}  language: css`,
    `libraries: ${block(LIBRARIES, "  ")}`,
  ].join("\n");
}

if (require.main === module) {
  buildSnippet()
    .then((yaml) => {
      writeFileSync(SNIPPET_FILE, yaml);
      process.stdout.write(`เขียน ${SNIPPET_FILE} แล้ว\n`);
    })
    .catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    });
}
