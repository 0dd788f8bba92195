import { continueTo, openRequestFlow, reasonIn } from "../support/request-flow";
import { expect, lookUp, test } from "../support/test";

test("units taken meanwhile flag the quantity", async ({ page, fixtures }) => {
  const order = await fixtures.createOrder({
    items: [{ productName: "Tea glass", quantity: 3 }, { productName: "Tray" }],
  });
  await lookUp(page, order);
  await openRequestFlow(page);

  await page.getByRole("checkbox", { name: /Tray/ }).check();
  await page.getByRole("checkbox", { name: /Tea glass/ }).check();
  await page.getByLabel("How many units of Tea glass?").selectOption("3");
  await continueTo(page, "Continue", "Details");
  await reasonIn(page, "Why are you cancelling?", "Ordered by mistake").check();
  await continueTo(page, "Review request", "Review and send");

  const teaGlass = order.items.find((item) => item.productName === "Tea glass");
  await fixtures.takeUnits(teaGlass!.id, 2, "cancel");
  await page.getByRole("button", { name: "Send 2 requests" }).click();

  const quantity = page.getByLabel("How many units of Tea glass?");
  await expect(quantity).toBeFocused();
  await expect(quantity).toHaveAttribute("aria-invalid", "true");
  await expect(quantity).toHaveAccessibleDescription(
    "Quantity can not be greater than order item quantity.",
  );
  await expect(page.getByRole("alert").first()).toContainText("Nothing was sent");

  await quantity.selectOption("1");
  await continueTo(page, "Continue", "Details");
  await continueTo(page, "Review request", "Review and send");
  await page.getByRole("button", { name: "Send 2 requests" }).click();
  await expect(page.getByRole("heading", { name: "Request received" })).toBeFocused();
});

test("reason withdrawn meanwhile flags the reason", async ({ page, fixtures }) => {
  const reason = await fixtures.createReason({ type: "cancel" });
  const order = await fixtures.createOrder({ items: [{ productName: "Plant pot" }] });
  await lookUp(page, order);
  await openRequestFlow(page);

  await page.getByRole("checkbox", { name: /Plant pot/ }).check();
  await continueTo(page, "Continue", "Details");
  await reasonIn(page, "Why are you cancelling?", reason.subject).check();
  await continueTo(page, "Review request", "Review and send");

  await fixtures.deactivateReason(reason.id);
  await page.getByRole("button", { name: "Send request" }).click();

  const section = page.getByRole("region", { name: "Why are you cancelling?" });
  await expect(page.getByRole("heading", { level: 2, name: "Details" })).toBeVisible();
  await expect(section.getByRole("radiogroup", { name: "Reason" })).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expect(section.getByRole("alert")).toBeVisible();
  await expect(section.locator(":focus")).toHaveCount(1);
});
