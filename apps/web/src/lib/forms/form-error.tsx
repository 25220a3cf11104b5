import { Alert } from "@/components/ui/alert";

/** The form-level message of a failed save, announced when it appears; nothing when there is none. */
export function FormError({ message }: { message: string | null | undefined }) {
  return message ? <Alert>{message}</Alert> : null;
}
