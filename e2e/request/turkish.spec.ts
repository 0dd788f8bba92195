import { expect, test } from "../support/test";

// The browser requests Turkish, so every page and the API's messages follow Accept-Language.
test.use({ locale: "tr-TR" });

test("whole flow in Turkish", async ({ page, fixtures }) => {
  const order = await fixtures.createOrder({
    paymentType: "pay_on_delivery",
    items: [
      { productName: "Havlu", quantity: 2 },
      { productName: "Kupa", deliveredDaysAgo: 1, status: 550 },
    ],
  });

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Siparişinizi bulun");
  await page.getByLabel("E-posta adresi").fill("gecersiz");
  await page.getByLabel("Sipariş numarası").fill(order.number);
  await page.getByRole("button", { name: "Siparişi bul" }).click();
  await expect(page.getByLabel("E-posta adresi")).toHaveAccessibleDescription(/geçerli/i);
  await page.getByLabel("E-posta adresi").fill(order.email);
  await page.getByRole("button", { name: "Siparişi bul" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `${order.number} numaralı sipariş`,
  );
  await page.getByRole("link", { name: "Ürünleri iptal et veya iade et" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Ürünleri seçin" })).toBeVisible();

  await page.getByRole("checkbox", { name: /Havlu/ }).check();
  await page.getByRole("button", { name: "Devam" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Ayrıntılar" })).toBeFocused();
  await page
    .getByRole("region", { name: "Neden iptal ediyorsunuz?" })
    .getByRole("radio", { name: "Fikrimi değiştirdim" })
    .check();
  await page.getByRole("button", { name: "Talebi kontrol et" }).click();
  await expect(
    page.getByRole("heading", { level: 2, name: "Kontrol edip gönderin" }),
  ).toBeFocused();
  await expect(page.getByText("2 adet iptal")).toBeVisible();

  await page.getByRole("button", { name: "Talebi gönder" }).click();
  await expect(page.getByRole("heading", { name: "Talebiniz alındı" })).toBeFocused();
  await expect(page.getByText("Açık")).toBeVisible();
});
