// Bundles the server (src/ and the @cunwu/schema package) into one ES module,
// dist/cunwu.mjs, which `pnpm start` runs with plain node: no TypeScript is
// compiled at start-up. Decorators: esbuild follows tsconfig's
// experimentalDecorators; their types are written out (it emits no metadata).
// Then it makes PGlite's cluster template (src/db/pglite-init.ts), so a cold
// start on a fresh data folder skips initdb.
import { execFileSync } from "node:child_process";
import { build } from "esbuild";

// @apollo/utils.createhash hashes every request's query (Apollo's document
// cache key) with node's crypto only when `module.require` exists, which a
// bundled CommonJS module lacks: in the bundle it fell back to sha.js, a
// SHA-256 written in JavaScript. Bundled, it is node's own.
const nodeCreateHash = {
  name: "node-createhash",
  setup(build) {
    build.onResolve({ filter: /^@apollo\/utils\.createhash$/ }, () => ({ path: "createhash", namespace: "node-createhash" }));
    build.onLoad({ filter: /.*/, namespace: "node-createhash" }, () => ({ contents: 'export { createHash } from "node:crypto";', loader: "js" }));
  },
};

await build({
  entryPoints: { cunwu: "src/cli.ts", "make-cluster-template": "src/db/make-cluster-template.ts" },
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  tsconfig: "tsconfig.json",
  sourcemap: true,
  legalComments: "none",
  logLevel: "warning",
  plugins: [nodeCreateHash],
  external: [
    // Native code and files found next to the package's own: loaded from node_modules.
    "@node-rs/argon2",
    "@electric-sql/pglite",
    // libvips comes as a platform package (@img/sharp-*) that sharp finds at run time.
    "sharp",
    // One graphql for everything: graphql/ modules also load it with require.
    "graphql",
  ],
  // Bundled CommonJS packages call require and read __dirname.
  banner: {
    js: [
      'import { createRequire as __cunwuRequire } from "node:module";',
      'import { fileURLToPath as __cunwuPath } from "node:url";',
      "const require = __cunwuRequire(import.meta.url);",
      "const __filename = __cunwuPath(import.meta.url);",
      "const __dirname = __cunwuPath(new URL('.', import.meta.url));",
    ].join("\n"),
  },
});

execFileSync(process.execPath, ["dist/make-cluster-template.mjs"], { stdio: "inherit" });
