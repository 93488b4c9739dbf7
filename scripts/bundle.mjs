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
// none). chevrotain stays outside the bundle: grammar/chevrotain.ts
// loads the library's own one-file build at run time, by a path it finds on
// disk, and that lookup must keep working.
//
//   node scripts/bundle.mjs

import { build } from "esbuild";
import { rmSync } from "node:fs";

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
  external: ["chevrotain"],
  banner: { js: requireShim },
  minifyWhitespace: true,
  legalComments: "none",
  sourcemap: true,
  logLevel: "warning",
});
