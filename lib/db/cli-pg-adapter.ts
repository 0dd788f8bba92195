import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

/**
 * Builds the pg adapter that the Prisma CLI's Wasm schema engine uses.
 *
 * Works around prisma/prisma#27403 (open in 6.19): the schema engine cannot deserialize
 * PostgreSQL catalog columns of type `name` or `"char"`, so their result fields are reported
 * as `text`, which has the same wire format. Only the CLI uses this adapter.
 */
export function createCliPgAdapter(databaseUrl: string): PrismaPg {
  const url = new URL(databaseUrl);

  // Discrete settings, not connectionString: the shadow-database path overrides `database`,
  // and a connection string would silently win over that override.
  const pool = new pg.Pool({
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username) || process.env.USER || "postgres",
    password: decodeURIComponent(url.password) || undefined,
    database: decodeURIComponent(url.pathname.slice(1)) || "postgres",
    allowExitOnIdle: true,
    idleTimeoutMillis: 100,
    Client: CatalogNameAsTextClient,
  });

  return new PrismaPg(pool, { disposeExternalPool: true });
}

class CatalogNameAsTextClient extends pg.Client {
  // pg.Client.query has many overloads; the adapter only uses the promise-returning ones.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const result: unknown = Reflect.apply(super.query, this, args);
    if (result instanceof Promise) return result.then(retypeCatalogFields);
    return result;
  }
}

function retypeCatalogFields(result: pg.QueryResult): pg.QueryResult {
  for (const field of result.fields ?? []) {
    if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) {
      field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}
