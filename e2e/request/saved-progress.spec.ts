import type { Page } from "@playwright/test";

import { continueTo, openRequestFlow, reasonIn } from "../support/request-flow";
import { expect, lookUp, test } from "../support/test";

/** Chooses the order's only item and a reason, and stops on the review step. */
async function fillUpToReview(page: Page, productName: string) {
  await openRequestFlow(page);
  await page.getByRole("checkbox", { name: new RegExp(productName) }).check();
  await continueTo(page, "Continue", "Details");
  await reasonIn(page, "Why are you cancelling?", "I changed my mind").check();
  await page.getByLabel("Tell us more (optional)").fill("Found it cheaper nearby");
  await continueTo(page, "Review request", "Review and send");
}

test("Back and Forward move between steps", async ({ page, fixtures }) => {
  const order = await fixtures.createOrder({ items: [{ productName: "Bread bin" }] });
  await lookUp(page, order);
  await openRequestFlow(page);
  await page.getByRole("checkbox", { name: /Bread bin/ }).check();
  await continueTo(page, "Continue", "Details");
  await expect(page).toHaveURL(/\?step=details$/);
  await reasonIn(page, "Why are you cancelling?", "I changed my mind").check();

  await page.goBack();
  await expect(page.getByRole("heading", { level: 2, name: "Choose items" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /Bread bin/ })).toBeChecked();

  await page.goForward();
  await expect(page.getByRole("heading", { level: 2, name: "Details" })).toBeVisible();
  await expect(reasonIn(page, "Why are you cancelling?", "I changed my mind")).toBeChecked();
});

test("reload keeps the review step", async ({ page, fixtures }) => {
  const order = await fixtures.createOrder({
    items: [{ productName: "Cake stand" }, { productName: "Tea towel" }],
  });
  await lookUp(page, order);
  await fillUpToReview(page, "Cake stand");

  await page.reload();

  await expect(page.getByRole("heading", { level: 2, name: "Review and send" })).toBeVisible();
  await expect(page.getByText("Found it cheaper nearby")).toBeVisible();
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByRole("heading", { name: "Request received" })).toBeFocused();

  // The sent request's values are gone, so a new flow starts empty.
  await page.goto(`/orders/${order.number}/request/?step=review`);
  await expect(page.getByRole("heading", { level: 2, name: "Choose items" })).toBeVisible();
  await expect(page).toHaveURL(`/orders/${order.number}/request/`);
});

test("review without saved values starts over", async ({ page, fixtures }) => {
  const order = await fixtures.createOrder({ items: [{ productName: "Fruit bowl" }] });
  await lookUp(page, order);
  await page.goto(`/orders/${order.number}/request/?step=review`);

  await expect(page.getByRole("heading", { level: 2, name: "Choose items" })).toBeVisible();
  await expect(page).toHaveURL(`/orders/${order.number}/request/`);
});

test("session lost before sending keeps the request", async ({ page, context, fixtures }) => {
  const order = await fixtures.createOrder({ items: [{ productName: "Salt mill" }] });
  await lookUp(page, order);
  await fillUpToReview(page, "Salt mill");

  await context.clearCookies({ name: "guest_session" });
  await page.getByRole("button", { name: "Send request" }).click();

  await expect(page).toHaveURL(`/?reason=expired-unsent&order=${order.number}`);
  await expect(page.getByRole("status")).toContainText("so it was not sent");
  await expect(page.getByLabel("Order number")).toHaveValue(order.number);

  await page.getByLabel("Email address").fill(order.email);
  await page.getByRole("button", { name: "Find order" }).click();

  await expect(page.getByRole("heading", { level: 2, name: "Review and send" })).toBeVisible();
  await expect(page.getByText("Found it cheaper nearby")).toBeVisible();
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByRole("heading", { name: "Request received" })).toBeFocused();
});
