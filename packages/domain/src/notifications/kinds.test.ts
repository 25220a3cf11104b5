import { describe, expect, it } from "vitest";
import { DEFAULT_NOTIFICATION_CHANNELS, NOTIFICATION_KINDS, NOTIFICATION_KIND_LABELS, channelFor, resolveNotificationChannels } from "./kinds";
import { updateNotificationPreferencesSchema } from "./schemas";

describe("notification channels", () => {
  it("asks by e-mail for what needs doing and keeps KPI alerts in the app", () => {
    expect(NOTIFICATION_KINDS.filter((kind) => DEFAULT_NOTIFICATION_CHANNELS[kind] === "email")).toEqual([
      "value_due",
      "value_overdue",
      "value_escalated",
      "action_assigned",
      "review_invited",
    ]);
    expect(NOTIFICATION_KINDS.filter((kind) => DEFAULT_NOTIFICATION_CHANNELS[kind] === "in_app")).toEqual([
      "status_changed",
      "forecast_miss",
      "process_signal",
      "review_closed",
    ]);
  });

  it("every kind has a label", () => {
    for (const kind of NOTIFICATION_KINDS) expect(NOTIFICATION_KIND_LABELS[kind].length).toBeGreaterThan(0);
  });

  it("uses the member's choice over the default, kind by kind", () => {
    for (const kind of NOTIFICATION_KINDS) {
      expect(channelFor(kind, {})).toBe(DEFAULT_NOTIFICATION_CHANNELS[kind]);
      expect(channelFor(kind, { [kind]: "off" })).toBe("off");
    }
    const resolved = resolveNotificationChannels({ status_changed: "email", value_due: "off" });
    expect(resolved.status_changed).toBe("email");
    expect(resolved.value_due).toBe("off");
    expect(resolved.value_overdue).toBe("email");
    expect(Object.keys(resolved)).toEqual([...NOTIFICATION_KINDS]);
  });
});

describe("updateNotificationPreferencesSchema", () => {
  it("takes channels per kind and a digest frequency", () => {
    expect(updateNotificationPreferencesSchema.parse({ channels: { value_due: "off" }, digest: "daily" })).toEqual({
      channels: { value_due: "off" },
      digest: "daily",
    });
    expect(updateNotificationPreferencesSchema.parse({})).toEqual({ channels: {} });
  });

  it("refuses unknown kinds, channels and frequencies with a message", () => {
    expect(updateNotificationPreferencesSchema.safeParse({ channels: { nonsense: "off" } }).success).toBe(false);
    const channel = updateNotificationPreferencesSchema.safeParse({ channels: { value_due: "sms" } });
    expect(channel.success ? "" : channel.error.issues[0]?.message).toBe("Choose in the app, by e-mail or off.");
    const digest = updateNotificationPreferencesSchema.safeParse({ digest: "hourly" });
    expect(digest.success ? "" : digest.error.issues[0]?.message).toBe("Choose no digest, daily or weekly.");
  });
});
