// "Did you mean ...?": the closest name by CPython's weighted Levenshtein
// distance (Python/suggestions.c, traceback._compute_suggestion_error): case
// changes cost 1, other edits 2, at most a third of the characters changed.

const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_STRING_SIZE = 40;
const MAX_CANDIDATE_ITEMS = 750;

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (a.toLowerCase() === b.toLowerCase()) return CASE_COST;
  return MOVE_COST;
}

export function levenshteinDistance(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  a = a.slice(pre);
  b = b.slice(pre);
  let post = 0;
  while (post < a.length && post < b.length && a[a.length - 1 - post] === b[b.length - 1 - post]) post++;
  a = a.slice(0, a.length - post);
  b = b.slice(0, b.length - post);
  if (a.length === 0 || b.length === 0) return MOVE_COST * (a.length + b.length);
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const row: number[] = [];
  for (let k = 1; k <= a.length; k++) row.push(k * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const bchar = b[bi]!;
    let distance = (result = bi * MOVE_COST);
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let index = 0; index < a.length; index++) {
      const substitute = distance + substitutionCost(bchar, a[index]!);
      distance = row[index]!;
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      row[index] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** The candidate closest to `wrong`, or null when none is close enough. */
export function closestName(candidates: readonly string[], wrong: string): string | null {
  if (candidates.length > MAX_CANDIDATE_ITEMS || wrong.length > MAX_STRING_SIZE) return null;
  let best = wrong.length;
  let suggestion: string | null = null;
  for (const name of candidates) {
    if (name === wrong) continue;
    let maxDistance = Math.floor(((name.length + wrong.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, best - 1);
    const d = levenshteinDistance(wrong, name, maxDistance);
    if (d > maxDistance) continue;
    if (suggestion === null || d < best) {
      suggestion = name;
      best = d;
    }
  }
  return suggestion;
}
