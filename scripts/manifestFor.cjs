/**
 * The add-in manifest for the host it is deployed on: every URL of manifest.xml points at the dev
 * server (https://localhost:3000/), and a production build for an office's own web server
 * (OPPLAN_URL=https://host/path/ npm run build) points them at that base instead. Office loads
 * add-ins only over https, so any other base is refused before anything is built.
 * CommonJS, so that webpack.config.js and the tests use the same function.
 */
const { URL } = require("node:url");

const DEV_BASE = "https://localhost:3000/";

/** The base as a URL ending in "/", or an Error saying what is wrong with it (Thai, then English). */
function deploymentBase(raw) {
  let url;
  try {
    url = new URL(String(raw).trim());
  } catch {
    throw new Error(`OPPLAN_URL "${raw}" ไม่ใช่ URL — ตัวอย่าง https://www.example.go.th/opplan/ (OPPLAN_URL is not a URL)`);
  }
  if (url.protocol !== "https:")
    throw new Error(`OPPLAN_URL ต้องขึ้นต้นด้วย https:// เพราะ Office โหลด Add-in ผ่าน https เท่านั้น (ได้รับ "${raw}"; Office loads add-ins over https only)`);
  if (url.search || url.hash) throw new Error(`OPPLAN_URL ต้องไม่มี ? หรือ # (ได้รับ "${raw}"; no query or fragment)`);
  if (url.hostname === "localhost") throw new Error(`OPPLAN_URL ต้องเป็นเครื่องที่ผู้ใช้เข้าถึงได้ ไม่ใช่ localhost (ได้รับ "${raw}")`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** manifest.xml with every dev-server URL moved to `base` (already checked by deploymentBase). */
function manifestFor(xml, base) {
  const text = String(xml);
  if (!text.includes(DEV_BASE)) throw new Error(`manifest.xml has no ${DEV_BASE} URL to rewrite`);
  // Attribute values are XML-escaped: a base with & would need &amp;.
  const escaped = base.replace(/&/g, "&amp;");
  return text.split(DEV_BASE).join(escaped);
}

module.exports = { DEV_BASE, deploymentBase, manifestFor };
