import { isIP } from "node:net";

/** The header our servers (scripts/serve.mjs and the test server) set from the socket. */
export const CLIENT_ADDRESS_HEADER = "x-forwarded-for";

/**
 * Returns the client's address for rate limiting. Our server overwrites X-Forwarded-For with
 * the socket's address, so a client cannot choose its own. Behind TRUSTED_PROXY_HOPS reverse
 * proxies, the server keeps the header they append to, and the address is that many entries
 * from its right end.
 */
export function clientAddress(headers: Headers): string {
  const entries = (headers.get(CLIENT_ADDRESS_HEADER) ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const hops = Math.max(0, Number(process.env.TRUSTED_PROXY_HOPS ?? 0) || 0);
  const candidate = entries[Math.max(0, entries.length - 1 - hops)];
  return candidate && isIP(candidate.replace(/^::ffff:/, "")) ? candidate : "unknown";
}
