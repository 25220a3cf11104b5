import Link from "@/components/ui/link";
import { FileDown, Printer } from "lucide-react";
import { briefingQuery, type BriefingScope } from "@tally/domain";
import { buttonClasses } from "@/components/ui/button-classes";

/** The entry points to a scope's briefing pack: the PDF download and the print-friendly page. */
export function BriefingLinks({ orgSlug, scope }: { orgSlug: string; scope: BriefingScope }) {
  const query = briefingQuery(scope);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <a href={`/api/orgs/${orgSlug}/briefing.pdf?${query}`} download className={buttonClasses("secondary")}>
        <FileDown aria-hidden className="size-4" />
        Download PDF
      </a>
      <Link href={`/${orgSlug}/briefing/print?${query}`} className={buttonClasses("secondary")}>
        <Printer aria-hidden className="size-4" />
        Print view
      </Link>
    </div>
  );
}
