// Reference rows the demo orders point at: countries and cities, payment options, banks,
// couriers with their pickup slots, shipping options and cancellation reasons. They are upserted
// on their natural keys and not deleted, because orders outside the demo may point at them. Only
// pickup slots of the demo couriers that are not listed here are deleted: no table refers to them.
import type { PaymentType, Prisma } from "@/lib/generated/prisma/client";

export type SeedTransaction = Prisma.TransactionClient;

const COUNTRIES = [
  { code: "TR", name: "Türkiye", cities: ["İstanbul", "Ankara", "İzmir"] },
  { code: "DE", name: "Germany", cities: ["Berlin"] },
  { code: "NL", name: "Netherlands", cities: ["Amsterdam"] },
] as const;

export type CountryCode = (typeof COUNTRIES)[number]["code"];
export type CityName = (typeof COUNTRIES)[number]["cities"][number];

const PAYMENT_OPTIONS = [
  { slug: "Credit_Card", name: "Credit card", paymentType: "credit_card" },
  { slug: "Pay_On_Delivery", name: "Cash on delivery", paymentType: "pay_on_delivery" },
  { slug: "Funds_Transfer", name: "Funds transfer", paymentType: "funds_transfer" },
] as const satisfies ReadonlyArray<{ slug: string; name: string; paymentType: PaymentType }>;

export type PaymentOptionSlug = (typeof PAYMENT_OPTIONS)[number]["slug"];

const BANKS = [
  { slug: "lale-bank", name: "Lale Bank" },
  { slug: "meltem-bank", name: "Meltem Bank" },
  { slug: "nordlicht-bank", name: "Nordlicht Bank" },
] as const;

export type BankSlug = (typeof BANKS)[number]["slug"];

const MORNING_TO_EVENING = [
  { startTime: "09:00", endTime: "12:00" },
  { startTime: "12:00", endTime: "15:00" },
  { startTime: "15:00", endTime: "18:00" },
];

export const SHIPPING_COMPANIES = [
  {
    slug: "anadolu-kargo",
    name: "Anadolu Kargo",
    trackingUrlTemplate: "https://tracking.example.com/anadolu/{tracking_number}",
    isEasyReturnEnabled: true,
    pickupSlots: MORNING_TO_EVENING,
  },
  {
    slug: "marmara-express",
    name: "Marmara Express",
    trackingUrlTemplate: "https://tracking.example.com/marmara/{tracking_number}",
    isEasyReturnEnabled: true,
    pickupSlots: [...MORNING_TO_EVENING, { startTime: "18:00", endTime: "21:00" }],
  },
  {
    slug: "ege-lojistik",
    name: "Ege Lojistik",
    trackingUrlTemplate: "https://tracking.example.com/ege/{tracking_number}",
    isEasyReturnEnabled: false,
    pickupSlots: MORNING_TO_EVENING,
  },
] as const;

export type ShippingCompanySlug = (typeof SHIPPING_COMPANIES)[number]["slug"];

/** Couriers that pick up returns, offered on every delivered demo item that may be returned. */
export const EASY_RETURN_COMPANY_SLUGS: ShippingCompanySlug[] = SHIPPING_COMPANIES.filter(
  (company) => company.isEasyReturnEnabled,
).map((company) => company.slug);

// The platform's example order refers to shipping option 232 with slug "TEST-123", so that row
// gets its id explicitly. The others take ids from the sequence.
const SHIPPING_OPTIONS = [
  { slug: "standard-delivery", name: "Standard delivery", company: "anadolu-kargo" },
  { slug: "express-delivery", name: "Express delivery", company: "marmara-express" },
  { id: 232, slug: "TEST-123", name: "Test delivery", company: "anadolu-kargo" },
] as const satisfies ReadonlyArray<{
  id?: number;
  slug: string;
  name: string;
  company: ShippingCompanySlug;
}>;

export type ShippingOptionSlug = (typeof SHIPPING_OPTIONS)[number]["slug"];

const CANCELLATION_REASONS = [
  { key: "changedMind", type: "cancel", subject: "I changed my mind", tr: "Fikrimi değiştirdim" },
  {
    key: "orderedByMistake",
    type: "cancel",
    subject: "Ordered by mistake",
    tr: "Yanlışlıkla sipariş verdim",
  },
  {
    key: "deliveryTooSlow",
    type: "cancel",
    subject: "Delivery takes too long",
    tr: "Teslimat çok uzun sürüyor",
  },
  {
    key: "foundBetterPrice",
    type: "cancel",
    subject: "Found a better price",
    tr: "Daha uygun fiyat buldum",
    isActive: false,
  },
  { key: "cancelOther", type: "cancel", subject: "Other", tr: "Diğer", extraInformation: true },
  { key: "wrongSize", type: "refund", subject: "Wrong size", tr: "Beden uymadı" },
  { key: "damaged", type: "refund", subject: "Damaged or defective", tr: "Hasarlı veya kusurlu" },
  {
    key: "notAsDescribed",
    type: "refund",
    subject: "Not as described",
    tr: "Ürün açıklamadaki gibi değil",
  },
  {
    key: "arrivedLate",
    type: "refund",
    subject: "Arrived too late",
    tr: "Çok geç ulaştı",
    isActive: false,
  },
  { key: "refundOther", type: "refund", subject: "Other", tr: "Diğer", extraInformation: true },
] as const satisfies ReadonlyArray<{
  key: string;
  type: "cancel" | "refund";
  subject: string;
  tr: string;
  isActive?: boolean;
  extraInformation?: boolean;
}>;

