import { PAGE_TITLE_ID } from "@/components/ui/page-header";

/**
 * Moves the focus to an element by id once the page has painted, for when the control that had it is gone
 * (a deleted row, a replaced button). Without a target the page title takes it, never the page body.
 */
export function focusById(id: string = PAGE_TITLE_ID): void {
  requestAnimationFrame(() => (document.getElementById(id) ?? document.getElementById(PAGE_TITLE_ID))?.focus());
}
