import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import { logger } from "@/lib/log";

const SECRET_FILE = path.join(process.cwd(), ".data", "app-secret");
let cached: Buffer | undefined;

/**
 * Returns the key that signs session cookies and CSRF tokens: APP_SECRET when set (it must be
 * the same on every app instance), else a random key kept in .data/app-secret so a single
 * local instance keeps its sessions across restarts.
 */
export function getAppSecret(): Buffer {
  if (cached) return cached;

  const fromEnv = process.env.APP_SECRET;
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error("APP_SECRET must be at least 32 characters long.");
    cached = Buffer.from(fromEnv, "utf8");
    return cached;
  }

  try {
    cached = Buffer.from(
      fs.readFileSync(/*turbopackIgnore: true*/ SECRET_FILE, "utf8").trim(),
      "hex",
    );
  } catch {
    fs.mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
    const generated = randomBytes(32).toString("hex");
    // "wx" so two processes starting together cannot overwrite each other's key.
    try {
      fs.writeFileSync(/*turbopackIgnore: true*/ SECRET_FILE, generated, {
        flag: "wx",
        mode: 0o600,
      });
    } catch {
      // Another process wrote it first; read theirs below.
    }
    cached = Buffer.from(
      fs.readFileSync(/*turbopackIgnore: true*/ SECRET_FILE, "utf8").trim(),
      "hex",
    );
    logger.warn("APP_SECRET is not set: signing with a generated key in .data/app-secret");
  }
  return cached;
}
