import { describe, expect, it } from "vitest";

import { resolveTrackingUrl } from "./tracking-url";

describe("resolveTrackingUrl", () => {
  const company = { trackingUrlTemplate: "https://track.example.com/?n={tracking_number}" };

  it("prefers the stored URL", () => {
    expect(resolveTrackingUrl("https://stored.example.com/1", "1", company)).toBe(
      "https://stored.example.com/1",
    );
  });

  it("fills the courier's template", () => {
    expect(resolveTrackingUrl(null, "AB 12&3", company)).toBe(
      "https://track.example.com/?n=AB%2012%263",
    );
  });

  it("returns null without a number or a template", () => {
    expect(resolveTrackingUrl(null, null, company)).toBeNull();
    expect(resolveTrackingUrl(null, "1", { trackingUrlTemplate: null })).toBeNull();
    expect(resolveTrackingUrl(null, "1", null)).toBeNull();
  });
});
