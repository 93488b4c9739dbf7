// Number literals and the concatenation of adjacent string literals.
//
// Concatenation follows CPython's _PyPegen_concatenate_strings: the pieces of
// every f-string in the run are laid side by side with the plain strings;
// neighbouring constants merge into one that spans from the first to the last
// (keeping the first one's `kind`); empty constants vanish once an f-string is
// involved; the result is a JoinedStr if any piece was an f-string, else one
// Constant. Mixing bytes with str or f-strings is a syntax error.

import type { Constant, ConstantValue, Expr, JoinedStr, Position } from "./ast.js";

/** The value of an INT, FLOAT or IMAGINARY token's image. */
export function numberValue(image: string, kind: "int" | "float" | "imaginary"): ConstantValue {
  const text = image.includes("_") ? image.replace(/_/g, "") : image;
  if (kind === "int") return BigInt(text);
  if (kind === "float") return Number(text);
  return { imag: Number(text.slice(0, -1)) };
}

export function constant(value: ConstantValue, kind: string | null, pos: Position): Constant {
  return {
    type: "Constant",
    value,
    kind,
    lineno: pos.lineno,
    col_offset: pos.col_offset,
    end_lineno: pos.end_lineno,
    end_col_offset: pos.end_col_offset,
  };
}

function isStrConstant(e: Expr): e is Constant & { value: string } {
  return e.type === "Constant" && typeof e.value === "string";
}

function isEmptyStr(e: Expr): boolean {
  return isStrConstant(e) && e.value.length === 0;
}

/** The outcome of concatenating, or "mixed" for bytes beside str. */
export type Concatenation = Expr | "mixed";

/**
 * Joins the literals of one run of adjacent strings: Constants for plain
 * strings and bytes, JoinedStrs for f-strings, each with its own position.
 * (A format spec's parts, Constants and FormattedValues, are joined the same way.)
 */
export function concatenateStrings(pieces: Expr[], pos: Position): Concatenation {
  let fstringFound = false;
  let strFound = false;
  let bytesFound = false;
  for (const piece of pieces) {
    if (piece.type !== "Constant") fstringFound = true;
    else if (piece.value instanceof Uint8Array) bytesFound = true;
    else strFound = true;
  }
  if (bytesFound && (strFound || fstringFound)) return "mixed";
  if (bytesFound) return joinBytes(pieces as Constant[], pos);
  if (!fstringFound && pieces.length === 1) return pieces[0]!;
  const flattened = pieces.flatMap((p) => (p.type === "JoinedStr" ? p.values : [p]));
  const values = mergeConstants(flattened, fstringFound);
  if (!fstringFound) return values[0]!;
  return joinedStr(values, pos);
}

export function joinedStr(values: Expr[], pos: Position): JoinedStr {
  return {
    type: "JoinedStr",
    values,
    lineno: pos.lineno,
    col_offset: pos.col_offset,
    end_lineno: pos.end_lineno,
    end_col_offset: pos.end_col_offset,
  };
}

function joinBytes(pieces: Constant[], pos: Position): Constant {
  const parts = pieces.map((p) => p.value as Uint8Array);
  const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return constant(joined, pieces[0]!.kind, pos);
}

/** Folds each run of neighbouring str constants into one, spanning the run. */
function mergeConstants(items: Expr[], dropEmpty: boolean): Expr[] {
  const out: Expr[] = [];
  for (let i = 0; i < items.length; i++) {
    let item = items[i]!;
    if (isStrConstant(item)) {
      let j = i;
      let text = "";
      while (j < items.length && isStrConstant(items[j]!)) text += (items[j++] as Constant).value as string;
      if (j - i > 1) {
        const first = item;
        const last = items[j - 1]!;
        item = constant(text, first.kind, {
          lineno: first.lineno,
          col_offset: first.col_offset,
          end_lineno: last.end_lineno,
          end_col_offset: last.end_col_offset,
        });
      }
      i = j - 1;
      if (dropEmpty && isEmptyStr(item)) continue;
    }
    out.push(item);
  }
  return out;
}
