"use client";

import Link from "@/components/ui/link";
import { useParams } from "next/navigation";
import { buttonClasses } from "@/components/ui/button-classes";

/** A way back to the overview of the organization in the address; not-found and error pages get no params. */
export function OrgHomeLink({ variant = "primary" }: { variant?: "primary" | "secondary" }) {
  const params = useParams<{ orgSlug?: string }>();
  const href = params.orgSlug ? `/${params.orgSlug}` : "/organizations";
  return (
    <Link href={href} className={buttonClasses(variant)}>
      {params.orgSlug ? "Back to the overview" : "Your organizations"}
    </Link>
  );
}
