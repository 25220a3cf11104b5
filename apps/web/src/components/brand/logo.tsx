import Link from "@/components/ui/link";

export function Logo({ href = "/" }: { href?: string }) {
  return (
    <Link href={href} className="inline-flex items-center gap-2 text-lg font-semibold tracking-tight text-slate-900">
      <span aria-hidden className="flex size-7 items-center justify-center rounded-md bg-brand-600 text-sm font-bold text-white">
        T
      </span>
      Tally
    </Link>
  );
}
