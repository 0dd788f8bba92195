import { describe, expect, it } from "vitest";

import { groupIban } from "./group-iban";

describe("groupIban", () => {
  it.each([
    ["tr330006100519786457841326", "TR33 0006 1005 1978 6457 8413 26"],
    ["TR33 0006 1005 1978 6457 8413 26", "TR33 0006 1005 1978 6457 8413 26"],
    ["TR3300 06-1005", "TR33 0006 1005"],
    ["TR33", "TR33"],
    ["TR330", "TR33 0"],
    ["", ""],
  ])("groups %j as %j", (input, grouped) => {
    expect(groupIban(input)).toBe(grouped);
  });
});
