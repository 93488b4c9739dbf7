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

/** `timeoutMs` (30 s unless given) bounds the run; a run killed by it has null status and what it printed so far. */
export function pygil(
  args: string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Outcome {
  const r = spawnSync(process.execPath, [PYGIL, ...args], {
    cwd: options.cwd,
    input: options.input ?? "",
    env: options.env ?? process.env,
    encoding: "utf8",
    timeout: options.timeoutMs ?? 30_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
