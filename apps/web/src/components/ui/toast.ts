/** Says that something happened: `toast.success("Saved.")`, `toast.error(message)`. Needs the Toaster in the root layout. */
export { toast } from "sonner";
