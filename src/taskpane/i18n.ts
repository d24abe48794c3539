/**
 * UI strings (Thai first, English when Office runs in English) and the translation of
 * errors into messages a planning officer can act on.
 */
import { HostError } from "../host/errors";
import { isCancelledError, WorkbookError } from "../workbook/port";

export type Lang = "th" | "en";

/** The ribbon tab's name, kept on one line (U+2060 WORD JOINER between its words). */
const THAI_TAB = "แผนการ\u2060ดำเนิน\u2060งาน";

const th = {
  appTitle: "OpPlan · แผนการดำเนินงาน",
  notInExcel: "เปิดแผงนี้ใน Excel เพื่อใช้งาน ในเบราว์เซอร์ทั่วไปปุ่มต่าง ๆ จะยังทำงานไม่ได้",
  // cancel
  cancelRun: "ยกเลิก",
  cancellingRun: "กำลังยกเลิก…",
  runCancelled: "ยกเลิกแล้ว ไม่มีการเปลี่ยนแปลงในสมุดงาน",
  stepLabel: "ขั้นที่ {n}",
  templateTitle: "แม่แบบ",
  templateDescription:
    "เพิ่มชีตสำหรับกรอกโครงการของแผนลงในสมุดงานนี้ ปีงบประมาณตามที่สมุดงานระบุ (ถ้าไม่ระบุ ใช้ปีงบประมาณ\u00a0พ.ศ.\u00a0{year}) ชีตที่มีอยู่แล้วจะไม่ถูกแก้ไข",
  createTemplate: "สร้างแม่แบบ",
  creatingTemplate: "กำลังสร้างแม่แบบ…",
  templateDone: "สร้างแม่แบบเสร็จแล้ว",
  templateNothingNew: "สมุดงานนี้มีแม่แบบครบอยู่แล้ว ไม่ได้เพิ่มชีตใหม่",
  fromRibbon: "ผลจากปุ่ม “สร้างแม่แบบ” บนริบบอน",
  sheetsAdded: "ชีตที่เพิ่ม ({count})",
  sheetsExisting: "ชีตที่มีอยู่แล้ว ไม่ได้แก้ไข ({count})",
  errorTitle: "ทำไม่สำเร็จ",
  // plan at a glance and step states
  glanceTitle: "แผนโดยสรุป",
  glanceLoading: "กำลังอ่าน…",
  glanceRefresh: "อ่านข้อมูลแผนจากสมุดงานใหม่",
  glanceFailed: "อ่านข้อมูลแผนไม่ได้",
  glanceNoTemplate: "สมุดงานนี้ยังไม่มีชีตของแผน เริ่มที่ขั้นที่ 1 แม่แบบ",
  glanceOrg: "อปท.",
  glanceNoOrg: "ยังไม่ได้ระบุในชีตตั้งค่า",
  glanceYear: "ปีงบประมาณ",
  glanceYearValue: "พ.ศ.\u00a0{year}",
  glanceNoYear: "ไม่ทราบ",
  glanceEdition: "ฉบับ",
  glanceProjects: "จำนวนโครงการ",
  glanceBudget: "งบประมาณรวม",
  glanceBudgetValue: "{amount}\u00a0บาท",
  glanceDue: "กำหนดประกาศ",
  glanceDaysLeft: "เหลือ {days} วันถึงกำหนดประกาศ ({date})",
  glanceDueToday: "ครบกำหนดประกาศวันนี้ ({date})",
  glanceLate: "เลยกำหนดประกาศมาแล้ว {days} วัน ({date})",
  glanceAnnounced: "ประกาศแล้ว วันที่ {date}",
  glanceAnnouncedLate: "ประกาศแล้ว วันที่ {date} หลังวันครบกำหนด ({due})",
  glanceNoDue: "ยังไม่ทราบ: กรอกวันที่ประกาศใช้ข้อบัญญัติงบประมาณในชีตตั้งค่า",
  stepStateNotRun: "ยังไม่ได้ทำ",
  stepStateErrors: "มีข้อผิดพลาด",
  stepStateDone: "เสร็จแล้ว",
  stepStateStale: "ข้อมูลเปลี่ยน ต้องทำใหม่",
  stepStateRunning: "กำลังทำงาน…",
  stepReasonNotRun: "ยังไม่ได้ทำขั้นนี้",
  stepReasonNoTemplate: "ยังไม่มีชีตแม่แบบในสมุดงานนี้",
  stepReasonRunning: "ขั้นนี้กำลังทำงานอยู่",
  stepReasonFailed: "ครั้งล่าสุดทำไม่สำเร็จ: {message}",
  stepReasonStale: "ข้อมูลในชีต “{sheet}” เปลี่ยนหลังจากทำขั้นนี้ล่าสุด — ทำอีกครั้ง",
  stepReasonTemplateDone: "สมุดงานมีชีตแม่แบบแล้ว",
  stepReasonCheckDone: "ไม่พบข้อผิดพลาด",
  stepReasonCheckErrors: "พบข้อผิดพลาด {count} รายการ แก้แล้วตรวจสอบอีกครั้ง",
  stepReasonClassifyDone: "ทุกโครงการมียุทธศาสตร์และแผนงานแล้ว",
  stepReasonClassifyUnresolved: "ยังจัดหมวดหมู่ไม่ได้ {count} โครงการ เลือกยุทธศาสตร์หรือแผนงานให้ก่อน",
  stepReasonGenerateDone: "สร้างบัญชีแล้ว {count} ชีต",
  stepReasonGenerateErrors: "บัญชีสร้างจากข้อมูลที่ยังมีข้อผิดพลาด {count} รายการ",
  stepReasonAnnounceDone: "เขียนประกาศในชีต “{sheet}” แล้ว",
  stepReasonAnnounceErrors: "กำหนดเวลามีข้อผิดพลาด {count} รายการ",
  // check step
  checkTitle: "ตรวจสอบ",
  checkDescription:
    "ตรวจแถวโครงการ (ชื่อ งบประมาณ เดือน แผนงาน) แล้วบอกเซลล์ที่ต้องแก้ ข้อมูลในสมุดงานจะไม่ถูกแก้ไข",
  runCheck: "ตรวจสอบ",
  checkStarting: "กำลังเริ่มตรวจสอบ…",
  checkReading: "กำลังอ่านข้อมูลในสมุดงาน… {percent}%",
  checkChecking: "กำลังตรวจสอบโครงการ… {percent}%",
  checkFromRibbon: "ผลจากปุ่ม “ตรวจสอบ” บนริบบอน",
  checkClean: "ไม่พบสิ่งที่ต้องแก้ไข",
  checkedSheets: "ชีตที่ตรวจ: {sheets}",
  severityError: "ข้อผิดพลาด",
  severityWarning: "คำเตือน",
  severityInfo: "ข้อสังเกต",
  severityErrorOne: "ข้อผิดพลาด",
  severityWarningOne: "คำเตือน",
  severityInfoOne: "ข้อสังเกต",
  severityCount: "{label} {count} รายการ",
  severityFilterHint: "กดที่ระดับเพื่อแสดงเฉพาะระดับนั้น กดซ้ำเพื่อแสดงทั้งหมด",
  summaryYear: "ปีงบประมาณ\u00a0พ.ศ.\u00a0{year}",
  summaryNoYear: "ไม่ทราบปีงบประมาณ",
  summaryProjects: "{count} โครงการ",
  summaryBudget: "งบประมาณรวม {amount}\u00a0บาท",
  findingsHeading: "รายการที่พบ",
  findingsFiltered: "แสดงเฉพาะ{label}",
  showAll: "แสดงทั้งหมด",
  noFindingsAtLevel: "ไม่มีรายการในระดับนี้",
  groupRow: "{sheet} · แถว {row}",
  groupSheet: "{sheet} · ทั้งชีต",
  groupWorkbook: "ทั้งสมุดงาน",
  findingName: "{severity} เซลล์ {cell}: {message}",
  findingTitle: "ไปที่เซลล์ {cell} ในชีต “{sheet}”",
  fixPrefix: "วิธีแก้:",
  showMore: "แสดงเพิ่ม (อีก {count} แถว)",
  shownOf: "แสดง {shown} จาก {total} แถว",
  selectFailed: "ไปที่เซลล์ไม่ได้",
  // classify step
  classifyTitle: "จัดหมวดหมู่",
  classifyDescription:
    "จัดโครงการเข้ายุทธศาสตร์และแผนงาน จากป้ายที่กรอกไว้ หัวข้อในชีต หรือคำในชื่อโครงการ ตรวจรายการที่ยังไม่แน่ใจก่อน แล้วบันทึก ระบบจะเขียนลงเฉพาะเซลล์ที่ว่างอยู่",
  runClassify: "จัดหมวดหมู่",
  classifyStarting: "กำลังเริ่มจัดหมวดหมู่…",
  classifyRunning: "กำลังจัดหมวดหมู่โครงการ… {percent}%",
  classifyFromRibbon: "ผลจากปุ่ม “จัดหมวดหมู่” บนริบบอน: บันทึกรายการที่มั่นใจให้แล้ว",
  classifySummary: "{count} โครงการ · ต้องตรวจ {review} รายการ",
  classifyNone: "ไม่พบแถวโครงการที่จะจัดหมวดหมู่",
  classifyColumnToAdd: "จะเพิ่มคอลัมน์ “{header}” ที่เซลล์ {cell} ของชีต “{sheet}”",
  classifyOtherWarnings: "คำเตือน",
  acceptConfident: "ยอมรับทั้งหมดที่มั่นใจ",
  acceptConfidentHint: "บันทึก {count} เซลล์ที่มั่นใจตั้งแต่ {percent}% ขึ้นไป หรือที่คุณเลือกเอง",
  confirmRow: "ยืนยันรายการนี้",
  confirmRowName: "ยืนยันรายการนี้: {name}",
  applying: "กำลังบันทึก…",
  applied: "บันทึกแล้ว {count} เซลล์",
  appliedHeaders: "และเพิ่มหัวคอลัมน์ {count} คอลัมน์",
  appliedNothing: "ไม่ได้บันทึกเซลล์ใด: เซลล์เหล่านั้นมีข้อมูลแล้ว หรือยังไม่ได้เลือก",
  appliedEarlier: "ยังย้อนกลับสิ่งที่บันทึกไว้ได้ ({count} เซลล์)",
  undo: "ย้อนกลับ",
  undoing: "กำลังย้อนกลับ…",
  undone: "ย้อนกลับแล้ว ลบ {count} เซลล์",
  undoneKept: "{count} เซลล์ถูกแก้ไขหลังบันทึก จึงคงไว้ตามที่แก้",
  reviewHeading: "รายการโครงการ (ที่ต้องตรวจอยู่บนสุด)",
  needsReview: "ต้องตรวจ",
  planField: "แผนงาน",
  strategyField: "ยุทธศาสตร์",
  methodLabel: "ป้ายที่กรอกไว้",
  methodHeading: "หัวข้อในแผ่นงาน",
  methodInferred: "อนุมานจากแผนงาน",
  methodSuggested: "แนะนำจากชื่อโครงการ",
  methodUnresolved: "ยังตัดสินไม่ได้",
  methodChosen: "คุณเลือกเอง",
  confidencePercent: "มั่นใจ {percent}%",
  noDecision: "ยังไม่มี",
  chooseDecision: "เลือก{what}",
  changeDecision: "{what}ของ “{name}”",
  leaveEmpty: "(เว้นว่างไว้)",
  suggestedGroup: "ที่แนะนำ",
  allGroup: "ทั้งหมด",
  optionScore: "{percent}% ตรง",
  willWrite: "จะบันทึกที่ {cell}",
  writtenAt: "บันทึกแล้วที่ {cell}",
  alreadyInSheet: "มีในชีตแล้ว",
  showMoreProjects: "แสดงเพิ่ม (อีก {count} รายการ)",
  shownOfProjects: "แสดง {shown} จาก {total} รายการ",
  // generate step
  generateTitle: "สร้างบัญชี ผด.",
  generateDescription:
    "สร้างบัญชีสรุปจำนวนโครงการและงบประมาณ (ผด.01) บัญชีโครงการ (ผด.02) และบัญชีครุภัณฑ์ (ผด.02/1) จากโครงการในสมุดงาน สร้างซ้ำได้: จะแทนที่เฉพาะชีตที่ OpPlan สร้างไว้ ชีตอื่นไม่ถูกแก้ไข",
  runGenerate: "สร้างบัญชี ผด.",
  generateStarting: "กำลังเริ่มสร้างบัญชี…",
  generateReading: "กำลังอ่านโครงการในสมุดงาน… {percent}%",
  generateBuilding: "กำลังจัดทำบัญชี… {percent}%",
  generateWriting: "กำลังเขียนชีตบัญชี… {percent}%",
  generateWaiting: "รอคำตอบ: แทนที่ชีตที่ถูกแก้ไขด้วยมือหรือไม่",
  generateFromRibbon: "ผลจากปุ่ม “สร้างบัญชี ผด.” บนริบบอน",
  generateDone: "สร้างบัญชีแล้ว {count} ชีต",
  generateCancelled: "ยกเลิกแล้ว ไม่ได้แก้ไขชีตใด",
  generateRefused: "สร้างบัญชีไม่ได้ ไม่ได้เขียนชีตใด",
  generateCancelledDetail: "ชีตที่ถูกแก้ไขด้วยมือยังอยู่ตามเดิม: {sheets}",
  generateReplacedEdited: "แทนที่ชีตที่ถูกแก้ไขด้วยมือแล้ว: {sheets}",
  generateRenamed: "{form} อยู่ในชีต “{sheet}” เพราะมีชีตชื่อ “{form}” ของคุณอยู่แล้ว (ไม่ได้แก้ไขชีตนั้น)",
  generateErrors: "การตรวจสอบพบข้อผิดพลาด {count} รายการ ควรแก้ก่อนพิมพ์ (ดูขั้นที่ 2 ตรวจสอบ)",
  generateNoProjects: "ไม่พบโครงการในสมุดงาน บัญชี ผด.01 และ ผด.02 จึงยังไม่มีรายการโครงการ",
  generateEquipmentApart: "ครุภัณฑ์ {count} รายการ งบประมาณ {budget}\u00a0บาท อยู่ในบัญชี ผด.02/1 จึงไม่รวมในยอดของ ผด.01",
  formsSummaryHeading: "สรุปตามแบบ ผด.01 ปีงบประมาณ\u00a0พ.ศ.\u00a0{year}",
  colProjects: "โครงการ",
  colPercent: "ร้อยละ",
  colBudget: "งบประมาณ",
  formsTotal: "รวมทั้งสิ้น",
  sheetsWritten: "ชีตที่สร้าง (กดเพื่อไปที่ชีต)",
  goToSheet: "ไปที่ชีต “{sheet}”",
  confirmReplaceTitle: "แทนที่ชีตที่ถูกแก้ไขหรือไม่",
  confirmReplaceBody: "ชีตต่อไปนี้ถูกแก้ไขด้วยมือ: {sheets} แทนที่หรือไม่",
  confirmReplaceNote: "ถ้าแทนที่ สิ่งที่แก้ไว้ในชีตเหล่านี้จะหายไป ถ้ายกเลิก จะไม่มีการแก้ไขชีตใด",
  confirmReplace: "แทนที่",
  confirmCancel: "ยกเลิก",
  // announce step
  announceTitle: "ประกาศ",
  announceDescription: "จัดทำประกาศใช้แผนเป็นชีตพร้อมพิมพ์และลงนาม และตรวจกำหนดเวลาตามระเบียบ ข้อ 26 และข้อ 27",
  announceTrigger: "วันที่ประกาศใช้ข้อบัญญัติงบประมาณ",
  announceAnnounced: "วันที่ประกาศแผน",
  announcePosted: "วันที่ปิดประกาศ",
  announceSaveDates: "บันทึกวันที่ลงในตั้งค่า",
  announceShowDates: "ดูกำหนดเวลา",
  runAnnounce: "ประกาศ",
  announceDone: "เขียนประกาศในชีต “{sheet}” แล้ว",
  announceRenamed: "มีชีตชื่อ “ประกาศ” ของคุณอยู่แล้ว จึงเขียนในชีต “{sheet}” (ไม่ได้แก้ไขชีตนั้น)",
  announceCancelled: "ยกเลิกแล้ว ไม่ได้แก้ไขชีตประกาศ",
  announceRefused: "ไม่ได้เขียนประกาศ: ดูเหตุด้านล่าง",
  announceFromRibbon: "ผลจากปุ่ม “ประกาศ” บนริบบอน",
  announceTimetable: "กำหนดเวลาตามระเบียบ",
  colStep: "ขั้นตอน",
  colDate: "วันที่",
  colState: "สถานะ",
  // settings panel
  settingsTitle: "ตั้งค่าแผน",
  settingsDescription: "แก้ค่าในชีต “{sheet}” ได้ที่นี่ แล้วกด “บันทึก” ระบบจะเขียนเฉพาะค่าที่แก้",
  settingsLoading: "กำลังอ่านตั้งค่า…",
  settingsReload: "โหลดใหม่",
  settingsSave: "บันทึก",
  settingsSaving: "กำลังบันทึก…",
  settingsRevert: "คืนค่าเดิม",
  settingsUnsaved: "แก้ไขแล้ว {count} รายการ ยังไม่ได้บันทึก",
  settingsSaved: "บันทึกลงชีต “{sheet}” แล้ว {count} รายการ",
  settingsNoSheet: "สมุดงานนี้ยังไม่มีชีต “ตั้งค่า” สร้างแม่แบบก่อน (ขั้นที่ 1) แล้วกด “โหลดใหม่”",
  settingsMissingRows: "ชีต “{sheet}” ไม่มีแถวของ: {labels} จึงแก้ค่าเหล่านี้ที่นี่ไม่ได้",
  settingsRowsGone: "ไม่พบแถวของ {labels} ในชีตตั้งค่าแล้ว กด “โหลดใหม่”",
  settingsShiftedTitle: "แยกคอลัมน์ค่าไม่ออก จึงบันทึกจากที่นี่ไม่ได้",
  settingsShifted:
    "ในชีต “{sheet}” ช่องถัดจากชื่อรายการว่างทุกแถว ค่าที่แสดงจึงอ่านจากคอลัมน์ถัดไป ซึ่งอาจเป็นหมายเหตุ ไม่ใช่ค่า ระบบจะไม่เขียนลงชีตเพื่อไม่ให้ทับหมายเหตุ ให้พิมพ์ค่าในชีตเองในช่องถัดจากชื่อรายการ แล้วกด “โหลดใหม่”",
  settingsShiftedWhere: "เช่น {label} พิมพ์ที่เซลล์ {cell}",
  settingsShiftedOnSave:
    "ไม่ได้บันทึก: ในชีต “{sheet}” ช่องถัดจากชื่อรายการว่างทุกแถว จึงแยกไม่ออกว่าคอลัมน์ใดเป็นค่า ให้พิมพ์ค่าในชีตเองในช่องถัดจากชื่อรายการ แล้วกด “โหลดใหม่”",
  settingsConflictTitle: "ค่าในชีตเปลี่ยนไปหลังจากเปิดฟอร์ม",
  settingsConflictItem: "{label}: ตอนนี้ในชีตคือ “{current}” (ตอนเปิดฟอร์มคือ “{loaded}”)",
  settingsConflictNote: "ค่าอื่นบันทึกแล้ว ค่าเหล่านี้ยังไม่ได้บันทึก",
  settingsOverwrite: "เขียนทับด้วยค่าในฟอร์ม",
  settingsReloadFromSheet: "ใช้ค่าในชีต (โหลดใหม่)",
  settingsEmptyValue: "ว่าง",
  settingsCell: "เซลล์ {cell}",
  settingsInvalidInSheet: "ค่าในชีต “{text}” อ่านไม่ได้ เลือกหรือกรอกใหม่",
  settingsChoose: "เลือก…",
  settingsOpenChoices: "แสดงตัวเลือกของ {label}",
  settingsYes: "ใช่",
  settingsNo: "ไม่ใช่",
  settingsErrRequired: "ต้องกรอกปีงบประมาณ",
  settingsErrYear: "กรอกปี พ.ศ. ระหว่าง {min} ถึง {max} เช่น 2569",
  settingsErrNotInList: "เลือกจากรายการ",
  settingsErrDate: "วันที่ไม่ถูกต้อง",
  settingsErrType: "ใช้ค่านี้ไม่ได้",
  settingsDatePending: "เลือกวัน เดือน และปีให้ครบ หรือกดล้าง",
  settingLabelOrgName: "ชื่อ อปท.",
  settingHelpOrgName: "ชื่อไม่ต้องมีคำนำหน้า เช่น บ้านใหม่",
  settingLabelOrgType: "ประเภท อปท.",
  settingHelpOrgType: "ใช้ประกอบชื่อเต็มและตำแหน่งผู้ลงนาม",
  settingLabelDistrict: "อำเภอ",
  settingHelpDistrict: "ชื่ออำเภอ ไม่ต้องมีคำว่า อำเภอ",
  settingLabelProvince: "จังหวัด",
  settingHelpProvince: "ชื่อจังหวัด ไม่ต้องมีคำว่า จังหวัด",
  settingLabelFiscalYear: "ปีงบประมาณ",
  settingHelpFiscalYear: "ปี พ.ศ. เช่น 2569 (1 ต.ค. 2568 – 30 ก.ย. 2569)",
  settingLabelEdition: "ฉบับ",
  settingHelpEdition: "ฉบับหลัก / เพิ่มเติม ฉบับที่ N / แก้ไข ครั้งที่ N",
  settingLabelTriggerKind: "เหตุที่ต้องจัดทำ",
  settingHelpTriggerKind: "เหตุตามระเบียบ ข้อ 27",
  settingLabelTriggerDate: "วันที่ประกาศใช้ข้อบัญญัติงบประมาณ",
  settingHelpTriggerDate: "หรือวันที่ของเหตุอื่น (งบเพิ่มเติม เงินสะสม หรือวันที่ได้รับแจ้ง)",
  settingLabelAnnounceDate: "วันที่ประกาศแผน",
  settingHelpAnnounceDate: "วันที่ผู้บริหารท้องถิ่นลงนามประกาศ",
  settingLabelPostDate: "วันที่ปิดประกาศ",
  settingHelpPostDate: "วันที่ติดประกาศให้ประชาชนทราบ",
  settingLabelSignerName: "ผู้ลงนาม",
  settingHelpSignerName: "ชื่อ-สกุลของผู้ลงนามในประกาศ",
  settingLabelSignerPosition: "ตำแหน่ง",
  settingHelpSignerPosition: "เว้นว่างได้ ระบบจะใช้ตำแหน่งตามประเภท อปท.",
  settingLabelThaiDigits: "ใช้เลขไทย",
  settingHelpThaiDigits: "ใช่ = แสดงตัวเลขในบัญชีและประกาศเป็นเลขไทย",
  settingLabelRollDeadline: "เลื่อนวันครบกำหนดตามวันหยุด",
  settingHelpRollDeadline: "ใช่ = วันครบกำหนดที่ตรงกับวันหยุดเลื่อนไปวันทำการถัดไป (ป.พ.พ. ม.193/8)",
  dateDay: "วัน",
  dateMonth: "เดือน",
  dateYear: "ปี พ.ศ.",
  dateUnset: "ไม่ระบุ",
  dateClear: "ล้าง",
  dateEmpty: "ยังไม่ได้ระบุวันที่",
  dateInWords: "{weekday}ที่ {date}",
  // self-test
  selfTestTitle: "ความเข้ากันได้กับ Excel",
  selfTestDescription:
    "ตรวจว่า Excel เครื่องนี้ทำงานตามที่ OpPlan ต้องใช้หรือไม่ (ประมาณ 1 นาที) การตรวจใช้ชีตชั่วคราวชื่อขึ้นต้นด้วย OpPlanTest_ และลบออกเมื่อเสร็จ ข้อมูลในสมุดงานไม่ถูกแก้ไข",
  selfTestRun: "ตรวจความเข้ากันได้กับ Excel",
  selfTestStarting: "กำลังเริ่มตรวจ…",
  selfTestRunning: "กำลังตรวจ {n}/{total}: {probe}",
  selfTestSummary: "ตรวจ {total} รายการ: ผ่าน {pass} · ไม่ผ่าน {fail} · บันทึกไว้ {observed}",
  selfTestWhere: "Excel: {host} · {platform} · รุ่น {version}",
  selfTestTable: "ผลการตรวจความเข้ากันได้กับ Excel",
  selfTestColProbe: "การตรวจ",
  selfTestColStatus: "สถานะ",
  selfTestColSeen: "สิ่งที่พบ",
  selfTestPass: "ผ่าน",
  selfTestFail: "ไม่ผ่าน",
  selfTestObserved: "บันทึกไว้",
  selfTestCopy: "คัดลอกผลเป็น JSON",
  selfTestCopied: "คัดลอกผลแล้ว ส่งให้ผู้ดูแล OpPlan ได้เลย",
  selfTestCopyFailed: "คัดลอกไม่ได้ในหน้าต่างนี้ ใช้ปุ่ม “ดาวน์โหลด JSON” แทน",
  selfTestDownload: "ดาวน์โหลด JSON",
  selfTestFailed: "ตรวจไม่สำเร็จ",
  // errors
  errNotInExcel: `ไม่พบ Excel: เปิด OpPlan จากแท็บ “${THAI_TAB}” ใน Excel แล้วลองอีกครั้ง`,
  errOldExcel: "Excel รุ่นนี้เก่าเกินไป OpPlan ต้องใช้ Excel 2019 ขึ้นไป, Microsoft 365 หรือ Excel บนเว็บ",
  errNoClassification: "ยังไม่ได้จัดหมวดหมู่ กด “จัดหมวดหมู่” ก่อน แล้วลองอีกครั้ง",
  errNothingToUndo: "ไม่มีสิ่งที่บันทึกไว้ให้ย้อนกลับ",
  errSheetExists: "มีชีตชื่อ “{sheet}” อยู่แล้ว เปลี่ยนชื่อหรือลบชีตนั้นก่อน แล้วลองอีกครั้ง",
  errSheetMissing: "ไม่พบชีต “{sheet}” ในสมุดงานนี้",
  errInvalidName: "ใช้ “{sheet}” เป็นชื่อชีตไม่ได้ (ยาวได้ไม่เกิน 31 ตัวอักษร และห้ามมี : \\ / ? * [ ])",
  errCellEditing: "Excel กำลังแก้ไขเซลล์อยู่ กด Enter หรือ Esc ให้ออกจากการแก้ไขเซลล์ก่อน แล้วลองอีกครั้ง",
  cellEditWaiting: "รอ Excel อยู่: มีเซลล์ที่กำลังพิมพ์ค้างไว้ กด Enter หรือ Esc แล้ว OpPlan จะทำงานต่อเอง",
  errProtected: "สมุดงานหรือชีตถูกป้องกันไว้ (Protect) ยกเลิกการป้องกันก่อน แล้วลองอีกครั้ง",
  errTooLarge: "ข้อมูลมากเกินกว่าที่ Excel รับได้ในครั้งเดียว ลองแบ่งข้อมูลให้น้อยลง",
  errTooLargeSheet: "Excel ไม่รับข้อมูลที่เขียนลงแผ่นงาน {sheet} เพราะมากเกินไป แม้ OpPlan แบ่งส่งเป็นชุดเล็กลงแล้ว ลองกับข้อมูลที่น้อยลง หรือทำใน Excel บนเดสก์ท็อป",
  errInactive: "สมุดงานนี้ไม่ได้เปิดอยู่ด้านหน้า คลิกในสมุดงานนี้ก่อน แล้วลองอีกครั้ง",
  errSettingsMissing: "ชีตตั้งค่าไม่มีแถวของ {labels} สร้างแม่แบบ (ขั้นที่ 1) หรือเพิ่มแถวนั้นในชีตตั้งค่า แล้วลองอีกครั้ง",
  errHost: "Excel ทำงานไม่สำเร็จ ({detail}) ลองอีกครั้ง หากยังไม่ได้ให้ปิดแล้วเปิดสมุดงานใหม่",
  errUnknown: "เกิดข้อผิดพลาดที่ไม่คาดคิด: {detail}",
};

