import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { OrderDetails } from "@/components/order/order-details";
import { loadSessionOrder, readSessionCookieState } from "@/lib/guest-portal/load-session-order";
import { lookupPath, lookupReasonFor } from "@/lib/guest-portal/lookup-reason";

interface OrderPageProps {
  params: Promise<{ number: string }>;
}

export async function generateMetadata({ params }: OrderPageProps): Promise<Metadata> {
  const [{ number }, t] = await Promise.all([params, getTranslations("order")]);
  return { title: t("title", { number: decodeURIComponent(number) }) };
}

/**
 * `/orders/<number>/`: the order as the lookup API returns it, for a browser whose session
 * proved it. Without such a session the shopper is sent to the lookup form, with the number
 * filled in.
 */
export default async function OrderPage({ params }: OrderPageProps) {
  const number = decodeURIComponent((await params).number);
  const order = await loadSessionOrder(number);
  if (!order) {
    redirect(lookupPath(lookupReasonFor(await readSessionCookieState(), false), number));
  }

  const t = await getTranslations("order");
  return (
    <>
      <p className="small">
        <Link className="link-target" href="/">
          {t("findAnother")}
        </Link>
      </p>
      <h1>{t("heading", { number: order.number })}</h1>
      <OrderDetails order={order} />
    </>
  );
}
