import { INVOCATION, type CommandName } from "./args";

/** The bundled sample, relative to the package root. */
export const BUNDLED_SAMPLE = "samples/sample-plan.xlsx";

const SECTIONS: Record<CommandName, string> = {
  template: `  template <ไฟล์ผลลัพธ์.xlsx> [--from <ไฟล์.xlsx>] [--fiscal-year 2570] [--force] [--json <ไฟล์.json>]
        สร้างแผ่นงานแม่แบบ (โครงการ ยุทธศาสตร์ ตั้งค่า วันหยุด รายการเลือก)
        --from: เพิ่มเฉพาะแผ่นงานที่ยังไม่มีลงในสำเนาของไฟล์เดิม (ไฟล์เดิมไม่ถูกแก้ไข)
        ไฟล์เดิมมีแผ่นงาน ผ.02 ของแผนพัฒนาท้องถิ่น: แผ่นงานยุทธศาสตร์ใหม่ได้ยุทธศาสตร์และแผนงานจากแผนพัฒนา`,
  sample: `  sample <ไฟล์ผลลัพธ์.xlsx> [--projects 120] [--seed 2570] [--fiscal-year 2570] [--force] [--json <ไฟล์.json>]
        สร้างแผนตัวอย่างที่เหมือนจริง`,
  check: `  check <ไฟล์.xlsx> [--dev-plan <ไฟล์.xlsx>] [--json <ไฟล์.json>]
        ตรวจสอบแถวโครงการ ตั้งค่า และยุทธศาสตร์ (ไม่แก้ไขไฟล์) รหัสออก 1 เมื่อพบข้อผิดพลาด
        มีแผนพัฒนาท้องถิ่น (ผ.02): บอกโครงการที่ไม่อยู่ในแผนพัฒนา หรือไม่ได้ตั้งงบปีนี้ไว้`,
  classify: `  classify <ไฟล์.xlsx> -o <ไฟล์ผลลัพธ์.xlsx> [--dev-plan <ไฟล์.xlsx>] [--min-confidence 0.5] [--force] [--json <ไฟล์.json>]
        จัดหมวดหมู่: กรอกยุทธศาสตร์และแผนงานที่ตัดสินได้ลงในช่องที่ยังว่างของสำเนา (ไม่ทับสิ่งที่กรอกไว้)`,
  generate: `  generate <ไฟล์.xlsx> -o <ไฟล์ผลลัพธ์.xlsx> [--dev-plan <ไฟล์.xlsx>] [--logo <ไฟล์.png>] [--force] [--json <ไฟล์.json>]
        ทำทุกขั้นกับสำเนา: ตรวจสอบ จัดหมวดหมู่ (บันทึกรายการที่มั่นใจ ≥ 75%) และสร้างเล่มแผนทั้งเล่ม
        (ปก ประกาศ คำนำ สารบัญ ส่วนที่ 1 บทนำ ผด.01 ผด.02 ผด.02/1 ใส่เลขหน้าต่อเนื่อง) JSON: book.parts
        แทนที่เฉพาะชีตที่ OpPlan สร้างไว้ ชีตที่ถูกแก้ไขด้วยมือจะแทนที่เมื่อใช้ --force เท่านั้น
        รหัสออก 1 เมื่อการตรวจสอบพบข้อผิดพลาด (ยังเขียนไฟล์ผลลัพธ์)`,
  announce: `  announce <ไฟล์.xlsx> -o <ไฟล์ผลลัพธ์.xlsx> [--logo <ไฟล์.png>] [--force] [--json <ไฟล์.json>]
        ประกาศ: คำนวณกำหนดเวลาตามระเบียบ ข้อ 26 ข้อ 27 และเขียนชีตประกาศลงในสำเนา
        JSON: dates (ISO yyyy-mm-dd หรือ null) และ findings · รหัสออก 1 เมื่อวันที่ผิดระเบียบ`,
  demo: `  demo [-o out/demo.xlsx] [--json <ไฟล์.json>]
        ทำงานหลักกับไฟล์ตัวอย่างที่แนบมา (${BUNDLED_SAMPLE})`,
};

const OPTIONS_TEXT = `ตัวเลือก
  -o, --out <ไฟล์.xlsx>   ไฟล์ผลลัพธ์ (ไฟล์นำเข้าไม่ถูกแก้ไขเลย)
  --json <ไฟล์.json>      เขียนผลลัพธ์แบบ JSON
  --dev-plan <ไฟล์.xlsx>  แผนพัฒนาท้องถิ่น (ผ.02) ที่เก็บเป็นไฟล์แยก ใช้จัดหมวดหมู่ตามยุทธศาสตร์และแผนงานของแผนพัฒนา
                          และตรวจว่าโครงการอยู่ในแผนพัฒนา (แผ่นงาน ผ.02 ในไฟล์นำเข้าเองใช้ได้โดยไม่ต้องระบุ; ไฟล์นี้ไม่ถูกแก้ไข)
  --logo <ไฟล์.png|.jpg>  ตราสัญลักษณ์บนปกและประกาศ (ภาพ PNG หรือ JPEG)
  --force                 เขียนทับไฟล์ผลลัพธ์ที่มีอยู่แล้ว (generate, announce: แทนที่ชีตที่ถูกแก้ไขด้วยมือด้วย)
  -h, --help              แสดงวิธีใช้

ไฟล์นำเข้า: สมุดงาน Excel (.xlsx) หรือ CSV/ข้อความ (UTF-8 หรือ Windows-874) ไฟล์ .xls .xlsb .ods
ให้เปิดใน Excel หรือ LibreOffice แล้วบันทึกเป็น สมุดงาน Excel (.xlsx) ก่อน
ชื่อไฟล์แบบสัมพัทธ์นับจากโฟลเดอร์ที่สั่ง npm`;

const EXIT_TEXT = "รหัสออก: 0 สำเร็จ · 1 สำเร็จแต่พบข้อผิดพลาดในข้อมูล · 2 ข้อมูลนำเข้าหรือคำสั่งใช้ไม่ได้ (ไม่ได้เขียนไฟล์ผลลัพธ์)";

/** All commands, or one command's lines with a pointer to the rest. */
export function usage(command?: CommandName): string {
  if (command)
    return `การใช้งาน: ${INVOCATION} ${SECTIONS[command].trimStart()}

ดูคำสั่งทั้งหมด: ${INVOCATION} --help`;
  return `OpPlan — แผนการดำเนินงาน บน Excel

การใช้งาน: ${INVOCATION} <คำสั่ง> [ตัวเลือก]

คำสั่ง
${Object.values(SECTIONS).join("\n")}

${OPTIONS_TEXT}

${EXIT_TEXT}`;
}
