// A reader that goes away early (`pygil x.py | head -1`): the next write
// raises BrokenPipeError, with CPython's traceback and exit status 1.

import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { PYGIL } from "./run-pygil.js";

describe("writing to a closed pipe", () => {
  it("raises BrokenPipeError as CPython does", () => {
    const program = "for i in range(1000000): print(i)";
    const script = `"${process.execPath}" "${PYGIL}" -c '${program}' | head -1; echo "status=\${PIPESTATUS[0]}" >&2`;
    const r = spawnSync("bash", ["-c", script], { encoding: "utf8" });
    expect(r.stdout).toBe("0\n");
    expect(r.stderr).toContain("BrokenPipeError: [Errno 32] Broken pipe\n");
    expect(r.stderr).not.toContain("internal error");
    expect(r.stderr).toContain("status=1\n");
  }, 60_000);
});
