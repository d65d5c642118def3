/**
 * Command-line options shared by validate and build: --data-dir (or DATA_DIR), --format, --strict
 * (warnings fail too), --fix (validate: write the normalised values into the files),
 * --list-types (validate: print the issue catalogue).
 */
export interface Args {
  dataDir: string;
  format: "text" | "json";
  strict: boolean;
  fix: boolean;
  listTypes: boolean;
  rest: string[];
}

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): Args | { error: string } {
  const args: Args = { dataDir: env.DATA_DIR || "data", format: "text", strict: false, fix: false, listTypes: false, rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.includes("=") ? a.split(/=(.*)/s, 2) : [a, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === "--data-dir") {
      const v = value();
      if (!v) return { error: "--data-dir needs a folder" };
      args.dataDir = v;
    } else if (flag === "--format") {
      const v = value();
      if (v !== "text" && v !== "json") return { error: "--format is text or json" };
      args.format = v;
    } else if (a === "--strict") args.strict = true;
    else if (a === "--fix") args.fix = true;
    else if (a === "--list-types") args.listTypes = true;
    else if (a.startsWith("--")) {
      return { error: `unknown option ${a}` };
    } else args.rest.push(a);
  }
  return args;
}
