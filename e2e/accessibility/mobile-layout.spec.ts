import type { Page } from "@playwright/test";

import { DEMO_ORDERS } from "@/prisma/seed/demo-orders";

import { openRequestFlow } from "../support/request-flow";
import { expect, lookUp, test } from "../support/test";

// Comfortable at 360 px: no horizontal scrolling and touch targets of at least 44 px.
test.use({ viewport: { width: 360, height: 740 } });

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

async function expectLargeTargets(page: Page) {
  const small = await page.evaluate(() =>
    [...document.querySelectorAll("button, .button, input, select, textarea, .choice")]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        const isInsideChoice = element.closest(".choice") !== null && element.tagName === "INPUT";
        return box.width > 0 && !isInsideChoice && box.height < 44;
      })
      .map((element) => element.outerHTML.slice(0, 80)),
  );
  expect(small).toEqual([]);
}

test("pages fit 360 px", async ({ page }) => {
  await page.goto("/");
  await expectNoHorizontalScroll(page);
  await expectLargeTargets(page);

  await lookUp(page, DEMO_ORDERS.splitShipment);
  await expectNoHorizontalScroll(page);

  await lookUp(page, DEMO_ORDERS.cardDeliveredInWindow);
  await openRequestFlow(page);
  await expectNoHorizontalScroll(page);
  await expectLargeTargets(page);
});
