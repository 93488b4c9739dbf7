import { describe, expect, it } from "vitest";
import { gilSetting, parseSize, parseSwitchInterval, UsageError } from "../../src/cli/options.js";

describe("run options", () => {
  it("keeps the GIL on by default", () => {
    expect(gilSetting([], {}, false)).toBe(true);
  });

  it("turns the GIL off with --disable-gil, -X gil=0 or PYTHON_GIL=0", () => {
    expect(gilSetting([], {}, true)).toBe(false);
    expect(gilSetting(["gil=0"], {}, false)).toBe(false);
    expect(gilSetting([], { PYTHON_GIL: "0" }, false)).toBe(false);
  });

  it("lets -X win over the environment, and the last -X win", () => {
    expect(gilSetting(["gil=1"], { PYTHON_GIL: "0" }, false)).toBe(true);
    expect(gilSetting(["gil=0"], { PYTHON_GIL: "1" }, false)).toBe(false);
    expect(gilSetting(["gil=0", "gil=1"], {}, false)).toBe(true);
  });

  it("ignores other -X options", () => {
    expect(gilSetting(["dev", "utf8"], {}, false)).toBe(true);
  });

  it("rejects values other than 0 and 1", () => {
    expect(() => gilSetting(["gil=2"], {}, false)).toThrow(UsageError);
    expect(() => gilSetting([], { PYTHON_GIL: "on" }, false)).toThrow(UsageError);
  });

  it("parses heap sizes with units", () => {
    expect(parseSize("1024")).toBe(1024);
    expect(parseSize("512M")).toBe(512 * 2 ** 20);
    expect(parseSize("2g")).toBe(2 * 2 ** 30);
    expect(parseSize("64KiB")).toBe(64 * 1024);
    expect(() => parseSize("lots")).toThrow(UsageError);
  });

  it("reads the switch interval in milliseconds", () => {
    expect(parseSwitchInterval("5")).toBe(0.005);
    expect(parseSwitchInterval("0.5")).toBe(0.0005);
    expect(() => parseSwitchInterval("0")).toThrow(UsageError);
    expect(() => parseSwitchInterval("fast")).toThrow(UsageError);
  });
});
