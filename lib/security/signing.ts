import { createHmac, timingSafeEqual } from "node:crypto";

import { getAppSecret } from "./secret";

/** Signs `value` for `purpose`; a signature for one purpose never verifies for another. */
export function sign(purpose: string, value: string): string {
  return createHmac("sha256", getAppSecret()).update(`${purpose}:${value}`).digest("base64url");
}

export function verifySignature(purpose: string, value: string, signature: string): boolean {
  const expected = Buffer.from(sign(purpose, value));
  const actual = Buffer.from(signature);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
