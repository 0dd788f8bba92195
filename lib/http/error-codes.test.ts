import { describe, expect, it } from "vitest";

import { LOCALES } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";

import { ERROR_CODES } from "./error-codes";

describe("error code table", () => {
  const codes = Object.keys(ERROR_CODES);

  it.each(LOCALES)("has a message for every code in %s", (locale) => {
    const errors = loadMessages(locale).errors as Record<string, string>;
    const missing = codes.filter((code) => typeof errors[code] !== "string");
    expect(missing).toEqual([]);
  });

  it("gives every code a client or server error status", () => {
    for (const [code, entry] of Object.entries(ERROR_CODES)) {
      expect(entry.status, code).toBeGreaterThanOrEqual(400);
      expect(entry.status, code).toBeLessThan(600);
    }
  });

  it("follows the platform's <area>_<group>_<n> pattern", () => {
    for (const code of codes) expect(code).toMatch(/^[a-z_]+_\d{3}_\d+$/);
  });
});
