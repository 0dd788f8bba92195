import { describe, expect, it } from "vitest";

import { MAX_JSON_DEPTH, readJsonBody } from "./read-json-body";

function jsonRequest(body: string): Request {
  return new Request("http://127.0.0.1/", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
}

/** Returns an object body whose field `nested` contains arrays to `depth` levels in total. */
function nestedBody(depth: number): string {
  const arrays = depth - 1;
  return `{"nested":${"[".repeat(arrays)}${"]".repeat(arrays)}}`;
}

describe("readJsonBody nesting", () => {
  it("accepts the maximum depth", async () => {
    await expect(readJsonBody(jsonRequest(nestedBody(MAX_JSON_DEPTH)), 65_536)).resolves.toEqual(
      expect.objectContaining({ nested: expect.any(Array) }),
    );
  });

  it("rejects one level more", async () => {
    await expect(
      readJsonBody(jsonRequest(nestedBody(MAX_JSON_DEPTH + 1)), 65_536),
    ).rejects.toMatchObject({ code: "request_100_6", status: 400 });
  });

  it("rejects 30000 levels without overflowing", async () => {
    await expect(readJsonBody(jsonRequest(nestedBody(30_000)), 65_536)).rejects.toMatchObject({
      code: "request_100_6",
    });
  });

  it("counts objects as levels too", async () => {
    const body = `${'{"a":'.repeat(MAX_JSON_DEPTH + 1)}1${"}".repeat(MAX_JSON_DEPTH + 1)}`;
    await expect(readJsonBody(jsonRequest(body), 65_536)).rejects.toMatchObject({
      code: "request_100_6",
    });
  });
});
