import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";

describe("contentSecurityPolicy", () => {
  it("allows only scripts carrying the request's nonce and forbids framing", () => {
    const csp = contentSecurityPolicy("abc123", { development: false, https: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("lets the development server evaluate code, and upgrades requests over https", () => {
    expect(contentSecurityPolicy("n", { development: true, https: false })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy("n", { development: false, https: true })).toContain("upgrade-insecure-requests");
  });
});

describe("securityHeaders", () => {
  it("sends HSTS only over https", () => {
    const plain = new Map(securityHeaders({ https: false }));
    const secure = new Map(securityHeaders({ https: true }));
    expect(plain.get("x-content-type-options")).toBe("nosniff");
    expect(plain.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(plain.has("strict-transport-security")).toBe(false);
    expect(secure.get("strict-transport-security")).toMatch(/^max-age=\d+/);
  });
});
