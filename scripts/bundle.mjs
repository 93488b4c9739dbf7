// The bundle step of the build: after `tsc` has written dist/, esbuild joins
// its two hundred modules into a few files under dist/bundle/, and a short
// run of pygil leaves V8's code cache beside them, because compiling and
// linking that much JavaScript was most of pygil's start-up, once in the
// supervisor and again in the worker that runs Python's main thread.
//
//   dist/bundle/cli.cjs                the `pygil` command (the package's bin)
//   dist/bundle/cli-body.cjs           all the command's code, as one script
//   dist/bundle/worker.cjs             the worker that runs Python threads
//   dist/bundle/worker-body.cjs        the worker's code, but for:
//   dist/bundle/frontend-body.cjs      the parser and the compiler, which a
//                                      worker loads when it first needs them
//                                      (src/runtime/frontend.ts)
//   dist/bundle/*-body.cjs.v8cache     their code caches
//   dist/bundle/grammar-snapshot.json  the parser's grammar, recorded once
//
// cli.cjs and worker.cjs only run their body through src/boot/
// cached-script.ts, which hands V8 the cache (see there). Both are CommonJS:
// Node starts its ES module loader for an ES module, which delayed the
// start of the main thread's worker by several milliseconds. A body holds every
// module it can reach, the compiler and the parser included; esbuild keeps a
// module that is imported dynamically unevaluated until the import() runs,
// so what a program does not use costs only its share of the cache.
//
// Names are kept (no identifier minifying) so that stack traces stay
// readable; only whitespace is squeezed, which makes the files a quarter
// smaller. PYGIL_NO_MINIFY=1 keeps the whitespace too, so that a CPU profile
// (node --cpu-prof) names lines one can read.
//
// chevrotain goes into the bundle too, from the library's own one-file build:
// grammar/chevrotain.ts finds that file at run time with a top-level await,
// and here it is replaced by a plain re-export of it. The bodies are
// CommonJS, for which esbuild refuses top-level await: that is the check that
// none is left, which matters because Node 20 aborts the process when a
// worker is terminated (at the program's exit) in the middle of evaluating a
// module that awaits at its top level.
//
//   node scripts/bundle.mjs

import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = new URL("..", import.meta.url).pathname;
const outdir = `${root}dist/bundle`;

// The program whose run fills the code caches: `pass` boots the interpreter
// and runs a program through the parser, the compiler and the VM, and so
// leaves every function a start-up needs compiled in the caches. A program
// that runs more puts more functions in them, which every start-up then
// reads: one of a dozen lines (a class, a loop, an f-string, an exception)
// made `pygil -c pass` about a tenth slower, and a typical short script no
// faster than the noise.
const WARM_UP_PROGRAM = "pass";

// What the frontend's body compiles to fill its code cache: what a traceback
// or a small imported module takes it through.
const FRONTEND_WARM_UP = "def f(x):\n    return x + 1\n\nprint(f(2) * 3)\n";

/** The bundle's scripts that run with a code cache. */
const BODIES = ["cli-body.cjs", "worker-body.cjs", "frontend-body.cjs"];

// The package's exports map does not name its one-file build; find it beside the entry point.
const chevrotainEntry = fileURLToPath(import.meta.resolve("chevrotain"));
const chevrotainBundle = join(dirname(chevrotainEntry), "..", "chevrotain.min.mjs");

/** Serves grammar/chevrotain.js as a static re-export of chevrotain's one-file build. */
const staticChevrotain = {
  name: "static-chevrotain",
  setup(build) {
    build.onLoad({ filter: /[\\/]grammar[\\/]chevrotain\.js$/ }, () => ({
      contents: `export * from ${JSON.stringify(chevrotainBundle)};`,
      loader: "js",
    }));
  },
};

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: "node",
  target: "node20",
  minifyWhitespace: process.env.PYGIL_NO_MINIFY !== "1",
  legalComments: "none",
  logLevel: "warning",
};

/** In the worker's body, src/runtime/frontend.ts gives way to src/boot/frontend-loader.ts (see there). */
const frontendOnDemand = {
  name: "frontend-on-demand",
  setup(build) {
    build.onResolve({ filter: /(^|[\\/])frontend\.js$/ }, (args) => {
      const path = resolve(args.resolveDir, args.path);
      return path === `${root}dist/src/runtime/frontend.js` ? { path: `${root}dist/src/boot/frontend-loader.js` } : undefined;
    });
  },
};

/** In the frontend's script, grammar/errors.js is the worker's own (src/boot/frontend-loader.ts). */
const hostErrors = {
  name: "host-errors",
  setup(build) {
    build.onResolve({ filter: /[\\/]errors\.js$/ }, (args) => {
      const path = resolve(args.resolveDir, args.path);
      return path === `${root}dist/grammar/errors.js` ? { path, namespace: "host" } : undefined;
    });
    build.onLoad({ filter: /.*/, namespace: "host" }, async () => {
      const { hostModuleSource } = await import(`${root}dist/src/boot/frontend-loader.js`);
      return { contents: hostModuleSource("grammar/errors"), loader: "js" };
    });
  },
};

