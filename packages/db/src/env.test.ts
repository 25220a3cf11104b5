import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readEnv } from "./env";
import { findWorkspaceRoot } from "./workspace-root";

describe("readEnv", () => {
  it("defaults the embedded folder to .data/pglite under the workspace root", () => {
    const root = findWorkspaceRoot();
    expect(root).not.toBe(process.cwd()); // tests run in packages/db, below the root
    expect(readEnv({}).PGLITE_DIR).toBe(join(root, ".data/pglite"));
    expect(readEnv({ PGLITE_DIR: "tmp/db" }).PGLITE_DIR).toBe(join(root, "tmp/db"));
  });

  it("treats an empty DATABASE_URL as unset and refuses one that is not PostgreSQL", () => {
    expect(readEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
    expect(() => readEnv({ DATABASE_URL: "mysql://localhost/x" })).toThrow(/DATABASE_URL/);
    expect(readEnv({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/x" }).DATABASE_URL).toBe(
      "postgresql://postgres@127.0.0.1:5432/x",
    );
  });
});
