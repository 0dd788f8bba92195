// Serves the built app (`next build`) like `next start`, and sets X-Forwarded-For from the
// socket so that clients cannot pick the address that rate limits count against. With
// TRUSTED_PROXY_HOPS > 0 the header from those proxies is kept and the socket address appended.
import http from "node:http";

import next from "next";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "localhost";
const trustedHops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0) || 0;

const app = next({ dev: false, dir: process.cwd(), hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((request, response) => {
  const socketAddress = request.socket.remoteAddress ?? "";
  const forwarded = request.headers["x-forwarded-for"];
  request.headers["x-forwarded-for"] =
    trustedHops > 0 && forwarded ? `${forwarded}, ${socketAddress}` : socketAddress;
  void handle(request, response);
});

server.listen(port, hostname, () => {
  console.log(`Guest order portal ready on http://${hostname}:${port}/`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
