// The front end under test, loaded when a test starts rather than when its file
// is imported: the checks that need no compiler (the expected files, the
// mutators) still run and report while the compiler is missing or broken.

export type CompileMode = "exec" | "eval" | "single";
export type Compile = (source: string, filename: string, mode?: CompileMode) => unknown;

let loaded: Promise<Compile> | undefined;

export function loadCompile(): Promise<Compile> {
  loaded ??= import("../../src/compiler/index.js").then((module) => module.compile as Compile);
  return loaded;
}
