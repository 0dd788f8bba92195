import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";

import { SWITCHER_LOCALES } from "@/components/layout/language-switcher";
import { LOCALES } from "@/lib/i18n/locales";
import en from "@/messages/en.json";
import tr from "@/messages/tr.json";

// intl-messageformat is the parser next-intl formats with (through use-intl), so a message it
// rejects here would fail on the page too.
const CATALOGUES = { en, tr } as const;

/** Flattens nested messages into "namespace.key" paths with their ICU strings. */
function flatten(messages: object, prefix = ""): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "object" && value !== null) {
      for (const [nested, text] of flatten(value, path)) entries.set(nested, text);
    } else {
      entries.set(path, value);
    }
  }
  return entries;
}

const flatEn = flatten(en);
const flatTr = flatten(tr);

describe("message catalogues", () => {
  it("tr has every key that en has", () => {
    const missing = [...flatEn.keys()].filter((key) => !flatTr.has(key));
    expect(missing).toEqual([]);
  });

  it("en has every key that tr has", () => {
    const missing = [...flatTr.keys()].filter((key) => !flatEn.has(key));
    expect(missing).toEqual([]);
  });

  for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
    it(`${locale} messages are non-empty strings`, () => {
      const invalid = [...flatten(catalogue)]
        .filter(([, text]) => typeof text !== "string" || text.trim() === "")
        .map(([key]) => key);
      expect(invalid).toEqual([]);
    });

    it(`${locale} messages parse as ICU`, () => {
      const unparsable: string[] = [];
      for (const [key, text] of flatten(catalogue)) {
        try {
          new IntlMessageFormat(String(text), locale);
        } catch (error) {
          unparsable.push(`${key}: ${(error as Error).message}`);
        }
      }
      expect(unparsable).toEqual([]);
    });
  }

  it("en and tr use the same placeholders", () => {
    const mismatched = [...flatEn]
      .filter(([key]) => flatTr.has(key))
      .filter(([key, text]) => {
        const english = placeholders(String(text), "en");
        const turkish = placeholders(String(flatTr.get(key)), "tr");
        return english.join(",") !== turkish.join(",");
      })
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it("language switcher offers every locale", () => {
    expect([...SWITCHER_LOCALES]).toEqual([...LOCALES]);
  });
});

/** Returns the sorted argument names of an ICU message, nested plural branches included. */
function placeholders(text: string, locale: string): string[] {
  let ast: unknown;
  try {
    ast = new IntlMessageFormat(text, locale).getAst();
  } catch {
    return [];
  }
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (typeof node !== "object" || node === null) return;
    const element = node as { value?: unknown; options?: Record<string, { value: unknown }> };
    if (typeof element.value === "string" && "type" in element && element.type !== 0) {
      names.add(element.value);
    }
    for (const option of Object.values(element.options ?? {})) visit(option.value);
  };
  visit(ast);
  return [...names].sort();
}
