import type { toast as sonnerToast } from "sonner";

type ToastArguments = Parameters<typeof sonnerToast.success>;

// Sonner comes with the Toaster once the page is interactive, or with the first toast if that is sooner: a page
// that has not saved anything yet does not load it with its first paint.
const loadSonner = () => import("sonner");

/** Says that something happened: `toast.success("Saved.")`, `toast.error(message)`. Needs the Toaster in the root layout. */
export const toast = {
  success(...args: ToastArguments): void {
    void loadSonner().then((sonner) => sonner.toast.success(...args));
  },
  error(...args: ToastArguments): void {
    void loadSonner().then((sonner) => sonner.toast.error(...args));
  },
};
