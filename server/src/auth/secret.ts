import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Config } from "../config";

/**
 * The token signing secret: CUNWU_SECRET, or on the embedded database one
 * generated on first start and kept in the data folder (mode 0600), so that
 * tokens survive a restart without any setup.
 */
export function resolveSecret(config: Pick<Config, "secret" | "dataDir">): string {
  if (config.secret) return config.secret;
  if (config.dataDir === "memory://") return crypto.randomBytes(32).toString("base64url");
  const file = path.join(config.dataDir, "secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(config.dataDir, { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret + "\n", { mode: 0o600, flag: "wx" });
  return secret;
}
