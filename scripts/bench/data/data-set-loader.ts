import type pg from "pg";

import { createGeneratorFunctions } from "./generator-functions";
import { finishLoad, insertOrderRange } from "./load-orders";
import { insertReferenceData } from "./reference-data";

// Batches keep each transaction's memory and WAL bounded and give a progress line per batch.
const BATCH_ORDERS = 50_000;

export interface LoadReport {
  orders: number;
  seconds: number;
  /** Rows inserted per table by this call. */
  rows: Record<string, number>;
}

/**
 * Loads the bench data set in growing steps over one connection: `growTo(n)` adds the orders
 * between the current size and n, so the latency-by-size series can measure at each step.
 */
export class DataSetLoader {
  private loadedOrders = 0;
  private loadedItems = 0;

  private constructor(private readonly client: pg.Client) {}

  static async open(client: pg.Client): Promise<DataSetLoader> {
    // The data can be regenerated at any time, so losing the last commits in a crash is fine.
    await client.query("SET synchronous_commit = off");
    await client.query("SET work_mem = '64MB'");
    // Skips the foreign key triggers, which check every row one by one; the generator writes
    // consistent ids by construction. Needs a superuser, as the local postgres user is.
    await client.query("SET session_replication_role = replica");
    await insertReferenceData(client);
    await createGeneratorFunctions(client);
    return new DataSetLoader(client);
  }

  get orders(): number {
    return this.loadedOrders;
  }

  get items(): number {
    return this.loadedItems;
  }

  async growTo(orders: number, progress: (message: string) => void): Promise<LoadReport> {
    const startedAt = performance.now();
    const rows: Record<string, number> = {};

    for (let first = this.loadedOrders + 1; first <= orders; first += BATCH_ORDERS) {
      const last = Math.min(orders, first + BATCH_ORDERS - 1);
      const counts = await insertOrderRange(this.client, first, last);
      for (const [table, count] of Object.entries(counts)) rows[table] = (rows[table] ?? 0) + count;
      this.loadedOrders = last;
      this.loadedItems += counts.order_items ?? 0;
      const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
      progress(
        `  orders ${first.toLocaleString("en-US")}–${last.toLocaleString("en-US")} (${seconds} s)`,
      );
    }

    await finishLoad(this.client);
    return { orders, seconds: (performance.now() - startedAt) / 1000, rows };
  }
}
