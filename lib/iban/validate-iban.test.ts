import { describe, expect, it } from "vitest";

import { IBAN_LENGTHS } from "./country-lengths";
import { isValidIban, normalizeIban } from "./validate-iban";

// Example IBANs published in the IBAN registry for these countries.
const VALID = [
  "TR330006100519786457841326",
  "DE89370400440532013000",
  "GB29NWBK60161331926819",
  "NL91ABNA0417164300",
  "NO9386011117947",
  "BE68539007547034",
  "FR1420041010050500013M02606",
  "MT84MALT011000012345MTLCAST001S",
  "LC55HEMM000100010012001200023015",
];

/** Builds an IBAN with correct check digits, computed with BigInt as a second implementation. */
function withCheckDigits(country: string, bban: string): string {
  const digits = `${bban}${country}00`.replace(/[A-Z]/g, (letter) =>
    String(letter.charCodeAt(0) - 55),
  );
  const check = 98n - (BigInt(digits) % 97n);
  return `${country}${String(check).padStart(2, "0")}${bban}`;
}

function isValidInput(input: string): boolean {
  return isValidIban(normalizeIban(input));
}

describe("normalizeIban", () => {
  it("removes spaces and upper-cases", () => {
    expect(normalizeIban(" tr33 0006 1005 1978\t6457 8413 26 ")).toBe("TR330006100519786457841326");
  });
});

describe("isValidIban", () => {
  it.each(VALID)("accepts %s", (iban) => {
    expect(isValidIban(iban)).toBe(true);
  });

  it("accepts lower case", () => {
    expect(isValidInput("tr330006100519786457841326")).toBe(true);
  });

  it("accepts groups of four", () => {
    expect(isValidInput("TR33 0006 1005 1978 6457 8413 26")).toBe(true);
  });

  it("rejects one wrong digit", () => {
    expect(isValidIban("TR330006100519786457841327")).toBe(false);
  });

  it("rejects every single changed digit", () => {
    const iban = "DE89370400440532013000";
    for (let index = 2; index < iban.length; index++) {
      const digit = Number(iban[index]);
      const changed = `${iban.slice(0, index)}${(digit + 1) % 10}${iban.slice(index + 1)}`;
      expect(isValidIban(changed), changed).toBe(false);
    }
  });

  it("rejects two swapped digits", () => {
    expect(isValidIban("TR330006100519786457843126")).toBe(false);
  });

  it("rejects one character too many", () => {
    expect(isValidIban("TR3300061005197864578413260")).toBe(false);
  });

  it("rejects one character too few", () => {
    expect(isValidIban("TR33000610051978645784132")).toBe(false);
  });

  it("rejects a valid checksum at a wrong length", () => {
    const tooLong = withCheckDigits("TR", "00061005197864578413260");
    expect(tooLong).toHaveLength(27);
    expect(isValidIban(tooLong)).toBe(false);
  });

  it("accepts computed check digits", () => {
    expect(isValidIban(withCheckDigits("TR", "0006100519786457841326"))).toBe(true);
  });

  it("rejects an unknown country", () => {
    expect(isValidIban("ZZ89370400440532013000")).toBe(false);
  });

  it("rejects letters in the check digits", () => {
    expect(isValidIban("TRAB0006100519786457841326")).toBe(false);
  });

  it("rejects punctuation", () => {
    expect(isValidIban("TR33-0006-1005-1978-6457-8413-26")).toBe(false);
  });

  it("rejects empty input", () => {
    expect(isValidIban("")).toBe(false);
  });
});

describe("IBAN_LENGTHS", () => {
  it("lists plausible lengths only", () => {
    for (const [country, length] of Object.entries(IBAN_LENGTHS)) {
      expect(country, country).toMatch(/^[A-Z]{2}$/);
      expect(length, country).toBeGreaterThanOrEqual(15);
      expect(length, country).toBeLessThanOrEqual(34);
    }
  });

  it("lists the registry's countries", () => {
    expect(Object.keys(IBAN_LENGTHS)).toHaveLength(89);
  });
});
