import { defineConfig } from "vitest/config";

// Real databases: PGlite start-up, the wasm schema engine and child processes take seconds, not ms.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
