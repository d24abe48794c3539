/**
 * The command line: each command takes only its own options and arguments. Anything else is
 * refused with a Thai sentence naming the argument as typed, rather than silently ignored,
 * because an ignored "--fiscalyear 2571" or a forgotten -o would give the officer a wrong file.
 */

export type OptionName = "out" | "from" | "dev-plan" | "logo" | "round" | "fiscal-year" | "projects" | "seed" | "min-confidence" | "json" | "force" | "help";

interface OptionSpec {
  readonly short?: string;
  /** The placeholder of the value the option needs; absent for a flag. */
  readonly takes?: string;
}

/** Options by their long name. */
export const OPTIONS: Readonly<Record<OptionName, OptionSpec>> = {
  out: { short: "o", takes: "<ไฟล์.xlsx>" },
  from: { takes: "<ไฟล์.xlsx>" },
  "dev-plan": { takes: "<ไฟล์.xlsx>" },
  logo: { takes: "<ไฟล์.png|.jpg>" },
  round: { takes: "<6|12>" },
  "fiscal-year": { takes: "<พ.ศ.>" },
  projects: { takes: "<จำนวน>" },
  seed: { takes: "<จำนวน>" },
  "min-confidence": { takes: "<0–1>" },
  json: { takes: "<ไฟล์.json>" },
  force: {},
  help: { short: "h" },
};

interface CommandSpec {
  /** The positional arguments, in order. */
  readonly positionals: readonly ("input" | "output")[];
  readonly options: readonly OptionName[];
  /** Options the command cannot run without. */
  readonly required?: readonly OptionName[];
}

