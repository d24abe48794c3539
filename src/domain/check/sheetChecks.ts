import { cellAddress, columnLetters } from "../../core/address";
import { ACTION_HINT } from "../findings";
import type { WorkbookReading } from "../read/readWorkbook";
import { currentFiscalYear } from "../thaiCalendar";
import { baht, type Add } from "./collect";

const SOURCE_WORDS = { title: "ชื่อเรื่อง", header: "หัวตาราง", cover: "ชื่อเรื่องในแผ่นงาน", sheetName: "ชื่อแผ่นงาน", periods: "ระยะเวลาดำเนินการ", settings: "แผ่นงานตั้งค่า" } as const;

/** What the reader did with each sheet: what it left out, and what it decided where the sheet was not plain. */
export function checkSheets(r: WorkbookReading, add: Add, today: Date): void {
  for (const s of r.skipped) {
    if (s.reason === "five-year-plan") {
      const col = s.header!.yearBudgetColumns[0];
      add(
        "FIVE_YEAR_PLAN_SHEET",
        s.name,
        cellAddress(s.header!.bottom, col),
        `แผ่นงาน "${s.name}" มีงบประมาณแยกเป็นรายปีหลายปี เป็นแบบ ผ.02 ของแผนพัฒนาท้องถิ่น ไม่ใช่บัญชีโครงการของแผนการดำเนินงาน จึงไม่ได้อ่านแถวในแผ่นงานนี้`,
        `คัดเฉพาะโครงการที่จะดำเนินการจริงในปีงบประมาณนี้ พร้อมงบประมาณปีนี้ ลงในแผ่นงานโครงการ (${ACTION_HINT.template}เพื่อเพิ่มแผ่นงานโครงการ)`,
      );
    } else if (s.reason === "dev-plan" && r.projectSheets.length === 0) {
      // Beside a project list a plan sheet is the plan it is checked against; alone, it is not the year's list.
      add(
        "FIVE_YEAR_PLAN_SHEET",
        s.name,
        (r.devPlan?.origin === "workbook" ? r.devPlan.sheets.find((d) => d.name === s.name)?.cell : undefined) ?? "",
        `แผ่นงาน "${s.name}" เป็นแบบ ${s.form} ของแผนพัฒนาท้องถิ่น (แผน 5 ปี) ไม่ใช่บัญชีโครงการของแผนการดำเนินงานประจำปี และสมุดงานนี้ไม่มีบัญชีโครงการของปีนี้`,
        `${ACTION_HINT.template} (ยุทธศาสตร์และแผนงานของแผนพัฒนาจะลงในแผ่นงานยุทธศาสตร์ให้) แล้วคัดเฉพาะโครงการในแผนพัฒนาที่จะดำเนินการในปีงบประมาณนี้ พร้อมงบประมาณปีนี้ ลงในแผ่นงานโครงการ — เก็บแผ่นงาน ${s.form} ไว้ในสมุดงานได้ OpPlan ใช้จัดหมวดหมู่และตรวจว่าโครงการอยู่ในแผนพัฒนา`,
      );
    } else if (s.reason === "hidden") {
      add(
        "HIDDEN_SHEET",
        s.name,
        "",
        `แผ่นงาน "${s.name}" ถูกซ่อนอยู่ จึงไม่ได้อ่านเป็นรายการโครงการ`,
        "ถ้าแผ่นงานนี้มีโครงการของแผนนี้ ให้เลิกซ่อน (คลิกขวาที่แถบแผ่นงาน → ยกเลิกการซ่อน) แล้วตรวจสอบอีกครั้ง",
      );
    } else if (s.headerless) {
      add(
        "PROJECTS_WITHOUT_HEADER",
        s.name,
        cellAddress(s.headerless.first, 0),
        `แผ่นงาน "${s.name}" มีแถวที่ดูเหมือนโครงการ ${s.headerless.rows} แถว งบประมาณรวม ${baht(s.headerless.budget)} บาท แต่ไม่มีหัวตาราง จึงไม่ได้นับรวมในบัญชี`,
        'ใส่แถวหัวตารางเหนือรายการ เช่น "ที่" "โครงการ" "งบประมาณ (บาท)" "หน่วยงานรับผิดชอบหลัก" แล้วตรวจสอบอีกครั้ง',
      );
    }
  }
  const visible = r.projectSheets.length > 0;
  if (!visible) {
    const shown = r.skipped.find((s) => s.reason !== "hidden" && s.reason !== "book-text" && s.reason !== "tracking") ?? r.skipped[0];
    add(
      "HEADER_NOT_FOUND",
      shown?.name ?? r.sheetOrder[0] ?? "",
      "",
      "ไม่พบแผ่นงานที่มีหัวตารางโครงการ (ต้องมีคอลัมน์ชื่อโครงการและคอลัมน์งบประมาณภายใน 30 แถวแรก)",
      `ใส่หัวคอลัมน์ เช่น "โครงการ" และ "งบประมาณ (บาท)" เหนือรายการโครงการ หรือ${ACTION_HINT.template}แล้วกรอกในแผ่นงานโครงการ`,
    );
  } else if (r.projects.length === 0) {
    add(
      "NO_PROJECTS",
      r.projectSheets[0].name,
      "",
      `แผ่นงาน ${r.projectSheets.map((s) => `"${s.name}"`).join(", ")} มีหัวตารางโครงการ แต่ไม่มีแถวโครงการใต้หัวตาราง`,
      "กรอกโครงการใต้หัวตาราง แถวละหนึ่งโครงการ พร้อมงบประมาณ",
    );
  }
  for (const s of r.skipped)
    if (s.reason === "no-header" && !s.headerless && s.tabular && visible)
      // Workbooks hold covers, announcements and notes beside the project sheets: a table skipped
      // is worth knowing, not an error, once some sheet does hold projects; a cover's lines are not.
      add("HEADER_NOT_FOUND", s.name, "", `แผ่นงาน "${s.name}" ไม่มีหัวตารางโครงการ จึงไม่ได้อ่าน`, 'ถ้าแผ่นงานนี้มีโครงการ ให้ใส่หัวคอลัมน์ "โครงการ" และ "งบประมาณ"', {
        severity: "info",
      });
  for (const s of r.projectSheets) {
    if (s.rows.leftOut.length) {
      const money = s.rows.leftOut.reduce((n, x) => n + x.budget, 0);
      add(
        "PROJECTS_WITHOUT_HEADER",
        s.name,
        cellAddress(s.rows.leftOut[0].row, 0),
        `ใต้ช่องลงชื่อของแผ่นงาน "${s.name}" มีแถวที่ดูเหมือนโครงการ ${s.rows.leftOut.length} แถว งบประมาณรวม ${baht(money)} บาท ซึ่งไม่ได้นับรวมในบัญชี`,
        "ย้ายโครงการเหล่านี้ขึ้นไปไว้ในตารางเหนือช่องลงชื่อ หรือใส่หัวตารางเหนือแถวเหล่านี้",
      );
    }
    if (s.budget) {
      const used = s.budget.column;
      const others = s.budget.others.map((b) => `${columnLetters(b.col)} "${b.label}"${b.hidden ? " ซึ่งถูกซ่อนอยู่" : ""}`).join(", ");
      add(
        "BUDGET_COLUMN",
        s.name,
        cellAddress(s.header.bottom, used.col),
        `แผ่นงาน "${s.name}" มีคอลัมน์งบประมาณหลายคอลัมน์ ใช้คอลัมน์ ${columnLetters(used.col)} "${used.label}" ไม่ใช้ ${others}`,
        s.budget.clear
          ? "ถ้าถูกต้องไม่ต้องแก้"
          : `ไม่มีคอลัมน์ใดระบุว่าเป็นงบประมาณปี ${r.fiscalYear ?? "นี้"}: ใส่ปีในหัวคอลัมน์ เช่น "งบประมาณ ปี ${r.fiscalYear ?? 2569}" หรือลบคอลัมน์ที่ไม่ใช้`,
        { severity: s.budget.clear ? "info" : "warning" },
      );
    }
  }
  checkFiscalYear(r, add, today);
}

