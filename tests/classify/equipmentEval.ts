/**
 * An independent, hand-labelled evaluation set for suggesting the ประเภทครุภัณฑ์ of an item
 * from its name, as ค่าครุภัณฑ์ lines are written in ข้อบัญญัติ/เทศบัญญัติงบประมาณรายจ่าย and
 * copied into แบบ ผด.02/1: with "ค่าจัดซื้อ", sizes, quantities, the standard-list remark and the
 * odd typo.
 *
 * Labels follow, in this order:
 * 1. สำนักงบประมาณ, ตัวอย่างรายการสิ่งของที่จัดเป็นครุภัณฑ์ (annex to หลักการจำแนกประเภทรายจ่าย
 *    ตามงบประมาณ) and its บัญชีราคามาตรฐานครุภัณฑ์;
 * 2. กรมส่งเสริมการปกครองท้องถิ่น, การจำแนกประเภทพัสดุ (มท 0808.2/ว 1095, 28 พ.ค. 2564), for
 *    what อปท. buy and the Budget Bureau's examples leave out (school furniture, DLTV, sewing
 *    machines);
 * 3. กระทรวงดิจิทัลฯ, เกณฑ์ราคากลางและคุณลักษณะพื้นฐานการจัดหาอุปกรณ์และระบบคอมพิวเตอร์, for
 *    ICT items.
 * `contested` lists the other types a source or common อปท. practice gives an item; for those
 * the suggestion must not be confident, and any listed type counts as a right top-1. The notes
 * at the top of src/domain/classify/equipmentTypes.ts say which source each contested call
 * follows.
 *
 * HOLDOUT was written first, before the lexicon existed; the lexicon may be tuned on DEV only.
 */
import { EQUIPMENT_TYPES } from "../../src/domain/catalog";

export interface EquipmentEvalItem {
  readonly name: string;
  readonly detail?: string;
  /** The standard type, as the first source above gives it. */
  readonly type: string;
  /** Other types a source or wide practice gives it: the item straddles. */
  readonly contested?: readonly string[];
}

/** The full standard name of a type given without "ครุภัณฑ์"; a typo here fails at load. */
function full(short: string): string {
  const name = `ครุภัณฑ์${short}`;
  if (!EQUIPMENT_TYPES.includes(name)) throw new Error(`not a standard type: ${short}`);
  return name;
}

function item(name: string, type: string, contested?: readonly string[], detail?: string): EquipmentEvalItem {
  return { name, type: full(type), ...(contested ? { contested: contested.map(full) } : {}), ...(detail ? { detail } : {}) };
}

// Short names, so that the rows below read as a budget does.
const OFFICE = "สำนักงาน";
const VEHICLE = "ยานพาหนะและขนส่ง";
const ELECTRIC = "ไฟฟ้าและวิทยุ";
const ADVERT = "โฆษณาและเผยแพร่";
const FARM = "การเกษตร";
const FACTORY = "โรงงาน";
const BUILD = "ก่อสร้าง";
const SURVEY = "สำรวจ";
const MEDICAL = "วิทยาศาสตร์หรือการแพทย์";
const COMPUTER = "คอมพิวเตอร์";
const EDUCATION = "การศึกษา";
const HOUSE = "งานบ้านงานครัว";
const SPORT = "กีฬา";
const MUSIC = "ดนตรีและนาฏศิลป์";
const WEAPON = "อาวุธ";
const FIELD = "สนาม";
const OTHER = "อื่น";

