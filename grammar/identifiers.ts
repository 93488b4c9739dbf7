// Identifiers as CPython stores them: NFKC-normalized (PEP 3131), so that
// `ﬁ` and `fi` name the same variable. ASCII names skip the normalization.

import type { IToken } from "chevrotain";

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

export function normalizeIdentifier(text: string): string {
  return isAscii(text) ? text : text.normalize("NFKC");
}

/** The identifier a NAME token stands for. */
export function identifier(token: IToken): string {
  return normalizeIdentifier(token.image);
}