export type StringId = keyof typeof th;

const en: Record<StringId, string> = {
  appTitle: "OpPlan · Operational Plan",
  notInExcel: "Open this pane in Excel to use it; in a plain browser the buttons do not work yet.",
  // cancel
  cancelRun: "Cancel",
  cancellingRun: "Cancelling…",
  runCancelled: "Cancelled. Nothing in the workbook was changed.",
  stepLabel: "Step {n}",
  templateTitle: "Template",
  templateDescription:
    "Add the sheets for entering the plan's projects to this workbook, for the fiscal year the workbook states (else {year}\u00a0B.E.). Sheets already present are left as they are.",
  createTemplate: "Create template",
  creatingTemplate: "Creating the template…",
  templateDone: "Template created",
  templateNothingNew: "This workbook already has the whole template; no sheet was added.",
  fromRibbon: "Result of the “Create template” ribbon button",
  sheetsAdded: "Sheets added ({count})",
  sheetsExisting: "Already present, left unchanged ({count})",
  errorTitle: "Could not finish",
  // plan at a glance and step states
  glanceTitle: "The plan at a glance",
  glanceLoading: "Reading…",
  glanceRefresh: "Read the plan from the workbook again",
  glanceFailed: "Could not read the plan",
  glanceNoTemplate: "This workbook has no plan sheets yet: start with step 1, Template.",
  glanceOrg: "Local government",
  glanceNoOrg: "Not given in the settings sheet",
  glanceYear: "Fiscal year",
  glanceYearValue: "{year}\u00a0B.E.",
  glanceNoYear: "Unknown",
  glanceEdition: "Edition",
  glanceProjects: "Projects",
  glanceBudget: "Total budget",
  glanceBudgetValue: "{amount}\u00a0baht",
  glanceDue: "Announcement due",
  glanceDaysLeft: "{days} days left until the plan is due ({date})",
  glanceDueToday: "The plan is due today ({date})",
  glanceLate: "{days} days past the due date ({date})",
  glanceAnnounced: "Announced on {date}",
  glanceAnnouncedLate: "Announced on {date}, after the due date ({due})",
  glanceNoDue: "Unknown: enter the date the budget ordinance was announced in the settings sheet.",
  stepStateNotRun: "Not run",
  stepStateErrors: "Has errors",
  stepStateDone: "Done",
  stepStateStale: "Data changed, run again",
  stepStateRunning: "Running…",
  stepReasonNotRun: "This step has not been run yet.",
  stepReasonNoTemplate: "This workbook has no template sheets yet.",
  stepReasonRunning: "This step is running.",
  stepReasonFailed: "The last run failed: {message}",
  stepReasonStale: "The sheet “{sheet}” changed after this step last ran: run it again.",
  stepReasonTemplateDone: "The workbook has the template sheets.",
  stepReasonCheckDone: "No errors found.",
  stepReasonCheckErrors: "{count} errors found: fix them, then check again.",
  stepReasonClassifyDone: "Every project has a strategy and a plan.",
  stepReasonClassifyUnresolved: "{count} projects could not be classified: choose their strategy or plan first.",
  stepReasonGenerateDone: "{count} sheets built.",
  stepReasonGenerateErrors: "The forms were built from data with {count} errors.",
  stepReasonAnnounceDone: "The announcement is in the sheet “{sheet}”.",
  stepReasonAnnounceErrors: "{count} errors in the deadlines.",
  checkTitle: "Check",
  checkDescription:
    "Check the project rows (names, budgets, months, plans) and show the cells to fix. Nothing in the workbook is changed.",
  runCheck: "Check",
  checkStarting: "Starting the check…",
  checkReading: "Reading the workbook… {percent}%",
  checkChecking: "Checking the projects… {percent}%",
  checkFromRibbon: "Result of the “Check” ribbon button",
  checkClean: "Nothing to fix",
  checkedSheets: "Sheets checked: {sheets}",
  severityError: "Errors",
  severityWarning: "Warnings",
  severityInfo: "Notes",
  severityErrorOne: "Error",
  severityWarningOne: "Warning",
  severityInfoOne: "Note",
  severityCount: "{label}: {count}",
  severityFilterHint: "Choose a level to show only its findings; choose it again to show all.",
  summaryYear: "Fiscal year {year}\u00a0B.E.",
  summaryNoYear: "Fiscal year unknown",
  summaryProjects: "{count} projects",
  summaryBudget: "total budget {amount}\u00a0baht",
  findingsHeading: "Findings",
  findingsFiltered: "Showing {label} only",
  showAll: "Show all",
  noFindingsAtLevel: "Nothing at this level.",
  groupRow: "{sheet} · row {row}",
  groupSheet: "{sheet} · whole sheet",
  groupWorkbook: "Whole workbook",
  findingName: "{severity}, cell {cell}: {message}",
  findingTitle: "Go to cell {cell} on sheet “{sheet}”",
  fixPrefix: "Fix:",
  showMore: "Show more ({count} more rows)",
  shownOf: "Showing {shown} of {total} rows",
  selectFailed: "Could not go to the cell",
  classifyTitle: "Classify",
  classifyDescription:
    "Sort the projects into strategies and plans (แผนงาน) from the labels already typed, the sheet's headings or the words of each project's name. Review the uncertain ones first, then save; only empty cells are written.",
  runClassify: "Classify",
  classifyStarting: "Starting to classify…",
  classifyRunning: "Classifying the projects… {percent}%",
  classifyFromRibbon: "Result of the “Classify” ribbon button: the confident decisions were saved",
  classifySummary: "{count} projects · {review} to review",
  classifyNone: "No project rows to classify were found.",
  classifyColumnToAdd: "A column “{header}” will be added at cell {cell} of sheet “{sheet}”",
  classifyOtherWarnings: "Warnings",
  acceptConfident: "Accept all confident ones",
  acceptConfidentHint: "Saves {count} cells decided with at least {percent}% confidence, or chosen by you",
  confirmRow: "Confirm this one",
  confirmRowName: "Confirm this one: {name}",
  applying: "Saving…",
  applied: "Saved {count} cells",
  appliedHeaders: "and added {count} column headers.",
  appliedNothing: "No cell was saved: those cells already hold something, or nothing was chosen.",
  appliedEarlier: "What was saved can still be undone ({count} cells)",
  undo: "Undo",
  undoing: "Undoing…",
  undone: "Undone: cleared {count} cells",
  undoneKept: "{count} cells were edited after saving and were kept as edited",
  reviewHeading: "Projects (those to review first)",
  needsReview: "To review",
  planField: "Plan (แผนงาน)",
  strategyField: "Strategy",
  methodLabel: "label typed in the row",
  methodHeading: "heading in the sheet",
  methodInferred: "inferred from the plan",
  methodSuggested: "suggested from the project name",
  methodUnresolved: "undecided",
  methodChosen: "chosen by you",
  confidencePercent: "{percent}% confident",
  noDecision: "None yet",
  chooseDecision: "Choose: {what}",
  changeDecision: "{what} of “{name}”",
  leaveEmpty: "(leave empty)",
  suggestedGroup: "Suggested",
  allGroup: "All",
  optionScore: "{percent}% match",
  willWrite: "Will be saved in {cell}",
  writtenAt: "Saved in {cell}",
  alreadyInSheet: "Already in the sheet",
  showMoreProjects: "Show more ({count} more)",
  shownOfProjects: "Showing {shown} of {total}",
  generateTitle: "Build forms",
  generateDescription:
    "Build the summary of projects and budget (ผด.01), the project list (ผด.02) and the equipment list (ผด.02/1) from the projects in this workbook. Run it again at any time: only the sheets OpPlan made are replaced; no other sheet is changed.",
  runGenerate: "Build forms",
  generateStarting: "Starting to build the forms…",
  generateReading: "Reading the projects… {percent}%",
  generateBuilding: "Building the forms… {percent}%",
  generateWriting: "Writing the form sheets… {percent}%",
  generateWaiting: "Waiting for your answer: replace the sheets edited by hand?",
  generateFromRibbon: "Result of the “Build forms” ribbon button",
  generateDone: "Built {count} sheets",
  generateCancelled: "Cancelled: no sheet was changed",
  generateRefused: "The forms could not be built: no sheet was written",
  generateCancelledDetail: "The sheets edited by hand are as they were: {sheets}",
  generateReplacedEdited: "Replaced the sheets edited by hand: {sheets}",
  generateRenamed: "{form} is in the sheet “{sheet}” because a sheet of yours is named “{form}” (that sheet was not changed)",
  generateErrors: "The check found {count} errors; fix them before printing (see step 2, Check).",
  generateNoProjects: "No projects were found in this workbook, so ผด.01 and ผด.02 list none yet.",
  generateEquipmentApart: "{count} equipment items ({budget}\u00a0baht) are listed in ผด.02/1, so ผด.01's totals leave them out.",
  formsSummaryHeading: "Summary as in ผด.01, fiscal year {year}\u00a0B.E.",
  colProjects: "Projects",
  colPercent: "%",
  colBudget: "Budget",
  formsTotal: "Total",
  sheetsWritten: "Sheets built (choose one to go there)",
  goToSheet: "Go to sheet “{sheet}”",
  confirmReplaceTitle: "Replace the edited sheets?",
  confirmReplaceBody: "These sheets were edited by hand: {sheets}. Replace them?",
  confirmReplaceNote: "Replacing them loses what was changed there. Cancel changes no sheet.",
  confirmReplace: "Replace",
  confirmCancel: "Cancel",
  announceTitle: "Announce",
  announceDescription: "Write the announcement of the plan as a sheet ready to print and sign, and check the legal deadlines (clauses 26 and 27).",
  announceTrigger: "Budget ordinance announced on",
  announceAnnounced: "Plan announced on",
  announcePosted: "Announcement posted on",
  announceSaveDates: "Save the dates in ตั้งค่า",
  announceShowDates: "Show the deadlines",
  runAnnounce: "Announce",
  announceDone: "Wrote the announcement in the sheet “{sheet}”",
  announceRenamed: "A sheet of yours is named “ประกาศ”, so it went to “{sheet}” (that sheet was not changed)",
  announceCancelled: "Cancelled: the announcement sheet was not changed",
  announceRefused: "The announcement was not written: see why below",
  announceFromRibbon: "Result of the “Announce” ribbon button",
  announceTimetable: "Legal deadlines",
  colStep: "Step",
  colDate: "Date",
  colState: "State",
  // settings panel
  settingsTitle: "Plan settings",
  settingsDescription: "Edit the values of the sheet “{sheet}” here, then choose Save; only what you changed is written.",
  settingsLoading: "Reading the settings…",
  settingsReload: "Reload",
  settingsSave: "Save",
  settingsSaving: "Saving…",
  settingsRevert: "Undo my edits",
  settingsUnsaved: "{count} unsaved changes",
  settingsSaved: "Saved {count} settings in the sheet “{sheet}”",
  settingsNoSheet: "This workbook has no “ตั้งค่า” sheet yet. Create the template first (step 1), then choose Reload.",
  settingsMissingRows: "The sheet “{sheet}” has no row for: {labels}, so these cannot be edited here.",
  settingsRowsGone: "The settings sheet no longer has a row for {labels}. Choose Reload.",
  settingsShiftedTitle: "The values column cannot be told apart, so nothing can be saved from here",
  settingsShifted:
    "In the sheet “{sheet}” the cell right of every label is empty, so the values shown were read from the column after it, which may hold notes rather than values. Nothing is written there, so that no note is overwritten. Type the values in the sheet itself, in the cells right of the labels, then choose Reload.",
  settingsShiftedWhere: "For example {label}: type it in cell {cell}.",
  settingsShiftedOnSave:
    "Nothing was saved: in the sheet “{sheet}” the cell right of every label is empty, so the values column cannot be told apart. Type the values in the sheet itself, in the cells right of the labels, then choose Reload.",
  settingsConflictTitle: "The sheet changed after the form was opened",
  settingsConflictItem: "{label}: the sheet now holds “{current}” (it held “{loaded}” when the form was opened)",
  settingsConflictNote: "The other values were saved; these were not.",
  settingsOverwrite: "Overwrite with the form's values",
  settingsReloadFromSheet: "Keep the sheet's values (reload)",
  settingsEmptyValue: "empty",
  settingsCell: "cell {cell}",
  settingsInvalidInSheet: "The sheet holds “{text}”, which cannot be read; choose or type it again.",
  settingsChoose: "Choose…",
  settingsOpenChoices: "Show the choices for {label}",
  settingsYes: "Yes",
  settingsNo: "No",
  settingsErrRequired: "The fiscal year is required.",
  settingsErrYear: "Type a Buddhist-era year from {min} to {max}, e.g. 2569.",
  settingsErrNotInList: "Choose one from the list.",
  settingsErrDate: "Not a valid date.",
  settingsErrType: "This value cannot be used.",
  settingsDatePending: "Choose the day, month and year, or clear the date.",
  settingLabelOrgName: "Local government name",
  settingHelpOrgName: "The name without its type, e.g. บ้านใหม่",
  settingLabelOrgType: "Type of local government",
  settingHelpOrgType: "Used for the full name and the signer's position",
  settingLabelDistrict: "District (อำเภอ)",
  settingHelpDistrict: "The district's name without the word อำเภอ",
  settingLabelProvince: "Province (จังหวัด)",
  settingHelpProvince: "The province's name without the word จังหวัด",
  settingLabelFiscalYear: "Fiscal year (B.E.)",
  settingHelpFiscalYear: "Buddhist-era year, e.g. 2569 (1 Oct 2025 – 30 Sep 2026)",
  settingLabelEdition: "Edition",
  settingHelpEdition: "ฉบับหลัก (main) / เพิ่มเติม ฉบับที่ N (supplement) / แก้ไข ครั้งที่ N (amendment)",
  settingLabelTriggerKind: "Reason for the plan",
  settingHelpTriggerKind: "The reason under clause 27 of the regulation",
  settingLabelTriggerDate: "Budget ordinance announced on",
  settingHelpTriggerDate: "Or the date of the other reason (supplementary budget, accumulated funds, notice received)",
  settingLabelAnnounceDate: "Plan announced on",
  settingHelpAnnounceDate: "The date the local executive signs the announcement",
  settingLabelPostDate: "Announcement posted on",
  settingHelpPostDate: "The date the announcement is posted for the public",
  settingLabelSignerName: "Signed by",
  settingHelpSignerName: "Full name of the person who signs the announcement",
  settingLabelSignerPosition: "Position",
  settingHelpSignerPosition: "May be left empty: the position then follows the type of local government",
  settingLabelThaiDigits: "Thai digits",
  settingHelpThaiDigits: "Yes = numbers in the forms and the announcement are shown in Thai digits",
  settingLabelRollDeadline: "Move deadlines off holidays",
  settingHelpRollDeadline: "Yes = a deadline that falls on a holiday moves to the next working day (Civil and Commercial Code s.193/8)",
  dateDay: "Day",
  dateMonth: "Month",
  dateYear: "Year (B.E.)",
  dateUnset: "Not set",
  dateClear: "Clear",
  dateEmpty: "No date set",
  dateInWords: "{weekday}, {date}",
  selfTestTitle: "Compatibility with Excel",
  selfTestDescription:
    "Check that this Excel behaves as OpPlan needs (about a minute). The check works on temporary sheets named OpPlanTest_… and deletes them when done; nothing in the workbook is changed.",
  selfTestRun: "Check compatibility with Excel",
  selfTestStarting: "Starting the check…",
  selfTestRunning: "Checking {n}/{total}: {probe}",
  selfTestSummary: "{total} checks: {pass} passed · {fail} failed · {observed} recorded",
  selfTestWhere: "Excel: {host} · {platform} · version {version}",
  selfTestTable: "Results of the Excel compatibility check",
  selfTestColProbe: "Check",
  selfTestColStatus: "Status",
  selfTestColSeen: "What was seen",
  selfTestPass: "Passed",
  selfTestFail: "Failed",
  selfTestObserved: "Recorded",
  selfTestCopy: "Copy the results as JSON",
  selfTestCopied: "Results copied: send them to OpPlan's maintainers.",
  selfTestCopyFailed: "Copying is not allowed in this window: use “Download JSON” instead.",
  selfTestDownload: "Download JSON",
  selfTestFailed: "The check could not finish",
  errNotInExcel: "Excel was not found: open OpPlan from the “Operational Plan” tab in Excel and try again.",
  errOldExcel: "This Excel is too old. OpPlan needs Excel 2019 or later, Microsoft 365 or Excel on the web.",
  errNoClassification: "Nothing has been classified yet: choose “Classify” first, then try again.",
  errNothingToUndo: "Nothing saved to undo.",
  errSheetExists: "A sheet named “{sheet}” already exists. Rename or delete it, then try again.",
  errSheetMissing: "The sheet “{sheet}” is not in this workbook.",
  errInvalidName: "“{sheet}” cannot be a sheet name (at most 31 characters, none of : \\ / ? * [ ]).",
  errCellEditing: "Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.",
  cellEditWaiting: "Waiting for Excel: a cell is still being edited. Press Enter or Esc and OpPlan carries on by itself.",
  errProtected: "The workbook or sheet is protected. Unprotect it, then try again.",
  errTooLarge: "Too much data for Excel to take at once. Try with less data.",
  errTooLargeSheet: "Excel refused what OpPlan wrote to sheet {sheet} as too large, even sent in smaller parts. Try with less data, or in Excel on the desktop.",
  errInactive: "This workbook is not the active one. Click into it, then try again.",
  errSettingsMissing: "The settings sheet has no row for {labels}. Create the template (step 1) or add the row to the settings sheet, then try again.",
  errHost: "Excel could not finish ({detail}). Try again; if it keeps failing, close and reopen the workbook.",
  errUnknown: "Unexpected error: {detail}",
};

