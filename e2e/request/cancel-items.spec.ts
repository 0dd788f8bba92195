import { continueTo, openRequestFlow, reasonIn } from "../support/request-flow";
import { expect, lookUp, test } from "../support/test";

test("cancels part of a multi-unit item", async ({ page, fixtures }) => {
  const order = await fixtures.createOrder({
    items: [{ productName: "Bath towel", quantity: 3 }, { productName: "Soap dish" }],
  });
  await lookUp(page, order);
  await openRequestFlow(page);

  await page.getByRole("checkbox", { name: /Bath towel/ }).check();
  await page.getByLabel("How many units of Bath towel?").selectOption("2");
  await continueTo(page, "Continue", "Details");

  await reasonIn(page, "Why are you cancelling?", "I changed my mind").check();
  await continueTo(page, "Review request", "Review and send");
  await expect(page.getByRole("listitem").filter({ hasText: "Bath towel" })).toContainText(
    "Cancel 2 units",
  );

  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByRole("heading", { name: "Request received" })).toBeFocused();
  await expect(page.getByText("Cancel 2 units")).toBeVisible();

  await page.getByRole("link", { name: "Back to the order" }).last().click();
  const towel = page.getByRole("article", { name: "Bath towel" });
  await expect(towel).toContainText("Cancellation requested for 2 units");
  await expect(towel).toContainText("You can cancel 1 of 3 units.");
});

test("asks for an item before continuing", async ({ page, fixtures }) => {
  const order = await fixtures.createOrder({});
  await lookUp(page, order);
  await openRequestFlow(page);

  await page.getByRole("button", { name: "Continue" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Choose at least one item" });
  await expect(alert).toBeFocused();
});

test("requires a description for the Other reason", async ({ page, fixtures }) => {
  const order = await fixtures.createOrder({ items: [{ productName: "Desk lamp" }] });
  await lookUp(page, order);
  await openRequestFlow(page);

  await page.getByRole("checkbox", { name: /Desk lamp/ }).check();
  await continueTo(page, "Continue", "Details");
  await reasonIn(page, "Why are you cancelling?", "Other").check();
  await page.getByRole("button", { name: "Review request" }).click();

  const description = page.getByLabel("Tell us more", { exact: true });
  await expect(description).toBeFocused();
  await expect(description).toHaveAttribute("aria-invalid", "true");
  await description.fill("The lamp is the wrong colour for my room.");
  await continueTo(page, "Review request", "Review and send");
});
