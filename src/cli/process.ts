import { unlinkSync } from "node:fs";
import type { WorkbookBackend } from "./backend";
import { temporaryFiles } from "./files";
import { runCli } from "./run";

// Output piped into `head` closes early; the command still finishes its work (and its --json).
const ignoreClosedPipe = (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e;
};

/** The last resort: a Thai sentence instead of Node's English stack trace. */
function crashed(e: unknown): void {
  process.stderr.write("เกิดข้อผิดพลาดที่ไม่คาดคิดใน OpPlan — ดูรายละเอียดด้วย OPPLAN_DEBUG=1 แล้วแจ้งผู้ดูแล OpPlan\n");
  if (process.env.OPPLAN_DEBUG === "1") process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 2;
}

/**
 * Runs the CLI as this process: its arguments, its streams and exit code, a Thai last word on a
 * crash, no half-written output left by Ctrl+C. `backend` is what the commands run on: ExcelJS
 * unless a script such as via-office says otherwise.
 */
export function startCli(backend?: WorkbookBackend): void {
  process.stdout.on("error", ignoreClosedPipe);
  process.stderr.on("error", ignoreClosedPipe);
  process.on("uncaughtException", (e) => {
    crashed(e);
    // Past an uncaught exception nothing can be trusted to finish well: outputs only ever appear
    // whole, so stopping here leaves none half-written.
    process.exit(2);
  });
  process.on("unhandledRejection", crashed);

  // Ctrl+C while an output is being written: outputs only ever appear whole (renamed into place),
  // so what is left to clear is the temporary file beside it.
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const)
    process.on(signal, () => {
      for (const f of temporaryFiles) {
        try {
          unlinkSync(f);
        } catch {
          // Already renamed into place or removed.
        }
      }
      process.stderr.write("หยุดตามที่สั่ง — ไฟล์ที่ยังเขียนไม่เสร็จถูกลบแล้ว\n");
      process.exit(code);
    });

  runCli(
    process.argv.slice(2),
    {
      out: (l) => process.stdout.write(l + "\n"),
      err: (l) => process.stderr.write(l + "\n"),
    },
    { backend },
  ).then((code) => {
    process.exitCode = code;
  }, crashed);
}
