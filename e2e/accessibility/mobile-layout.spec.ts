import type { Page } from "@playwright/test";

import { DEMO_ORDERS } from "@/prisma/seed/demo-orders";

import { choosePickup, continueTo, openRequestFlow, reasonIn } from "../support/request-flow";
import { expect, lookUp, test } from "../support/test";

// Comfortable at 360 px: no horizontal scrolling and touch targets of at least 44 px.
test.use({ viewport: { width: 360, height: 740 } });

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/**
 * Measures every visible link, button and form control. Radios and checkboxes count through
 * the label around them, and the skip link only while it is focused.
 */
async function expectLargeTargets(page: Page) {
  const small = await page.evaluate(() =>
    [...document.querySelectorAll("a, button, .button, input, select, textarea, .choice")]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        const isInsideChoice = element.closest(".choice") !== null && element.tagName === "INPUT";
        const isSkipLink = element.classList.contains("skip-link");
        return box.width > 0 && !isInsideChoice && !isSkipLink && box.height < 44;
      })
      .map((element) => element.outerHTML.slice(0, 80)),
  );
  expect(small).toEqual([]);
}

async function expectPageFits(page: Page) {
  await expectNoHorizontalScroll(page);
  await expectLargeTargets(page);
}

test("pages fit 360 px", async ({ page }) => {
  await page.goto("/");
  await expectPageFits(page);

  await lookUp(page, DEMO_ORDERS.splitShipment);
  await expectPageFits(page);

  await lookUp(page, DEMO_ORDERS.shippedWithTracking);
  await expectPageFits(page);

  await lookUp(page, DEMO_ORDERS.openReturnRequest);
  await expectPageFits(page);

  await lookUp(page, DEMO_ORDERS.cardDeliveredInWindow);
  await openRequestFlow(page);
  await expectPageFits(page);

  await page.goto("/no-such-page/");
  await expectPageFits(page);
});

test("request steps fit 360 px", async ({ page, fixtures }) => {
  const order = await fixtures.createOrder({
    paymentType: "pay_on_delivery",
    items: [{ productName: "Rain jacket", deliveredDaysAgo: 2 }],
  });
  await lookUp(page, order);
  await openRequestFlow(page);
  await page.getByRole("checkbox", { name: /Rain jacket/ }).check();
  await continueTo(page, "Continue", "Details");
  await reasonIn(page, "Why are you returning?", "Wrong size").check();
  await choosePickup(page);
  const iban = page.getByRole("textbox", { name: "IBAN" });
  await iban.fill("TR330006100519786457841326");
  await page.getByLabel("Account holder").fill("Deniz Test");
  await expectPageFits(page);

  // The whole grouped IBAN is visible in its box.
  await expect(iban).toHaveValue("TR33 0006 1005 1978 6457 8413 26");
  const ibanOverflow = await iban.evaluate((input) => input.scrollWidth - input.clientWidth);
  expect(ibanOverflow).toBeLessThanOrEqual(0);

  // Each pickup slot stays on one line.
  for (const slot of await page
    .getByRole("radiogroup", { name: "Pickup time" })
    .locator("label")
    .all()) {
    expect((await slot.boundingBox())?.height).toBeLessThan(48);
  }

  await continueTo(page, "Review request", "Review and send");
  await expectPageFits(page);
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByRole("heading", { name: "Request received" })).toBeFocused();
  await expectPageFits(page);
});

test("Turkish header fits one row", async ({ page }) => {
  await page
    .context()
    .addCookies([{ name: "NEXT_LOCALE", value: "tr", url: process.env.E2E_APP_URL ?? "" }]);
  await page.goto("/");

  const brand = await page.getByRole("link", { name: "Misafir siparişleri" }).boundingBox();
  const switcher = await page.getByRole("navigation", { name: "Dil" }).boundingBox();
  expect(brand).not.toBeNull();
  expect(switcher).not.toBeNull();
  expect(
    Math.abs(brand!.y + brand!.height / 2 - (switcher!.y + switcher!.height / 2)),
  ).toBeLessThan(4);
});
