/**
 * Input the user must fix: a missing file, one OpPlan cannot read, an output that would
 * overwrite it. The message is the one Thai sentence the user sees; `detail` (a library's
 * English text, a stack) goes only to the --json file and to OPPLAN_DEBUG=1.
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
  }
}

export const errorCode = (e: unknown): string | undefined =>
  typeof e === "object" && e !== null && "code" in e && typeof e.code === "string" ? e.code : undefined;

export const errorDetail = (e: unknown): string => (e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e));

/** Why a file could not be read or written, in Thai, from Node's error code. */
export function fsReason(e: unknown): string {
  switch (errorCode(e)) {
    case "ENOENT":
      return "ไม่พบไฟล์หรือโฟลเดอร์";
    case "EACCES":
    case "EPERM":
      return "ไม่มีสิทธิ์เข้าถึง (หรือไฟล์เปิดอยู่ในโปรแกรมอื่น เช่น Excel)";
    case "EBUSY":
      return "ไฟล์ถูกใช้อยู่ (อาจเปิดอยู่ใน Excel — ปิดไฟล์แล้วลองใหม่)";
    case "EROFS":
      return "อยู่บนพื้นที่ที่อ่านได้อย่างเดียว";
    case "ENOSPC":
    case "EDQUOT":
      return "พื้นที่ดิสก์เต็ม";
    case "ENOTDIR":
      return "มีไฟล์อยู่ในตำแหน่งที่ต้องเป็นโฟลเดอร์";
    case "EISDIR":
      return "เป็นโฟลเดอร์ ไม่ใช่ไฟล์";
    case "ENAMETOOLONG":
      return "ชื่อไฟล์ยาวเกินไป";
    case "EEXIST":
      return "มีไฟล์ชื่อนี้อยู่แล้ว";
    case "EMFILE":
    case "ENFILE":
      return "เปิดไฟล์พร้อมกันมากเกินไป";
    case "EIO":
      return "อ่านหรือเขียนดิสก์ไม่สำเร็จ";
    default:
      return "ระบบไฟล์ไม่ยอมให้ทำ";
  }
}
