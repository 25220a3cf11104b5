import { z } from "zod";
import { KPI_CATEGORIES } from "./categories";
import { idSchema } from "./fields";
import { KPI_STATUSES } from "./vocabulary";
import { textSchema } from "../input/text";

export const KPI_PAGE_SIZE = 25;

export const KPI_SORTS = ["name", "status", "updated", "category"] as const;
export type KpiSort = (typeof KPI_SORTS)[number];

export const SORT_ORDERS = ["asc", "desc"] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export const listKpisShape = {
  search: textSchema({ max: 100 }).trim().optional(),
  category: z.enum(KPI_CATEGORIES).optional(),
  status: z.enum(KPI_STATUSES).optional(),
  ownerMembershipId: idSchema.optional(),
  teamId: idSchema.optional(),
  objectiveId: idSchema.optional(),
  archived: z.boolean().default(false),
  sort: z.enum(KPI_SORTS).default("name"),
  order: z.enum(SORT_ORDERS).default("asc"),
  page: z.number().int().min(1).max(10_000).default(1),
};

export const listKpisSchema = z.strictObject(listKpisShape);

export type ListKpisInput = z.infer<typeof listKpisSchema>;
