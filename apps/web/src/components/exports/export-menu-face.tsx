import { ChevronDown, Download } from "lucide-react";

export interface ExportChoice {
  label: string;
  href: string;
}

export interface ExportMenuProps {
  /** The button's text, e.g. "Export". */
  label: string;
  /** What the files hold, said above the choices. */
  heading: string;
  choices: readonly ExportChoice[];
}

/** What the export button shows, before and after its menu has loaded. */
export function ExportMenuFace({ label }: { label: string }) {
  return (
    <>
      <Download aria-hidden className="size-4" />
      {label}
      <ChevronDown aria-hidden className="size-4" />
    </>
  );
}
