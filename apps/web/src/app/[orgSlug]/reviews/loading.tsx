import { Skeleton } from "@/components/ui/skeleton";

export default function ReviewsLoading() {
  return (
    <div className="flex flex-col gap-3">
      <p className="sr-only" role="status">
        Loading the reviews…
      </p>
      <Skeleton className="h-8 w-40" />
      <Skeleton className="h-6 w-2/3" />
      <Skeleton className="h-24 w-full" />
    </div>
  );
}
