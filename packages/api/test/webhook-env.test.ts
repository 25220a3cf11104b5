import { describe, expect, it } from "vitest";
import { readApiEnv } from "../src/env";

describe("WEBHOOK_ALLOW_PRIVATE_NETWORKS", () => {
  it("is off unless set to true", () => {
    expect(readApiEnv({}).webhookAllowPrivateNetworks).toBe(false);
    expect(readApiEnv({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: "" }).webhookAllowPrivateNetworks).toBe(false);
    expect(readApiEnv({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: "false" }).webhookAllowPrivateNetworks).toBe(false);
    expect(readApiEnv({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: "true" }).webhookAllowPrivateNetworks).toBe(true);
  });

  it("refuses anything but true or false, naming the variable", () => {
    expect(() => readApiEnv({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: "yes" })).toThrow(/WEBHOOK_ALLOW_PRIVATE_NETWORKS must be true or false/);
    expect(() => readApiEnv({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: "1" })).toThrow(/WEBHOOK_ALLOW_PRIVATE_NETWORKS/);
  });
});
