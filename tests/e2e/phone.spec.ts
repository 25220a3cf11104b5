import { expect, test, type Locator, type Page } from "@playwright/test";
import { signIn } from "./support/flows";
import { expectToast } from "./support/toasts";

const DEMO_PASSWORD = "tally-demo-2026";
const PHONE = { width: 390, height: 844 };

test.use({ viewport: PHONE });

async function openNavigation(page: Page): Promise<Locator> {
  await page.getByRole("button", { name: "Open navigation" }).click();
  const drawer = page.getByRole("dialog", { name: "Navigation" });
  await expect(drawer).toBeVisible();
  return drawer;
}

/** Nothing on the page is wider than the phone: wide tables scroll inside their own box, never the page. */
async function expectNoSidewaysScroll(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${path} is ${width}px wide`).toBeLessThanOrEqual(PHONE.width);
}

interface DueCard {
  name: string;
  line: string;
  overdue: boolean;
  lastValue: string;
}

async function dueCards(page: Page): Promise<DueCard[]> {
  return page.locator("form tbody tr").evaluateAll((rows) =>
    rows.map((row) => ({
      name: row.querySelector("a")?.textContent ?? "",
      // "Revenue, Nov 2026": the Due page has a line per missing period.
      line: row.getAttribute("aria-label") ?? "",
      overdue: (row.textContent ?? "").includes("Overdue"),
      // The stored value, not its formatted text ("€230,000"): typed back unchanged, no status moves.
      lastValue: row.querySelector("td[data-last-value]")?.getAttribute("data-last-value") ?? "",
    })),
  );
}

test("on a phone a manager finds every page in the drawer, records three values on Due and reaches his account", async ({ page }) => {
  await signIn(page, "manager@acme.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/acme\/my$/);

  // The first Tab lands on the skip link, which leads to the page's content.
  await page.goto("/acme");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();

  // No sidebar on a phone: the navigation lives in the drawer, whole.
  await expect(page.getByRole("navigation", { name: "Organization" })).toHaveCount(0);
  let drawer = await openNavigation(page);
  const nav = drawer.getByRole("navigation", { name: "Organization" });
  for (const item of ["Overview", "My KPIs", "KPIs", "Due", "Objectives", "Teams"]) await expect(nav.getByRole("link", { name: item, exact: true })).toBeVisible();
  await expect(drawer.getByRole("button", { name: /Switch organization/ })).toBeVisible();
  await expect(drawer.getByRole("link", { name: "Your account" })).toBeVisible();
  await expect(drawer.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();
  await expect(page.getByRole("button", { name: "Open navigation" })).toBeFocused();

  drawer = await openNavigation(page);
  await drawer.getByRole("link", { name: "Due" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Due" })).toBeVisible();
  await expect(drawer).toBeHidden();

  // Values for the current period of KPIs no other test watches, typed back as they were so no status moves.
  const chosen = (await dueCards(page))
    .filter((card) => !card.overdue && card.lastValue !== "—" && card.lastValue !== "" && !["Sales cycle length", "Inventory turnover"].includes(card.name))
    .slice(0, 3);
  expect(chosen).toHaveLength(3);
  for (const card of chosen) {
    const period = card.line.slice(card.name.length + ", ".length);
    const input = page.getByLabel(`Value of ${card.name} for ${period}`, { exact: true });
    await expect(input).toHaveAttribute("inputmode", "decimal");
    const box = await input.boundingBox();
    expect(box && box.x + box.width, `${card.name}'s field fits the screen`).toBeLessThanOrEqual(PHONE.width);
    await input.fill(card.lastValue);
  }
  await expect(page.getByText(/^3 of \d+ filled in$/)).toBeVisible();
  await page.getByRole("button", { name: "Save values" }).click();
  await expectToast(page, "3 values saved.");

  drawer = await openNavigation(page);
  await drawer.getByRole("link", { name: "Your account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
});

test("no page scrolls sideways on a phone", async ({ page, browser }) => {
  await signIn(page, "manager@acme.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/acme\/my$/);
  await expectNoSidewaysScroll(page, "/acme");
  await expectNoSidewaysScroll(page, "/acme/my");
  await expectNoSidewaysScroll(page, "/acme/kpis");
  // On a phone the list is cards, the table is for wider screens.
  await expect(page.getByRole("table")).toHaveCount(0);
  const kpiHref = await page.getByRole("list", { name: "KPIs" }).getByRole("link").first().getAttribute("href");
  expect(kpiHref).toMatch(/^\/acme\/kpis\/\w+$/);
  await expectNoSidewaysScroll(page, kpiHref!);
  await expectNoSidewaysScroll(page, "/acme/due");
  await expectNoSidewaysScroll(page, "/account");

  const admin = await (await browser.newContext({ viewport: PHONE })).newPage();
  await signIn(admin, "admin@acme.test", DEMO_PASSWORD);
  await expect(admin).toHaveURL(/\/acme$/);
  await expectNoSidewaysScroll(admin, "/acme/members");
  await admin.context().close();
});
