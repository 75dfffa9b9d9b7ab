// The soak and crash tests' options: how long the load runs, how many crash rounds, whether to keep the run's files.
import { parseArgs } from "node:util";

/**
 * `keep`: leave the run's database and server logs in place even when every check passed. `markdown` and
 * `signInBurst`: the soak's long forms, which after the load also publish the slow-Markdown corpus
 * (scripts/load/markdown-phase.ts) or fire parallel wrong sign-ins at one member (scripts/load/sign-in-burst.ts).
 */
export type LoadOptions = { seconds: number; rounds: number; keep: boolean; markdown: boolean; signInBurst: boolean };

/** Without `rounds` the script takes no --rounds flag. */
type Defaults = { seconds: number; secondsEnv: string; rounds?: number; roundsEnv?: string };

function wholeNumber(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`${name} must be a whole number of at least 1, got ${JSON.stringify(raw)}`);
    process.exit(2);
  }
  return n;
}

/** A flag wins over its environment variable, which wins over the default. */
export function parseLoadOptions(defaults: Defaults): LoadOptions {
  const { values } = parseArgs({
    options: {
      seconds: { type: "string" },
      rounds: { type: "string" },
      keep: { type: "boolean", default: false },
      markdown: { type: "boolean", default: false },
      "sign-in-burst": { type: "boolean", default: false },
    },
  });
  if (values.rounds !== undefined && defaults.rounds === undefined) {
    console.error("This script has no rounds: --rounds is for the crash test");
    process.exit(2);
  }
  const seconds = values.seconds ?? process.env[defaults.secondsEnv];
  const rounds = values.rounds ?? (defaults.roundsEnv ? process.env[defaults.roundsEnv] : undefined);
  return {
    seconds: seconds === undefined ? defaults.seconds : wholeNumber("--seconds", seconds),
    rounds: rounds === undefined ? (defaults.rounds ?? 1) : wholeNumber("--rounds", rounds),
    keep: values.keep === true,
    markdown: values.markdown === true,
    signInBurst: values["sign-in-burst"] === true,
  };
}
