import { resolveDatabaseTarget, type DatabaseTarget } from "./config";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/**
 * Returns the configured target, or throws when DATABASE_URL points at another host, so that
 * scripts that write demo data or drop tables cannot reach a shared database by mistake.
 */
export function requireLocalDatabase(command: string): DatabaseTarget {
  const target = resolveDatabaseTarget();
  if (target.kind === "postgres") {
    const host = new URL(target.url).hostname;
    if (!LOCAL_HOSTS.has(host)) {
      throw new Error(
        `${command} only runs against a database on this machine, but DATABASE_URL points ` +
          `at ${host}. Use a localhost URL or unset DATABASE_URL for the embedded database.`,
      );
    }
  }
  return target;
}
