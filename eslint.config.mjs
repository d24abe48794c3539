// ESLint flat config: typescript-eslint's recommended rules plus the Office.js rules of
// eslint-plugin-office-addins.
//
// The plugin's own `configs.recommended` is not spread in: it bundles its own copy of the
// @typescript-eslint plugin and parser (8.8, for TypeScript 5), which clashes with ours, and
// it turns on prettier/prettier as an error. Its Office.js rules are enabled one by one
// below, at the plugin's recommended levels.
import { readdirSync } from "node:fs";
import { defineConfig } from "eslint/config";
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

const NODE_GLOBALS = {
  require: "readonly",
  module: "writable",
  exports: "writable",
  __dirname: "readonly",
  __filename: "readonly",
  process: "readonly",
  console: "readonly",
  Buffer: "readonly",
};

// The layers of src/ and which others each may import (its own folder always). Data flows
// workbook -> rows (domain) -> plan -> report specs (reports) -> workbook; src/core is the leaf
// they all share and imports nothing of ours. The README's "Layout" says the same in words.
// Type imports count too (the rule's allowTypeImports stays off).
const MAY_IMPORT = {
  core: [],
  domain: ["core"],
  reports: ["core", "domain"],
  workbook: ["core"],
  // The seeded generator of lifelike plans: builds workbooks as the template would.
  sample: ["core", "domain", "reports"],
  commands: ["core", "domain", "reports", "workbook", "sample"],
  host: ["core", "domain", "reports", "workbook", "commands", "sample"],
  cli: ["core", "domain", "reports", "workbook", "commands", "sample"],
  taskpane: ["core", "domain", "reports", "workbook", "commands", "host", "sample"],
  // OpPlan without Office: the use cases on the ExcelJS adapter; of the pane only its pure
  // formatters and theme (webpack refuses src/host and the pane's components in its bundle).
  web: ["core", "domain", "reports", "workbook", "commands", "taskpane"],
};
const LAYERS = Object.keys(MAY_IMPORT);

// A new folder in src/ must say where it stands before lint passes.
const unplaced = readdirSync(new URL("./src", import.meta.url), { withFileTypes: true })
  .filter((e) => e.isDirectory() && !LAYERS.includes(e.name))
  .map((e) => e.name);
if (unplaced.length > 0) throw new Error(`eslint.config.mjs: add src/${unplaced.join(", src/")} to MAY_IMPORT`);

/** One files block per layer: its imports of the layers it may not use are errors, at any depth. */
function layerRules(layer) {
  const banned = LAYERS.filter((l) => l !== layer && !MAY_IMPORT[layer].includes(l));
  const message = `src/${layer} may import only ${[layer, ...MAY_IMPORT[layer]].map((l) => `src/${l}`).join(", ")} (eslint.config.mjs, README "Layout").`;
  // "../workbook/port", "../../workbook", "./workbook/x": a folder of that name at any depth.
  const group = banned.flatMap((l) => [`**/${l}`, `**/${l}/**`]);
  // no-restricted-imports does not look at import(): the same folders, as a pattern on the path.
  const dynamic = `ImportExpression > Literal[value=/(^|\\/)(${banned.join("|")})(\\/|$)/]`;
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": ["error", { patterns: banned.length > 0 ? [{ group, message }] : [] }],
      "no-restricted-syntax": banned.length > 0 ? ["error", { selector: dynamic, message }] : "off",
    },
  };
}

export default defineConfig(
  { ignores: ["dist/", "build/", "node_modules/", "coverage/", "test-artifacts/", "out/"] },

  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    extends: [tseslint.configs.recommended],
  },

  // Office.js rules on the product code only. Not on tests (they read unloaded properties on
  // purpose, to test the fake Excel) nor on the ExcelJS side (CLI, ExcelJS adapter), whose
  // cell objects look like Office.js proxies to the rules.
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/cli/**", "**/exceljs*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },

  ...LAYERS.map(layerRules),

  // CommonJS tooling files (webpack.config.js, jest.config.js, jest reporters).
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", ecmaVersion: 2022, globals: NODE_GLOBALS },
    rules: {
      "no-undef": "error",
      "no-unused-vars": ["error", { argsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", ecmaVersion: 2022 },
  },
);
