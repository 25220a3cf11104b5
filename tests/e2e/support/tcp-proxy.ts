import net from "node:net";
import type { AddressInfo } from "node:net";

export type CutMode = "refuse" | "hang";

export interface TcpProxy {
  port: number;
  /**
   * Makes the target unreachable: every open connection is destroyed; new ones are refused (closed at once, as a
   * stopped server's port answers) or, with "hang", accepted and left without an answer, as a lost network does.
   */
  cut(mode?: CutMode): void;
  /** Lets connections through to the target again. */
  restore(): void;
  close(): Promise<void>;
}

/** A TCP proxy to `target` on a free local port, which a test can cut and restore to simulate an outage. */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let cutMode: CutMode | null = null;
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  };
  const server = net.createServer((client) => {
    track(client);
    client.on("error", () => client.destroy());
    if (cutMode === "refuse") {
      client.resetAndDestroy();
      return;
    }
    if (cutMode === "hang") return;
    const upstream = net.connect(target.port, target.host);
    track(upstream);
    upstream.on("error", () => client.destroy());
    client.on("error", () => upstream.destroy());
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return {
    port: (server.address() as AddressInfo).port,
    cut(mode = "refuse") {
      cutMode = mode;
      for (const socket of sockets) socket.destroy();
    },
    restore() {
      cutMode = null;
      for (const socket of sockets) socket.destroy();
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
