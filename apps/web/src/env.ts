import { z } from "zod";

// The web app's own reading of the environment; everything else is configured in the packages' env.ts.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  NEXT_RUNTIME: z.string().optional(),
  NEXT_PHASE: z.string().optional(),
});

const parsed = schema.parse({ NODE_ENV: process.env.NODE_ENV, NEXT_RUNTIME: process.env.NEXT_RUNTIME, NEXT_PHASE: process.env.NEXT_PHASE });

export const webEnv = {
  development: parsed.NODE_ENV === "development",
  /** True in a server process that serves requests: not the Edge runtime, not `next build`. */
  servingOnNode: parsed.NEXT_RUNTIME === "nodejs" && parsed.NEXT_PHASE !== "phase-production-build",
};
