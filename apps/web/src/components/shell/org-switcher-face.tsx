import { ChevronsUpDown } from "lucide-react";

export interface OrgOption {
  slug: string;
  name: string;
}

export const ORG_SWITCHER_TRIGGER_CLASS =
  "flex w-full items-center justify-between gap-2 rounded-md border border-slate-200 bg-surface px-3 py-2 text-left text-sm hover:bg-slate-50";

export function orgSwitcherLabel(current: OrgOption): string {
  return `Organization: ${current.name}. Switch organization`;
}

/** What the switcher's button shows, before and after its menu has loaded. */
export function OrgSwitcherFace({ current }: { current: OrgOption }) {
  return (
    <>
      <span className="truncate font-medium text-slate-900">{current.name}</span>
      <ChevronsUpDown aria-hidden className="size-4 shrink-0 text-slate-500" />
    </>
  );
}
