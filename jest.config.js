/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
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
  reporters: ["default", "<rootDir>/tests/support/summaryReporter.js"],
};
