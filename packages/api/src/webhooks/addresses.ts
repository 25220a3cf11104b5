import ipaddr from "ipaddr.js";

/** Why an address is not public, in words an admin understands. */
const REFUSED_RANGES: Readonly<Record<string, string>> = {
  loopback: "this server itself (loopback)",
  private: "a private network",
  linkLocal: "a link-local address",
  uniqueLocal: "a private IPv6 network (unique local)",
  carrierGradeNat: "a shared carrier-grade NAT range",
  multicast: "a multicast address",
  unspecified: "an unspecified address",
  broadcast: "the broadcast address",
};
const OTHER_RANGE = "a reserved address range";

// Everything routable on the IPv6 internet lies in 2000::/3; the rest is special-purpose or unassigned, and
// some of it (::/96, 64:ff9b::/96) carries IPv4 addresses, loopback and private ones included.
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR("2000::/3");

export type AddressVerdict = { public: true } | { public: false; range: string; description: string };

/**
 * Whether a destination address is on the public internet. Only ordinary unicast passes: loopback, private,
 * link-local, unique-local, CGNAT, multicast, unspecified, broadcast and reserved ranges do not, nor their
 * IPv4-mapped IPv6 forms (::ffff:127.0.0.1), nor IPv6 ranges that embed IPv4 (NAT64, 6to4, Teredo).
 * `address` is a literal IP, as DNS or a URL gives it; anything else is refused.
 */
export function classifyAddress(address: string): AddressVerdict {
  const literal = unbracketed(address);
  // Only the standard textual forms: ipaddr.js would also read "0x7f.1" or "2130706433", which DNS never returns.
  if (!ipaddr.IPv4.isValidFourPartDecimal(literal) && !(literal.includes(":") && ipaddr.IPv6.isValid(literal))) {
    return { public: false, range: "invalid", description: "no valid IP address" };
  }
  let parsed = ipaddr.parse(literal);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  const range = parsed.range();
  if (range !== "unicast") return { public: false, range, description: REFUSED_RANGES[range] ?? OTHER_RANGE };
  if (parsed.kind() === "ipv6" && !(parsed as ipaddr.IPv6).match(GLOBAL_UNICAST_V6 as [ipaddr.IPv6, number])) {
    return { public: false, range: "reserved", description: OTHER_RANGE };
  }
  return { public: true };
}

/** Is `host` (a URL's hostname) an IP literal rather than a name to look up? Brackets of IPv6 included. */
export function ipLiteralOf(host: string): string | null {
  const bare = unbracketed(host);
  return ipaddr.IPv4.isValidFourPartDecimal(bare) || (bare.includes(":") && ipaddr.IPv6.isValid(bare)) ? bare : null;
}

/** A URL writes an IPv6 host in brackets ([::1]); only IPv6 may be. */
function unbracketed(host: string): string {
  const inner = host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : null;
  return inner?.includes(":") ? inner : host;
}
