import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/db";
import type { CancellationType } from "@/lib/generated/prisma/client";
import { startAppServer, type AppServer } from "@/tests/support/app-server";
import { openTestDatabase } from "@/tests/support/database";
import { uniqueSuffix } from "@/tests/support/factories";

const REASONS_PATH = "/users/orders/anonymous/cancellation_reasons/";

interface Reason {
  id: number;
  subject: string;
  cancellation_type: CancellationType;
  extra_information_needed: boolean;
  order: number;
}
interface ReasonsBody {
  count: number;
  next: null;
  previous: null;
  results: Reason[];
}

let database: Database;
let app: AppServer;
// Reasons made by this file. On PostgreSQL other test files add reasons to the same table, so
// the checks below look only at these.
const mine = new Map<number, { subject: string }>();
let suffix: string;

beforeAll(async () => {
  database = await openTestDatabase();
  app = await startAppServer();

  suffix = uniqueSuffix();
  const specs: {
    type: CancellationType;
    displayOrder: number;
    isActive?: boolean;
    extraInformationNeeded?: boolean;
    translations?: object;
  }[] = [
    {
      type: "cancel",
      displayOrder: 20,
      translations: { "tr-tr": { subject: `Vazgeçtim ${suffix}` } },
    },
    { type: "cancel", displayOrder: 10, extraInformationNeeded: true },
    { type: "cancel", displayOrder: 15, isActive: false },
    {
      type: "refund",
      displayOrder: 5,
      translations: { "tr-tr": { subject: `Hasarlı ${suffix}` } },
    },
  ];
  for (const spec of specs) {
    const subject = `Reason ${spec.type} ${spec.displayOrder} ${suffix}`;
    const reason = await database.prisma.cancellationReason.create({
      data: {
        cancellationType: spec.type,
        subject,
        displayOrder: spec.displayOrder,
        isActive: spec.isActive ?? true,
        extraInformationNeeded: spec.extraInformationNeeded ?? false,
        translations: spec.translations ?? {},
      },
    });
    mine.set(reason.id, { subject });
  }
});

afterAll(async () => {
  await app.close();
  await database.close();
});

async function listReasons(query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.url}${REASONS_PATH}${query}`, { headers });
  expect(response.status).toBe(200);
  const body = (await response.json()) as ReasonsBody;
  expect(body.count).toBe(body.results.length);
  expect(body.next).toBeNull();
  expect(body.previous).toBeNull();
  return body.results.filter((reason) => mine.has(reason.id));
}

function isSorted(reasons: Reason[]): boolean {
  return reasons.every((reason, index) => index === 0 || reasons[index - 1]!.order <= reason.order);
}

describe("GET /users/orders/anonymous/cancellation_reasons/", () => {
  it("lists active cancel reasons in display order", async () => {
    const reasons = await listReasons("?cancellation_type=cancel");

    expect(reasons).toEqual([
      {
        id: expect.any(Number),
        subject: `Reason cancel 10 ${suffix}`,
        cancellation_type: "cancel",
        extra_information_needed: true,
        order: 10,
      },
      {
        id: expect.any(Number),
        subject: `Reason cancel 20 ${suffix}`,
        cancellation_type: "cancel",
        extra_information_needed: false,
        order: 20,
      },
    ]);
  });

  it("lists only reasons of the requested type", async () => {
    const response = await fetch(`${app.url}${REASONS_PATH}?cancellation_type=refund`);
    const body = (await response.json()) as ReasonsBody;

    expect(body.results.every((reason) => reason.cancellation_type === "refund")).toBe(true);
    expect(body.results.filter((reason) => mine.has(reason.id))).toHaveLength(1);
  });

  it("lists both types when the type is omitted", async () => {
    for (const query of ["", "?cancellation_type="]) {
      const reasons = await listReasons(query);
      expect(
        reasons.map((reason) => reason.order),
        query,
      ).toEqual([5, 10, 20]);
    }
  });

  it("returns results sorted by display order", async () => {
    const response = await fetch(`${app.url}${REASONS_PATH}`);
    const body = (await response.json()) as ReasonsBody;

    expect(isSorted(body.results)).toBe(true);
  });

  it("translates subjects and falls back to English", async () => {
    for (const acceptLanguage of ["tr-TR", "tr-tr"]) {
      const reasons = await listReasons("", { "accept-language": acceptLanguage });
      expect(
        reasons.map((reason) => reason.subject),
        acceptLanguage,
      ).toEqual([`Hasarlı ${suffix}`, `Reason cancel 10 ${suffix}`, `Vazgeçtim ${suffix}`]);
    }

    const english = await listReasons("", { "accept-language": "en-US,en;q=0.9,tr;q=0.8" });
    expect(english.map((reason) => reason.subject)).toEqual([
      `Reason refund 5 ${suffix}`,
      `Reason cancel 10 ${suffix}`,
      `Reason cancel 20 ${suffix}`,
    ]);
  });

  it("rejects an unknown cancellation type", async () => {
    for (const [acceptLanguage, message] of [
      ["en", "Choose one of: cancel, refund."],
      ["tr", "Şunlardan birini seçin: cancel, refund."],
    ] as const) {
      const response = await fetch(`${app.url}${REASONS_PATH}?cancellation_type=return`, {
        headers: { "accept-language": acceptLanguage },
      });

      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ cancellation_type: message });
    }
  });

  it("needs no CSRF token", async () => {
    const response = await fetch(`${app.url}${REASONS_PATH}`, {
      headers: { origin: "https://storefront.example" },
    });

    expect(response.status).toBe(200);
  });
});
