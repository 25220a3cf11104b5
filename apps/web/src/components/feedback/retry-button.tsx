"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";

/**
 * Tries the failed segment again. The refresh fetches the server components anew (reset alone would only
 * re-render what the browser already has), and the spinner holds until they arrive.
 */
export function RetryButton({ reset }: { reset: () => void }) {
  const router = useRouter();
  const [retrying, startTransition] = useTransition();
  return (
    <Button
      pending={retrying}
      onClick={() =>
        startTransition(() => {
          router.refresh();
          reset();
        })
      }
    >
      Try again
    </Button>
  );
}
