// "Did you mean" suggestions: the weighted Levenshtein distance agrees with
// CPython 3.13's traceback._levenshtein_distance (values recorded from it),
// and the closest-name choice follows its thresholds.

import { describe, expect, it } from "vitest";
import { closestName, levenshteinDistance } from "../../src/vm/suggestions.js";

describe("suggestions", () => {
  it("measures distances as CPython does (case changes cost 1, other edits 2)", () => {
    const recorded: [string, string, number][] = [
      ["mesage", "message", 2], ["prnt", "print", 2], ["abc", "xyz", 6], ["Foo", "foo", 1],
      ["timeout_s", "timeout", 4], ["lenght", "length", 4], ["x", "y", 2],
    ];
    for (const [a, b, d] of recorded) expect(levenshteinDistance(a, b, 100), `${a} ${b}`).toBe(d);
  });

  it("suggests the closest name within a third of the characters, and nothing otherwise", () => {
    expect(closestName(["message", "print", "len"], "mesage")).toBe("message");
    expect(closestName(["timeout", "host"], "timeout_s")).toBe("timeout");
    expect(closestName(["alpha", "beta"], "zzz")).toBeNull();
    expect(closestName(["x"], "x")).toBeNull();
  });
});
