import { describe, expect, it } from "vitest";

import { commonCompanies, datesBetween, type RequestableItem } from "./request-view";

const company = (id: number) => ({
  id,
  name: `Courier ${id}`,
  slots: [],
  firstDate: "2026-03-10",
  lastDate: "2026-03-12",
});

const withCompanies = (...ids: number[]) =>
  ({ companies: ids.map(company) }) as unknown as RequestableItem;

describe("commonCompanies", () => {
  it("keeps couriers every item may use", () => {
    const common = commonCompanies([
      withCompanies(1, 2, 3),
      withCompanies(2, 3),
      withCompanies(3, 2),
    ]);
    expect(common.map((entry) => entry.id)).toEqual([2, 3]);
  });

  it("returns none for no items", () => {
    expect(commonCompanies([])).toEqual([]);
  });
});

describe("datesBetween", () => {
  it("includes both ends", () => {
    expect(datesBetween("2026-03-10", "2026-03-12")).toEqual([
      "2026-03-10",
      "2026-03-11",
      "2026-03-12",
    ]);
  });

  it("crosses month and year ends", () => {
    expect(datesBetween("2026-12-31", "2027-01-01")).toEqual(["2026-12-31", "2027-01-01"]);
  });

  it("returns none when last precedes first", () => {
    expect(datesBetween("2026-03-12", "2026-03-10")).toEqual([]);
  });
});
