// Unicode case properties and the titlecase mapping that str's methods need
// beyond JavaScript's toUpperCase/toLowerCase: CPython's str.isupper and
// islower read the derived Uppercase and Lowercase properties, istitle also
// the titlecase letters (category Lt), and title/capitalize map a word's
// first letter to titlecase, which differs from uppercase for the digraphs
// (Ǆ ǅ ǆ -> ǅ), the Greek letters with ypogegrammeni, and SpecialCasing's
// title forms (ß -> Ss, ﬁ -> Fi).

const UPPERCASE = /^\p{Uppercase}$/u;
const LOWERCASE = /^\p{Lowercase}$/u;
const TITLECASE = /^\p{Lt}$/u;

export function isUpperChar(c: string): boolean {
  return UPPERCASE.test(c);
}

export function isLowerChar(c: string): boolean {
  return LOWERCASE.test(c);
}

export function isTitleChar(c: string): boolean {
  return TITLECASE.test(c);
}

/** Titlecase forms that are not the uppercase form (UnicodeData.txt's column 14, SpecialCasing.txt's title column). */
const TITLE = new Map<string, string>([
  ["\u00df", "Ss"], ["\u0149", "\u02bcN"], ["\u01f0", "J\u030c"], ["\u0587", "\u0535\u0582"],
  ["\u1e96", "H\u0331"], ["\u1e97", "T\u0308"], ["\u1e98", "W\u030a"], ["\u1e99", "Y\u030a"], ["\u1e9a", "A\u02be"],
  ["\ufb00", "Ff"], ["\ufb01", "Fi"], ["\ufb02", "Fl"], ["\ufb03", "Ffi"], ["\ufb04", "Ffl"], ["\ufb05", "St"],
  ["\ufb06", "St"], ["\ufb13", "\u0544\u0576"], ["\ufb14", "\u0544\u0565"], ["\ufb15", "\u0544\u056b"],
  ["\ufb16", "\u054e\u0576"], ["\ufb17", "\u0544\u056d"],
  ["\u1fb3", "\u1fbc"], ["\u1fbc", "\u1fbc"], ["\u1fc3", "\u1fcc"], ["\u1fcc", "\u1fcc"], ["\u1ff3", "\u1ffc"], ["\u1ffc", "\u1ffc"],
]);
// The digraphs: each of the three forms titlecases to the middle one.
for (const first of [0x01c4, 0x01c7, 0x01ca, 0x01f1]) {
  for (let k = 0; k < 3; k++) TITLE.set(String.fromCodePoint(first + k), String.fromCodePoint(first + 1));
}
// The Greek letters with ypogegrammeni: U+1F80-1F87 (and their capitals U+1F88-1F8F) -> U+1F88-1F8F, likewise 1F9x, 1FAx.
for (const base of [0x1f80, 0x1f90, 0x1fa0]) {
  for (let k = 0; k < 8; k++) {
    const title = String.fromCodePoint(base + 8 + k);
    TITLE.set(String.fromCodePoint(base + k), title);
    TITLE.set(title, title);
  }
}

/** The titlecase form of one character (a code point), possibly several characters long. */
export function toTitle(c: string): string {
  return TITLE.get(c) ?? c.toUpperCase();
}

const CASED = /^\p{Cased}$/u;
const CASE_IGNORABLE = /^\p{Case_Ignorable}$/u;

/**
 * chars[i] in lowercase, where chars are a string's code points: a capital
 * sigma ending a word becomes the final sigma (Unicode's Final_Sigma
 * condition, which CPython applies in lower, title, capitalize and swapcase).
 */
export function lowerAt(chars: readonly string[], i: number): string {
  const c = chars[i]!;
  if (c !== "\u03a3") return c.toLowerCase();
  const casedBefore = neighbourIsCased(chars, i, -1);
  const casedAfter = neighbourIsCased(chars, i, 1);
  return casedBefore && !casedAfter ? "\u03c2" : "\u03c3";
}

function neighbourIsCased(chars: readonly string[], i: number, step: number): boolean {
  for (let j = i + step; j >= 0 && j < chars.length; j += step) {
    if (CASE_IGNORABLE.test(chars[j]!)) continue;
    return CASED.test(chars[j]!);
  }
  return false;
}
