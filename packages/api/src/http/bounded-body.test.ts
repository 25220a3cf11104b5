import { describe, expect, it } from "vitest";
import { readBodyWithin } from "./bounded-body";

function streamed(parts: string[]): Request {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const part of parts) controller.enqueue(encoder.encode(part));
      controller.close();
    },
  });
  return new Request("http://tally.test/api/trpc/x", { method: "POST", body, duplex: "half" } as RequestInit);
}

describe("readBodyWithin", () => {
  it("returns a body within the limit whole", async () => {
    const body = await readBodyWithin(streamed(["ab", "cd"]), 4);
    expect(new TextDecoder().decode(body!)).toBe("abcd");
  });

  it("stops reading a streamed body as soon as it passes the limit", async () => {
    expect(await readBodyWithin(streamed(["abc", "de"]), 4)).toBeNull();
  });

  it("refuses a declared length over the limit without reading", async () => {
    const request = new Request("http://tally.test/x", { method: "POST", body: "x", headers: { "content-length": "5000000" } });
    expect(await readBodyWithin(request, 1000)).toBeNull();
  });
});
