import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { RequestFlow } from "@/components/request/request-flow";
import {
  loadCancellationReasons,
  loadSessionOrder,
  readSessionCookieState,
} from "@/lib/guest-portal/load-session-order";
import { lookupPath, lookupReasonFor } from "@/lib/guest-portal/lookup-reason";
import { hasRequestableItems } from "@/lib/guest-portal/order-view";
import { toRequestFlowOrder, type RequestReason } from "@/lib/guest-portal/request-view";
import { parseRequestStep } from "@/lib/guest-portal/saved-request";

interface RequestPageProps {
  params: Promise<{ number: string }>;
  searchParams: Promise<{ step?: string | string[] }>;
}

export async function generateMetadata({ params }: RequestPageProps): Promise<Metadata> {
  const [{ number }, t] = await Promise.all([params, getTranslations("request")]);
  return { title: t("title", { number: decodeURIComponent(number) }) };
}

/**
 * `/orders/<number>/request/`: the cancel-or-return flow. The order and the reasons are loaded
 * here on the server; the flow itself is the only client component of the page. A session that
 * ends past the first step (the flow reloads the page when a send is rejected for it) sends the
 * shopper to the lookup with word that the request was not sent.
 */
export default async function RequestPage({ params, searchParams }: RequestPageProps) {
  const [{ number: encodedNumber }, { step }] = await Promise.all([params, searchParams]);
  const number = decodeURIComponent(encodedNumber);
  const order = await loadSessionOrder(number);
  if (!order) {
    const inFlow = typeof step === "string" && parseRequestStep(step) !== "select";
    redirect(lookupPath(lookupReasonFor(await readSessionCookieState(), inFlow), number));
  }
  const orderPath = `/orders/${encodeURIComponent(order.number)}/`;
  if (!hasRequestableItems(order)) redirect(orderPath);

  const [t, reasons] = await Promise.all([getTranslations("request"), loadCancellationReasons()]);
  const flowReasons: RequestReason[] = reasons.map((reason) => ({
    id: reason.id,
    subject: reason.subject,
    type: reason.cancellation_type,
    extraInformationNeeded: reason.extra_information_needed,
  }));

  return (
    <>
      <p className="small">
        <Link className="link-target" href={orderPath}>
          {t("backToOrder")}
        </Link>
      </p>
      <h1>{t("heading")}</h1>
      <RequestFlow order={toRequestFlowOrder(order)} reasons={flowReasons} />
    </>
  );
}
