// The bundle step of the build: after `tsc` has written dist/, esbuild joins
// its two hundred modules into a few files under dist/bundle/, because Node
// spent much of pygil's start-up resolving, reading and linking small ES
// modules, once in the supervisor and again in the worker that runs Python's
// main thread.
//
//   dist/bundle/cli.mjs      the `pygil` command (the package's bin)
//   dist/bundle/worker.mjs   the worker that runs Python's main thread
//   dist/bundle/chunk-*.mjs  code that both need, or that is loaded lazily
//
// Code splitting keeps each dynamic import() a separate chunk, so the
// compiler and the parser still load only when a program needs them, and a
// module that both entries use exists once (the supervisor and the worker are
// separate module graphs, but one copy on disk keeps them the same code).
//
// Names are kept (no identifier minifying) so that stack traces stay
// readable; only whitespace is squeezed, which makes the files a quarter
// smaller (start-up time did not measurably change with full minifying or
// none).
//
// chevrotain goes into the bundle too, from the library's own one-file build:
// grammar/chevrotain.ts finds that file at run time with a top-level await,
// and here it is replaced by a plain re-export of it. The bundle must hold no
// top-level await at all, because Node 20 aborts the process when a worker is
// terminated (at the program's exit) in the middle of evaluating such a
// module.
//
//   node scripts/bundle.mjs

import { build, transform } from "esbuild";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = new URL("..", import.meta.url).pathname;
const outdir = `${root}dist/bundle`;

// commander is CommonJS; esbuild's ESM output turns its require() of Node's
// built-in modules into calls that need a real `require` in scope.
const requireShim = 'import { createRequire as __pygilCreateRequire } from "node:module";\n'
  + "const require = __pygilCreateRequire(import.meta.url);";

// Every script that Node starts, as the command or as a worker, is an entry
// point here, and src/runtime/worker-path.ts names the bundled worker.
const entryPoints = {
  cli: "dist/src/cli/main.js",
  worker: "dist/src/runtime/worker.js",
};

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

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints,
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  outExtension: { ".js": ".mjs" },
  chunkNames: "chunk-[hash]",
  plugins: [staticChevrotain],
  banner: { js: requireShim },
  minifyWhitespace: true,
  legalComments: "none",
  sourcemap: true,
  logLevel: "warning",
});

await assertNoTopLevelAwait();

/**
 * Fails the build if any file that a worker loads awaits at its top level
 * (see above): esbuild refuses top-level await when asked for CommonJS. The
 * command itself (cli.mjs) runs on the process's main thread, which is never
 * terminated that way.
 */
async function assertNoTopLevelAwait() {
  for (const file of readdirSync(outdir)) {
    if (!file.endsWith(".mjs") || file === "cli.mjs") continue;
    const text = readFileSync(join(outdir, file), "utf8");
    try {
      await transform(text, { format: "cjs", loader: "js", logLevel: "silent" });
    } catch (err) {
      throw new Error(`dist/bundle/${file} cannot do without top-level await: ${err.message}`);
    }
  }
}