export type CancellationReasonKey = (typeof CANCELLATION_REASONS)[number]["key"];

/** Database ids of the reference rows, by natural key. */
export interface ReferenceIds {
  cities: Map<string, { id: number; countryId: number }>;
  paymentOptions: Map<PaymentOptionSlug, number>;
  banks: Map<BankSlug, number>;
  shippingCompanies: Map<ShippingCompanySlug, number>;
  shippingOptions: Map<ShippingOptionSlug, number>;
  cancellationReasons: Map<CancellationReasonKey, number>;
}

/** Returns the key under which `ReferenceIds.cities` stores a city, such as "TR/İzmir". */
export function cityKey(countryCode: CountryCode, city: CityName): string {
  return `${countryCode}/${city}`;
}

/** Inserts or updates every reference row and returns their ids. */
export async function upsertReferenceData(tx: SeedTransaction): Promise<ReferenceIds> {
  const cities = new Map<string, { id: number; countryId: number }>();
  for (const country of COUNTRIES) {
    const { id: countryId } = await tx.country.upsert({
      where: { code: country.code },
      create: { code: country.code, name: country.name },
      update: { name: country.name },
    });
    for (const name of country.cities) {
      const city = await tx.city.upsert({
        where: { countryId_name: { countryId, name } },
        create: { countryId, name },
        update: {},
      });
      cities.set(cityKey(country.code, name), { id: city.id, countryId });
    }
  }

  const paymentOptions = new Map<PaymentOptionSlug, number>();
  for (const { slug, name, paymentType } of PAYMENT_OPTIONS) {
    const row = await tx.paymentOption.upsert({
      where: { slug },
      create: { slug, name, paymentType },
      update: { name, paymentType },
    });
    paymentOptions.set(slug, row.id);
  }

  const banks = new Map<BankSlug, number>();
  for (const { slug, name } of BANKS) {
    const logo = `/banks/${slug}.svg`;
    const row = await tx.bank.upsert({
      where: { slug },
      create: { slug, name, logo },
      update: { name, logo },
    });
    banks.set(slug, row.id);
  }

  const shippingCompanies = await upsertShippingCompanies(tx);

  const shippingOptions = new Map<ShippingOptionSlug, number>();
  for (const option of SHIPPING_OPTIONS) {
    const fields = {
      name: option.name,
      shippingCompanyId: shippingCompanies.get(option.company),
    };
    const row = await tx.shippingOption.upsert({
      where: { slug: option.slug },
      create: { ...("id" in option ? { id: option.id } : {}), slug: option.slug, ...fields },
      update: fields,
    });
    shippingOptions.set(option.slug, row.id);
  }

  const cancellationReasons = await upsertCancellationReasons(tx);

  return { cities, paymentOptions, banks, shippingCompanies, shippingOptions, cancellationReasons };
}

/** Upserts the couriers and makes each one's pickup slots exactly the listed ones. */
async function upsertShippingCompanies(
  tx: SeedTransaction,
): Promise<Map<ShippingCompanySlug, number>> {
  const ids = new Map<ShippingCompanySlug, number>();
  for (const { pickupSlots, ...company } of SHIPPING_COMPANIES) {
    const fields = {
      name: company.name,
      trackingUrlTemplate: company.trackingUrlTemplate,
      isEasyReturnEnabled: company.isEasyReturnEnabled,
      pickupHorizonDays: 7,
    };
    const { id: shippingCompanyId } = await tx.shippingCompany.upsert({
      where: { slug: company.slug },
      create: { slug: company.slug, ...fields },
      update: fields,
    });
    ids.set(company.slug, shippingCompanyId);

    await tx.pickupSlot.deleteMany({
      where: {
        shippingCompanyId,
        NOT: { OR: pickupSlots.map(({ startTime, endTime }) => ({ startTime, endTime })) },
      },
    });
    for (const [displayOrder, { startTime, endTime }] of pickupSlots.entries()) {
      await tx.pickupSlot.upsert({
        where: {
          shippingCompanyId_startTime_endTime: { shippingCompanyId, startTime, endTime },
        },
        create: { shippingCompanyId, startTime, endTime, displayOrder },
        update: { displayOrder },
      });
    }
  }
  return ids;
}

/**
 * Upserts the cancellation reasons. The table has no natural key, so a reason is matched on its
 * type and English subject, and the oldest match is updated.
 */
async function upsertCancellationReasons(
  tx: SeedTransaction,
): Promise<Map<CancellationReasonKey, number>> {
  const ids = new Map<CancellationReasonKey, number>();
  const displayOrders = { cancel: 0, refund: 0 };
  for (const reason of CANCELLATION_REASONS) {
    displayOrders[reason.type] += 10;
    const fields = {
      translations: { "tr-tr": { subject: reason.tr } },
      displayOrder: displayOrders[reason.type],
      isActive: "isActive" in reason ? reason.isActive : true,
      extraInformationNeeded: "extraInformation" in reason ? reason.extraInformation : false,
    };
    const existing = await tx.cancellationReason.findFirst({
      where: { cancellationType: reason.type, subject: reason.subject },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    const row = existing
      ? await tx.cancellationReason.update({ where: { id: existing.id }, data: fields })
      : await tx.cancellationReason.create({
          data: { cancellationType: reason.type, subject: reason.subject, ...fields },
        });
    ids.set(reason.key, row.id);
  }
  return ids;
}
