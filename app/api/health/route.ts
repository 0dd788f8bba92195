import { getPrisma } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Readiness probe: 200 when the database responds, 503 when it does not. */
export async function GET() {
  try {
    const prisma = await getPrisma();
    await prisma.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503 });
  }
}
