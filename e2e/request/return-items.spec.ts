import { choosePickup, continueTo, openRequestFlow, reasonIn } from "../support/request-flow";
import { expect, lookUp, test } from "../support/test";

test("returns a cash-on-delivery item to an IBAN", async ({ page, fixtures }) => {
  const order = await fixtures.createOrder({
    paymentType: "pay_on_delivery",
    items: [{ productName: "Rain jacket", deliveredDaysAgo: 2, quantity: 2 }],
  });
  await lookUp(page, order);
  await openRequestFlow(page);

  await page.getByRole("checkbox", { name: /Rain jacket/ }).check();
  await page.getByLabel("How many units of Rain jacket?").selectOption("1");
  await continueTo(page, "Continue", "Details");

  await reasonIn(page, "Why are you returning?", "Wrong size").check();
  await expect(page.getByRole("radio", { name: order.courier.name })).toBeChecked();
  await expect(page.getByRole("radio", { name: /Home/ })).toBeChecked();
  await choosePickup(page);
  await expect(page.getByRole("radio", { name: "To a bank account" })).toBeChecked();

  const iban = page.getByRole("textbox", { name: "IBAN" });
  await iban.pressSequentially("tr330006100519786457841327");
  await expect(iban).toHaveValue("TR33 0006 1005 1978 6457 8413 27");
  await iban.blur();
  await expect(iban).toHaveAttribute("aria-invalid", "true");
  await iban.press("End");
  await iban.press("Backspace");
  await iban.press("6");
  await expect(iban).toHaveValue("TR33 0006 1005 1978 6457 8413 26");
  await expect(iban).not.toHaveAttribute("aria-invalid");
  await expect(page.getByText("The IBAN is valid.")).toBeVisible();
  await page.getByLabel("Account holder").fill("Deniz Test");

  await continueTo(page, "Review request", "Review and send");
  await expect(page.getByText("To TR33 0006 1005 1978 6457 8413 26 (Deniz Test)")).toBeVisible();
  await page.getByRole("button", { name: "Send request" }).click();

  await expect(page.getByRole("heading", { name: "Request received" })).toBeFocused();
  await expect(page.getByText("Return 1 unit")).toBeVisible();
  await expect(page.getByText(/between 12:00 and 15:00/)).toBeVisible();
  const code = await page.getByRole("strong").filter({ hasText: /\S/ }).last().textContent();
  expect(code?.trim()).not.toBe("");

  await page.getByRole("link", { name: "Back to the order" }).last().click();
  const jacket = page.getByRole("article", { name: "Rain jacket" });
  await expect(jacket).toContainText("Return requested for 1 unit");
  await expect(jacket).toContainText(`Return code${code}`);
});

test("returns a card item as loyalty money", async ({ page, fixtures }) => {
  const order = await fixtures.createOrder({
    paymentType: "credit_card",
    items: [{ productName: "Ceramic mug", deliveredDaysAgo: 1 }],
  });
  await lookUp(page, order);
  await openRequestFlow(page);

  await page.getByRole("checkbox", { name: /Ceramic mug/ }).check();
  await continueTo(page, "Continue", "Details");
  await reasonIn(page, "Why are you returning?", "Damaged or defective").check();
  await choosePickup(page);
  await page.getByRole("radio", { name: "As loyalty money" }).check();
  await expect(page.getByRole("textbox", { name: "IBAN" })).toHaveCount(0);

  await continueTo(page, "Review request", "Review and send");
  await expect(page.getByText("As loyalty money")).toBeVisible();
  await page.getByRole("button", { name: "Send request" }).click();

  await expect(page.getByRole("heading", { name: "Request received" })).toBeFocused();
  await expect(page.getByText("Return 1 unit")).toBeVisible();
});

test("offers nothing for an item outside the return window", async ({ page, fixtures }) => {
  const order = await fixtures.createOrder({
    items: [{ productName: "Old boots", deliveredDaysAgo: 40 }],
  });
  await lookUp(page, order);

  await expect(page.getByRole("link", { name: "Cancel or return items" })).toHaveCount(0);
  await expect(page.getByRole("article", { name: "Old boots" })).toContainText(
    "The return period for this item has ended.",
  );
});
