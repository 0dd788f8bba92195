import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import { onCleanup } from "./cleanup";
import { DIST_DIR, QUIET_NEXT_ENV } from "./servers";

const GENERATED_CLIENT = path.join("lib", "generated", "prisma", "client.ts");
const BUILD_TIMEOUT_MS = 5 * 60_000;

/** Generates the Prisma client when a fresh clone lacks it; the app and the runner import it. */
export async function ensurePrismaClient(): Promise<boolean> {
  if (fs.existsSync(GENERATED_CLIENT)) return false;
  await runCommand("prisma generate", "npx", ["prisma", "generate"], {});
  return true;
}

/** Builds the app into .next-bench (`next build`); returns the seconds it took. */
export async function buildApp(): Promise<number> {
  const startedAt = performance.now();
  await runCommand("next build", "npx", ["next", "build"], {
    NEXT_DIST_DIR: DIST_DIR,
    ...QUIET_NEXT_ENV,
  });
  return (performance.now() - startedAt) / 1000;
}

/** Runs a command to completion with inherited output, within BUILD_TIMEOUT_MS. */
function runCommand(
  name: string,
  command: string,
  args: string[],
  env: Record<string, string>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: "inherit" });
    const forget = onCleanup(`stop ${name}`, async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
    });
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      reject(new Error(`${name} did not finish within ${BUILD_TIMEOUT_MS / 60_000} minutes`));
    }, BUILD_TIMEOUT_MS);
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      void forget();
      if (code === 0) resolve();
      else reject(new Error(`${name} failed with ${signal ?? `exit code ${code}`}`));
    });
  });
}
