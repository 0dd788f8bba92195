import { DEMO_ORDERS } from "@/prisma/seed/demo-orders";

import { choosePickup, continueTo, openRequestFlow, reasonIn } from "../support/request-flow";
import { expect, lookUp, test } from "../support/test";

test("attributes and tax details are labelled", async ({ page }) => {
  await lookUp(page, DEMO_ORDERS.cardDeliveredInWindow);

  await expect(page.getByText(/Size: /).first()).toBeVisible();
  await expect(page.getByText(/(^|· )size: /)).toHaveCount(0);
  await expect(page.getByText("Tax office: Zincirlikuyu")).toBeVisible();
  await expect(page.getByText("Tax number: 4710000012")).toBeVisible();
});

test("unknown address has a localized 404", async ({ page }) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Find your order" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Find your order" })).toBeVisible();
});

test("confirmation shows the refund to the bank", async ({ page, fixtures }) => {
  const order = await fixtures.createOrder({
    paymentType: "pay_on_delivery",
    items: [{ productName: "Rain jacket", deliveredDaysAgo: 2 }],
  });
  await lookUp(page, order);
  await openRequestFlow(page);
  await expect(page.getByText(/review your request before you send it/)).toBeVisible();
  await page.getByRole("checkbox", { name: /Rain jacket/ }).check();
  await continueTo(page, "Continue", "Details");
  await reasonIn(page, "Why are you returning?", "Wrong size").check();
  await choosePickup(page);
  await page.getByRole("textbox", { name: "IBAN" }).fill("TR330006100519786457841326");
  await page.getByLabel("Account holder").fill("Deniz Test");
  await continueTo(page, "Review request", "Review and send");
  await page.getByRole("button", { name: "Send request" }).click();

  await expect(page.getByRole("heading", { name: "Request received" })).toBeFocused();
  await expect(page.getByText("To TR33******************1326 (Deniz Test)")).toBeVisible();
  await expect(page.getByText(/review your request before you send it/)).toHaveCount(0);
});

test("confirmation shows a loyalty money refund", async ({ page, fixtures }) => {
  const order = await fixtures.createOrder({
    items: [{ productName: "Linen dress", deliveredDaysAgo: 2 }],
  });
  await lookUp(page, order);
  await openRequestFlow(page);
  await page.getByRole("checkbox", { name: /Linen dress/ }).check();
  await continueTo(page, "Continue", "Details");
  await reasonIn(page, "Why are you returning?", "Wrong size").check();
  await choosePickup(page);
  await page.getByRole("radio", { name: /As loyalty money/ }).check();
  await continueTo(page, "Review request", "Review and send");
  await page.getByRole("button", { name: "Send request" }).click();

  await expect(page.getByRole("heading", { name: "Request received" })).toBeFocused();
  await expect(page.getByRole("definition").filter({ hasText: "As loyalty money" })).toBeVisible();
});

test("favicon is served", async ({ request }) => {
  const response = await request.get("/icon.svg");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("image/svg+xml");
});
