import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { OrderDetails } from "@/components/order/order-details";
import { loadSessionOrder } from "@/lib/guest-portal/load-session-order";

interface OrderPageProps {
  params: Promise<{ number: string }>;
}

export async function generateMetadata({ params }: OrderPageProps): Promise<Metadata> {
  const [{ number }, t] = await Promise.all([params, getTranslations("order")]);
  return { title: t("title", { number: decodeURIComponent(number) }) };
}

/**
 * `/orders/<number>/`: the order as the lookup API returns it, for a browser whose session
 * proved it. Without such a session the shopper is sent back to the lookup form.
 */
export default async function OrderPage({ params }: OrderPageProps) {
  const { number } = await params;
  const order = await loadSessionOrder(decodeURIComponent(number));
  if (!order) redirect("/?reason=expired");

  const t = await getTranslations("order");
  return (
    <>
      <p className="small">
        <Link href="/">{t("findAnother")}</Link>
      </p>
      <h1>{t("heading", { number: order.number })}</h1>
      <OrderDetails order={order} />
    </>
  );
}
