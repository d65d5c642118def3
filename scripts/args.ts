/** Command-line options shared by validate and build: --data-dir (or DATA_DIR) and --format. */
export interface Args {
  dataDir: string;
  format: "text" | "json";
  rest: string[];
}

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): Args | { error: string } {
  const args: Args = { dataDir: env.DATA_DIR || "data", format: "text", rest: [] };
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
    } else if (a.startsWith("--")) {
      return { error: `unknown option ${a}` };
    } else args.rest.push(a);
  }
  return args;
}
