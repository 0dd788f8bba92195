import pg from "pg";

import { lookUpBaselineOrder } from "@/scripts/bench/baseline-lookup";

export const dynamic = "force-dynamic";

// The framework's floor for `npm run bench`: the guest lookup as a bare route handler with a
// pg pool, deliberately without apiRoute, Prisma, CSRF, rate limits or translations. It
// returns 404 unless BENCH_ROUTES=1, which only the benchmark sets on the server it starts,
// so a production deployment never serves it and opens no pool for it.
let pool: pg.Pool | undefined;

export async function POST(request: Request): Promise<Response> {
  if (process.env.BENCH_ROUTES !== "1") return new Response(null, { status: 404 });

  pool ??= new pg.Pool({
    connectionString: process.env.DATABASE_URL,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  });
  const result = await lookUpBaselineOrder(pool, await request.text());
  return Response.json(result.body, { status: result.status });
}
