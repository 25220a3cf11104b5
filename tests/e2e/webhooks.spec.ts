import { expect, test } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { newFounder, signIn, signUp } from "./support/flows";
import { expectToast } from "./support/toasts";
import { startWebhookReceiver, type ReceivedWebhook, type WebhookReceiver } from "./support/webhook-receiver";

let receiver: WebhookReceiver;
test.beforeEach(async () => {
  receiver = await startWebhookReceiver();
});
test.afterEach(async () => {
  await receiver.stop();
});

/** The first event of a type that reached the receiver, once its signature checked out with the secret. */
async function verifiedEvent(secret: string, type: string): Promise<{ type: string; data: Record<string, unknown> }> {
  let found: ReceivedWebhook | undefined;
  await expect.poll(() => (found = receiver.received.find((request) => JSON.parse(request.body).type === type)) !== undefined, { timeout: 20_000 }).toBe(true);
  return new Webhook(secret).verify(found!.body, found!.headers) as { type: string; data: Record<string, unknown> };
}

test("an admin registers an endpoint, sends a test event and receives a recorded value, signed", async ({ page }) => {
  test.slow();
  const founder = newFounder("Hooks");
  await signUp(page, founder);
  await page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Settings" }).click();
  await page.getByRole("link", { name: "Manage webhooks" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "No endpoints yet" })).toBeVisible();

  await page.getByRole("button", { name: "Add endpoint" }).click();
  const dialog = page.getByRole("dialog", { name: "Add endpoint" });
  const url = dialog.getByLabel("Endpoint URL");
  // Checked in the browser: an address with a password in it.
  await url.fill("https://user:secret@hooks.example.com/in");
  await dialog.getByRole("button", { name: "Add endpoint" }).click();
  await expect(url).toHaveAccessibleDescription(/Leave the user name and password out of the address/);
  // Checked by the server: a host that does not exist, refused beside the field.
  await url.fill("https://no-such-host.invalid/in");
  await dialog.getByRole("button", { name: "Add endpoint" }).click();
  await expect(url).toHaveAccessibleDescription("The host no-such-host.invalid could not be found. Check the address.", { timeout: 15_000 });
  await expect(url).toBeFocused();
  // No event chosen.
  await url.fill(receiver.url);
  await dialog.getByLabel("Description (optional)").fill("Operations dashboard");
  await dialog.getByRole("checkbox", { name: /Value recorded/ }).uncheck();
  await dialog.getByRole("button", { name: "Add endpoint" }).click();
  await expect(dialog.getByText("Choose at least one event.")).toBeVisible();
  await dialog.getByRole("checkbox", { name: /Value recorded/ }).check();
  await dialog.getByRole("checkbox", { name: /Status changed/ }).check();
  await dialog.getByRole("button", { name: "Add endpoint" }).click();

  const added = page.getByRole("dialog", { name: "Endpoint added" });
  await expectToast(page, "Endpoint added.");
  const secret = await added.getByLabel("Signing secret").inputValue();
  expect(secret).toMatch(/^whsec_/);
  await added.getByRole("button", { name: "Done" }).click();
  await expect(added).toBeHidden();

  const endpoint = page.getByRole("main").getByRole("listitem", { name: receiver.url });
  await expect(endpoint.getByText("Operations dashboard")).toBeVisible();
  await expect(endpoint.getByRole("list", { name: "Events" })).toHaveText(/Value recorded\s*Status changed/);
  const log = page.getByRole("region", { name: "Deliveries" });
  await expect(page.getByText("No deliveries yet.")).toBeVisible();

  await endpoint.getByRole("button", { name: "Send a test event" }).click();
  await expectToast(page, "Test event queued.");
  const testRow = log.getByRole("row", { name: /Test event/ });
  await expect(testRow.getByText("Delivered")).toBeVisible({ timeout: 20_000 });
  await expect(testRow).toContainText("HTTP 200");
  await expect(testRow.getByRole("cell").nth(3)).toHaveText("1");
  const testEvent = await verifiedEvent(secret, "webhook.test");
  expect(testEvent.data).toMatchObject({ organization: { slug: founder.slug } });

  // A value recorded on a new KPI arrives as checkin.recorded.
  await page.goto(`/${founder.slug}/kpis/new?template=scratch`);
  const form = page.getByRole("form", { name: "New KPI" });
  await form.getByLabel("Name", { exact: true }).fill("Tickets solved");
  await form.getByLabel("Category").selectOption({ label: "Customer" });
  await form.getByRole("group", { name: "Target 1" }).getByLabel("Target", { exact: true }).fill("5");
  await form.getByRole("button", { name: "Create KPI" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tickets solved" })).toBeVisible();
  const record = page.getByRole("form", { name: "Record a value" });
  await record.getByLabel("Value", { exact: true }).fill("7");
  await record.getByRole("button", { name: "Save value" }).click();
  await expectToast(page, / for /);

  const recorded = await verifiedEvent(secret, "checkin.recorded");
  expect(recorded.data).toMatchObject({ kpi: { name: "Tickets solved" }, checkIn: { value: "7", status: "on_track", source: "manual" } });
  const changed = await verifiedEvent(secret, "kpi.status_changed");
  expect(changed.data).toMatchObject({ kpi: { name: "Tickets solved" }, previousStatus: null, status: "on_track" });
  for (const request of receiver.received) {
    expect(request.path).toBe("/tally-hooks");
    expect(request.headers["webhook-id"]).toMatch(/^msg_/);
  }

  await page.goto(`/${founder.slug}/settings/webhooks`);
  await expect(log.getByRole("row", { name: /Value recorded/ }).getByText("Delivered")).toBeVisible();
  await expect(log.getByRole("row", { name: /Status changed/ }).getByText("Delivered")).toBeVisible();
});

test("an admin turns an endpoint off, replaces its secret and removes it", async ({ page }) => {
  test.slow();
  const founder = newFounder("Hookedit");
  await signUp(page, founder);
  await page.goto(`/${founder.slug}/settings/webhooks`);
  await page.getByRole("button", { name: "Add endpoint" }).click();
  const dialog = page.getByRole("dialog", { name: "Add endpoint" });
  await dialog.getByLabel("Endpoint URL").fill(receiver.url);
  await dialog.getByRole("button", { name: "Add endpoint" }).click();
  const first = await page.getByRole("dialog", { name: "Endpoint added" }).getByLabel("Signing secret").inputValue();
  await page.getByRole("button", { name: "Done" }).click();

  const endpoint = page.getByRole("main").getByRole("listitem", { name: receiver.url });
  await endpoint.getByRole("button", { name: `Edit ${receiver.url}` }).click();
  const edit = page.getByRole("dialog", { name: "Edit endpoint" });
  await edit.getByLabel("Send events to this endpoint").uncheck();
  await edit.getByRole("checkbox", { name: /KPI archived/ }).check();
  await edit.getByRole("button", { name: "Save endpoint" }).click();
  await expectToast(page, "Endpoint saved.");
  await expect(edit).toBeHidden();
  await expect(endpoint.getByText("Off", { exact: true })).toBeVisible();
  await expect(endpoint.getByRole("list", { name: "Events" })).toContainText("KPI archived");

  await endpoint.getByRole("button", { name: "Rotate secret" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Replace secret" }).click();
  const rotated = page.getByRole("dialog", { name: "New signing secret" });
  const second = await rotated.getByLabel("Signing secret").inputValue();
  expect(second).toMatch(/^whsec_/);
  expect(second).not.toBe(first);
  await rotated.getByRole("button", { name: "Done" }).click();

  // A test event goes even to an endpoint that is off, signed with the new secret.
  await endpoint.getByRole("button", { name: "Send a test event" }).click();
  await verifiedEvent(second, "webhook.test");
  expect(() => new Webhook(first).verify(receiver.received[0]!.body, receiver.received[0]!.headers)).toThrow();

  await endpoint.getByRole("button", { name: "Remove" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove endpoint" }).click();
  await expectToast(page, "Endpoint removed.");
  await expect(page.getByRole("heading", { name: "No endpoints yet" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeFocused();
});

test("only admins see the webhooks page", async ({ page }) => {
  // An executive may read the settings, but webhooks are for admins.
  await signIn(page, "executive@acme.test", "tally-demo-2026");
  await expect(page).toHaveURL(/\/acme$/);
  await page.goto("/acme/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Manage webhooks" })).toHaveCount(0);
  const response = await page.goto("/acme/settings/webhooks");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});