export const STRINGS: Record<Lang, Record<StringId, string>> = { th, en };

/** "th-TH" (or any "th…") → Thai; any other Office language → English; no Office → Thai. */
export function languageOf(displayLanguage: string | undefined | null): Lang {
  if (!displayLanguage) return "th";
  return displayLanguage.toLowerCase().startsWith("th") ? "th" : "en";
}

/** The user's language from Office.context.displayLanguage; Thai outside Office. */
export function detectLanguage(): Lang {
  try {
    if (typeof Office === "undefined" || !Office.context) return "th";
    return languageOf(Office.context.displayLanguage);
  } catch {
    return "th";
  }
}

export function t(id: StringId, lang: Lang, params: Record<string, string | number> = {}): string {
  const text = STRINGS[lang][id] ?? STRINGS.th[id];
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** Office.js errors (OfficeExtension.Error) carry a string code such as "InvalidOperationInCellEditMode". */
function officeCode(err: unknown): string | undefined {
  if (typeof err !== "object" || err === null) return undefined;
  const code = (err as { code?: unknown }).code;
  return typeof code === "string" && code.length > 0 ? code : undefined;
}

function isWorkbookError(err: unknown): err is WorkbookError {
  return err instanceof WorkbookError || (err instanceof Error && err.name === "WorkbookError" && "sheet" in err);
}

function isHostError(err: unknown): err is HostError {
  return err instanceof HostError || (err instanceof Error && err.name === "HostError");
}

function detail(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === "string") return err;
  try {
    return JSON.stringify(err) ?? String(err);
  } catch {
    return String(err);
  }
}

