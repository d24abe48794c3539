/**
 * Builds the task pane (which is also the shared runtime's function file) into dist/.
 *
 *   npm run build        production bundle in dist/
 *   npm start            https://localhost:3000 dev server
 *   OPPLAN_URL=https://host/path/ npm run build
 *                        production bundle whose manifest points at that base (README: deployment)
 *   npm run build -- --output-path <dir>
 *                        the same into another folder (only dist/ is emptied first; another folder is
 *                        written into, never wiped: it may be a web server's folder with other sites)
 *
 * Dev server certificate, first that works:
 *   1. office-addin-dev-certs (if installed; it needs sudo on Linux to trust its CA),
 *   2. OPPLAN_CERT / OPPLAN_KEY: paths to PEM certificate and key files,
 *   3. webpack-dev-server's own self-signed certificate (Office will not trust it until you do).
 */
const fs = require("node:fs");
const path = require("node:path");
const { builtinModules } = require("node:module");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { deploymentBase, manifestFor } = require("./scripts/manifestFor.cjs");

const ROOT = __dirname;
const OFFICE_JS_DIR = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

/** Node's core modules resolve to nothing in the browser bundle instead of being polyfilled. */
const NODE_FALLBACKS = Object.fromEntries(
  builtinModules.filter((name) => !name.startsWith("_") && !name.includes("/")).map((name) => [name, false]),
);

/** Code that must never reach the pane: it is Node-only or far too heavy for it. */
const FORBIDDEN = [
  { test: /[\\/]node_modules[\\/](exceljs|jszip|archiver|unzipper|fast-csv)[\\/]/, why: "Node-side workbook library; the pane writes through Office.js (src/workbook/officeWorkbook.ts)" },
  { test: /[\\/]src[\\/]workbook[\\/]exceljsWorkbook\.ts$/, why: "ExcelJS adapter is for the CLI, the web page and the tests only" },
  { test: /[\\/]src[\\/]cli[\\/]/, why: "CLI code is Node-only" },
];

/** What the web page (no Office) must not carry: the Office layer, the CLI. */
const WEB_FORBIDDEN = [
  { test: /[\\/]src[\\/](host|taskpane[\\/]components)[\\/]/, why: "the Office layer: the web page runs without Office" },
  { test: /[\\/]src[\\/]workbook[\\/]office[A-Z][^\\/]*\.ts$/, why: "the Office.js adapter: the web page writes through ExcelJS" },
  { test: /[\\/]src[\\/]cli[\\/]/, why: "CLI code is Node-only" },
];

/** Every chunk an entry loads, at start or later (import()). */
function chunksOf(entrypoint) {
  const chunks = new Set();
  const groups = entrypoint ? [entrypoint] : [];
  const seen = new Set();
  while (groups.length) {
    const group = groups.pop();
    if (seen.has(group)) continue;
    seen.add(group);
    for (const chunk of group.chunks) chunks.add(chunk);
    for (const child of group.childrenIterable) groups.push(child);
  }
  return chunks;
}

/** Fails the build when a forbidden module gets into any chunk of the entry it is forbidden in. */
class ForbidModulesPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("ForbidModulesPlugin", (compilation) => {
      compilation.hooks.afterChunks.tap("ForbidModulesPlugin", () => {
        for (const [entry, rules, where] of [
          ["taskpane", FORBIDDEN, "the task pane"],
          ["web", WEB_FORBIDDEN, "the web page"],
        ]) {
          const reported = new Set();
          for (const chunk of chunksOf(compilation.entrypoints.get(entry))) {
            for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
              const resource = module.resource;
              if (!resource || reported.has(resource)) continue;
              const rule = rules.find((r) => r.test.test(resource));
              if (!rule) continue;
              reported.add(resource);
              const issuer = compilation.moduleGraph.getIssuer(module);
              const from = issuer && issuer.resource ? ` (imported by ${path.relative(ROOT, issuer.resource)})` : "";
              compilation.errors.push(new webpack.WebpackError(`${path.relative(ROOT, resource)} must not be bundled into ${where}${from}: ${rule.why}.`));
            }
          }
        }
      });
    });
  }
}

