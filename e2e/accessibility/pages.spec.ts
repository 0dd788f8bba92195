import type { Page, TestInfo } from "@playwright/test";

import { DEMO_ORDERS } from "@/prisma/seed/demo-orders";

import { choosePickup, continueTo, openRequestFlow, reasonIn } from "../support/request-flow";
import { expect, expectNoAxeViolations, lookUp, test } from "../support/test";

// Every page and step passes axe, and its screenshot for each project is saved for the README
// as docs/screenshots/<page>-<project>.png.
async function capture(page: Page, testInfo: TestInfo, name: string) {
  await expectNoAxeViolations(page);
  await page.screenshot({
    path: `docs/screenshots/${name}-${testInfo.project.name}.png`,
    fullPage: true,
    animations: "disabled",
    caret: "hide",
  });
}

test("lookup page", async ({ page }, testInfo) => {
  await page.goto("/");
  await capture(page, testInfo, "lookup");

  await page.getByRole("button", { name: "Find order" }).click();
  await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await page.goto("/?reason=expired");
  await expect(page.getByRole("status")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("order page", async ({ page }, testInfo) => {
  await lookUp(page, DEMO_ORDERS.openReturnRequest);
  await expect(page.getByText("Return code").first()).toBeVisible();
  await capture(page, testInfo, "order");
});

test("order page in Turkish", async ({ page }, testInfo) => {
  await page
    .context()
    .addCookies([{ name: "NEXT_LOCALE", value: "tr", url: process.env.E2E_APP_URL ?? "" }]);
  await page.goto("/");
  await page.getByLabel("E-posta adresi").fill(DEMO_ORDERS.splitShipment.email);
  await page.getByLabel("Sipariş numarası").fill(DEMO_ORDERS.splitShipment.number);
  await page.getByRole("button", { name: "Siparişi bul" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("numaralı sipariş");
  await capture(page, testInfo, "order-tr");
});

test("request steps and confirmation", async ({ page, fixtures }, testInfo) => {
  await lookUp(page, DEMO_ORDERS.cardDeliveredInWindow);
  await openRequestFlow(page);
  await capture(page, testInfo, "request-select");

  const order = await fixtures.createOrder({
    paymentType: "pay_on_delivery",
    items: [
      { productName: "Rain jacket", deliveredDaysAgo: 2, quantity: 2 },
      { productName: "Wool socks", deliveredDaysAgo: 2 },
    ],
  });
  await lookUp(page, order);
  await openRequestFlow(page);
  await page.getByRole("checkbox", { name: /Rain jacket/ }).check();
  await continueTo(page, "Continue", "Details");
  await page.getByRole("button", { name: "Review request" }).click();
  await expect(
    page.getByRole("region", { name: "Why are you returning?" }).getByRole("radiogroup"),
  ).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await reasonIn(page, "Why are you returning?", "Wrong size").check();
  await choosePickup(page);
  await page.getByRole("textbox", { name: "IBAN" }).fill("TR33 0006 1005 1978 6457 8413 26");
  await page.getByLabel("Account holder").fill("Deniz Test");
  await capture(page, testInfo, "request-details");

  await continueTo(page, "Review request", "Review and send");
  await capture(page, testInfo, "request-review");

  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByRole("heading", { name: "Request received" })).toBeFocused();
  await capture(page, testInfo, "confirmation");
});