export const COMMANDS = {
  template: { positionals: ["output"], options: ["from", "fiscal-year", "force", "json"] },
  sample: { positionals: ["output"], options: ["projects", "seed", "fiscal-year", "force", "json"] },
  check: { positionals: ["input"], options: ["dev-plan", "json"] },
  classify: { positionals: ["input"], options: ["out", "dev-plan", "min-confidence", "force", "json"], required: ["out"] },
  generate: { positionals: ["input"], options: ["out", "dev-plan", "logo", "force", "json"], required: ["out"] },
  announce: { positionals: ["input"], options: ["out", "logo", "force", "json"], required: ["out"] },
  track: { positionals: ["input"], options: ["out", "dev-plan", "round", "force", "json"], required: ["out"] },
  demo: { positionals: [], options: ["out", "json"] },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

export const isCommand = (name: string | undefined): name is CommandName => name !== undefined && Object.hasOwn(COMMANDS, name);

/** How the README and the usage tell the officer to run OpPlan. */
export const INVOCATION = "npm run --silent opplan --";

export interface ParsedArgs {
  readonly command: CommandName;
  readonly positionals: string[];
  /** Value options hold their text, flags true. */
  readonly options: Map<string, string | true>;
}

export type CommandLine = { readonly help: true; readonly command?: CommandName } | ({ readonly help: false } & ParsedArgs);

/** A command line that cannot be run; `command` picks which usage follows the sentence. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: CommandName,
  ) {
    super(message);
  }
}

const optionLabel = (name: OptionName) => {
  const short = OPTIONS[name].short;
  return short && name !== "help" ? `-${short}/--${name}` : `--${name}`;
};

const SHORT = new Map<string, OptionName>((Object.keys(OPTIONS) as OptionName[]).flatMap((n) => (OPTIONS[n].short ? [[OPTIONS[n].short!, n] as const] : [])));

/** Looks like an option (so not a value): "-o", "--json"; "-5" and "-" are not. */
const looksLikeOption = (a: string) => /^--?[A-Za-z-]/.test(a);

/** Single quotes around what a shell would split or expand, so the suggested line can be pasted. */
export function shellQuote(a: string): string {
  return /^[\w@%+=:,./\-\u0E00-\u0E7F]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
}

interface Token {
  readonly text: string;
  /** Where it stood in argv, to rebuild the command line with a forgotten -o put in. */
  readonly index: number;
}

export function parseArgs(argv: readonly string[]): CommandLine {
  const positionals: Token[] = [];
  const options = new Map<string, string | true>();
  // The first problem is reported, but only after the whole line is read: --help anywhere wins.
  let problem: string | undefined;
  let help = false;
  const refuse = (message: string) => {
    problem ??= message;
  };
  let rest = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (rest || !looksLikeOption(a)) {
      positionals.push({ text: a, index: i });
      continue;
    }
    if (a === "--") {
      rest = true;
      continue;
    }
    const m = /^(--?)([^=]+)(?:=([\s\S]*))?$/.exec(a)!;
    const name = m[1] === "--" ? m[2] : SHORT.get(m[2]);
    if (name === undefined || !Object.hasOwn(OPTIONS, name) || (m[1] === "--" && m[2].length === 1)) {
      refuse(`ไม่รู้จักตัวเลือก ${m[1]}${m[2]}${suggestion(m[1] + m[2])}`);
      continue;
    }
    const option = name as OptionName;
    if (option === "help") {
      help = true;
      continue;
    }
    const takes = OPTIONS[option].takes;
    let value: string | true = true;
    if (takes === undefined) {
      if (m[3] !== undefined) refuse(`ตัวเลือก ${m[1]}${m[2]} ไม่ต้องมีค่า (ได้รับ "${m[3]}")`);
    } else if (m[3] !== undefined && m[3] !== "") value = m[3];
    else if (m[3] === undefined && i + 1 < argv.length && !looksLikeOption(argv[i + 1])) value = argv[++i];
    else {
      refuse(`ตัวเลือก ${m[1]}${m[2]} ต้องมีค่า: ${m[1]}${m[2]} ${takes}`);
      continue;
    }
    if (options.has(option)) refuse(`ระบุตัวเลือก ${optionLabel(option)} มากกว่าหนึ่งครั้ง — ใส่เพียงครั้งเดียว`);
    options.set(option, value);
  }

  const commandToken = positionals.shift();
  const name = commandToken?.text;
  if (name === "help") return { help: true, command: isCommand(positionals[0]?.text) ? positionals[0].text : undefined };
  if (help) return { help: true, command: isCommand(name) ? name : undefined };
  if (name !== undefined && !isCommand(name)) throw new UsageError(`ไม่รู้จักคำสั่ง "${name}" — คำสั่งที่มี: ${Object.keys(COMMANDS).join(", ")}`);
  if (problem) throw new UsageError(problem, name);
  if (name === undefined) throw new UsageError("ยังไม่ได้ระบุคำสั่ง");
  const command = name;
  const spec: CommandSpec = COMMANDS[command];

  for (const option of options.keys()) {
    if (!spec.options.includes(option as OptionName))
      throw new UsageError(
        `คำสั่ง ${command} ไม่มีตัวเลือก ${optionLabel(option as OptionName)} (ใช้ได้: ${spec.options.map(optionLabel).join(" ")})`,
        command,
      );
  }

  const wanted = spec.positionals.length;
  if (positionals.length < wanted) {
    const missing = spec.positionals[positionals.length];
    throw new UsageError(
      missing === "input" ? `ต้องระบุไฟล์นำเข้า: ${command} <ไฟล์.xlsx>` : `ต้องระบุไฟล์ผลลัพธ์: ${command} <ไฟล์ผลลัพธ์.xlsx>`,
      command,
    );
  }
  if (positionals.length > wanted) {
    const extra = positionals[wanted];
    if (spec.options.includes("out") && !options.has("out") && positionals.length === wanted + 1) {
      const fixed = [...argv.slice(0, extra.index), "-o", ...argv.slice(extra.index)];
      throw new UsageError(
        `ดูเหมือนลืม -o หน้าไฟล์ผลลัพธ์ "${extra.text}" — ใช้: ${INVOCATION} ${fixed.map(shellQuote).join(" ")}`,
        command,
      );
    }
    throw new UsageError(`อาร์กิวเมนต์เกิน: "${extra.text}" — คำสั่ง ${command} ${wanted ? `รับไฟล์เพียง ${wanted} ไฟล์` : "ไม่รับไฟล์ (ใช้ -o สำหรับไฟล์ผลลัพธ์)"}`, command);
  }
  for (const option of spec.required ?? [])
    if (!options.has(option))
      throw new UsageError(
        `ต้องระบุไฟล์ผลลัพธ์ด้วย -o <ไฟล์.xlsx> เช่น ${INVOCATION} ${[...argv, "-o", "ผลลัพธ์.xlsx"].map(shellQuote).join(" ")}`,
        command,
      );

  return { help: false, command, positionals: positionals.map((t) => t.text), options };
}

/** "หมายถึง --fiscal-year หรือไม่" for a near miss such as --fiscalyear or --jsno. */
function suggestion(typed: string): string {
  const bare = typed.replace(/^-+/, "");
  let best: OptionName | undefined;
  let bestDistance = 3;
  for (const name of Object.keys(OPTIONS) as OptionName[]) {
    const d = name.replace(/-/g, "") === bare.replace(/-/g, "").toLowerCase() ? 0 : editDistance(bare.toLowerCase(), name);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best && bare.length > 2 ? ` (หมายถึง --${best} หรือไม่)` : "";
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

export function stringOption(args: ParsedArgs, name: OptionName): string | undefined {
  const v = args.options.get(name);
  if (v === true) throw new UsageError(`ตัวเลือก --${name} ต้องมีค่า`, args.command);
  return v;
}

/** An integer option in [min, max], or undefined when not given. */
export function optionalIntOption(args: ParsedArgs, name: OptionName, min: number, max: number): number | undefined {
  const v = stringOption(args, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === "" || !Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`--${name} ต้องเป็นจำนวนเต็ม ${min}–${max} (ได้รับ "${v}")`, args.command);
  return n;
}

export function intOption(args: ParsedArgs, name: OptionName, fallback: number, min: number, max: number): number {
  return optionalIntOption(args, name, min, max) ?? fallback;
}
