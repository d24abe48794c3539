import { readFileSync } from "node:fs";
import { PROBES } from "../../src/workbook/selfTest/probes";
import { buildSnippet, SNIPPET_FILE } from "../../scripts/selftestSnippet";

// js-yaml (a dependency of eslint and webpack-cli) ships no types: its load is all this needs.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { load } = require("js-yaml") as { load(text: string): unknown };

interface Snippet {
  name: string;
  host: string;
  script: { content: string; language: string };
  template: { content: string; language: string };
  libraries: string;
}

describe("Script Lab snippet of the self-test", () => {
  const committed = readFileSync(SNIPPET_FILE, "utf8");

  it("is what npm run selftest:snippet builds from the probe sources", async () => {
    // When this fails: run `npm run selftest:snippet` and commit selftest/opplan-selftest.scriptlab.yaml.
    expect(committed === (await buildSnippet())).toBe(true);
  });

  it("parses as a Script Lab snippet for Excel holding every probe", () => {
    const snippet = load(committed) as Snippet;
    expect(snippet.name).toMatch(/[\u0E01-\u0E5B]/);
    expect(snippet.host).toBe("EXCEL");
    expect(snippet.script.language).toBe("typescript");
    expect(snippet.template.language).toBe("html");
    expect(snippet.template.content).toContain('id="run"');
    expect(snippet.libraries.split("\n")).toEqual(expect.arrayContaining(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "@types/office-js"]));
    for (const p of PROBES) expect(snippet.script.content).toContain(`id: "${p.id}"`);
    expect(snippet.script.content).toContain("Excel.run(");
    // The page writes seen values as text, never as HTML.
    expect(snippet.script.content).not.toMatch(/innerHTML/);
  });
});