function checkFiscalYear(r: WorkbookReading, add: Add, today: Date): void {
  if (r.projects.length === 0) return;
  if (r.fiscalYear === null) {
    const year = currentFiscalYear(today);
    add(
      "FY_ASSUMED",
      r.settings.sheet ?? r.projectSheets[0].name,
      r.settings.cells.fiscalYear?.cell ?? "",
      `สมุดงานไม่ได้ระบุปีงบประมาณ (ไม่มีในแผ่นงานตั้งค่า ชื่อเรื่อง หัวเดือน ชื่อแผ่นงาน หรือระยะเวลาดำเนินการ) จึงใช้ปีงบประมาณ พ.ศ. ${year} ตามวันนี้`,
      r.settings.sheet ? `กรอกปีงบประมาณในแผ่นงานตั้งค่า` : `ใส่ปีงบประมาณในชื่อเรื่องเหนือตาราง เช่น "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ${year}" หรือ${ACTION_HINT.template}แล้วกรอกในแผ่นงานตั้งค่า`,
    );
    return;
  }
  // Each sheet that states another year is a cell (or a name) to correct.
  for (const s of r.fiscalYearStated) {
    if (s.year === r.fiscalYear || s.from === "settings" || s.from === "periods" || s.from === "cover") continue;
    if (!r.projectSheets.some((p) => p.name === s.sheet && p.rows.projects.length > 0)) continue;
    add(
      "FY_MISMATCH",
      s.sheet,
      s.cell,
      `${SOURCE_WORDS[s.from]}${s.from === "sheetName" ? ` "${s.sheet}"` : ""} ระบุปีงบประมาณ พ.ศ. ${s.year} แต่แผนนี้เป็นปีงบประมาณ พ.ศ. ${r.fiscalYear} (ตาม${SOURCE_WORDS[r.fiscalYearFrom!]})`,
      s.from === "sheetName"
        ? "ถ้าแผ่นงานนี้เป็นแผนของปีอื่น ให้ซ่อนหรือย้ายออก ถ้าเป็นปีนี้ให้แก้ชื่อแผ่นงาน"
        : "แก้ปีให้ตรงกัน: ปีงบประมาณ พ.ศ. 25xx เริ่ม 1 ต.ค. ของปีก่อนหน้า เดือน ต.ค.–ธ.ค. อยู่ใต้ปี พ.ศ. ก่อนหน้า",
    );
  }
}
