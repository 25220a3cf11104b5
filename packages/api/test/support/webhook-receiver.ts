import http from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface WebhookReceiver {
  port: number;
  url(path?: string): string;
  received: ReceivedRequest[];
  /** How the next requests are answered; 200 unless changed. "hang" never answers. */
  answer: number | "hang" | { status: number; headers: Record<string, string> };
  stop(): Promise<void>;
}

/**
 * A local HTTP server that records every request it gets, as a webhook endpoint of a customer would; on a free
 * port, or on `port` to bring a stopped receiver back at its address.
 */
export async function startWebhookReceiver(port = 0): Promise<WebhookReceiver> {
  const received: ReceivedRequest[] = [];
  const hanging = new Set<http.ServerResponse>();
  const receiver: WebhookReceiver = {
    port: 0,
    url: (path = "/hooks") => `http://127.0.0.1:${receiver.port}${path}`,
    received,
    answer: 200,
    stop: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ method: request.method ?? "", path: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      const answer = receiver.answer;
      if (answer === "hang") {
        hanging.add(response);
        return;
      }
      const { status, headers } = typeof answer === "number" ? { status: answer, headers: {} } : answer;
      response.writeHead(status, { "content-type": "text/plain", ...headers });
      response.end(status < 300 ? "ok" : "no");
    });
  });
  await new Promise<void>((done) => server.listen(port, "127.0.0.1", done));
  receiver.port = (server.address() as AddressInfo).port;
  return receiver;
}
