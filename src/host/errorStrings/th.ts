/**
 * Thai for the messages errorMessage gives (src/host/errorMessage.ts): the pane shows these
 * too, merged into its own tables, as the ribbon's results do.
 */

/** The ribbon tab's name, kept on one line (U+2060 WORD JOINER between its words). */
const THAI_TAB = "แผนการ\u2060ดำเนิน\u2060งาน";

export const ERROR_STRINGS_TH = {
  // a run the user stopped
  runCancelled: "ยกเลิกแล้ว ไม่มีการเปลี่ยนแปลงในสมุดงาน",
  // what went wrong, and what to do
  errNotInExcel: `ไม่พบ Excel: เปิด OpPlan จากแท็บ “${THAI_TAB}” ใน Excel แล้วลองอีกครั้ง`,
  errOldExcel: "Excel รุ่นนี้เก่าเกินไป OpPlan ต้องใช้ Excel 2019 ขึ้นไป, Microsoft 365 หรือ Excel บนเว็บ",
  errNoClassification: "ยังไม่ได้จัดหมวดหมู่ กด “จัดหมวดหมู่” ก่อน แล้วลองอีกครั้ง",
  errNothingToUndo: "ไม่มีสิ่งที่บันทึกไว้ให้ย้อนกลับ",
  errNoSheetImport:
    "Excel รุ่นนี้นำเข้าแผ่นงานจากไฟล์อื่นไม่ได้ (ต้องมี ExcelApi 1.13) แผนพัฒนาที่เลือกยังใช้ได้ตามปกติในครั้งนี้ ถ้าต้องการเก็บไว้ในสมุดงาน ให้เปิดไฟล์แผนพัฒนาใน Excel คลิกขวาที่แท็บแผ่นงาน ผ.02 เลือก “ย้ายหรือคัดลอก…” แล้วเลือกสมุดงานนี้และติ๊ก “สร้างสำเนา”",
  errNoDevPlan: "ยังไม่ได้เลือกไฟล์แผนพัฒนาท้องถิ่น เลือกไฟล์ .xlsx ที่มีแบบ ผ.02 ก่อน",
  errSheetExists: "มีชีตชื่อ “{sheet}” อยู่แล้ว เปลี่ยนชื่อหรือลบชีตนั้นก่อน แล้วลองอีกครั้ง",
  errSheetMissing: "ไม่พบชีต “{sheet}” ในสมุดงานนี้",
  errInvalidName: "ใช้ “{sheet}” เป็นชื่อชีตไม่ได้ (ยาวได้ไม่เกิน 31 ตัวอักษร และห้ามมี : \\ / ? * [ ])",
  errCellEditing: "Excel กำลังแก้ไขเซลล์อยู่ กด Enter หรือ Esc ให้ออกจากการแก้ไขเซลล์ก่อน แล้วลองอีกครั้ง",
  errProtected: "สมุดงานหรือชีตถูกป้องกันไว้ (Protect) ยกเลิกการป้องกันก่อน แล้วลองอีกครั้ง",
  errTooLarge: "ข้อมูลมากเกินกว่าที่ Excel รับได้ในครั้งเดียว ลองแบ่งข้อมูลให้น้อยลง",
  errTooLargeSheet: "Excel ไม่รับข้อมูลที่เขียนลงแผ่นงาน {sheet} เพราะมากเกินไป แม้ OpPlan แบ่งส่งเป็นชุดเล็กลงแล้ว ลองกับข้อมูลที่น้อยลง หรือทำใน Excel บนเดสก์ท็อป",
  errInactive: "สมุดงานนี้ไม่ได้เปิดอยู่ด้านหน้า คลิกในสมุดงานนี้ก่อน แล้วลองอีกครั้ง",
  errSettingsMissing: "ชีตตั้งค่าไม่มีแถวของ {labels} สร้างแม่แบบ (ขั้นที่ 1) หรือเพิ่มแถวนั้นในชีตตั้งค่า แล้วลองอีกครั้ง",
  errHost: "Excel ทำงานไม่สำเร็จ ({detail}) ลองอีกครั้ง หากยังไม่ได้ให้ปิดแล้วเปิดสมุดงานใหม่",
  errUnknown: "เกิดข้อผิดพลาดที่ไม่คาดคิด: {detail}",
  // ตั้งค่า: a values column that is only a guess, and the settings' names as messages cite them
  settingsShiftedOnSave:
    "ไม่ได้บันทึก: ในชีต “{sheet}” ช่องถัดจากชื่อรายการว่างทุกแถว จึงแยกไม่ออกว่าคอลัมน์ใดเป็นค่า ให้พิมพ์ค่าในชีตเองในช่องถัดจากชื่อรายการ แล้วกด “โหลดใหม่”",
  settingLabelOrgName: "ชื่อ อปท.",
  settingLabelOrgType: "ประเภท อปท.",
  settingLabelDistrict: "อำเภอ",
  settingLabelProvince: "จังหวัด",
  settingLabelFiscalYear: "ปีงบประมาณ",
  settingLabelEdition: "ฉบับ",
  settingLabelTriggerKind: "เหตุที่ต้องจัดทำ",
  settingLabelTriggerDate: "วันที่ประกาศใช้ข้อบัญญัติงบประมาณ",
  settingLabelAnnounceDate: "วันที่ประกาศแผน",
  settingLabelPostDate: "วันที่ปิดประกาศ",
  settingLabelSignerName: "ผู้ลงนาม",
  settingLabelSignerPosition: "ตำแหน่ง",
  settingLabelThaiDigits: "ใช้เลขไทย",
  settingLabelRollDeadline: "เลื่อนวันครบกำหนดตามวันหยุด",
};

export type ErrorStringId = keyof typeof ERROR_STRINGS_TH;
