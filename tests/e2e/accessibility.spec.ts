import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { newFounder, signIn, signUp } from "./support/flows";
import { startWebhookReceiver } from "./support/webhook-receiver";

const DEMO_PASSWORD = "tally-demo-2026";
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const SIGNED_IN_PARTS = 3;
const SIGNED_OUT_PAGES = ["/", "/sign-in", "/sign-up", "/forgot-password", "/reset-password/not-a-real-link", "/invite/not-a-real-link"];

/** Every page of the shell, the KPI pages found through the list, and the not-found page inside the shell. */
async function signedInPages(page: Page): Promise<string[]> {
  await page.goto("/acme/kpis?search=Revenue");
  const kpiHref = await page.getByRole("link", { name: "Revenue", exact: true }).first().getAttribute("href");
  await page.goto("/acme/kpis?search=Gross+profit");
  const calculatedHref = await page.getByRole("link", { name: "Gross profit", exact: true }).first().getAttribute("href");
  await page.goto("/acme/teams");
  const teamHref = await page.getByRole("link", { name: "Sales", exact: true }).first().getAttribute("href");
  await page.goto("/acme/objectives");
  const objectiveHref = await page.getByRole("link", { name: "Grow recurring revenue 20% this year" }).first().getAttribute("href");
  expect(objectiveHref).toBeTruthy();
  expect(kpiHref).toBeTruthy();
  expect(calculatedHref).toBeTruthy();
  expect(teamHref).toBeTruthy();
  await page.goto("/acme/reviews");
  const openReviewHref = await page.getByRole("link", { name: /^Sales review, / }).first().getAttribute("href");
  const closedReviewHref = await page.getByRole("link", { name: /^Customer review, / }).first().getAttribute("href");
  expect(openReviewHref).toBeTruthy();
  expect(closedReviewHref).toBeTruthy();
  return [
    "/organizations",
    "/account",
    "/acme",
    "/acme/my",
    "/acme/notifications",
    "/acme/notifications/settings",
    "/acme/briefing/print?scope=organization",
    "/acme/kpis",
    "/acme/kpis/new",
    kpiHref!,
    `${kpiHref}/edit`,
    calculatedHref!,
    `${calculatedHref}/edit`,
    "/acme/due",
    "/acme/objectives",
    objectiveHref!,
    "/acme/actions",
    "/acme/reviews",
    "/acme/reviews/new",
    openReviewHref!,
    closedReviewHref!,
    "/acme/members",
    "/acme/teams",
    teamHref!,
    "/acme/audit",
    "/acme/settings",
    "/acme/settings/api-keys",
    "/acme/settings/webhooks",
    "/acme/kpis/no-such-kpi",
    "/acme/imports",
    kpiHref!.replace("/kpis/", "/imports?kpi="),
    `/acme?asOf=${demoYesterday()}`,
    `${kpiHref}?asOf=${demoYesterday()}`,
  ];
}

/** Yesterday in the demo organization's zone: a day its overview and KPI pages can be shown as of. */
function demoYesterday(): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The dark scheme serves the same markup with other colours, so in the dark only the colour rules are run again;
 * the light scheme runs every rule.
 */
const DARK_RULES = ["color-contrast", "link-in-text-block"];

async function violationsOn(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  return violationsHere(page, path);
}

/** The page as it is now, a dialog included. */
async function violationsHere(page: Page, path: string) {
  const dark = await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches);
  const builder = new AxeBuilder({ page }).withTags(WCAG_22_AA);
  const results = await (dark ? builder.withRules(DARK_RULES) : builder).analyze();
  return results.violations.map((violation) => ({
    path,
    rule: violation.id,
    impact: violation.impact,
    nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(" ")),
  }));
}

const DESKTOP = { name: "desktop", viewport: { width: 1280, height: 900 } };
const PHONE = { name: "phone", viewport: { width: 390, height: 844 } };

// The phone's own markup (its header and menu) is checked in the light scheme; the dark colours on the desktop.
for (const scheme of ["light", "dark"] as const) {
  for (const size of scheme === "light" ? [DESKTOP, PHONE] : [DESKTOP]) {
    test.describe(`axe, ${scheme}, ${size.name}`, () => {
      test.use({ colorScheme: scheme, viewport: size.viewport });

      test("signed-out pages have no WCAG 2.2 AA violation", async ({ page }) => {
        const found = [];
        for (const path of SIGNED_OUT_PAGES) found.push(...(await violationsOn(page, path)));
        expect(found).toEqual([]);
      });

      test("the API reference has no WCAG 2.2 AA violation", async ({ page }) => {
        // One long page of tables, public like the signed-out pages: axe takes a while over it.
        test.setTimeout(120_000);
        expect(await violationsOn(page, "/docs/api")).toEqual([]);
      });

      // The signed-in pages in a few parts, so that each part stays well inside its time on a busy machine.
      for (let part = 0; part < SIGNED_IN_PARTS; part++) {
        test(`signed-in pages, part ${part + 1} of ${SIGNED_IN_PARTS}, have no WCAG 2.2 AA violation`, async ({ page }) => {
          test.setTimeout(180_000);
          await signIn(page, "admin@acme.test", DEMO_PASSWORD);
          await expect(page).toHaveURL(/\/acme$/);
          const pages = await signedInPages(page);
          const found = [];
          for (const path of pages.filter((_, index) => index % SIGNED_IN_PARTS === part)) found.push(...(await violationsOn(page, path)));
          expect(found).toEqual([]);
        });
      }

      test("the webhooks page with an endpoint, its delivery log and its dialogs has no WCAG 2.2 AA violation", async ({ page }) => {
        test.setTimeout(180_000);
        const receiver = await startWebhookReceiver();
        try {
          const founder = newFounder("Axehooks");
          await signUp(page, founder);
          const path = `/${founder.slug}/settings/webhooks`;
          await page.goto(path);
          const found = [];
          await page.getByRole("button", { name: "Add endpoint" }).click();
          const dialog = page.getByRole("dialog", { name: "Add endpoint" });
          await dialog.getByLabel("Endpoint URL").fill("ftp://example.com");
          await dialog.getByRole("button", { name: "Add endpoint" }).click();
          await expect(dialog.getByLabel("Endpoint URL")).toHaveAttribute("aria-invalid", "true");
          found.push(...(await violationsHere(page, `${path} (add dialog with an error)`)));
          await dialog.getByLabel("Endpoint URL").fill(receiver.url);
          await dialog.getByRole("button", { name: "Add endpoint" }).click();
          await expect(page.getByRole("dialog", { name: "Endpoint added" })).toBeVisible();
          found.push(...(await violationsHere(page, `${path} (secret shown)`)));
          await page.getByRole("button", { name: "Done" }).click();
          await page.getByRole("button", { name: "Send a test event" }).click();
          await expect(page.getByRole("region", { name: "Deliveries" }).getByText("Delivered")).toBeVisible({ timeout: 20_000 });
          found.push(...(await violationsOn(page, path)));
          expect(found).toEqual([]);
        } finally {
          await receiver.stop();
        }
      });
    });
  }
}
