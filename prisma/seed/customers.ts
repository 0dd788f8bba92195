// The demo shoppers and their saved addresses. Every name, street and phone number is invented,
// and every email uses the reserved example.com or example.org domains.
//
// Ids are fixed so repeated seeding rewrites the same rows: user 6471 is the guest of the
// platform's example order, and address ids are the user id followed by one digit.
import type { UserType } from "@/lib/generated/prisma/client";

import type { CityName, CountryCode } from "./reference-data";

interface CustomerSpec {
  id: number;
  email: string;
  firstName: string;
  lastName: string;
  userType: UserType;
}

export const DEMO_CUSTOMERS = {
  elif: {
    id: 6461,
    email: "elif.karatas@example.com",
    firstName: "Elif",
    lastName: "Karataş",
    userType: "guest",
  },
  mert: {
    id: 6462,
    email: "mert.ozkan@example.com",
    firstName: "Mert",
    lastName: "Özkan",
    userType: "guest",
  },
  deniz: {
    id: 6463,
    email: "deniz.celik@example.org",
    firstName: "Deniz",
    lastName: "Çelik",
    userType: "guest",
  },
  lena: {
    id: 6464,
    email: "lena.hoffmann@example.com",
    firstName: "Lena",
    lastName: "Hoffmann",
    userType: "guest",
  },
  sanne: {
    id: 6465,
    email: "sanne.devries@example.org",
    firstName: "Sanne",
    lastName: "de Vries",
    userType: "guest",
  },
  can: {
    id: 6466,
    email: "can.erdem@example.org",
    firstName: "Can",
    lastName: "Erdem",
    userType: "registered",
  },
  jordan: {
    id: 6471,
    email: "guest@example.com",
    firstName: "Jordan",
    lastName: "Ellis",
    userType: "guest",
  },
} as const satisfies Record<string, CustomerSpec>;

export type CustomerKey = keyof typeof DEMO_CUSTOMERS;

interface AddressSpec {
  id: number;
  customer: CustomerKey;
  title: string;
  /** Recipient, when not the customer. */
  firstName?: string;
  lastName?: string;
  phoneNumber: string;
  line: string;
  district: string;
  postcode: string;
  country: CountryCode;
  city: CityName;
  company?: { name: string; taxOffice: string; taxNo: string };
}

const ADDRESS_SPECS = {
  elifHome: {
    id: 64611,
    customer: "elif",
    title: "Ev",
    phoneNumber: "+90 555 010 24 37",
    line: "Moda Cad. Lale Sok. No: 12 Daire: 4",
    district: "Kadıköy",
    postcode: "34710",
    country: "TR",
    city: "İstanbul",
  },
  elifOffice: {
    id: 64612,
    customer: "elif",
    title: "İş",
    phoneNumber: "+90 555 010 24 38",
    line: "Büyükdere Cad. Papatya Plaza No: 88 Kat: 5",
    district: "Şişli",
    postcode: "34394",
    country: "TR",
    city: "İstanbul",
    company: { name: "Karataş Tasarım Ltd. Şti.", taxOffice: "Zincirlikuyu", taxNo: "4710000012" },
  },
  mertHome: {
    id: 64621,
    customer: "mert",
    title: "Ev",
    phoneNumber: "+90 555 020 31 64",
    line: "Gül Cad. No: 8 Daire: 11",
    district: "Çankaya",
    postcode: "06690",
    country: "TR",
    city: "Ankara",
  },
  denizHome: {
    id: 64631,
    customer: "deniz",
    title: "Ev",
    phoneNumber: "+90 555 030 47 19",
    line: "Kordon Boyu Sok. No: 21/3",
    district: "Karşıyaka",
    postcode: "35540",
    country: "TR",
    city: "İzmir",
  },
  lenaHome: {
    id: 64641,
    customer: "lena",
    title: "Home",
    phoneNumber: "+49 30 23125 417",
    line: "Lindenweg 14",
    district: "Prenzlauer Berg",
    postcode: "10437",
    country: "DE",
    city: "Berlin",
  },
  lenaGiftRecipient: {
    id: 64642,
    customer: "lena",
    title: "Tom's flat",
    firstName: "Tom",
    lastName: "Becker",
    phoneNumber: "+49 30 23125 552",
    line: "Ahornstraße 3, 2. OG",
    district: "Kreuzberg",
    postcode: "10961",
    country: "DE",
    city: "Berlin",
  },
  sanneHome: {
    id: 64651,
    customer: "sanne",
    title: "Home",
    phoneNumber: "+31 20 555 0147",
    line: "Tulpstraat 27-2",
    district: "Oost",
    postcode: "1091 AB",
    country: "NL",
    city: "Amsterdam",
  },
  canHome: {
    id: 64661,
    customer: "can",
    title: "Ev",
    phoneNumber: "+90 555 060 58 02",
    line: "Ihlamur Sok. No: 5 Daire: 2",
    district: "Kavaklıdere",
    postcode: "06680",
    country: "TR",
    city: "Ankara",
  },
  jordanHome: {
    id: 64711,
    customer: "jordan",
    title: "Home",
    phoneNumber: "+90 555 071 12 90",
    line: "Cihangir Sok. No: 17 Daire: 6",
    district: "Beyoğlu",
    postcode: "34433",
    country: "TR",
    city: "İstanbul",
  },
} as const satisfies Record<string, AddressSpec>;

export type AddressKey = keyof typeof ADDRESS_SPECS;

export const DEMO_ADDRESSES: Record<AddressKey, AddressSpec> = ADDRESS_SPECS;
