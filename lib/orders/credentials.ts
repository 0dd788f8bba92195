/** The largest order number and email accepted, to reject absurd input before any query. */
export const MAX_EMAIL_LENGTH = 254;
export const MAX_ORDER_NUMBER_LENGTH = 64;

/** Emails match case-insensitively and without surrounding spaces. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function normalizeOrderNumber(number: string): string {
  return number.trim();
}

/**
 * Whether an order is a guest's order with this email. A registered user's order never
 * matches, so guest lookup cannot reveal it.
 */
export function isGuestOrderOf(
  order: { userEmail: string; user: { userType: string } },
  email: string,
): boolean {
  return (
    order.user.userType === "guest" && normalizeEmail(order.userEmail) === normalizeEmail(email)
  );
}
