import { describe, expect, it } from "vitest";
import { clientAddressFrom, normalizeAddress, peerAddressFrom, PEER_HEADER, stampPeerAddress, installPeerAddressStamp, UNKNOWN_PEER } from "./client-address";

const PEER = "192.0.2.10";
const withForwarded = (value: string) => new Headers({ "x-forwarded-for": value, "x-real-ip": "6.6.6.6" });
const address = (headers: Headers, trustProxyHops: number) => clientAddressFrom(headers, { trustProxyHops, peerAddress: PEER });

describe("clientAddressFrom", () => {
  it("ignores forwarded headers without trusted proxies: forged values never make distinct addresses", () => {
    const seen = new Set(Array.from({ length: 25 }, (_, i) => address(withForwarded(`10.0.0.${i}`), 0)));
    expect([...seen]).toEqual([PEER]);
    expect(address(withForwarded("203.0.113.5, 198.51.100.1"), 0)).toBe(PEER);
    expect(address(new Headers({ "x-real-ip": "203.0.113.5" }), 0)).toBe(PEER);
  });

  it("takes the entry the one trusted proxy appended, not what the client wrote before it", () => {
    expect(address(withForwarded("203.0.113.5"), 1)).toBe("203.0.113.5");
    expect(address(withForwarded("1.1.1.1, 2.2.2.2, 203.0.113.5"), 1)).toBe("203.0.113.5");
  });

  it("with two trusted proxies takes the second entry from the right", () => {
    expect(address(withForwarded("9.9.9.9, 203.0.113.5, 10.0.0.2"), 2)).toBe("203.0.113.5");
    expect(address(withForwarded("203.0.113.5,10.0.0.2"), 2)).toBe("203.0.113.5");
  });

  it("falls back to the peer when the chain is shorter than the trusted hops or missing", () => {
    expect(address(withForwarded("203.0.113.5"), 2)).toBe(PEER);
    expect(address(new Headers(), 1)).toBe(PEER);
    expect(address(withForwarded(" , "), 1)).toBe(PEER);
  });

  it("falls back to the peer when the trusted entry is not an IP address", () => {
    for (const junk of ["unknown", "evil.example", "999.1.1.1", "1.2.3", "<script>", "1.2.3.4 5.6.7.8", "::g"]) {
      expect(address(withForwarded(`8.8.8.8, ${junk}`), 1)).toBe(PEER);
    }
  });

  it("accepts IPv6 and normalises IPv4-mapped IPv6 and ports", () => {
    expect(address(withForwarded("2001:DB8::1"), 1)).toBe("2001:db8::1");
    expect(address(withForwarded("[2001:db8::1]:443"), 1)).toBe("2001:db8::1");
    expect(address(withForwarded("::ffff:203.0.113.5"), 1)).toBe("203.0.113.5");
    expect(address(withForwarded("203.0.113.5:51000"), 1)).toBe("203.0.113.5");
  });
});

describe("normalizeAddress", () => {
  it("keeps valid addresses and refuses everything else", () => {
    expect(normalizeAddress("127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress("::1")).toBe("::1");
    expect(normalizeAddress("::FFFF:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress("")).toBeNull();
    expect(normalizeAddress("localhost")).toBeNull();
  });
});

describe("the peer stamp", () => {
  it("is not believed before this process installs it", () => {
    expect(peerAddressFrom(new Headers({ [PEER_HEADER]: "anything 203.0.113.5" }))).toBe(UNKNOWN_PEER);
  });

  it("puts the socket address on each request and refuses stamps a client wrote", () => {
    const emitted: unknown[] = [];
    class FakeServer {
      emit(event: string | symbol, ...args: unknown[]): boolean {
        emitted.push([event, ...args]);
        return true;
      }
    }
    installPeerAddressStamp([FakeServer.prototype]);
    const request = { headers: { [PEER_HEADER]: "forged 203.0.113.5", "x-forwarded-for": "1.2.3.4" } as Record<string, string>, socket: { remoteAddress: "::ffff:198.51.100.4" } };
    new FakeServer().emit("request", request, {});
    expect(emitted).toHaveLength(1);
    expect(peerAddressFrom(new Headers(request.headers))).toBe("198.51.100.4");
    expect(clientAddressFrom(new Headers(request.headers), { trustProxyHops: 0, peerAddress: peerAddressFrom(new Headers(request.headers)) })).toBe("198.51.100.4");

    expect(peerAddressFrom(new Headers({ [PEER_HEADER]: "forged 203.0.113.5" }))).toBe(UNKNOWN_PEER);
    const noSocket = { headers: { [PEER_HEADER]: "forged 203.0.113.5" } as Record<string, string | undefined>, socket: null };
    stampPeerAddress(noSocket);
    expect(noSocket.headers[PEER_HEADER]).toBeUndefined();
  });
});
