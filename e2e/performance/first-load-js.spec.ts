import type { Page, Response } from "@playwright/test";

import { DEMO_ORDERS } from "@/prisma/seed/demo-orders";

import { expect, lookUp, test } from "../support/test";

// Next.js 16 no longer prints first-load JavaScript sizes in `next build`, so this measures
// them in the browser: every script a page loads before it is interactive, as sent over the
// wire (gzip) and after decompression.
// A budget for the decompressed JavaScript of one page, to catch a large dependency slipping
// into the browser bundle. NOTE: set about 20% above the largest page measured when the pages
// were written (670 kB), not derived from a performance target.
const BUDGET_BYTES = 800 * 1024;

async function measureScripts(page: Page, navigate: () => Promise<void>) {
  const scripts: Array<{ url: string; wire: number; decoded: number }> = [];
  const collect = async (response: Response) => {
    if (response.request().resourceType() !== "script") return;
    const sizes = await response.request().sizes();
    const body = await response.body().catch(() => Buffer.alloc(0));
    scripts.push({ url: response.url(), wire: sizes.responseBodySize, decoded: body.length });
  };
  const pending: Array<Promise<void>> = [];
  const listener = (response: Response) => {
    pending.push(collect(response));
  };
  page.on("response", listener);
  await navigate();
  await page.waitForLoadState("networkidle");
  page.off("response", listener);
  await Promise.all(pending);
  return {
    files: scripts.length,
    wire: scripts.reduce((sum, script) => sum + script.wire, 0),
    decoded: scripts.reduce((sum, script) => sum + script.decoded, 0),
  };
}

test("first-load JavaScript per page", async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "The sizes do not depend on the device.");
  const results: Record<string, { files: number; wire: number; decoded: number }> = {};
  const baseURL = process.env.E2E_APP_URL;

  // Each page is measured in a new context, whose empty cache makes it load every script.
  const lookupContext = await browser.newContext({ baseURL });
  const lookupPage = await lookupContext.newPage();
  results["/"] = await measureScripts(lookupPage, async () => {
    await lookupPage.goto("/");
  });
  await lookUp(lookupPage, DEMO_ORDERS.splitShipment);
  const orderPath = new URL(lookupPage.url()).pathname;
  const storageState = await lookupContext.storageState();
  await lookupContext.close();

  for (const [route, path] of [
    ["/orders/[number]/", orderPath],
    ["/orders/[number]/request/", `${orderPath}request/`],
  ] as const) {
    const context = await browser.newContext({ baseURL, storageState });
    const page = await context.newPage();
    results[route] = await measureScripts(page, async () => {
      await page.goto(path);
    });
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await context.close();
  }

  const table = Object.entries(results)
    .map(
      ([route, size]) =>
        `${route.padEnd(28)} ${String(size.files).padStart(3)} files ` +
        `${(size.wire / 1024).toFixed(1).padStart(7)} kB gzip ` +
        `${(size.decoded / 1024).toFixed(1).padStart(7)} kB decoded`,
    )
    .join("\n");
  console.log(`First-load JavaScript:\n${table}`);
  await testInfo.attach("first-load-js.json", {
    body: JSON.stringify(results, null, 2),
    contentType: "application/json",
  });

  for (const [route, size] of Object.entries(results)) {
    expect(size.decoded, route).toBeLessThan(BUDGET_BYTES);
  }
});
