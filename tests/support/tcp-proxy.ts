import net from "node:net";

interface Connection {
  client: net.Socket;
  upstream: net.Socket;
}

/**
 * A TCP proxy on 127.0.0.1 in front of a server, for tests that take the database away from the
 * app and give it back. `cut()` closes every open connection and stops listening, as a crashed
 * or restarted database server would; `restore()` listens again on the same port.
 * `blackhole()` closes the open connections and accepts new ones without ever replying, as an
 * unreachable host would. `freeze()` stops all traffic but keeps every connection open, as a
 * network partition would, and `thaw()` lets the held bytes through.
 */
export class TcpProxy {
  private server: net.Server | undefined;
  private readonly sockets = new Set<net.Socket>();
  private readonly connections = new Set<Connection>();
  private mode: "forward" | "blackhole" | "freeze" = "forward";
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  /** Starts listening, on a free port the first time and on the same port after a cut. */
  async restore(): Promise<void> {
    this.thaw();
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
    this.destroyAll();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Destroys every connection, then accepts new ones but never sends a byte back. */
  async blackhole(): Promise<void> {
    this.destroyAll();
    if (!this.server) await this.restore();
    this.mode = "blackhole";
  }

  /**
   * Stops reading on both sides of every connection, old and new, without closing any. The
   * bytes wait in the sockets' buffers, so nothing is lost when `thaw()` forwards them.
   */
  freeze(): void {
    this.mode = "freeze";
    for (const { client, upstream } of this.connections) {
      client.unpipe();
      upstream.unpipe();
    }
  }

  /** Forwards again on every connection that `freeze()` held. */
  thaw(): void {
    if (this.mode === "freeze") {
      for (const connection of this.connections) this.forward(connection);
    }
    this.mode = "forward";
  }

  private accept(client: net.Socket): void {
    this.track(client);
    if (this.mode === "blackhole") {
      // Reads and drops what the client sends, and never replies.
      client.on("data", () => {});
      return;
    }
    const upstream = net.connect(this.targetPort, this.targetHost);
    this.track(upstream);
    const connection = { client, upstream };
    this.connections.add(connection);
    client.on("close", () => {
      upstream.destroy();
      this.connections.delete(connection);
    });
    upstream.on("close", () => client.destroy());
    if (this.mode === "forward") this.forward(connection);
  }

  private forward({ client, upstream }: Connection): void {
    client.pipe(upstream);
    upstream.pipe(client);
  }

  private destroyAll(): void {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    this.connections.clear();
    this.mode = "forward";
  }

  private track(socket: net.Socket): void {
    this.sockets.add(socket);
    socket.on("error", () => socket.destroy());
    socket.on("close", () => this.sockets.delete(socket));
  }
}