export const EQUIPMENT_HOLDOUT: readonly EquipmentEvalItem[] = [
  // สำนักงาน
  item("ค่าจัดซื้อตู้เหล็ก แบบ 2 บาน จำนวน 3 ตู้ (ตามบัญชีราคามาตรฐานครุภัณฑ์)", OFFICE),
  item("จัดซื้อโต๊ะทำงาน ระดับ 3-6 พร้อมเก้าอี้ จำนวน 2 ชุด", OFFICE),
  item("เครื่องปรับอากาศ แบบติดผนัง (ระบบ Inverter) ขนาด 18,000 บีทียู จำนวน 2 เครื่อง", OFFICE),
  item("เก้าอี้ทำงาน จำนวน 5 ตัว", OFFICE),
  item("ค่าจัดซื้อเครื่องถ่ายเอกสาร ระบบดิจิตอล (ขาวดำ) ความเร็ว 30 แผ่นต่อนาที", OFFICE),
  item("จัดซื้อตู้เก็บเอกสารบานเลื่อนกระจก จำนวน 2 หลัง", OFFICE),
  item("เครื่องทำลายเอกสาร แบบทำลายครั้งละ 20 แผ่น", OFFICE),
  item("โต๊ะประชุม ขนาด 12 ที่นั่ง", OFFICE),
  item("เก้าอี้พลาสติก จำนวน 100 ตัว", OFFICE),
  item("ชุดรับแขก จำนวน 1 ชุด", OFFICE),
  item("ค่าจัดซื้อโต๊ะหมู่บูชา หมู่ 9 จำนวน 1 ชุด", OFFICE),
  item("ตู้ล็อกเกอร์ 18 ช่อง", OFFICE),
  item("เครื่องโทรสาร แบบใช้กระดาษธรรมดา", OFFICE),
  item("ค่าจัดซื้อพัดลมติดผนัง ขนาด 16 นิ้ว จำนวน 4 ตัว", OFFICE, [ELECTRIC]),
  item("ถังเก็บน้ำ แบบสแตนเลส ขนาด 2,000 ลิตร", OFFICE, [HOUSE, FARM]),
  item("เครื่องปรับอากาศแบบตั้งพื้นหรือแบบแขวน ขนาด 36,000 บีทียู", OFFICE),
  item("จัดซื้อเครื่องเจาะกระดาษและเข้าเล่มแบบมือโยก", OFFICE),
  item("โต๊ะทํางานเหล็ก", OFFICE),
  item("เครื่องนับธนบัตร", OFFICE),

  // ยานพาหนะและขนส่ง
  item("จัดซื้อรถบรรทุก (ดีเซล) ขนาด 1 ตัน ปริมาตรกระบอกสูบไม่ต่ำกว่า 2,400 ซีซี ขับเคลื่อน 2 ล้อ แบบดับเบิ้ลแค็บ จำนวน 1 คัน", VEHICLE),
  item("รถบรรทุกขยะ ขนาด 6 ตัน 6 ล้อ ปริมาตรกระบอกสูบไม่ต่ำกว่า 6,000 ซีซี แบบอัดท้าย", VEHICLE),
  item("ค่าจัดซื้อรถจักรยานยนต์ ขนาด 110 ซีซี แบบเกียร์ธรรมดา จำนวน 2 คัน", VEHICLE),
  item("รถยนต์ตรวจการณ์ ขนาด 1 ตัน ขับเคลื่อน 4 ล้อ", VEHICLE),
  item("รถบรรทุกน้ำอเนกประสงค์ ขนาด 6 ตัน 6 ล้อ", VEHICLE),
  item("จัดซื้อรถโดยสาร ขนาด 12 ที่นั่ง (ดีเซล)", VEHICLE),
  item("รถบรรทุกน้ำดับเพลิง ขนาด 6,000 ลิตร", VEHICLE),
  item("เรือท้องแบนพร้อมเครื่องยนต์ติดท้ายเรือ", VEHICLE),
  item("รถพยาบาล (รถตู้) ปริมาตรกระบอกสูบไม่ต่ำกว่า 2,400 ซีซี", VEHICLE),
  item("รถกระเช้าไฟฟ้า ความสูงไม่น้อยกว่า 12 เมตร", VEHICLE),
  item("รถบรรทุกเทท้าย ขนาด 6 ตัน", VEHICLE),
  item("ค่าจัดซื้อรถยนต์ส่วนกลาง รถโดยสาร 12 ที่นั่ง", VEHICLE),
  item("รถจักยานยนต์ 125 ซีซี", VEHICLE),

  // ไฟฟ้าและวิทยุ
  item("เครื่องกำเนิดไฟฟ้า ขนาด 10 กิโลวัตต์ (ดีเซล)", ELECTRIC),
  item("ค่าจัดซื้อวิทยุสื่อสาร ชนิดมือถือ ขนาด 5 วัตต์ จำนวน 10 เครื่อง", ELECTRIC),
  item("เครื่องรับส่งวิทยุ ระบบ VHF/FM ชนิดประจำที่ ขนาด 50 วัตต์", ELECTRIC),
  item("ไฟฉายสปอตไลท์ ชนิดมือถือ", ELECTRIC),
  item("หม้อแปลงไฟฟ้า ขนาด 50 KVA", ELECTRIC),
  item("เครื่องขยายเสียงแบบพกพา", ELECTRIC, [ADVERT]),
  item("ไมโครโฟนไร้สาย จำนวน 2 ชุด", ELECTRIC, [ADVERT]),
  item("สัญญาณไฟกระพริบพลังงานแสงอาทิตย์ จำนวน 4 ชุด", ELECTRIC, [OTHER]),
  item("ชุดเครื่องเสียงห้องประชุม", ELECTRIC, [ADVERT, OFFICE]),
  item("เสาอากาศวิทยุสื่อสาร สูง 30 เมตร", ELECTRIC),
  item("ลำโพงฮอร์น พร้อมยูนิต", ELECTRIC, [ADVERT]),
  item("ระบบเสียงไร้สาย (หอกระจายข่าวไร้สาย)", ELECTRIC, [ADVERT]),
  item("เครื่องปั่นไฟ ขนาด 5 KW", ELECTRIC),

  // โฆษณาและเผยแพร่
  item("จัดซื้อกล้องถ่ายภาพ ระบบดิจิตอล ความละเอียดไม่น้อยกว่า 20 ล้านพิกเซล", ADVERT),
  item("เครื่องมัลติมีเดียโปรเจคเตอร์ ระดับ XGA ขนาด 3,500 ANSI Lumens", ADVERT),
  item("จอรับภาพ ชนิดมอเตอร์ไฟฟ้า ขนาดเส้นทแยงมุม 120 นิ้ว", ADVERT),
  item(
    "โทรทัศน์ แอล อี ดี (LED TV) แบบ Smart TV ระดับความละเอียดจอภาพ 3840 x 2160 พิกเซล ขนาด 55 นิ้ว",
    ADVERT,
    [ELECTRIC, EDUCATION],
  ),
  item("กล้องถ่ายวีดีโอ ความละเอียด 4K", ADVERT),
  item("ป้ายประชาสัมพันธ์อิเล็กทรอนิกส์ (LED) แบบตัวอักษรวิ่ง", ADVERT),
  item("เครื่องฉายภาพ 3 มิติ (Visualizer)", ADVERT),
  item("กล้องดิจิตอล ชนิดเปลี่ยนเลนส์ได้", ADVERT),

  // การเกษตร
  item("เครื่องสูบน้ำแบบหอยโข่ง (มอเตอร์ไฟฟ้า) ขนาด 2 แรงม้า", FARM),
  item("เครื่องพ่นยา แบบสะพายหลัง ใช้เครื่องยนต์", FARM),
  item("เครื่องสูบน้ำแบบจุ่ม (Submersible Pump) ขนาด 1.5 แรงม้า", FARM),
  item("รถฟาร์มแทรกเตอร์ ขนาด 50 แรงม้า ขับเคลื่อน 4 ล้อ", FARM, [VEHICLE, BUILD]),
  item("เครื่องพ่นหมอกควัน", FARM, [MEDICAL]),
  item("ปั๊มน้ำอัตโนมัติ ขนาด 400 วัตต์", FARM),
  item("เครื่องหว่านปุ๋ย", FARM),
  item("เครื่องพรวนดิน (รถไถเดินตาม)", FARM),
  item("เครื่องสีข้าว ขนาดเล็ก", FARM, [FACTORY]),
  item("เลื่อยโซ่ยนต์ ขนาด 11.5 นิ้ว", FARM, [BUILD, FACTORY]),

  // โรงงาน
  item("สว่านไฟฟ้า ขนาด 13 มิลลิเมตร", FACTORY),
  item("เครื่องเชื่อมไฟฟ้า ขนาด 300 แอมป์", FACTORY, [BUILD]),
  item("เครื่องเจียร ขนาด 4 นิ้ว", FACTORY),
  item("ชุดเครื่องมือช่างยนต์", FACTORY),
  item("แม่แรงตะเข้ ขนาด 3 ตัน", FACTORY),
  item("เครื่องอัดลม (ปั๊มลม) ขนาด 100 ลิตร", FACTORY, [BUILD]),
  item("เลื่อยวงเดือนไฟฟ้า ขนาด 9 นิ้ว", FACTORY),
  item("เครื่องตัดเหล็ก (ไฟเบอร์) ขนาด 14 นิ้ว", FACTORY),
  item("ตู้เชื่อมไฟฟ้า", FACTORY, [BUILD]),

  // ก่อสร้าง
  item("เครื่องตบดิน ขนาด 5.5 แรงม้า", BUILD),
  item("เครื่องผสมคอนกรีต ขนาด 2 ถุงปูน", BUILD),
  item("รถตักหน้าขุดหลัง (แบคโฮ) ขับเคลื่อน 4 ล้อ", BUILD),
  item("เครื่องตัดคอนกรีต ขนาด 14 นิ้ว", BUILD),
  item("รถบดถนนชนิดล้อเหล็กสั่นสะเทือน ขนาด 10 ตัน", BUILD),
  item("เครื่องจี้คอนกรีต", BUILD),
  item("รถขุดตีนตะขาบ ขนาด 120 แรงม้า", BUILD),
  item("เครื่องเจาะคอนกรีต (สว่านโรตารี่)", BUILD, [FACTORY]),

  // สำรวจ
  item("กล้องระดับ ขนาดกำลังขยาย 30 เท่า", SURVEY),
  item("เครื่องหาพิกัดด้วยสัญญาณดาวเทียม (GPS) แบบพกพา", SURVEY),
  item("ล้อวัดระยะทาง", SURVEY),
  item("กล้องวัดมุมอิเล็กทรอนิกส์ (Theodolite)", SURVEY),
  item("ไม้สต๊าฟ อลูมิเนียม ยาว 5 เมตร", SURVEY),
  item("เครื่องวัดระยะทางด้วยเลเซอร์", SURVEY),
  item("กล้องประมวลผลรวม (Total Station)", SURVEY),

  // วิทยาศาสตร์หรือการแพทย์
  item("เครื่องวัดความดันโลหิตแบบดิจิตอล", MEDICAL),
  item("เครื่องกระตุกหัวใจไฟฟ้าแบบอัตโนมัติ (AED)", MEDICAL),
  item("เตียงผู้ป่วย แบบ 3 ไกร์ (มือหมุน)", MEDICAL),
  item("เครื่องชั่งน้ำหนักเด็ก แบบดิจิตอล", MEDICAL),
  item("เครื่องผลิตออกซิเจน ขนาด 5 ลิตร", MEDICAL),
  item("เปลตักผู้ป่วย (Scoop Stretcher)", MEDICAL),
  item("เครื่องวัดคุณภาพน้ำแบบพกพา", MEDICAL),
  item("ที่นอนลมป้องกันแผลกดทับ", MEDICAL),
  item("เครื่องวัดระดับเสียง (Sound Level Meter)", MEDICAL),

  // คอมพิวเตอร์
  item("จัดซื้อเครื่องคอมพิวเตอร์ All In One สำหรับงานประมวลผล จำนวน 2 เครื่อง", COMPUTER),
  item("เครื่องพิมพ์เลเซอร์ หรือ LED ขาวดำ ชนิด Network แบบที่ 1 (28 หน้า/นาที)", COMPUTER),
  item("เครื่องคอมพิวเตอร์โน้ตบุ๊ก สำหรับงานสำนักงาน", COMPUTER),
  item("เครื่องพิมพ์แบบฉีดหมึกพร้อมติดตั้งถังหมึกพิมพ์ (Ink Tank Printer)", COMPUTER),
  item("เครื่องสำรองไฟฟ้า ขนาด 800 VA", COMPUTER, [ELECTRIC]),
  item("สแกนเนอร์ สำหรับงานเก็บเอกสารระดับศูนย์บริการ แบบที่ 1", COMPUTER),
  item("อุปกรณ์กระจายสัญญาณ (L2 Switch) ขนาด 24 ช่อง", COMPUTER),
  item("จอแสดงภาพ ขนาดไม่น้อยกว่า 21.5 นิ้ว", COMPUTER),
  item("เครื่องคอมพิวเตอร์แม่ข่าย (Server)", COMPUTER),
  item("อุปกรณ์กระจายสัญญาณไร้สาย (Access Point) แบบที่ 1", COMPUTER),
  item("เครื่องพิมพ์ Multifunction แบบฉีดหมึก", COMPUTER),
  item("คอมพิวเตอร์แท็บเล็ต", COMPUTER),
  item("ระบบกล้องโทรทัศน์วงจรปิด ชนิดเครือข่าย แบบมุมมองคงที่ สำหรับติดตั้งภายนอกอาคาร", COMPUTER, [ELECTRIC, ADVERT]),
  item("เครื่องคอมพิวเตอร์ สำหรับงานประมวลผล แบบที่ 2 (จอขนาดไม่น้อยกว่า 19 นิ้ว)", COMPUTER),
  item("เครื่องคอมพิวเตอ์โน๊ตบุ๊ค", COMPUTER),
  item("จัดซื้อครุภัณฑ์ จำนวน 1 รายการ", COMPUTER, undefined, "เครื่องคอมพิวเตอร์โน้ตบุ๊ก สำหรับงานสำนักงาน จำนวน 1 เครื่อง"),

  // การศึกษา
  item("ชุดโต๊ะเก้าอี้นักเรียน ระดับประถมศึกษา", EDUCATION),
  item("โต๊ะเด็กอนุบาลพร้อมเก้าอี้ สำหรับศูนย์พัฒนาเด็กเล็ก", EDUCATION),
  item("กระดานไวท์บอร์ดแบบขาตั้งล้อเลื่อน สำหรับห้องเรียน", EDUCATION, [OFFICE]),
  item("จักรเย็บผ้าอุตสาหกรรม", EDUCATION),
  item("ชุดอุปกรณ์รับสัญญาณโทรทัศน์การศึกษาทางไกลผ่านดาวเทียม (DLTV)", EDUCATION),
  item("หุ่นจำลองโครงกระดูกมนุษย์", EDUCATION),
  item("เครื่องเล่นสนามเด็กเล่น (ชุดเครื่องเล่นสนาม) สำหรับ ศพด.", EDUCATION, [SPORT]),
  item("กระดานดำ", EDUCATION),

  // งานบ้านงานครัว
  item("ตู้เย็น ขนาด 7 คิวบิกฟุต", HOUSE),
  item("เครื่องทำน้ำร้อน-น้ำเย็น แบบต่อท่อ", HOUSE),
  item("เครื่องซักผ้า แบบธรรมดา ขนาด 10 กิโลกรัม", HOUSE),
  item("เครื่องดูดฝุ่น ขนาด 15 ลิตร", HOUSE),
  item("เตาแก๊ส 2 หัว พร้อมถังแก๊ส", HOUSE),
  item("ค่าจัดซื้อผ้าม่าน ห้องประชุมสภา", HOUSE),
  item("เครื่องกรองน้ำ ระบบ RO ขนาด 300 ลิตร/วัน", HOUSE),
  item("ตู้ทำน้ำเย็น 2 ก๊อก", HOUSE),
  item("เตียงนอนเหล็ก 2 ชั้น", HOUSE),
  item("ตู้แช่แข็ง (Freezer) ขนาด 15 คิว", HOUSE),
  item("ค่าจัดซื้อเครื่องตัดหญ้า แบบข้อแข็ง จำนวน 3 เครื่อง", HOUSE, [FARM]),
  item("เครื่องตัดหญ้าแบบข้ออ่อน", HOUSE, [FARM]),
  item("หม้อต้มน้ำไฟฟ้า ขนาด 20 ลิตร", HOUSE),
  item("เครื่องทำน้ำอุ่น", HOUSE),

  // กีฬา
  item("เครื่องออกกำลังกายกลางแจ้ง แบบเดินวงรี", SPORT),
  item("ลู่วิ่งไฟฟ้า", SPORT),
  item("จักรยานออกกำลังกาย", SPORT),
  item("โต๊ะเทเบิลเทนนิส พร้อมอุปกรณ์", SPORT),
  item("เสาประตูฟุตบอล พร้อมตาข่าย", SPORT),
  item("แป้นบาสเกตบอล แบบเคลื่อนที่ได้", SPORT),
  item("เครื่องบริหารกล้ามเนื้อ", SPORT),
  item("โต๊ะสนุกเกอร์", SPORT),
  item("เสาวอลเลย์บอล พร้อมตาข่าย", SPORT),

  // ดนตรีและนาฏศิลป์
  item("กลองยาว จำนวน 1 ชุด", MUSIC),
  item("ชุดเครื่องดนตรีไทย (วงมังคลเภรี)", MUSIC),
  item("ระนาดเอก", MUSIC),
  item("ชุดกลองสะบัดชัย", MUSIC),
  item("อังกะลุง 1 วง", MUSIC),
  item("ชุดเครื่องแต่งกายนาฏศิลป์ (ชุดรำไทย)", MUSIC),
  item("กีต้าร์โปร่ง", MUSIC),
  item("ออร์แกนไฟฟ้า", MUSIC),

  // อาวุธ
  item("ปืนพกสั้น ขนาด .38", WEAPON),
  item("ปืนลูกซอง ขนาด 12 เกจ", WEAPON),
  item("อาวุธปืนลูกซองยาว", WEAPON),
  item("ปืนยาว ขนาด 5.56 มม.", WEAPON),

  // สนาม
  item("เต็นท์สนาม ขนาด 4x8 เมตร", FIELD),
  item("เต็นท์ทรงโค้ง ขนาด 4 x 8 เมตร จำนวน 5 หลัง", FIELD, [OFFICE, HOUSE, OTHER]),
  item("เตียงสนามพับได้ จำนวน 20 เตียง", FIELD),
  item("เข็มทิศ", FIELD),
  item("เปลสนาม (เปลผ้าใบ)", FIELD, [MEDICAL]),

  // อื่น
  item("เครื่องช่วยหายใจชนิดอัดอากาศ (SCBA)", OTHER, [MEDICAL]),
  item("ชุดเครื่องมือตัดถ่าง (อุปกรณ์กู้ภัย) ระบบไฮดรอลิก", OTHER, [FACTORY]),
  item("ชุดปฏิบัติการดับเพลิง", OTHER, [MEDICAL]),
];

