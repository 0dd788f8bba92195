import http from "node:http";
import type { AddressInfo } from "node:net";

import next from "next";

export interface AppServer {
  url: string;
  close(): Promise<void>;
}

export interface AppServerOptions {
  /**
   * Keep an X-Forwarded-For header sent by the test, so that one test process can act as many
   * clients for rate limits. Without it the header is replaced with the socket's address.
   */
  keepForwardedFor?: boolean;
}

/**
 * Starts the built app (`next build` output in NEXT_DIST_DIR, default .next) inside this process on a free port of
 * 127.0.0.1, so requests go through real HTTP and the route handlers share the test's
 * database handle.
 */
export async function startAppServer(options: AppServerOptions = {}): Promise<AppServer> {
  // The built app runs with NODE_ENV=production, so the logger would print every request
  // error into the test output; LOG_LEVEL=info in the environment brings the lines back.
  process.env.LOG_LEVEL ??= "silent";
  const app = next({ dev: false, dir: process.cwd(), hostname: "127.0.0.1", quiet: true });
  await app.prepare();
  const handle = app.getRequestHandler();

  // As scripts/serve.mjs does, so rate limits count against the socket's address.
  const server = http.createServer((request, response) => {
    if (!options.keepForwardedFor || !request.headers["x-forwarded-for"]) {
      request.headers["x-forwarded-for"] = request.socket.remoteAddress ?? "";
    }
    void handle(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close();
    },
  };
}