/** A stable code for an error: ours, Office's, or "UNKNOWN". */
export function errorCode(err: unknown): string {
  if (isCancelledError(err)) return "CANCELLED";
  if (isWorkbookError(err) || isHostError(err)) return err.code;
  return officeCode(err) ?? "UNKNOWN";
}

/** The message for an Office error code users meet and can act on; undefined for the others. */
function officeMessage(code: string | undefined, lang: Lang): string | undefined {
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return t("errCellEditing", lang);
    case "AccessDenied":
    case "WorkbookProtected":
    case "SheetProtected":
      return t("errProtected", lang);
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
    case "RangeExceedsLimit":
    case "OperationCellsExceedLimit":
      return t("errTooLarge", lang);
    case "InactiveWorkbook":
      return t("errInactive", lang);
    case "ApiNotFound":
    case "ApiNotAvailable":
      return t("errOldExcel", lang);
    default:
      return undefined;
  }
}

const HOST_MESSAGES: Record<HostError["code"], StringId> = {
  NOT_IN_EXCEL: "errNotInExcel",
  OLD_EXCEL: "errOldExcel",
  NO_CLASSIFICATION: "errNoClassification",
  NOTHING_TO_UNDO: "errNothingToUndo",
};

/** The label of a setting of ตั้งค่า ("triggerDate" → its settingLabel… string). */
function settingLabel(key: string, lang: Lang): string {
  const id = `settingLabel${key.charAt(0).toUpperCase()}${key.slice(1)}`;
  return id in STRINGS.th ? t(id as StringId, lang) : key;
}

