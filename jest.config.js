/** @type {import('jest').Config} */
module.exports = {
  // Node's environment, telling the browser tests when a test failed (they screenshot only then).
  testEnvironment: "<rootDir>/tests/support/testEnvironment.js",
  // The browser tests' fake Office host, bundled once for the whole run.
  globalSetup: "<rootDir>/tests/support/globalSetup.ts",
  roots: ["<rootDir>/tests"],
  testMatch: ["<rootDir>/tests/**/*.test.ts?(x)"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        // Type checking runs once in `npm run typecheck`; here files are only transpiled.
        diagnostics: false,
        tsconfig: { jsx: "react-jsx", module: "commonjs", moduleResolution: "node", esModuleInterop: true, isolatedModules: true },
      },
    ],
  },
  // LibreOffice and Chromium tests start real programs.
  testTimeout: 60000,
  // Jest's default on this 2-core CI machine is one worker (cores - 1), so the suite ran file by
  // file. The tests mostly wait on Chromium and LibreOffice, which run in processes of their own:
  // two workers keep both cores busy. OPPLAN_JEST_WORKERS overrides it for a measurement.
  maxWorkers: process.env.OPPLAN_JEST_WORKERS ?? 2,
  reporters: ["default", "<rootDir>/tests/support/summaryReporter.js"],
};