export const EQUIPMENT_DEV: readonly EquipmentEvalItem[] = [
  // สำนักงาน
  item("ค่าจัดซื้อตู้เหล็ก แบบ 4 ลิ้นชัก จำนวน 2 หลัง", OFFICE),
  item("เก้าอี้สำนักงาน", OFFICE),
  item("ตู้เหล็กเก็บเอกสาร 2 บาน", OFFICE),
  item("เครื่องปรับอากาศแบบแยกส่วน ขนาด 24,000 บีทียู", OFFICE),
  item("โต๊ะทำงานเหล็ก ขนาด 5 ฟุต จำนวน 2 ตัว", OFFICE),
  item("เก้าอี้ผู้บริหาร แบบมีพนักพิงสูง", OFFICE),
  item("ตู้นิรภัย ขนาด 200 กิโลกรัม", OFFICE),
  item("โต๊ะพับอเนกประสงค์ ขาเหล็ก หน้าโฟเมก้า จำนวน 20 ตัว", OFFICE),
  item("เครื่องพิมพ์สำเนาระบบดิจิตอล", OFFICE),
  item("จัดซื้อเครื่องโทรศัพท์ไร้สาย", OFFICE),
  item("ตู้เก็บแบบฟอร์ม 15 ลิ้นชัก", OFFICE),
  item("ชั้นวางเอกสาร 5 ชั้น", OFFICE),
  item("เครื่องปรับอากาศ ชนิดติดผนัง ขนาด 12000 BTU พร้อมติดตั้ง", OFFICE),
  item("เครื่องฟอกอากาศ สำหรับห้องขนาด 40 ตารางเมตร", OFFICE),
  item("ถังน้ำ ขนาด 1,000 ลิตร", OFFICE, [HOUSE, FARM]),
  item("พัดลมตั้งพื้น ขนาด 18 นิ้ว", OFFICE, [ELECTRIC]),
  item("โต๊ะวางเครื่องคอมพิวเตอร์", OFFICE),
  item("เก้าอี้สำหรับเจ้าหน้าที่คอมพิวเตอร์", OFFICE),
  item("เครื่องปรับอากาส แบบแยกส่วน 18000 บีทียู", OFFICE),
  item("ตู้บานเลื่อนกระจก 4 ฟุต", OFFICE),
  item("แท่นอ่านหนังสือพิมพ์", OFFICE),

  // ยานพาหนะและขนส่ง
  item("รถบรรทุกขยะ ขนาด 6 ตัน 6 ล้อ แบบอัดท้าย", VEHICLE),
  item("รถจักรยานยนต์", VEHICLE),
  item("รถบรรทุก (ดีเซล)", VEHICLE),
  item("ค่าจัดซื้อรถยนต์บรรทุก ขนาด 1 ตัน แบบธรรมดา", VEHICLE),
  item("รถบรรทุกน้ำ ขนาด 10 ตัน 10 ล้อ", VEHICLE),
  item("รถตู้โดยสาร 12 ที่นั่ง", VEHICLE),
  item("เรือพลาสติก พร้อมเครื่องยนต์", VEHICLE),
  item("รถยนต์กู้ชีพ (รถกระบะ) พร้อมอุปกรณ์", VEHICLE),
  item("รถดับเพลิง ชนิดหัวฉีดน้ำแรงดันสูง", VEHICLE),
  item("รถบรรทุกขยะมูลฝอย แบบยกภาชนะ", VEHICLE),
  item("รถยนต์นั่งส่วนกลาง ขนาด 1,800 ซีซี", VEHICLE),
  item("รถยกกระเช้า", VEHICLE),

  // ไฟฟ้าและวิทยุ
  item("เครื่องขยายเสียง", ELECTRIC, [ADVERT]),
  item("ค่าจัดซื้อเครื่องกำเนิดไฟฟ้าชนิดเคลื่อนที่ ขนาด 3 กิโลวัตต์", ELECTRIC),
  item("วิทยุสื่อสารชนิดมือถือ (VHF/FM) 5 วัตต์", ELECTRIC),
  item("ชุดเครื่องเสียงกลางแจ้ง พร้อมลำโพง", ELECTRIC, [ADVERT]),
  item("สปอร์ตไลท์ LED พร้อมขาตั้ง", ELECTRIC),
  item("เครื่องรับส่งวิทยุ ชนิดติดรถยนต์ 50 วัตต์", ELECTRIC),
  item("ไมโครโฟนห้องประชุม ชุดประธาน", ELECTRIC, [ADVERT, OFFICE]),
  item("เครื่องเล่นดีวีดี", ELECTRIC, [ADVERT]),
  item("ไฟกระพริบโซล่าเซลล์", ELECTRIC, [OTHER]),
  item("หม้อแปลงไฟฟ้าชนิดแห้ง 100 kVA", ELECTRIC),
  item("ตู้ลำโพงเคลื่อนที่ ขนาด 15 นิ้ว", ELECTRIC, [ADVERT]),
  item("เครื่องควบคุมแรงดันไฟฟ้าอัตโนมัติ (Stabilizer)", ELECTRIC, [COMPUTER]),

  // โฆษณาและเผยแพร่
  item("กล้องถ่ายภาพดิจิตอล", ADVERT),
  item("เครื่องมัลติมีเดียโปรเจ็คเตอร์ ขนาด 4,000 ANSI lumens", ADVERT),
  item("จอรับภาพชนิดขาตั้ง ขนาด 100 นิ้ว", ADVERT),
  item("โทรทัศน์", ADVERT, [ELECTRIC, EDUCATION]),
  item("กล้องวีดีโอ ความละเอียด Full HD", ADVERT),
  item("ป้ายไฟ LED ประชาสัมพันธ์ ขนาด 1x3 เมตร", ADVERT),
  item("ทีวี LED ขนาด 50 นิ้ว", ADVERT, [ELECTRIC, EDUCATION]),
  item("เครื่องฉายภาพข้ามศีรษะ", ADVERT),
  item("โปรเจคเตอร์ พร้อมจอรับภาพ", ADVERT),

  // การเกษตร
  item("เครื่องสูบน้ำ", FARM),
  item("เครื่องตัดหญ้าแบบข้อแข็ง", HOUSE, [FARM]),
  item("เครื่องสูบน้ำชนิดหอยโข่ง ขับด้วยเครื่องยนต์ดีเซล ขนาด 8 นิ้ว", FARM),
  item("เครื่องพ่นสารเคมี แบบสะพายหลัง", FARM),
  item("ปั๊มน้ำแบบจุ่ม ขนาด 2 แรงม้า", FARM),
  item("เครื่องพ่นหมอกควัน แบบสะพาย", FARM, [MEDICAL]),
  item("เครื่องตัดวัชพืช", FARM, [HOUSE]),
  item("รถไถนาเดินตาม", FARM),
  item("เครื่องพ่นละอองฝอย (ULV)", FARM, [MEDICAL]),
  item("เครื่องชั่งสำหรับการเกษตร ขนาด 300 กิโลกรัม", FARM),
  item("ตู้ฟักไข่", FARM),
  item("เลื่อยยนต์", FARM, [BUILD, FACTORY]),

  // โรงงาน
  item("สว่านไฟฟ้าไร้สาย", FACTORY),
  item("เครื่องเชื่อมโลหะ (ตู้เชื่อม) 250 แอมป์", FACTORY, [BUILD]),
  item("เครื่องเจียรไฟฟ้า", FACTORY),
  item("แม่แรงยกรถ ขนาด 20 ตัน", FACTORY),
  item("ปั๊มลม ขนาด 1/2 แรงม้า", FACTORY, [BUILD]),
  item("เครื่องตัดไฟเบอร์", FACTORY),
  item("เลื่อยฉลุไฟฟ้า", FACTORY),
  item("เครื่องกลึง", FACTORY),
  item("กบไฟฟ้า", FACTORY),

  // ก่อสร้าง
  item("รถขุดตักไฮดรอลิก (แบคโฮ)", BUILD),
  item("เครื่องตบดิน", BUILD),
  item("รถเกรดเดอร์ ขนาด 140 แรงม้า", BUILD),
  item("รถบดสั่นสะเทือน ขนาด 2 ตัน", BUILD),
  item("เครื่องผสมคอนกรีต", BUILD),
  item("เครื่องตัดถนน (ตัดคอนกรีต) ขนาด 16 นิ้ว", BUILD),
  item("สว่านเจาะคอนกรีต", BUILD, [FACTORY]),
  item("เครื่องสกัดคอนกรีต", BUILD, [FACTORY]),
  item("รถตักล้อยาง", BUILD),

  // สำรวจ
  item("กล้องระดับ", SURVEY),
  item("กล้องวัดมุม", SURVEY),
  item("ล้อวัดระยะ", SURVEY),
  item("เครื่องรับสัญญาณดาวเทียม GPS", SURVEY),
  item("ไม้สต๊าฟ", SURVEY),
  item("กล้องส่องทางไกล", SURVEY),
  item("เครื่องวัดระยะเลเซอร์", SURVEY),
  item("กล้องสำรวจ Total Station", SURVEY),

  // วิทยาศาสตร์หรือการแพทย์
  item("เครื่องวัดความดันโลหิต", MEDICAL),
  item("เครื่องกระตุกหัวใจอัตโนมัติ", MEDICAL),
  item("เตียงผู้ป่วยไฟฟ้า", MEDICAL),
  item("เครื่องชั่งน้ำหนักแบบดิจิตอล พร้อมที่วัดส่วนสูง", MEDICAL),
  item("ถังออกซิเจน พร้อมอุปกรณ์", MEDICAL),
  item("เครื่องดูดเสมหะ", MEDICAL),
  item("ยูนิตทำฟัน", MEDICAL),
  item("กล้องจุลทรรศน์", MEDICAL),
  item("เปลหามผู้ป่วย", MEDICAL),
  item("เครื่องวัดออกซิเจนปลายนิ้ว", MEDICAL),

  // คอมพิวเตอร์
  item("จัดซื้อเครื่องคอมพิวเตอร์โน้ตบุ๊ก สำหรับงานประมวลผล จำนวน 2 เครื่อง", COMPUTER),
  item("เครื่องพิมพ์ชนิดเลเซอร์", COMPUTER),
  item("เครื่องพิมพ์สำหรับงานคอมพิวเตอร์", COMPUTER),
  item("เครื่องคอมพิวเตอร์ สำหรับงานสำนักงาน (จอแสดงภาพขนาดไม่น้อยกว่า 19 นิ้ว)", COMPUTER),
  item("เครื่องพิมพ์แบบฉีดหมึก (Inkjet Printer)", COMPUTER),
  item("เครื่องสำรองไฟ UPS", COMPUTER, [ELECTRIC]),
  item("เครื่องพิมพ์ชนิดเลเซอร์ หรือชนิด LED สี ชนิด Network แบบที่ 1", COMPUTER),
  item("สแกนเนอร์", COMPUTER),
  item("เครื่องคอมพิวเตอร์ All in One", COMPUTER),
  item("จอภาพคอมพิวเตอร์", COMPUTER),
  item("อุปกรณ์ Router", COMPUTER),
  item("กล้องโทรทัศน์วงจรปิด", COMPUTER, [ELECTRIC, ADVERT]),
  item("ซอฟต์แวร์ระบบปฏิบัติการ", COMPUTER),
  item("notebook computer", COMPUTER),
  item("เครื่องคอมพิวเตอร์โน๊ตบุค", COMPUTER),
  item("เครื่องพิมพ์ Dot Matrix Printer แบบแคร่ยาว", COMPUTER),
  item("ระบบกล้อง CCTV", COMPUTER, [ELECTRIC, ADVERT]),

  // การศึกษา
  item("โต๊ะนักเรียน", EDUCATION),
  item("เก้าอี้นักเรียน", EDUCATION),
  item("จักรเย็บผ้า", EDUCATION),
  item("ชุดรับสัญญาณ DLTV", EDUCATION),
  item("กระดานไวท์บอร์ด", EDUCATION, [OFFICE]),
  item("ชุดโต๊ะเก้าอี้เด็กเล็ก สำหรับศูนย์พัฒนาเด็กเล็ก", EDUCATION),
  item("หุ่นจำลองร่างกายมนุษย์", EDUCATION),
  item("เครื่องเล่นสนาม", EDUCATION, [SPORT]),

  // งานบ้านงานครัว
  item("ตู้เย็น", HOUSE),
  item("เครื่องทำน้ำเย็น", HOUSE),
  item("เครื่องซักผ้าฝาหน้า", HOUSE),
  item("เครื่องดูดฝุ่นแบบแห้งและเปียก", HOUSE),
  item("เตาอบไมโครเวฟ", HOUSE),
  item("ผ้าม่านพร้อมอุปกรณ์", HOUSE),
  item("เครื่องกรองน้ำ", HOUSE),
  item("ตู้แช่เย็น 2 ประตู", HOUSE),
  item("เตียงนอน พร้อมที่นอน", HOUSE),
  item("รถตัดหญ้าแบบนั่งขับ", HOUSE, [FARM]),
  item("เครื่องตัดแต่งกิ่งไม้", HOUSE, [FARM]),
  item("เครื่องขัดพื้น", OFFICE, [HOUSE]),
  item("กระติกน้ำร้อนไฟฟ้า", HOUSE),

  // กีฬา
  item("ลู่วิ่งไฟฟ้า สำหรับออกกำลังกาย", SPORT),
  item("เครื่องออกกำลังกาย", SPORT),
  item("จักรยานนั่งปั่นออกกำลังกาย", SPORT),
  item("โต๊ะปิงปอง", SPORT),
  item("แทรมโพลีน", SPORT),
  item("ชุดยกน้ำหนัก", SPORT),
  item("ประตูฟุตซอล", SPORT),
  item("บาร์คู่", SPORT),

  // ดนตรีและนาฏศิลป์
  item("กลองชุด", MUSIC),
  item("ชุดวงโยธวาทิต", MUSIC),
  item("ฆ้องวง", MUSIC),
  item("เปียโน", MUSIC),
  item("ชุดเครื่องดนตรีพื้นเมือง (พิณ แคน โปงลาง)", MUSIC),
  item("คีย์บอร์ดไฟฟ้า", MUSIC),
  item("ขิม", MUSIC),
  item("ชุดการแสดงนาฏศิลป์", MUSIC),

  // อาวุธ
  item("ปืนพก", WEAPON),
  item("ปืนลูกซองยาว", WEAPON),
  item("อาวุธปืน", WEAPON),
  item("กระบองไฟฟ้า", WEAPON),

  // สนาม
  item("เต็นท์", FIELD, [OFFICE, HOUSE, OTHER]),
  item("เตียงสนาม", FIELD),
  item("ถุงนอน", FIELD),
  item("เต๊นท์สนาม ขนาด 3x3 เมตร", FIELD),
  item("เปล", FIELD, [MEDICAL]),

  // อื่น
  item("ชุดเครื่องช่วยหายใจ SCBA", OTHER, [MEDICAL]),
  item("อุปกรณ์กู้ภัย เครื่องตัดถ่างไฮดรอลิก", OTHER, [FACTORY]),
  item("ชุดดับเพลิง", OTHER, [MEDICAL]),
  item("ชุดผจญเพลิง", OTHER, [MEDICAL]),
];

