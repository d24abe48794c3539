import { ACTION_HINT } from "../domain/findings";

/** What the CLI says where the pane names its button (ACTION_HINT): the command that does it. */
const CLI_HINT: Record<keyof typeof ACTION_HINT, string> = {
  template: "ใช้คำสั่ง template <ไฟล์ใหม่.xlsx> --from <ไฟล์นี้>",
  classify: "ใช้คำสั่ง classify <ไฟล์นี้> -o <ไฟล์ใหม่.xlsx>",
  settings: "แก้ในแผ่นงานตั้งค่า",
};

/** A finding's text as the CLI prints it: commands where the pane says buttons. */
export function forCli(text: string): string {
  let out = text;
  for (const key of Object.keys(ACTION_HINT) as (keyof typeof ACTION_HINT)[]) out = out.split(ACTION_HINT[key]).join(CLI_HINT[key]);
  return out;
}
