import path from "node:path";

// The checkout's root, two folders up from here both in src/ (tsx) and in
// dist/ (the bundle, where every module's import.meta is the bundle's):
// so paths to the repo's files are taken from this module only.
export const repoRoot = path.resolve(import.meta.dirname, "../..");
