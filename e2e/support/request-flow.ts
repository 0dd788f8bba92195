import type { Page } from "@playwright/test";

import { expect } from "./test";

/** Opens the cancel-or-return flow from the order page. */
export async function openRequestFlow(page: Page) {
  await page.getByRole("link", { name: "Cancel or return items" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Choose items" })).toBeVisible();
}

export async function continueTo(page: Page, button: string, nextHeading: string) {
  await page.getByRole("button", { name: button }).click();
  const heading = page.getByRole("heading", { level: 2, name: nextHeading });
  await expect(heading).toBeFocused();
}

export function reasonIn(page: Page, section: string, reason: string) {
  return page.getByRole("region", { name: section }).getByRole("radio", { name: reason });
}

/** Fills the pickup: the first offered date after tomorrow and the 12:00–15:00 slot. */
export async function choosePickup(page: Page) {
  await page.getByLabel("Pickup date").selectOption({ index: 2 });
  await page.getByRole("radio", { name: "12:00–15:00" }).check();
}
