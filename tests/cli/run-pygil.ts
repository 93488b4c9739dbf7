// Runs the built `pygil` command (dist/, which `npm test` builds first) and
// captures what a user would see.

import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The command as users run it: the package's bin, the bundled build. */
export const PYGIL = fileURLToPath(new URL("../../dist/bundle/cli.cjs", import.meta.url));

export interface Outcome {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function pygil(args: string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}): Outcome {
  const r = spawnSync(process.execPath, [PYGIL, ...args], {
    cwd: options.cwd,
    input: options.input ?? "",
    env: options.env ?? process.env,
    encoding: "utf8",
    timeout: 30_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