/**
 * The ตั้งค่า errors of the commands, told by name so that this table does not load them:
 * a missing sheet or row, or a values column that is only a guess.
 */
function settingsMessage(err: unknown, lang: Lang): string | undefined {
  if (!(err instanceof Error)) return undefined;
  const e = err as Error & { settings?: readonly string[]; sheet?: string };
  const labels = (e.settings ?? []).map((k) => settingLabel(k, lang)).join(", ");
  switch (err.name) {
    case "SettingsFormMissingError":
      return t("errSettingsMissing", lang, { labels });
    case "SettingsFormShiftedError":
      return t("settingsShiftedOnSave", lang, { sheet: e.sheet ?? "" });
    default:
      return undefined;
  }
}

/** A message the user can act on, in their language. */
export function errorMessage(err: unknown, lang: Lang): string {
  const settings = settingsMessage(err, lang);
  if (settings !== undefined) return settings;
  if (isCancelledError(err)) return t("runCancelled", lang);
  if (isHostError(err)) return t(HOST_MESSAGES[err.code] ?? "errNotInExcel", lang);
  if (isWorkbookError(err)) {
    const sheet = { sheet: err.sheet };
    switch (err.code) {
      case "SHEET_EXISTS":
        return t("errSheetExists", lang, sheet);
      case "SHEET_MISSING":
        return t("errSheetMissing", lang, sheet);
      case "INVALID_NAME":
        return t("errInvalidName", lang, sheet);
      case "TOO_LARGE":
        return t("errTooLargeSheet", lang, sheet);
      default:
        // The adapters keep Office's own error as the cause: it may say what the user can do.
        return officeMessage(officeCode(err.cause), lang) ?? t("errHost", lang, { detail: err.message });
    }
  }
  const code = officeCode(err);
  if (code === undefined) return t("errUnknown", lang, { detail: detail(err) });
  return officeMessage(code, lang) ?? t("errHost", lang, { detail: detail(err) });
}
