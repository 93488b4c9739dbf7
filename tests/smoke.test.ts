import { describe, expect, it } from "vitest";
import { allTokens } from "../grammar/tokens.js";
describe("tokens", () => { it("has unique names", () => { const names = allTokens.map((t) => t.name); expect(new Set(names).size).toBe(names.length); }); });
