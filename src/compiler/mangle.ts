// Private name mangling: inside `class C`, an identifier `__x` (not ending in
// two underscores, without a dot) means `_C__x`, wherever it is used.

export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith("__")) return name;
  if (name.endsWith("__") || name.includes(".")) return name;
  const stripped = privateName.replace(/^_+/, "");
  if (stripped === "") return name;
  return `_${stripped}${name}`;
}
