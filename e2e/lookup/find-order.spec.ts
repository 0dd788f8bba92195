import { expect, lookUp, test } from "../support/test";

test.describe("find your order", () => {
  test("unknown order shows one message for both fields", async ({ page, fixtures }) => {
    const order = await fixtures.createOrder({});
    await page.goto("/");
    await page.getByLabel("Email address").fill(order.email);
    await page.getByLabel("Order number").fill(`8${order.number.slice(1)}`);
    await page.getByRole("button", { name: "Find order" }).click();

    const alert = page.getByRole("alert").filter({ hasText: "could not find an order" });
    await expect(alert).toBeVisible();
    await expect(alert).toBeFocused();
    await expect(page.getByLabel("Email address")).not.toHaveAttribute("aria-invalid");
    await expect(page.getByLabel("Order number")).not.toHaveAttribute("aria-invalid");
    await expect(page).toHaveURL("/");
  });

  test("throttled lookup says when to retry", async ({ page, fixtures }) => {
    const order = await fixtures.createOrder({});
    const limit = Number(process.env.LOOKUP_RATE_LIMIT_MAX);
    const csrf = await page.request.get("/api/csrf/");
    const { csrftoken } = (await csrf.json()) as { csrftoken: string };
    for (let attempt = 0; attempt < limit; attempt += 1) {
      await page.request.post("/users/orders/anonymous/", {
        headers: { "x-csrftoken": csrftoken },
        data: { email: "someone-else@example.com", order: order.number },
      });
    }

    await page.goto("/");
    await page.getByLabel("Email address").fill(order.email);
    await page.getByLabel("Order number").fill(order.number);
    await page.getByRole("button", { name: "Find order" }).click();

    const alert = page.getByRole("alert").filter({ hasText: "Too many attempts" });
    await expect(alert).toBeFocused();
    await expect(alert).toContainText(/try again in \d+ minutes?/);
  });

  test("network failure has its own message", async ({ page, fixtures }) => {
    const order = await fixtures.createOrder({});
    await page.route("**/users/orders/anonymous/", (route) => route.abort("internetdisconnected"));
    await page.goto("/");
    await page.getByLabel("Email address").fill(order.email);
    await page.getByLabel("Order number").fill(order.number);
    await page.getByRole("button", { name: "Find order" }).click();

    const alert = page.getByRole("alert").filter({ hasText: "could not reach the server" });
    await expect(alert).toBeFocused();
    await expect(page.getByRole("button", { name: "Find order" })).toBeEnabled();
  });

  test("malformed email is flagged as typed", async ({ page }) => {
    await page.goto("/");
    const email = page.getByLabel("Email address");
    await email.fill("not-an-email");
    await email.blur();

    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAccessibleDescription(/Enter a valid email address/);
    await email.fill("guest@example.com");
    await expect(email).not.toHaveAttribute("aria-invalid");
  });

  test("empty form focuses the first error", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Find order" }).click();

    await expect(page.getByLabel("Email address")).toBeFocused();
    await expect(page.getByLabel("Email address")).toHaveAccessibleDescription(/required/);
    await expect(page.getByLabel("Order number")).toHaveAttribute("aria-invalid", "true");
  });

  test("lookup opens the order page", async ({ page, fixtures }) => {
    const order = await fixtures.createOrder({
      items: [{ productName: "Linen shirt", quantity: 2 }, { productName: "Wool scarf" }],
    });
    await page.goto("/");
    await page.getByLabel("Email address").fill(`  ${order.email.toUpperCase()} `);
    await page.getByLabel("Order number").fill(` ${order.number} `);
    await page.getByRole("button", { name: "Find order" }).click();

    await expect(page).toHaveURL(`/orders/${order.number}/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Order ${order.number}`);
    await expect(page.getByRole("heading", { name: "Linen shirt" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Wool scarf" })).toBeVisible();
    await expect(page.getByText("You can cancel 2 of 2 units.")).toBeVisible();
  });

  test("expired session returns to the lookup", async ({ page, context, fixtures }) => {
    const order = await fixtures.createOrder({});
    await lookUp(page, order);

    // A cookie that no longer verifies, as one signed before a key change or edited by hand.
    await context.addCookies([
      { name: "guest_session", value: "e30.invalid", domain: "127.0.0.1", path: "/" },
    ]);
    await page.reload();

    await expect(page).toHaveURL(`/?reason=expired&order=${order.number}`);
    await expect(page.getByRole("status")).toContainText("Your session has ended");
    await expect(page.getByRole("heading", { level: 1, name: "Find your order" })).toBeVisible();
  });

  test("order page needs a lookup first", async ({ page, fixtures }) => {
    const order = await fixtures.createOrder({});
    await page.goto(`/orders/${order.number}/`);

    await expect(page).toHaveURL(`/?reason=lookup&order=${order.number}`);
    await expect(page.getByRole("status")).toHaveText(
      "Enter your email address and order number to see this order.",
    );
    await expect(page.getByLabel("Order number")).toHaveValue(order.number);

    await page.getByLabel("Email address").fill(order.email);
    await page.getByRole("button", { name: "Find order" }).click();
    await expect(page).toHaveURL(`/orders/${order.number}/`);
  });

  test("session of another order asks for a lookup", async ({ page, fixtures }) => {
    const [mine, other] = await Promise.all([fixtures.createOrder({}), fixtures.createOrder({})]);
    await lookUp(page, mine);
    await page.goto(`/orders/${other.number}/`);

    await expect(page).toHaveURL(`/?reason=lookup&order=${other.number}`);
    await expect(page.getByRole("status")).not.toContainText("session");
  });

  test("grouped order number is accepted", async ({ page, fixtures }) => {
    const order = await fixtures.createOrder({});
    const grouped = order.number.replace(/(.{4})(?=.)/g, "$1 ");
    await page.goto("/");
    await page.getByLabel("Email address").fill(order.email);
    await page.getByLabel("Order number").fill(grouped);
    await page.getByRole("button", { name: "Find order" }).click();

    await expect(page).toHaveURL(`/orders/${order.number}/`);
  });

  test("language switcher remembers Turkish", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Türkçe" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Siparişinizi bulun");
    await expect(page.locator("html")).toHaveAttribute("lang", "tr");
    await expect(page.getByRole("button", { name: "Türkçe" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await page.reload();
    await expect(page.getByLabel("E-posta adresi")).toBeVisible();
  });
});
