import { expect, type Locator, type Page } from "@playwright/test";

/** The live region where save confirmations appear. */
export function notifications(page: Page): Locator {
  return page.getByRole("region", { name: /^Notifications/ });
}

/** Waits for a confirmation toast containing the text; it is announced, and it must not take the focus. */
export async function expectToast(page: Page, text: string | RegExp): Promise<void> {
  const toast = notifications(page).getByRole("listitem").filter({ hasText: text });
  await expect(toast.first()).toBeVisible();
  await expect(notifications(page)).toHaveAttribute("aria-live", "polite");
  const focusedInToast = await page.evaluate(() => Boolean(document.activeElement?.closest("[data-sonner-toaster]")));
  expect(focusedInToast).toBe(false);
}

/** After a save the focus stays on a control or a heading, never on the page body. */
export async function expectFocusKept(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName ?? "BODY")).not.toBe("BODY");
}
