/**
 * Groups an IBAN in fours as banks print it ("TR33 0006 1005 …"), dropping every character
 * that is not a letter or digit and upper-casing the letters.
 */
export function groupIban(input: string): string {
  const compact = input.replace(/[^0-9a-z]/gi, "").toUpperCase();
  return compact.replace(/(.{4})(?=.)/g, "$1 ");
}
