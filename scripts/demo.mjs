// `npm run demo`: prepares the embedded database with demo orders, builds the app and serves it
// on http://localhost:3000/ (PORT and HOST change that). Works on a fresh clone after `npm ci`.
import { spawnSync } from "node:child_process";

const steps = [
  ["Generating the Prisma client", ["npx", "prisma", "generate"]],
  ["Applying migrations", ["npx", "tsx", "scripts/db-deploy.ts"]],
  ["Writing demo orders", ["npx", "tsx", "scripts/db-seed.ts"]],
  ["Building the app", ["npx", "next", "build"]],
];

// Next.js would otherwise send anonymous usage data to an outside host during the build.
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

for (const [title, [command, ...args]] of steps) {
  console.log(`\n> ${title}`);
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(
      `\n${title} failed (exit code ${result.status}). Fix the error above and run npm run demo again.`,
    );
    process.exit(result.status ?? 1);
  }
}

console.log("\n> Starting the portal (Ctrl+C stops it)");
const server = spawnSync("node", ["scripts/serve.mjs"], { stdio: "inherit", env });
process.exit(server.status ?? 0);