/** Options for a CommonJS script, where import.meta.url is the script's own URL. */
const commonJs = {
  ...common,
  format: "cjs",
  define: { "import.meta.url": "import_meta_url" },
  inject: [`${root}scripts/import-meta-url.js`],
};

rmSync(outdir, { recursive: true, force: true });
await Promise.all([
  build({ ...commonJs, entryPoints: ["dist/src/cli/main.js"], outfile: `${outdir}/cli-body.cjs`, plugins: [staticChevrotain], sourcemap: true }),
  build({ ...commonJs, entryPoints: ["dist/src/runtime/worker.js"], outfile: `${outdir}/worker-body.cjs`, plugins: [frontendOnDemand], sourcemap: true }),
  build({ ...commonJs, entryPoints: ["dist/src/runtime/frontend.js"], outfile: `${outdir}/frontend-body.cjs`, plugins: [staticChevrotain, hostErrors], sourcemap: true }),
  build({ ...commonJs, entryPoints: ["dist/src/boot/worker.js"], outfile: `${outdir}/worker.cjs` }),
  build({ ...commonJs, entryPoints: ["dist/src/boot/cli.js"], outfile: `${outdir}/cli.cjs` }),
]);

assertNoDynamicImport();
assertAscii();
await writeGrammarSnapshot();
writeCodeCaches();

/** Records the parser's grammar once, for the bundle's parsers to read back (grammar/gast-snapshot.ts). */
async function writeGrammarSnapshot() {
  const { PythonParser } = await import(`${root}dist/grammar/parser.js`);
  const { snapshotGrammar, SNAPSHOT_FILE } = await import(`${root}dist/grammar/gast-snapshot.js`);
  const parser = new PythonParser(true);
  writeFileSync(`${outdir}/${SNAPSHOT_FILE}`, JSON.stringify(snapshotGrammar(parser.recordedRules())));
}

/**
 * Fails the build if a body kept an import() (esbuild keeps those of Node's
 * own modules): a script compiled by vm.Script has no module loader to
 * resolve it with, and the import would fail only when it runs.
 */
function assertNoDynamicImport() {
  for (const body of BODIES) {
    const found = /(?<![\w$.])import\([^)]*\)/.exec(readFileSync(`${outdir}/${body}`, "utf8"));
    if (found !== null) throw new Error(`dist/bundle/${body} holds ${found[0]}: import Node's modules statically`);
  }
}

/**
 * Fails the build if a body holds a character outside ASCII (esbuild escapes
 * them in strings, not in regular expressions): one such character makes
 * the whole script a two-byte string, which took ten times longer to read.
 * Write it as an escape (\u00df) in the source.
 */
function assertAscii() {
  for (const body of BODIES) {
    const found = /.{0,40}[^\x00-\x7f].{0,40}/.exec(readFileSync(`${outdir}/${body}`, "utf8"));
    if (found !== null) throw new Error(`dist/bundle/${body} holds a character outside ASCII: ${found[0]}`);
  }
}

/**
 * Runs the warm-up program once, so that the command's and the worker's
 * bodies write their code cache at exit; then has the frontend's body
 * compile a few lines (a program that needs no compiler at run time does
 * not load it), so that it writes its own.
 */
function writeCodeCaches() {
  const env = { ...process.env, PYGIL_WRITE_CODE_CACHE: "1" };
  const run = spawnSync(process.execPath, [`${outdir}/cli.cjs`, "-c", WARM_UP_PROGRAM], { env, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`the warm-up run of dist/bundle/cli.cjs failed:\n${run.stdout}${run.stderr}`);
  const frontend = spawnSync(process.execPath, ["--input-type=module", "-e", frontendWarmUp()], { env, encoding: "utf8" });
  if (frontend.status !== 0) throw new Error(`the warm-up of dist/bundle/frontend-body.cjs failed:\n${frontend.stderr}`);
  for (const body of BODIES) {
    if (!existsSync(`${outdir}/${body}.v8cache`)) throw new Error(`the warm-up run wrote no code cache for dist/bundle/${body}`);
  }
}

/** A module that loads the frontend's body with src/boot/frontend-loader.ts, and compiles FRONTEND_WARM_UP. */
function frontendWarmUp() {
  const from = (path) => JSON.stringify(`${root}${path}`);
  return `
    const { loadFrontend } = await import(${from("dist/src/boot/frontend-loader.js")});
    loadFrontend(${from("dist/bundle/frontend-body.cjs")}).compileWithWarnings(${JSON.stringify(FRONTEND_WARM_UP)}, "<string>", "exec");
  `;
}
