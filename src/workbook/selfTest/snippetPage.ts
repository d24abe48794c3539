/**
 * The self-test as a Script Lab snippet's page (selftest/opplan-selftest.scriptlab.yaml, built from
 * this file by `npm run selftest:snippet`): the run button, a table of the outcomes and the JSON
 * to copy. Seen values go in as text, never as HTML.
 */
import { runSelfTestInOffice } from "./office";
import { PROBES } from "./probes";
import type { ProbeStatus, SelfTestReport } from "./types";

const STATUS_TH: Record<ProbeStatus, string> = { pass: "ผ่าน", fail: "ไม่ผ่าน", observed: "บันทึกไว้" };

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  return el;
}

function show(report: SelfTestReport): void {
  const titles = new Map(PROBES.map((p) => [p.id, p.titleTh]));
  const table = element("table");
  const head = element("tr");
  for (const h of ["การตรวจ", "สถานะ", "สิ่งที่พบ"]) head.append(element("th", h));
  table.append(head);
  for (const p of report.probes) {
    const row = element("tr");
    row.className = p.status;
    row.append(element("td", titles.get(p.id) ?? p.id), element("td", STATUS_TH[p.status]), element("td", typeof p.seen === "string" ? p.seen : JSON.stringify(p.seen)));
    table.append(row);
  }
  const json = element("textarea");
  json.readOnly = true;
  json.rows = 8;
  json.value = JSON.stringify(report, null, 2);
  document.getElementById("results")?.replaceChildren(element("p", `${report.host} · ${report.platform} · ${report.version}`), table, element("p", "ผลเป็น JSON (คัดลอกส่งให้ผู้ดูแล OpPlan):"), json);
}

async function start(): Promise<void> {
  const status = document.getElementById("status");
  const button = document.getElementById("run") as HTMLButtonElement | null;
  if (button) button.disabled = true;
  try {
    const report = await runSelfTestInOffice((p) => {
      if (status) status.textContent = p.current ? `กำลังตรวจ ${p.done + 1}/${p.total}: ${p.current.titleTh}` : "ตรวจเสร็จแล้ว";
    });
    show(report);
  } catch (err) {
    if (status) status.textContent = `ตรวจไม่สำเร็จ: ${err instanceof Error ? err.message : String(err)}`;
  } finally {
    if (button) button.disabled = false;
  }
}

document.getElementById("run")?.addEventListener("click", () => void start());
