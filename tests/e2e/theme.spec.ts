import { expect, test, type Page } from "@playwright/test";
import { countRows, runSql } from "./support/database";
import { signIn, signOut } from "./support/flows";
import { expectToast } from "./support/toasts";

const DEMO_PASSWORD = "tally-demo-2026";

/**
 * An arrow key held as long as a person holds it: Radix moves the focus on the next tick and checks the radio
 * only while the key is still down, which an instant press and release would miss.
 */
async function pressArrow(page: Page, key: "ArrowLeft" | "ArrowRight"): Promise<void> {
  await page.keyboard.down(key);
  await page.waitForTimeout(50);
  await page.keyboard.up(key);
}
const VIEWER = "viewer@acme.test";

/** The body's painted background: its WCAG luminance and opacity (a transparent body would prove nothing). */
async function bodyBackground(page: Page): Promise<{ luminance: number; alpha: number }> {
  return page.evaluate(() => {
    // The computed colour may be oklch(); a canvas turns any CSS colour into sRGB bytes.
    const canvas = document.createElement("canvas");
    canvas.width = 1;
    canvas.height = 1;
    const context = canvas.getContext("2d")!;
    context.fillStyle = getComputedStyle(document.body).backgroundColor;
    context.fillRect(0, 0, 1, 1);
    const [red = 0, green = 0, blue = 0, alpha = 0] = context.getImageData(0, 0, 1, 1).data;
    const linear = (channel: number) => {
      const value = channel / 255;
      return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    };
    return { luminance: 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue), alpha };
  });
}

async function expectDark(page: Page): Promise<void> {
  await expect(page.locator("html")).toHaveClass(/(^|\s)dark(\s|$)/);
  await expect.poll(() => bodyBackground(page)).toEqual({ luminance: expect.any(Number), alpha: 255 });
  expect((await bodyBackground(page)).luminance).toBeLessThan(0.05);
}

async function expectLight(page: Page): Promise<void> {
  await expect(page.locator("html")).not.toHaveClass(/(^|\s)dark(\s|$)/);
  expect((await bodyBackground(page)).luminance).toBeGreaterThan(0.8);
}

/** Collects the browser's CSP refusals: the theme scripts must run under the nonce-based policy. */
function cspRefusals(page: Page): string[] {
  const refusals: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) refusals.push(message.text());
  });
  return refusals;
}

test.afterAll(async () => {
  // Other specs sign in as the viewer: leave the demo account on the default theme even if a step failed.
  await runSql(`UPDATE "User" SET theme = 'system' WHERE email = $1`, [VIEWER]);
});

test("the theme chosen on the account page is saved with the account and wins over the device's setting", async ({ browser }) => {
  test.setTimeout(90_000);
  const first = await browser.newContext({ colorScheme: "light" });
  const page = await first.newPage();
  const refusals = cspRefusals(page);
  await signIn(page, VIEWER, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/acme$/);

  await page.goto("/account");
  const themes = page.getByRole("radiogroup", { name: "Theme" });
  await themes.getByRole("radio", { name: "Dark", exact: true }).click();
  await expect(themes.getByRole("radio", { name: "Dark", exact: true })).toBeChecked();
  await expectDark(page);
  await expectToast(page, "Theme saved.");

  await page.reload();
  await expectDark(page);
  await expect(page.getByRole("radiogroup", { name: "Theme" }).getByRole("radio", { name: "Dark", exact: true })).toBeChecked();

  // Signed out, pages follow the device again (light here).
  await page.goto("/acme");
  await signOut(page);
  await expectLight(page);
  expect(refusals).toEqual([]);
  await first.close();

  // A fresh browser with a light system setting: the account's dark theme applies from the first page.
  const second = await browser.newContext({ colorScheme: "light" });
  const again = await second.newPage();
  const laterRefusals = cspRefusals(again);
  await signIn(again, VIEWER, DEMO_PASSWORD);
  await expect(again).toHaveURL(/\/acme$/);
  await expectDark(again);
  await again.goto("/account");
  await expectDark(again);

  // By keyboard: arrow keys choose Light, then System; each is saved, in order. System follows the
  // device: light here, and still after a reload.
  const choices = again.getByRole("radiogroup", { name: "Theme" });
  // Arrow keys work once the page is hydrated; submit buttons are enabled from that moment.
  await expect(again.getByRole("button", { name: "Save name" })).toBeEnabled();
  await choices.getByRole("radio", { name: "Dark", exact: true }).focus();
  await pressArrow(again, "ArrowLeft");
  await expect(choices.getByRole("radio", { name: "Light", exact: true })).toBeChecked();
  await pressArrow(again, "ArrowLeft");
  const systemChoice = choices.getByRole("radio", { name: /^System/ });
  await expect(systemChoice).toBeChecked();
  await expect(systemChoice).toBeFocused();
  await expectLight(again);
  await expectToast(again, "Theme saved.");
  // The last of the quick changes is the one stored.
  await expect.poll(() => countRows(`SELECT count(*) FROM "User" WHERE email = $1 AND theme = 'system'`, [VIEWER])).toBe(1);
  await again.reload();
  await expectLight(again);
  await expect(again.getByRole("radiogroup", { name: "Theme" }).getByRole("radio", { name: /^System/ })).toBeChecked();

  // The same account in a dark system setting: System turns dark without a choice being made again.
  await again.emulateMedia({ colorScheme: "dark" });
  await expectDark(again);
  expect(laterRefusals).toEqual([]);
  await second.close();
});
