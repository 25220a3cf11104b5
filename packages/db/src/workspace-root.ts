import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The nearest ancestor of `from` that holds pnpm-workspace.yaml. Scripts run from packages/db and
 * the web server from apps/web must agree on one data folder, so relative defaults hang off this.
 */
export function findWorkspaceRoot(from: string = process.cwd()): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return from;
    dir = parent;
  }
}
