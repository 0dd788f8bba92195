import { randomInt } from "node:crypto";

import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

import type { OrderSpec } from "@/tests/support/factories";

export { expect };

/** An order made for one test by the fixtures endpoint, with its lookup credentials. */
export interface TestOrder {
  id: number;
  email: string;
  number: string;
  items: Array<{ id: number; productName: string; quantity: number }>;
  shippingAddressId: number;
  courier: { id: number; name: string };
}

export interface Fixtures {
  createOrder(spec: OrderSpec): Promise<TestOrder>;
  createReason(spec: {
    type: "cancel" | "refund";
    extraInformationNeeded?: boolean;
  }): Promise<{ id: number; subject: string }>;
  deactivateReason(id: number): Promise<void>;
  /** Puts units of an item into an open request, as another browser would. */
  takeUnits(itemId: number, quantity: number, cancellationType: "cancel" | "refund"): Promise<void>;
}

async function post<Result>(path: string, body: unknown = {}): Promise<Result> {
  const response = await fetch(`${process.env.E2E_FIXTURES_URL}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`fixture ${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as Result;
}

/**
 * Playwright's test with the data fixtures, and with every test sending its own client address
 * (see e2e/support/server.ts), so the lookup's per-address rate limit never spans tests.
 */
export const test = base.extend<{ fixtures: Fixtures }>({
  extraHTTPHeaders: async ({ extraHTTPHeaders }, provide) => {
    const address = `198.18.${randomInt(0, 256)}.${randomInt(1, 255)}`;
    await provide({ ...extraHTTPHeaders, "x-e2e-client-address": address });
  },
  fixtures: async ({}, provide) => {
    await provide({
      createOrder: (spec) => post<TestOrder>("/orders", spec),
      createReason: (spec) => post("/reasons", spec),
      deactivateReason: (id) => post(`/reasons/${id}/deactivate`),
      takeUnits: (itemId, quantity, cancellationType) =>
        post(`/order-items/${itemId}/requests`, { quantity, cancellationType }),
    });
  },
});

/** Looks an order up through the form and waits for its page. */
export async function lookUp(page: Page, order: { email: string; number: string }) {
  await page.goto("/");
  await page.getByLabel("Email address").fill(order.email);
  await page.getByLabel("Order number").fill(order.number);
  await page.getByRole("button", { name: "Find order" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Order ${order.number}` }),
  ).toBeVisible();
}

/** Runs axe on the page as it is now and expects no WCAG A or AA violations. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  expect(
    results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    ),
  ).toEqual([]);
}
