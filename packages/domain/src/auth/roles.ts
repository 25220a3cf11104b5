import { z } from "zod";

export const ROLES = ["admin", "executive", "manager", "hr", "project_lead", "viewer"] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  admin: "Admin",
  executive: "Executive",
  manager: "Manager",
  hr: "HR",
  project_lead: "Project lead",
  viewer: "Viewer",
};

export const roleSchema = z.enum(ROLES);
