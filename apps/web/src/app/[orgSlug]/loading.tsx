import { Spinner } from "@/components/ui/spinner";

export default function Loading() {
  return (
    <div className="flex min-h-[50vh] items-center justify-center text-slate-500">
      <Spinner label="Loading…" />
    </div>
  );
}
