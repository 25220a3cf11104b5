import { describe, expect, it } from "vitest";
import { HTTPS_REQUIRED_MESSAGE, listWebhookDeliveriesSchema, updateWebhookEndpointSchema, webhookEndpointSchema, webhookUrlProblem, webhookUrlSchema } from "./schemas";
import { WEBHOOK_EVENTS } from "./events";

describe("webhookUrlProblem", () => {
  it.each(["https://hooks.example.com/tally", "https://hooks.example.com:8443/a/b?c=d", "https://203.0.113.9/in", "https://[2001:db8::1]/in", "HTTPS://Example.COM"])(
    "accepts %s",
    (url) => {
      expect(webhookUrlProblem(url)).toBeNull();
    },
  );

  it("refuses plain http unless allowed", () => {
    expect(webhookUrlProblem("http://hooks.example.com/tally")).toBe(HTTPS_REQUIRED_MESSAGE);
    expect(webhookUrlProblem("http://hooks.example.com/tally", { allowHttp: true })).toBeNull();
  });

  it.each([
    ["", "Enter the address"],
    ["hooks.example.com/tally", "Enter a full address"],
    ["/relative/path", "Enter a full address"],
    ["ftp://hooks.example.com/", "Use an https:// address."],
    ["javascript:alert(1)", "Use an https:// address."],
    ["file:///etc/passwd", "Use an https:// address."],
    ["https://user:secret@hooks.example.com/", "user name and password"],
    ["https://token@hooks.example.com/", "user name and password"],
    ["https://hooks.example.com/#frag", "#fragment"],
  ])("refuses %j", (url, message) => {
    expect(webhookUrlProblem(url)).toContain(message);
  });

  it("refuses an address longer than 2,000 characters and accepts one of exactly 2,000", () => {
    const base = "https://hooks.example.com/";
    expect(webhookUrlProblem(base + "a".repeat(2_000 - base.length))).toBeNull();
    expect(webhookUrlProblem(base + "a".repeat(2_001 - base.length))).toBe("Use at most 2,000 characters.");
  });
});

describe("webhookUrlSchema", () => {
  it("trims the address", () => {
    expect(webhookUrlSchema().parse("  https://hooks.example.com/x  ")).toBe("https://hooks.example.com/x");
  });

  it("refuses control characters and non-strings", () => {
    expect(webhookUrlSchema().safeParse("https://hooks.example.com/\u0000").success).toBe(false);
    expect(webhookUrlSchema().safeParse(42).success).toBe(false);
  });
});

describe("webhookEndpointSchema", () => {
  const valid = { url: "https://hooks.example.com/tally", events: ["kpi.created"] };

  it("defaults the description and keeps events in the list's order without repeats", () => {
    const parsed = webhookEndpointSchema().parse({ ...valid, events: ["kpi.archived", "checkin.recorded", "kpi.archived"] });
    expect(parsed).toEqual({ url: valid.url, description: "", events: ["checkin.recorded", "kpi.archived"] });
  });

  it("needs at least one event, each from the fixed list", () => {
    const none = webhookEndpointSchema().safeParse({ ...valid, events: [] });
    expect(none.error?.issues[0]).toMatchObject({ path: ["events"], message: "Choose at least one event." });
    const unknown = webhookEndpointSchema().safeParse({ ...valid, events: ["kpi.deleted"] });
    expect(unknown.error?.issues[0]?.path).toEqual(["events", 0]);
    expect(webhookEndpointSchema().safeParse({ ...valid, events: [...WEBHOOK_EVENTS, ...WEBHOOK_EVENTS] }).success).toBe(false);
    expect(webhookEndpointSchema().parse({ ...valid, events: [...WEBHOOK_EVENTS] }).events).toEqual([...WEBHOOK_EVENTS]);
  });

  it("bounds the description and refuses unknown keys", () => {
    expect(webhookEndpointSchema().safeParse({ ...valid, description: "x".repeat(201) }).success).toBe(false);
    expect(webhookEndpointSchema().safeParse({ ...valid, description: "x".repeat(200) }).success).toBe(true);
    expect(webhookEndpointSchema().safeParse({ ...valid, secret: "whsec_x" }).success).toBe(false);
  });

  it("puts the address's problem on the url field", () => {
    const result = webhookEndpointSchema().safeParse({ ...valid, url: "http://hooks.example.com" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["url"], message: HTTPS_REQUIRED_MESSAGE });
    expect(webhookEndpointSchema({ allowHttp: true }).safeParse({ ...valid, url: "http://hooks.example.com" }).success).toBe(true);
  });

  it("an update also names the endpoint and whether it is enabled", () => {
    expect(updateWebhookEndpointSchema().safeParse({ ...valid, endpointId: "abc", enabled: false }).success).toBe(true);
    expect(updateWebhookEndpointSchema().safeParse({ ...valid, endpointId: "abc" }).success).toBe(false);
    expect(updateWebhookEndpointSchema().safeParse({ ...valid, endpointId: "a b", enabled: true }).success).toBe(false);
  });
});

describe("listWebhookDeliveriesSchema", () => {
  it("starts at page 1 and refuses pages below it", () => {
    expect(listWebhookDeliveriesSchema.parse({ endpointId: "abc" }).page).toBe(1);
    expect(listWebhookDeliveriesSchema.safeParse({ endpointId: "abc", page: 0 }).success).toBe(false);
  });
});
