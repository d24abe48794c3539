/**
 * CLI manners: each command takes only its own options and arguments, a forgotten -o is
 * named with the line that was meant, --help answers everywhere, and a refused command line
 * writes nothing.
 */
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { COMMANDS, OPTIONS, parseArgs, UsageError, type CommandName, type OptionName } from "../../src/cli/args";
import { cli, cliIn, expectThaiOnly, sha } from "../support/cli";

const ALL = Object.keys(OPTIONS).filter((o) => o !== "help") as OptionName[];
const VALUE: Partial<Record<OptionName, string>> = { "fiscal-year": "2570", projects: "3", seed: "1", "min-confidence": "0.5", out: "o.xlsx", from: "f.xlsx", "dev-plan": "p.xlsx", json: "r.json", round: "6" };
const argsFor = (option: OptionName) => (OPTIONS[option].takes ? [`--${option}`, VALUE[option]!] : [`--${option}`]);
const positionalsFor = (command: CommandName) => COMMANDS[command].positionals.map((p) => (p === "input" ? "in.xlsx" : "out.xlsx"));

const refusal = (argv: string[]) => {
  try {
    parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
  return null;
};

describe("parseArgs", () => {
  it("each command takes exactly its own options (the issue's list)", () => {
    expect(Object.fromEntries(Object.entries(COMMANDS).map(([c, s]) => [c, [...s.options].sort()]))).toEqual({
      template: ["fiscal-year", "force", "from", "json"],
      sample: ["fiscal-year", "force", "json", "projects", "seed"],
      check: ["dev-plan", "json"],
      classify: ["dev-plan", "force", "json", "min-confidence", "out"],
      generate: ["dev-plan", "force", "json", "logo", "out"],
      announce: ["force", "json", "logo", "out"],
      track: ["dev-plan", "force", "json", "out", "round"],
      demo: ["json", "out"],
    });
    for (const command of Object.keys(COMMANDS) as CommandName[]) {
      const own: readonly OptionName[] = COMMANDS[command].options;
      const required = own.includes("out") && command !== "demo" ? ["-o", "o.xlsx"] : [];
      for (const option of ALL) {
        const argv = [command, ...positionalsFor(command), ...(option === "out" ? [] : required), ...argsFor(option)];
        const message = refusal(argv);
        if (own.includes(option)) expect(message).toBeNull();
        else expect(message).toContain(`คำสั่ง ${command} ไม่มีตัวเลือก ${option === "out" ? "-o/--out" : `--${option}`}`);
      }
    }
  });

  it("reads --name value, --name=value, -o value and flags anywhere on the line; -- ends the options", () => {
    expect(parseArgs(["--json", "r.json", "generate", "in.xlsx", "--force", "-o=out.xlsx"])).toEqual({
      help: false,
      command: "generate",
      positionals: ["in.xlsx"],
      options: new Map<string, string | true>([
        ["json", "r.json"],
        ["force", true],
        ["out", "out.xlsx"],
      ]),
    });
    expect(parseArgs(["check", "--", "--แผน.xlsx"])).toMatchObject({ positionals: ["--แผน.xlsx"] });
    // A negative number is a value, not an option (and then out of range, said by the command).
    expect(parseArgs(["classify", "in.xlsx", "-o", "o.xlsx", "--min-confidence", "-1"])).toMatchObject({ options: new Map([["out", "o.xlsx"], ["min-confidence", "-1"]]) });
  });

  it("names what it refuses: an unknown option (with the near miss), a flag with a value, a value missing, an option twice", () => {
    expect(refusal(["sample", "s.xlsx", "--fiscalyear", "2571"])).toBe("ไม่รู้จักตัวเลือก --fiscalyear (หมายถึง --fiscal-year หรือไม่)");
    expect(refusal(["check", "in.xlsx", "-x"])).toBe("ไม่รู้จักตัวเลือก -x");
    expect(refusal(["check", "in.xlsx", "-json", "r.json"])).toBe("ไม่รู้จักตัวเลือก -json (หมายถึง --json หรือไม่)");
    expect(refusal(["generate", "in.xlsx", "-o", "o.xlsx", "--force=yes"])).toBe('ตัวเลือก --force ไม่ต้องมีค่า (ได้รับ "yes")');
    expect(refusal(["check", "in.xlsx", "--json"])).toBe("ตัวเลือก --json ต้องมีค่า: --json <ไฟล์.json>");
    expect(refusal(["generate", "in.xlsx", "-o", "--force"])).toBe("ตัวเลือก -o ต้องมีค่า: -o <ไฟล์.xlsx>");
    expect(refusal(["generate", "in.xlsx", "-o", "a.xlsx", "--out", "b.xlsx"])).toBe("ระบุตัวเลือก -o/--out มากกว่าหนึ่งครั้ง — ใส่เพียงครั้งเดียว");
    expect(refusal(["check", "in.xlsx", "more.xlsx"])).toBe('อาร์กิวเมนต์เกิน: "more.xlsx" — คำสั่ง check รับไฟล์เพียง 1 ไฟล์');
    expect(refusal(["generate", "in.xlsx", "b.xlsx", "-o", "c.xlsx"])).toContain('อาร์กิวเมนต์เกิน: "b.xlsx"');
    expect(refusal(["frobnicate"])).toContain('ไม่รู้จักคำสั่ง "frobnicate"');
    expect(refusal([])).toBe("ยังไม่ได้ระบุคำสั่ง");
  });

  it("a forgotten -o: says so and shows the line that was meant, quoted for the shell", () => {
    expect(refusal(["generate", "in.xlsx", "out.xlsx"])).toBe('ดูเหมือนลืม -o หน้าไฟล์ผลลัพธ์ "out.xlsx" — ใช้: npm run --silent opplan -- generate in.xlsx -o out.xlsx');
    expect(refusal(["announce", "แผน 2570.xlsx", "ประกาศ.xlsx", "--json", "r.json"])).toBe(
      `ดูเหมือนลืม -o หน้าไฟล์ผลลัพธ์ "ประกาศ.xlsx" — ใช้: npm run --silent opplan -- announce 'แผน 2570.xlsx' -o ประกาศ.xlsx --json r.json`,
    );
    expect(refusal(["demo", "mine.xlsx"])).toContain("demo -o mine.xlsx");
    expect(refusal(["generate", "in.xlsx"])).toBe("ต้องระบุไฟล์ผลลัพธ์ด้วย -o <ไฟล์.xlsx> เช่น npm run --silent opplan -- generate in.xlsx -o ผลลัพธ์.xlsx");
    expect(refusal(["generate", "-o", "out.xlsx"])).toBe("ต้องระบุไฟล์นำเข้า: generate <ไฟล์.xlsx>");
    expect(refusal(["template"])).toBe("ต้องระบุไฟล์ผลลัพธ์: template <ไฟล์ผลลัพธ์.xlsx>");
  });

  it("--help and -h win over everything else on the line", () => {
    expect(parseArgs(["--help"])).toEqual({ help: true, command: undefined });
    expect(parseArgs(["generate", "-h"])).toEqual({ help: true, command: "generate" });
    expect(parseArgs(["generate", "--bogus", "--help"])).toEqual({ help: true, command: "generate" });
    expect(parseArgs(["help", "announce"])).toEqual({ help: true, command: "announce" });
  });
});

describe("opplan's command line", () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "opplan-args-"));
    input = join(dir, "plan.xlsx");
    expect((await cli("sample", input, "--projects", "6", "--seed", "2")).code).toBe(0);
  });

  it("--help / -h exit 0 with the usage on stdout, with or without a command", async () => {
    const all = await cli("--help");
    expect(all).toMatchObject({ code: 0, err: "" });
    for (const c of Object.keys(COMMANDS)) expect(all.out).toContain(`  ${c} `);
    const one = await cli("generate", "--help");
    expect(one).toMatchObject({ code: 0, err: "" });
    expect(one.out).toContain("generate <ไฟล์.xlsx> -o <ไฟล์ผลลัพธ์.xlsx>");
    expect(one.out).not.toContain("announce <");
    expect((await cli("check", "-h")).code).toBe(0);
    expect((await cli("help")).code).toBe(0);
  });

  it("no command: the usage on stderr, exit 2", async () => {
    const r = await cli();
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("การใช้งาน");
  });

  it("a refused option: exit 2, the sentence naming it, then the command's usage; nothing written", async () => {
    const before = sha(input);
    const out = join(dir, "o.xlsx");
    const json = join(dir, "r.json");
    const r = await cli("generate", input, "-o", out, "--projects", "5", "--json", json);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    const [sentence, blank, usage] = r.err.split("\n");
    expect(sentence).toBe("คำสั่ง generate ไม่มีตัวเลือก --projects (ใช้ได้: -o/--out --dev-plan --logo --force --json)");
    expect(blank).toBe("");
    expect(usage).toMatch(/^การใช้งาน: npm run --silent opplan -- generate /);
    expectThaiOnly(r.err);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(json)).toBe(false);
    expect(sha(input)).toBe(before);
  });

  it("a forgotten -o writes nothing (the would-be output is not taken for a second input)", async () => {
    const before = sha(input);
    const sub = mkdtempSync(join(dir, "forgot-"));
    const r = await cliIn({ cwd: sub, env: {} }, "generate", input, "forms.xlsx");
    expect(r.code).toBe(2);
    expect(r.err).toContain(`ดูเหมือนลืม -o หน้าไฟล์ผลลัพธ์ "forms.xlsx" — ใช้: npm run --silent opplan -- generate ${input} -o forms.xlsx`);
    expect(readdirSync(sub)).toEqual([]);
    expect(sha(input)).toBe(before);
    const missing = await cli("generate", input);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("ต้องระบุไฟล์ผลลัพธ์ด้วย -o <ไฟล์.xlsx>");
  });

  it("option values out of range are refused with the command's usage", async () => {
    const r = await cli("sample", join(dir, "s.xlsx"), "--projects", "0");
    expect(r.code).toBe(2);
    expect(r.err).toContain('--projects ต้องเป็นจำนวนเต็ม 1–200000 (ได้รับ "0")');
    expect(r.err).toContain("การใช้งาน: npm run --silent opplan -- sample");
    expect((await cli("classify", input, "-o", join(dir, "c.xlsx"), "--min-confidence", "")).code).toBe(2);
    expect(existsSync(join(dir, "s.xlsx"))).toBe(false);
    expect(existsSync(join(dir, "c.xlsx"))).toBe(false);
  });
});
