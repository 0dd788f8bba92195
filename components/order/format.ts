import { useFormatter } from "next-intl";

/**
 * Returns formatters for the wire formats of the API: money strings such as "109.99" with the
 * order's currency code, ISO timestamps, and calendar dates such as "2024-01-01".
 */
export function useWireFormat() {
  const format = useFormatter();
  return {
    // Number() only feeds the display formatter; no arithmetic is done on money here.
    money: (amount: string, currency: string) =>
      format.number(Number(amount), { style: "currency", currency: currency.toUpperCase() }),
    timestamp: (iso: string) =>
      format.dateTime(new Date(iso), { dateStyle: "long", timeStyle: "short" }),
    date: (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long" }),
    // For an exclusive end such as a return window's closing midnight: the last day inside it.
    lastDayBefore: (iso: string) =>
      format.dateTime(new Date(Date.parse(iso) - 1), { dateStyle: "long" }),
    // A calendar date has no time zone: format noon UTC of that day as a UTC date.
    calendarDate: (date: string) =>
      format.dateTime(new Date(`${date}T12:00:00Z`), {
        weekday: "long",
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      }),
  };
}

/** Returns the badge style for an order or item status code. */
export function statusTone(status: number): "success" | "warning" | "error" | "info" | undefined {
  if (status === 100 || status === 50) return "error";
  if (status === 550) return "success";
  if (status === 600) return "warning";
  if (status >= 500) return "info";
  return undefined;
}
