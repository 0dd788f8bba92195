import type {
  CancellationReason,
  CancellationType,
  PrismaClient,
} from "@/lib/generated/prisma/client";

/** Returns the active reasons of one type, or of both types, in display order. */
export async function listCancellationReasons(
  prisma: PrismaClient,
  cancellationType: CancellationType | undefined,
): Promise<CancellationReason[]> {
  return prisma.cancellationReason.findMany({
    where: { isActive: true, cancellationType },
    orderBy: [{ displayOrder: "asc" }, { id: "asc" }],
  });
}
