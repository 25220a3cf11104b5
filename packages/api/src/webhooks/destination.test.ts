import { describe, expect, it } from "vitest";
import { HTTPS_REQUIRED_MESSAGE } from "@tally/domain";
import { resolveDestination, WebhookAddressError, type WebhookNetwork } from "./destination";

function network(table: Record<string, string[]>, allowPrivateNetworks = false): WebhookNetwork & { lookups: string[] } {
  const lookups: string[] = [];
  return {
    allowPrivateNetworks,
    lookups,
    async resolve(host) {
      lookups.push(host);
      const found = table[host];
      if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
      return found;
    },
  };
}

async function refusal(url: string, net: WebhookNetwork): Promise<string> {
  try {
    await resolveDestination(url, net);
  } catch (error) {
    if (error instanceof WebhookAddressError) return error.message;
    throw error;
  }
  throw new Error(`${url} was not refused`);
}

describe("resolveDestination", () => {
  it("resolves a public host to the address to connect to", async () => {
    const net = network({ "hooks.example.com": ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"] });
    const destination = await resolveDestination("https://hooks.example.com/tally?x=1", net);
    expect(destination.address).toBe("93.184.215.14");
    expect(destination.url.href).toBe("https://hooks.example.com/tally?x=1");
    expect(net.lookups).toEqual(["hooks.example.com"]);
  });

  it("takes an IP literal as it is, without a lookup", async () => {
    const net = network({});
    expect((await resolveDestination("https://93.184.215.14/in", net)).address).toBe("93.184.215.14");
    expect((await resolveDestination("https://[2606:4700:4700::1111]:8443/in", net)).address).toBe("2606:4700:4700::1111");
    expect(net.lookups).toEqual([]);
  });

  it("refuses a private address typed as such, naming it", async () => {
    expect(await refusal("https://10.0.0.5/in", network({}))).toBe("This address points to a private network (10.0.0.5). Events are only sent to public internet addresses.");
    expect(await refusal("https://[::1]/in", network({}))).toContain("this server itself (loopback) (::1)");
    expect(await refusal("https://[::ffff:169.254.169.254]/latest", network({}))).toContain("a link-local address");
  });

  it("refuses a URL the parser turns into loopback, however it was spelled", async () => {
    for (const url of ["https://2130706433/", "https://0x7f.1/", "https://127.1/", "https://0177.0.0.1/"]) {
      expect(await refusal(url, network({}))).toContain("loopback");
    }
  });

  it("refuses a host name that resolves to a private address, also when only one of its addresses does", async () => {
    expect(await refusal("https://localhost:8080/in", network({ localhost: ["127.0.0.1", "::1"] }))).toBe(
      "localhost (127.0.0.1) points to this server itself (loopback). Events are only sent to public internet addresses.",
    );
    expect(await refusal("https://mixed.example.com/in", network({ "mixed.example.com": ["93.184.215.14", "fd00::7"] }))).toContain("unique local");
  });

  it("refuses a host that cannot be found", async () => {
    expect(await refusal("https://nowhere.example.com/in", network({}))).toBe("The host nowhere.example.com could not be found. Check the address.");
    expect(await refusal("https://empty.example.com/in", network({ "empty.example.com": [] }))).toContain("could not be found");
  });

  it("refuses plain http and malformed addresses", async () => {
    expect(await refusal("http://hooks.example.com/in", network({ "hooks.example.com": ["93.184.215.14"] }))).toBe(HTTPS_REQUIRED_MESSAGE);
    expect(await refusal("https://user:pw@hooks.example.com/in", network({}))).toContain("user name and password");
    expect(await refusal("not a url", network({}))).toContain("full address");
  });

  it("allows private networks and plain http when the server is configured to", async () => {
    const net = network({ localhost: ["127.0.0.1"] }, true);
    expect((await resolveDestination("http://localhost:4000/in", net)).address).toBe("127.0.0.1");
    expect((await resolveDestination("https://10.0.0.5/in", net)).address).toBe("10.0.0.5");
    expect(await refusal("ftp://localhost/in", net)).toBe("Use an https:// address.");
  });
});
