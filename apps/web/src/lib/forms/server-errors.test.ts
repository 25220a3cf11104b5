import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import type { FieldValues } from "react-hook-form";
import { applyServerErrors, onlyFields } from "./server-errors";

/** The two methods the helper uses, over plain values, recording what it set. */
function fakeForm<T extends FieldValues>(values: T) {
  const set: { path: string; message: string | undefined; focus: boolean | undefined }[] = [];
  const form = {
    getValues: (path: string) => path.split(".").reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], values),
    setError: (path: string, error: { message?: string }, options?: { shouldFocus?: boolean }) => {
      set.push({ path, message: error.message, focus: options?.shouldFocus });
    },
  };
  return { form: form as never, set };
}

function apiError(message: string, fieldErrors: Record<string, string[]>) {
  return new TRPCClientError(message, { result: { error: { data: { code: "BAD_REQUEST", fieldErrors } } } as never });
}

describe("applyServerErrors", () => {
  it("puts each field error on its input, focuses the first, and leaves nothing for the form", () => {
    const { form, set } = fakeForm({ name: "", email: "" });
    const message = applyServerErrors(form, apiError("Check the highlighted fields.", { name: ["Too short."], email: ["Not an email."] }));
    expect(message).toBeNull();
    expect(set).toEqual([
      { path: "name", message: "Too short.", focus: true },
      { path: "email", message: "Not an email.", focus: false },
    ]);
  });

  it("reaches rows of a list by their index", () => {
    const { form, set } = fakeForm({ invitations: [{ email: "a@x.test" }, { email: "b@x.test" }] });
    expect(applyServerErrors(form, apiError("Bad.", { "invitations.1.email": ["Already a member."] }))).toBeNull();
    expect(set).toEqual([{ path: "invitations.1.email", message: "Already a member.", focus: true }]);
  });

  it("says the failure's message when no field is named", () => {
    const { form, set } = fakeForm({ name: "" });
    expect(applyServerErrors(form, apiError("You may not do that.", {}))).toBe("You may not do that.");
    expect(set).toEqual([]);
  });

  it("keeps the messages of paths no input shows for the form, while placing the rest", () => {
    const { form, set } = fakeForm({ name: "" });
    const message = applyServerErrors(form, apiError("Bad.", { name: ["Too short."], _form: ["Your role cannot do this."], ghost: ["Hidden."] }));
    expect(message).toBe("Your role cannot do this. Hidden.");
    expect(set.map((entry) => entry.path)).toEqual(["name"]);
  });

  it("follows a custom mapping, placing one message per input", () => {
    const { form, set } = fakeForm({ teamIds: [] as string[] });
    const pathOf = (path: string) => (path.startsWith("teamIds") ? ("teamIds" as const) : null);
    expect(applyServerErrors(form, apiError("Bad.", { "teamIds.0": ["Gone."], "teamIds.1": ["Also gone."] }), { pathOf })).toBeNull();
    expect(set).toEqual([{ path: "teamIds", message: "Gone.", focus: true }]);
  });

  it("keeps errors of values no input shows for the form when the inputs are listed", () => {
    const { form, set } = fakeForm({ kpiId: "k1", value: "" });
    const message = applyServerErrors(form, apiError("Bad.", { kpiId: ["No such KPI."], value: ["Enter a number."] }), { pathOf: onlyFields(["value"]) });
    expect(message).toBe("No such KPI.");
    expect(set.map((entry) => entry.path)).toEqual(["value"]);
  });

  it("reads a server action's answer of the same shape", () => {
    const { form, set } = fakeForm({ password: "" });
    expect(applyServerErrors(form, { message: "Check the highlighted fields.", fieldErrors: { password: ["Too common."] } })).toBeNull();
    expect(set).toEqual([{ path: "password", message: "Too common.", focus: true }]);
  });

  it("says the connection failed for anything else", () => {
    const { form } = fakeForm({ name: "" });
    expect(applyServerErrors(form, new TypeError("Failed to fetch"))).toMatch(/Check your connection/);
  });
});
