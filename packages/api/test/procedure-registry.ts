import type { ProcedurePermission } from "../src/trpc/init";
import type { OrgWorld } from "./support/world";

export interface RegisteredProcedure {
  permission: ProcedurePermission;
  /** A valid input for a member of `world`'s organization; org-scoped procedures name its ids. */
  input?: (world: OrgWorld) => unknown;
}

/**
 * Every procedure of the app router with the permission it must enforce. The sweep fails for a procedure
 * that is missing here, so a new procedure cannot ship without a declared permission and the sweeps.
 */
export const PROCEDURE_REGISTRY: Record<string, RegisteredProcedure> = {
  "auth.signUp": { permission: "public" },
  "auth.slugAvailability": { permission: "public" },
  "account.me": { permission: "authed" },
  "organization.mine": { permission: "authed" },
  "organization.create": { permission: "authed" },
  "organization.current": { permission: "member", input: (w) => ({ orgSlug: w.org.slug }) },
  "organization.settings": { permission: "org.view", input: (w) => ({ orgSlug: w.org.slug }) },
  "organization.updateSettings": {
    permission: "org.update",
    input: (w) => ({ orgSlug: w.org.slug, name: `${w.org.name} renamed` }),
  },
};
