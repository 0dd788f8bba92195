import { describe, expect, it } from "vitest";

import { negotiateLocale } from "./locales";

describe("negotiateLocale", () => {
  it.each([
    ["en-US,en;q=0.9,tr;q=0.8", "en"],
    ["tr-TR", "tr"],
    ["tr-tr", "tr"],
    ["tr", "tr"],
    ["de-DE,tr;q=0.5,en;q=0.4", "tr"],
    ["en;q=0.2,tr;q=0.9", "tr"],
    ["de-DE,fr;q=0.9", "en"],
    ["*", "en"],
    ["", "en"],
    ["not a language tag;;q=x", "en"],
  ])("chooses %j as %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it("prefers the switcher's cookie over the header", () => {
    expect(negotiateLocale("en-US", "tr")).toBe("tr");
  });

  it("ignores an unknown cookie value", () => {
    expect(negotiateLocale("tr-TR", "de")).toBe("tr");
  });

  it("falls back to English without a header", () => {
    expect(negotiateLocale(null)).toBe("en");
  });
});
