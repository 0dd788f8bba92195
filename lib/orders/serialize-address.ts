import type { AddressDetailsRecord } from "./order-details-query";

/**
 * Serializes an order's shipping or billing address. Its email and phone number are the order's own
 * contact details, shown only to whoever proved the order by email and number.
 */
export function serializeAddress(address: AddressDetailsRecord) {
  return {
    id: address.id,
    title: address.title,
    first_name: address.firstName,
    last_name: address.lastName,
    email: address.email,
    phone_number: address.phoneNumber,
    line: address.line,
    district: address.district,
    postcode: address.postcode,
    city: { id: address.city.id, name: address.city.name },
    country: { code: address.country.code, name: address.country.name },
    is_corporate: address.isCorporate,
    company_name: address.companyName,
    tax_office: address.taxOffice,
    tax_no: address.taxNo,
    identity_number: address.identityNumber,
  };
}
