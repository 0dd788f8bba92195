// Product snapshots copied onto demo order items, as the platform copies them at checkout.
// Images are paths like "/products/<slug>.svg" under the app's public folder.

export interface ProductSnapshot {
  id: number;
  name: string;
  sku: string;
  baseCode: string;
  /** File name of the product image, without the folder and extension. */
  slug: string;
  attributes: Record<string, string>;
}

function product(
  id: number,
  name: string,
  baseCode: string,
  slug: string,
  attributes: Record<string, string>,
): ProductSnapshot {
  const variant = Object.values(attributes)
    .map((value) => value.toUpperCase().replace(/[^A-Z0-9]+/g, ""))
    .join("-");
  return {
    id,
    name,
    baseCode,
    slug,
    attributes,
    sku: variant ? `${baseCode}-${variant}` : baseCode,
  };
}

export const PRODUCTS = {
  merinoSweater: product(1001, "Merino Crew Neck Sweater", "GOP-MSW", "merino-sweater", {
    color: "Navy",
    size: "M",
  }),
  coffeeMug: product(1002, "Ceramic Coffee Mug", "GOP-CMG", "coffee-mug", { color: "Teal" }),
  teaTowels: product(1003, "Linen Tea Towel Set", "GOP-LTT", "tea-towels", { color: "Natural" }),
  poloShirt: product(1004, "Cotton Piqué Polo Shirt", "GOP-PQP", "polo-shirt", {
    color: "White",
    size: "L",
  }),
  canvasSneakers: product(1005, "Canvas Sneakers", "GOP-CSN", "canvas-sneakers", {
    color: "Off-white",
    size: "42",
  }),
  woolScarf: product(1006, "Wool Scarf", "GOP-WSC", "wool-scarf", { color: "Charcoal" }),
  cardHolder: product(1007, "Leather Card Holder", "GOP-LCH", "card-holder", { color: "Cognac" }),
  chinos: product(1008, "Slim Fit Chinos", "GOP-SFC", "slim-chinos", { color: "Navy", size: "32" }),
  organicTee: product(1009, "Organic Cotton T-Shirt", "GOP-OCT", "organic-tee", {
    color: "White",
    size: "M",
  }),
  denimJacket: product(1010, "Denim Jacket", "GOP-DNJ", "denim-jacket", {
    color: "Mid Blue",
    size: "M",
  }),
  socksThreePack: product(1011, "Organic Cotton Socks, 3 Pairs", "GOP-OCS", "socks-3-pack", {
    color: "Mixed",
    size: "39-42",
  }),
  hoopEarrings: product(1012, "Silver Hoop Earrings", "GOP-SHE", "hoop-earrings", {
    color: "Silver",
  }),
  hoodie: product(1013, "Hooded Sweatshirt", "GOP-HSW", "hoodie", { color: "Grey", size: "L" }),
  bathTowel: product(1014, "Cotton Bath Towel", "GOP-CBT", "bath-towel", { color: "Sand" }),
  scentedCandle: product(1015, "Scented Candle", "GOP-SCD", "scented-candle", { scent: "Fig" }),
  rainJacket: product(1016, "Rain Jacket", "GOP-RJK", "rain-jacket", {
    color: "Yellow",
    size: "S",
  }),
  woolBeanie: product(1017, "Wool Beanie", "GOP-WBN", "wool-beanie", { color: "Mustard" }),
  linenShirt: product(1018, "Linen Shirt", "GOP-LSH", "linen-shirt", {
    color: "Sky Blue",
    size: "M",
  }),
  linenTrousers: product(1019, "Linen Trousers", "GOP-LTR", "linen-trousers", {
    color: "Sand",
    size: "M",
  }),
  runningShoes: product(1020, "Running Shoes", "GOP-RSH", "running-shoes", {
    color: "Black",
    size: "40",
  }),
  sportsSocks: product(1021, "Sports Socks, 2 Pairs", "GOP-SSK", "sports-socks", {
    color: "White",
    size: "39-42",
  }),
  travelBackpack: product(1022, "Travel Backpack", "GOP-TBP", "travel-backpack", {
    color: "Olive",
  }),
} as const satisfies Record<string, ProductSnapshot>;
