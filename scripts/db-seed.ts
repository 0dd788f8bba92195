// Writes the demo data into the local database, replacing any earlier copy of it, and prints
// order numbers to try in the lookup form. Rejects a DATABASE_URL that is not on this machine.
import { describeDatabaseTarget } from "@/lib/db/config";
import { openDatabase } from "@/lib/db";
import { requireLocalDatabase } from "@/lib/db/local-only";
import { seedDemoData } from "@/prisma/seed/demo";

const target = requireLocalDatabase("db:seed");
const database = await openDatabase(target);
const summary = await seedDemoData(database.prisma)
  .then(async (result) => {
    // Restored demo orders should not stay throttled by lookups made before the reseed.
    await database.prisma.rateLimitCounter.deleteMany({
      where: { key: { startsWith: "lookup:" } },
    });
    return result;
  })
  .finally(() => database.close());

console.log(`Wrote ${summary.orders} demo orders to ${describeDatabaseTarget(target)}.\n`);

const emailWidth = Math.max(...summary.samples.map((sample) => sample.email.length));
console.log(`${"Email".padEnd(emailWidth)}  ${"Order number".padEnd(16)}  State`);
for (const { email, number, description } of summary.samples) {
  console.log(`${email.padEnd(emailWidth)}  ${number.padEnd(16)}  ${description}`);
}
