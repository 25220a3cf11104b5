export const KPI_CATEGORIES = [
  "strategic",
  "financial",
  "operational",
  "customer",
  "employee",
  "sales",
  "marketing",
  "project",
] as const;

export type KpiCategory = (typeof KPI_CATEGORIES)[number];

export const KPI_CATEGORY_LABELS: Readonly<Record<KpiCategory, string>> = {
  strategic: "Strategic",
  financial: "Financial",
  operational: "Operational",
  customer: "Customer",
  employee: "Employee",
  sales: "Sales",
  marketing: "Marketing",
  project: "Project",
};
