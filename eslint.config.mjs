// ESLint flat config: typescript-eslint's recommended rules plus the Office.js rules of
// eslint-plugin-office-addins.
//
// The plugin's own `configs.recommended` is not spread in: it bundles its own copy of the
// @typescript-eslint plugin and parser (8.8, for TypeScript 5), which clashes with ours, and
// it turns on prettier/prettier as an error. Its Office.js rules are enabled one by one
// below, at the plugin's recommended levels.
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
