import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import type { AutocannonRequest } from "autocannon";

import { onCleanup } from "./cleanup";
import {
  summarizeCpuProfile,
  sourceMapResolver,
  type CpuProfile,
  type ProfileSummary,
} from "./cpu-profile";
import { runLoad, type LoadResult } from "./load-test";
import { progress } from "./progress";
import { startPortal } from "./servers";

export interface ProfiledEndpoint {
  label: string;
  load: LoadResult;
  profile: ProfileSummary;
}

const PROFILE_CONNECTIONS = 16;

/**
 * Profiles the portal under load, one endpoint at a time. For each endpoint it starts a portal
 * of its own with node --cpu-prof and sends warm-up and then measured load at 16 connections.
 * Stopping the portal writes the profile, which is summarized for the measured load only.
 */
export async function profilePortal(options: {
  databaseUrl: string;
  durationSeconds: number;
  warmupSeconds: number;
  endpoints: Array<{
    label: string;
    requestsFor: (index: number, connections: number) => AutocannonRequest[];
  }>;
}): Promise<ProfiledEndpoint[]> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-profile-"));
  onCleanup("delete the CPU profiles", async () => {
    fs.rmSync(directory, { recursive: true, force: true });
  });

  const results: ProfiledEndpoint[] = [];
  for (const [index, endpoint] of options.endpoints.entries()) {
    const profileDir = path.join(directory, String(index));
    const portal = await startPortal(options.databaseUrl, [
      "--cpu-prof",
      `--cpu-prof-dir=${profileDir}`,
    ]);
    const load = {
      url: portal.url,
      connections: PROFILE_CONNECTIONS,
      requestsFor: endpoint.requestsFor,
    };
    if (options.warmupSeconds > 0)
      await runLoad({ ...load, durationSeconds: options.warmupSeconds });
    const fromMicros = monotonicMicros();
    const measured = await runLoad({ ...load, durationSeconds: options.durationSeconds });
    const toMicros = monotonicMicros();
    await portal.stop();

    const [file] = fs.existsSync(profileDir) ? fs.readdirSync(profileDir) : [];
    if (!file) throw new Error(`the profiled portal wrote no CPU profile into ${profileDir}`);
    const profile = JSON.parse(fs.readFileSync(path.join(profileDir, file), "utf8")) as CpuProfile;
    results.push({
      label: endpoint.label,
      load: measured,
      profile: summarizeCpuProfile(profile, sourceMapResolver(process.cwd()), {
        fromMicros,
        toMicros,
      }),
    });
    progress(`Profiled ${endpoint.label}`);
  }
  return results;
}

// V8 stamps profile samples with the same monotonic clock, in microseconds.
function monotonicMicros(): number {
  return Number(process.hrtime.bigint() / 1000n);
}
