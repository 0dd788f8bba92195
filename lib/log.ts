import pino from "pino";

/**
 * The app's structured logger: one JSON line per event on stdout. Request handlers log through
 * a child carrying the request id. Emails, IBANs and tokens go through the mask helpers below,
 * never in full.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: "guest-order-portal" },
  redact: {
    paths: ["email", "iban", "token", "*.email", "*.iban", "*.token", "*.holder_name"],
    censor: "[redacted]",
  },
});

export type Logger = pino.Logger;

/** Keeps the first letter and the domain: "jane.doe@example.com" becomes "j***@example.com". */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "***";
  return `${email[0]}***${email.slice(at)}`;
}

/** Keeps the country code and the last four characters: "TR33…1326". */
export function maskIban(iban: string): string {
  const compact = iban.replace(/\s+/g, "");
  if (compact.length < 8) return "***";
  return `${compact.slice(0, 2)}…${compact.slice(-4)}`;
}