async function httpsServer() {
  let devCerts;
  try {
    devCerts = require("office-addin-dev-certs");
  } catch {
    devCerts = undefined;
  }
  if (devCerts) {
    try {
      return { type: "https", options: await devCerts.getHttpsServerOptions() };
    } catch (err) {
      console.warn(`[opplan] office-addin-dev-certs failed (${err && err.message}); trying OPPLAN_CERT/OPPLAN_KEY.`);
    }
  }
  const cert = process.env.OPPLAN_CERT;
  const key = process.env.OPPLAN_KEY;
  if (cert && key) {
    return { type: "https", options: { cert: fs.readFileSync(cert), key: fs.readFileSync(key) } };
  }
  if (cert || key) console.warn("[opplan] set both OPPLAN_CERT and OPPLAN_KEY; using a self-signed certificate.");
  console.warn("[opplan] using webpack-dev-server's self-signed certificate: trust it before sideloading into Office.");
  return "https";
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  // Checked before anything is built: a wrong base would give a manifest Office refuses.
  const base = process.env.OPPLAN_URL ? deploymentBase(process.env.OPPLAN_URL) : null;
  const outputPath = argv.outputPath ? path.resolve(argv.outputPath) : path.join(ROOT, "dist");

  return {
    mode: production ? "production" : "development",
    target: "web",
    context: ROOT,
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      // OpPlan without Office (Excel 2016/2019, LibreOffice, no add-ins): one script beside
      // web.html, loadable from file:// as from any host.
      web: "./src/web/index.tsx",
    },
    output: {
      path: outputPath,
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].chunk.js",
      clean: outputPath === path.join(ROOT, "dist"),
    },
    resolve: {
      extensions: [".tsx", ".ts", ".mjs", ".js", ".json"],
      fallback: NODE_FALLBACKS,
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking runs separately (npm run typecheck).
              transpileOnly: true,
              compilerOptions: { noEmit: false, module: "esnext", sourceMap: true },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        // The web page is one script, so that it opens from disk; the pane shares nothing with it.
        chunks: (chunk) => chunk.name !== "web",
        cacheGroups: {
          // What the first paint needs from node_modules (React, Fluent) in one cacheable file;
          // later lazy imports (import()) get their own chunks from the default groups.
          vendors: {
            test: /[\\/]node_modules[\\/]/,
            chunks: (chunk) => chunk.name === "taskpane",
            name: "vendors",
            priority: -10,
            reuseExistingChunk: true,
          },
        },
      },
    },
    performance: {
      hints: production ? "warning" : false,
      maxEntrypointSize: 800 * 1024,
      maxAssetSize: 800 * 1024,
      // The web page carries ExcelJS (its budget is in tests/e2e/web.e2e.test.ts).
      assetFilter: (file) => file.endsWith(".js") && !file.startsWith("office-js/") && !file.startsWith("web."),
    },
    plugins: [
      new ForbidModulesPlugin(),
      new HtmlWebpackPlugin({
        template: "./src/taskpane/taskpane.html",
        filename: "taskpane.html",
        chunks: ["taskpane"],
        inject: "body",
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        template: "./src/web/web.html",
        filename: "web.html",
        chunks: ["web"],
        inject: "body",
        scriptLoading: "defer",
        // Relative URLs: the page opens straight from disk (file://).
        publicPath: "./",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", ...(base ? { transform: (content) => manifestFor(content, base) } : {}) },
          { from: "src/taskpane/help.html", to: "help.html" },
          // The loader fetches host-specific siblings, so the whole folder goes along.
          // Already minified: without `minimized`, terser would re-minify 86 MB.
          ...(serving ? [] : [{ from: OFFICE_JS_DIR, to: "office-js", info: { minimized: true } }]),
        ],
      }),
    ],
    devServer: serving
      ? {
          port: 3000,
          server: await httpsServer(),
          headers: { "Access-Control-Allow-Origin": "*" },
          // Served from node_modules instead of copied into memory on every start.
          static: [{ directory: OFFICE_JS_DIR, publicPath: "/office-js", watch: false }],
          client: { overlay: { warnings: false, errors: true } },
        }
      : undefined,
  };
};
