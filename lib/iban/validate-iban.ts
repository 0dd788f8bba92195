import { IBAN_LENGTHS } from "./country-lengths";

/** Removes spaces (as IBANs are printed in groups of four) and upper-cases the letters. */
export function normalizeIban(input: string): string {
  return input.replace(/\s+/g, "").toUpperCase();
}

/**
 * Checks a normalized IBAN: a country code from the registry, two check digits, the
 * country's exact length in letters and digits, and the ISO 7064 mod-97-10 checksum.
 */
export function isValidIban(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const length = IBAN_LENGTHS[iban.slice(0, 2)];
  if (length === undefined || iban.length !== length) return false;
  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1;
}

// Letters count as two-digit numbers (A = 10 … Z = 35). The remainder is folded in one character
// at a time, so the 60-odd digit number never needs a BigInt.
function mod97(text: string): number {
  let remainder = 0;
  for (const character of text) {
    const value = Number.parseInt(character, 36);
    remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
  }
  return remainder;
}
