import { describe, expect, it } from "vitest";

import { defaultRequestValues } from "./request-form";
import type { RequestFlowOrder } from "./request-view";
import { parseRequestStep, parseSavedRequest, requestStepHref } from "./saved-request";

const order = { number: "1", items: [{}, {}], addresses: [] } as unknown as RequestFlowOrder;

describe("parseSavedRequest", () => {
  it("restores values of the same shape", () => {
    const values = { ...defaultRequestValues(order), cancelReason: "3" };
    expect(parseSavedRequest(JSON.stringify(values), order)).toEqual(values);
  });

  it("rejects values saved for another item count", () => {
    const values = { ...defaultRequestValues(order), items: [{ selected: true, quantity: "1" }] };
    expect(parseSavedRequest(JSON.stringify(values), order)).toBeNull();
  });

  it("rejects malformed text", () => {
    expect(parseSavedRequest("{", order)).toBeNull();
    expect(parseSavedRequest("null", order)).toBeNull();
    expect(parseSavedRequest(null, order)).toBeNull();
  });

  it("rejects an unknown refund method", () => {
    const values = { ...defaultRequestValues(order), refundMethod: "cash" };
    expect(parseSavedRequest(JSON.stringify(values), order)).toBeNull();
  });
});

describe("request step URL", () => {
  it("reads unknown steps as the first", () => {
    expect(parseRequestStep("review")).toBe("review");
    expect(parseRequestStep("done")).toBe("select");
    expect(parseRequestStep(null)).toBe("select");
  });

  it("leaves the first step without a parameter", () => {
    expect(requestStepHref("/orders/1/request/", "select")).toBe("/orders/1/request/");
    expect(requestStepHref("/orders/1/request/", "details")).toBe(
      "/orders/1/request/?step=details",
    );
  });
});