/**
 * Texts that are not an equipment item at all (project names, services, materials, repairs):
 * no confident type for any of them.
 */
export const NOT_EQUIPMENT: readonly string[] = [
  "โครงการก่อสร้างถนนคอนกรีต",
  "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 5 บ้านหนองบัว",
  "ค่าจ้างเหมาบริการ",
  "ค่าจ้างเหมาบริการทำความสะอาดอาคารสำนักงาน",
  "ค่าบำรุงรักษาและซ่อมแซมครุภัณฑ์คอมพิวเตอร์",
  "ค่าซ่อมแซมรถยนต์ส่วนกลาง",
  "จัดซื้อวัสดุสำนักงาน",
  "วัสดุคอมพิวเตอร์",
  "ค่าวัสดุเชื้อเพลิงและหล่อลื่น",
  "โครงการฝึกอบรมคอมพิวเตอร์เบื้องต้นสำหรับผู้สูงอายุ",
  "โครงการแข่งขันกีฬาต้านยาเสพติด",
  "โครงการป้องกันและควบคุมโรคไข้เลือดออก",
  "ค่าเช่าเครื่องถ่ายเอกสาร",
  "อุดหนุนการไฟฟ้าส่วนภูมิภาค ขยายเขตไฟฟ้า",
  "โครงการปรับปรุงภูมิทัศน์สวนสาธารณะ",
  "ค่าใช้จ่ายในการเดินทางไปราชการ",
  "โครงการจัดงานประเพณีลอยกระทง",
  "ค่ากระแสไฟฟ้า",
  "เงินเดือนพนักงาน",
  "โครงการขุดลอกคลองส่งน้ำ",
];
