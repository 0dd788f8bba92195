import type { Locator, Page } from "@playwright/test";

import { expect, test } from "../support/test";

/** Presses Tab until `target` has focus, as a keyboard user would, failing after 40 presses. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 40; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

test("keyboard-only cancellation", async ({ page, fixtures }) => {
  const order = await fixtures.createOrder({ items: [{ productName: "Glass vase" }] });
  await page.goto("/");

  await tabTo(page, page.getByLabel("Email address"));
  await page.keyboard.type(order.email);
  await tabTo(page, page.getByLabel("Order number"));
  await page.keyboard.type(order.number);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Order ${order.number}`);

  await tabTo(page, page.getByRole("link", { name: "Cancel or return items" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Choose items" })).toBeVisible();

  await tabTo(page, page.getByRole("checkbox", { name: /Glass vase/ }));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Continue" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Details" })).toBeFocused();

  await tabTo(page, page.getByRole("radio", { name: "I changed my mind" }));
  await page.keyboard.press("Space");
  await expect(page.getByRole("radio", { name: "I changed my mind" })).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Review request" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Review and send" })).toBeFocused();

  await tabTo(page, page.getByRole("button", { name: "Send request" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Request received" })).toBeFocused();
});
