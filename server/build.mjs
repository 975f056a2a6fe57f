// Bundles the server (src/ and the @cunwu/schema package) into one ES module,
// dist/cunwu.mjs, which `pnpm start` runs with plain node: no TypeScript is
// compiled at start-up. Decorators: esbuild follows tsconfig's
// experimentalDecorators; their types are written out (it emits no metadata).
import { build } from "esbuild";

await build({
  entryPoints: ["src/cli.ts"],
  outfile: "dist/cunwu.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  tsconfig: "tsconfig.json",
  sourcemap: true,
  legalComments: "none",
  logLevel: "warning",
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
