import type pg from "pg";

/** Reason ids the benchmark requests use: an active cancel reason and an active return reason. */
export const CANCEL_REASON_ID = 1;
export const REFUND_REASON_ID = 4;

/** A courier with easy returns enabled, offered on every delivered item. */
export const RETURN_COURIER_ID = 1;
export const RETURN_PICKUP_SLOT = { start: "09:00", end: "12:00" } as const;

// Ids are given explicitly so the generated orders can refer to them by number; the sequences
// are moved past them afterwards (see finishLoad).
const REFERENCE_SQL = `
INSERT INTO countries (id, code, name) VALUES
  (1, 'TR', 'Türkiye'), (2, 'DE', 'Germany'), (3, 'NL', 'Netherlands');

INSERT INTO cities (id, name, country_id) VALUES
  (1, 'İstanbul', 1), (2, 'Ankara', 1), (3, 'İzmir', 1), (4, 'Berlin', 2), (5, 'Amsterdam', 3);

INSERT INTO payment_options (id, name, slug, payment_type) VALUES
  (1, 'Credit card', 'credit-card', 'credit_card'),
  (2, 'Cash on delivery', 'pay-on-delivery', 'pay_on_delivery'),
  (3, 'Funds transfer', 'funds-transfer', 'funds_transfer');

INSERT INTO banks (id, name, slug) VALUES
  (1, 'Lale Bank', 'lale-bank'), (2, 'Meltem Bank', 'meltem-bank');

INSERT INTO shipping_companies
  (id, name, slug, tracking_url_template, is_easy_return_enabled, pickup_horizon_days) VALUES
  (1, 'Anadolu Kargo', 'anadolu-kargo',
   'https://tracking.example.com/anadolu/{tracking_number}', true, 7),
  (2, 'Marmara Express', 'marmara-express',
   'https://tracking.example.com/marmara/{tracking_number}', true, 5),
  (3, 'Ege Lojistik', 'ege-lojistik',
   'https://tracking.example.com/ege/{tracking_number}', false, 7);

INSERT INTO pickup_slots (shipping_company_id, start_time, end_time, display_order)
SELECT company.id, slot.start_time, slot.end_time, slot.display_order
FROM (VALUES (1), (2), (3)) AS company(id)
CROSS JOIN (VALUES ('09:00', '12:00', 1), ('12:00', '15:00', 2), ('15:00', '18:00', 3))
  AS slot(start_time, end_time, display_order);

INSERT INTO shipping_options (id, name, slug, shipping_company_id) VALUES
  (1, 'Standard delivery', 'standard-delivery', 1),
  (2, 'Express delivery', 'express-delivery', 2);

INSERT INTO cancellation_reasons
  (id, cancellation_type, subject, translations, display_order, extra_information_needed) VALUES
  (1, 'cancel', 'I changed my mind', '{"tr-tr": {"subject": "Fikrimi değiştirdim"}}', 1, false),
  (2, 'cancel', 'I ordered the wrong product',
   '{"tr-tr": {"subject": "Yanlış ürünü sipariş ettim"}}', 2, false),
  (3, 'cancel', 'Other', '{"tr-tr": {"subject": "Diğer"}}', 3, true),
  (4, 'refund', 'The product arrived damaged', '{"tr-tr": {"subject": "Ürün hasarlı geldi"}}', 1, false),
  (5, 'refund', 'The size does not fit', '{"tr-tr": {"subject": "Beden uymadı"}}', 2, false),
  (6, 'refund', 'Other', '{"tr-tr": {"subject": "Diğer"}}', 3, true);
`;

/** Inserts the countries, couriers, payment options and reasons that every order refers to. */
export async function insertReferenceData(client: pg.Client): Promise<void> {
  await client.query(REFERENCE_SQL);
}
