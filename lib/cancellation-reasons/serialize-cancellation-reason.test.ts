import { describe, expect, it } from "vitest";

import { localizedSubject } from "./serialize-cancellation-reason";

describe("localizedSubject", () => {
  const subject = "Changed my mind";

  it("uses the translation for the locale's platform code", () => {
    const translations = { "tr-tr": { subject: "Fikrimi değiştirdim" } };
    expect(localizedSubject({ subject, translations }, "tr")).toBe("Fikrimi değiştirdim");
    expect(localizedSubject({ subject, translations }, "en")).toBe(subject);
  });

  it.each([
    ["no translations", {}],
    ["a translation without a subject", { "tr-tr": { title: "x" } }],
    ["an empty subject", { "tr-tr": { subject: "  " } }],
    ["a subject of the wrong type", { "tr-tr": { subject: 3 } }],
    ["a list", ["tr-tr"]],
    ["null", null],
  ])("falls back to the subject for %s", (_name, translations) => {
    expect(localizedSubject({ subject, translations }, "tr")).toBe(subject);
  });
});
