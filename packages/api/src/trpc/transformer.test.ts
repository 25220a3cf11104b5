import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { transformer } from "./transformer";

const shared = { id: "shared" };
const circular: Record<string, unknown> = { name: "loop" };
circular.self = circular;

const CASES: Record<string, unknown> = {
  "a page of rows": { total: 2, kpis: [{ id: "a", trend: [1, 2.5, -3], owner: { name: "Ana" }, target: null, archived: false }] },
  "an empty object and array": { list: [], map: {} },
  "text and numbers at the top": "plain",
  "a number": 42,
  null: null,
  "a date": { at: new Date("2026-01-02T03:04:05.000Z") },
  "an undefined field": { a: undefined, b: 1 },
  "undefined itself": undefined,
  "a NaN": { value: Number.NaN },
  "an infinity": [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY],
  "a negative zero": { value: -0 },
  "a bigint": { value: 10n },
  "a Map and a Set": { map: new Map([["a", 1]]), set: new Set([1]) },
  "an object reached twice": { first: shared, second: shared },
  "an object without prototype": Object.assign(Object.create(null) as object, { a: 1 }),
  "a class instance": { error: new Error("boom") },
  "a sparse array": [1, , 3], // eslint-disable-line no-sparse-arrays
};

describe("the tRPC transformer", () => {
  it.each(Object.entries(CASES))("sends %s exactly as superjson does", (_name, value) => {
    expect(transformer.serialize(value)).toEqual(superjson.serialize(value));
  });

  it("arrives as superjson's own round trip arrives", () => {
    for (const value of Object.values(CASES)) {
      const sent = JSON.stringify(transformer.serialize(value)) as string | undefined;
      const arrived = sent === undefined ? undefined : transformer.deserialize(JSON.parse(sent));
      expect(arrived).toEqual(superjson.parse(superjson.stringify(value)));
    }
  });

  it("takes the shortcut for plain JSON, sending the very value", () => {
    const page = CASES["a page of rows"];
    expect(transformer.serialize(page).json).toBe(page);
  });

  it("keeps a circular reference circular, as superjson does", () => {
    const back = transformer.deserialize<typeof circular>(JSON.parse(JSON.stringify(transformer.serialize(circular))));
    expect(back.self).toBe(back);
  });

  it("keeps an object reached twice one object on arrival", () => {
    const back = transformer.deserialize<{ first: object; second: object }>(JSON.parse(JSON.stringify(transformer.serialize(CASES["an object reached twice"]))));
    expect(back.first).toBe(back.second);
  });

  it("refuses a key that would pollute a prototype, as superjson does", () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}}') as unknown;
    expect(() => transformer.serialize(hostile)).toThrow(/prototype pollution/);
  });
});
