import { describe, expect, it } from "vitest";
import { classifyAddress, ipLiteralOf } from "./addresses";

describe("classifyAddress", () => {
  it.each(["93.184.215.14", "8.8.8.8", "1.1.1.1", "100.63.255.255", "100.128.0.0", "172.15.255.255", "172.32.0.0", "192.167.255.255", "169.253.255.255", "223.255.255.254"])(
    "lets the public IPv4 address %s through",
    (address) => {
      expect(classifyAddress(address)).toEqual({ public: true });
    },
  );

  it.each(["2606:2800:21f:cb07:6820:80da:af6b:8b2c", "2001:4860:4860::8888", "2a00:1450:4001:80b::200e", "[2606:4700:4700::1111]"])(
    "lets the public IPv6 address %s through",
    (address) => {
      expect(classifyAddress(address)).toEqual({ public: true });
    },
  );

  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.0.0.1", "private"],
    ["10.255.255.255", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.254", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "linkLocal"],
    ["100.64.0.1", "carrierGradeNat"],
    ["100.127.255.254", "carrierGradeNat"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["255.255.255.255", "broadcast"],
    ["192.0.2.10", "reserved"],
    ["198.18.0.1", "reserved"],
    ["240.0.0.1", "reserved"],
  ])("refuses the IPv4 address %s (%s)", (address, range) => {
    expect(classifyAddress(address)).toMatchObject({ public: false, range });
  });

  it.each([
    ["::1", "loopback"],
    ["[::1]", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "linkLocal"],
    ["fe80::1ff:fe23:4567:890a", "linkLocal"],
    ["fc00::1", "uniqueLocal"],
    ["fd12:3456:789a::1", "uniqueLocal"],
    ["ff02::1", "multicast"],
    ["2001:db8::1", "reserved"],
  ])("refuses the IPv6 address %s (%s)", (address, range) => {
    expect(classifyAddress(address)).toMatchObject({ public: false, range });
  });

  it.each([
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["[::ffff:10.0.0.1]", "private"],
    ["::ffff:192.168.0.1", "private"],
    ["::ffff:169.254.169.254", "linkLocal"],
    ["::ffff:100.64.0.1", "carrierGradeNat"],
    ["::ffff:0.0.0.0", "unspecified"],
    ["::ffff:224.0.0.1", "multicast"],
  ])("refuses the IPv4-mapped form %s (%s)", (address, range) => {
    expect(classifyAddress(address)).toMatchObject({ public: false, range });
  });

  it("lets the IPv4-mapped form of a public address through, as the address itself", () => {
    expect(classifyAddress("::ffff:93.184.215.14")).toEqual({ public: true });
  });

  it.each(["::127.0.0.1", "::7f00:1", "64:ff9b::7f00:1", "64:ff9b::a00:1", "2002:7f00:1::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "100::1", "::ffff:0:7f00:1"])(
    "refuses %s, an IPv6 range that carries IPv4 or is not routed",
    (address) => {
      expect(classifyAddress(address).public).toBe(false);
    },
  );

  it("explains each refusal in words", () => {
    expect(classifyAddress("127.0.0.1")).toMatchObject({ description: "this server itself (loopback)" });
    expect(classifyAddress("10.1.2.3")).toMatchObject({ description: "a private network" });
    expect(classifyAddress("fd00::1")).toMatchObject({ description: "a private IPv6 network (unique local)" });
    expect(classifyAddress("100.64.0.1")).toMatchObject({ description: "a shared carrier-grade NAT range" });
    expect(classifyAddress("192.0.2.1")).toMatchObject({ description: "a reserved address range" });
  });

  it.each(["localhost", "example.com", "2130706433", "0x7f.0.0.1", "127.1", "0177.0.0.1", "", "1.2.3.4.5", "[127.0.0.1]"])(
    "refuses %j, which is no standard IP literal",
    (address) => {
      expect(classifyAddress(address)).toMatchObject({ public: false, range: "invalid" });
    },
  );
});

describe("ipLiteralOf", () => {
  it("reads IPv4 and bracketed IPv6 hosts, and nothing else", () => {
    expect(ipLiteralOf("93.184.215.14")).toBe("93.184.215.14");
    expect(ipLiteralOf("[::1]")).toBe("::1");
    expect(ipLiteralOf("[::ffff:7f00:1]")).toBe("::ffff:7f00:1");
    expect(ipLiteralOf("hooks.example.com")).toBeNull();
    expect(ipLiteralOf("localhost")).toBeNull();
  });
});
