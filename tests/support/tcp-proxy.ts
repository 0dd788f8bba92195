import net from "node:net";

/**
 * A TCP proxy on 127.0.0.1 in front of a server, for tests that take the database away from the
 * app and give it back. `cut()` closes every open connection and stops listening, as a crashed
 * or restarted database server would; `restore()` listens again on the same port.
 * `blackhole()` keeps listening but forwards nothing, as an unreachable host would.
 */
export class TcpProxy {
  private server: net.Server | undefined;
  private readonly sockets = new Set<net.Socket>();
  private forwarding = true;
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  /** Starts listening, on a free port the first time and on the same port after a cut. */
  async restore(): Promise<void> {
    this.forwarding = true;
    if (this.server) return;
    const server = net.createServer((client) => this.accept(client));
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
  }

  /** Destroys every connection and stops listening, so new connections are refused. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Destroys every connection, then accepts new ones but never sends a byte back. */
  async blackhole(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    this.forwarding = false;
    if (!this.server) await this.restore();
    this.forwarding = false;
  }

  /** Connections currently open through the proxy, both sides counted. */
  get openSockets(): number {
    return this.sockets.size;
  }

  private accept(client: net.Socket): void {
    this.track(client);
    if (!this.forwarding) {
      // Reads and drops what the client sends, and never replies.
      client.on("data", () => {});
      return;
    }
    const upstream = net.connect(this.targetPort, this.targetHost);
    this.track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  }

  private track(socket: net.Socket): void {
    this.sockets.add(socket);
    socket.on("error", () => socket.destroy());
    socket.on("close", () => this.sockets.delete(socket));
  }
}
