// The test-data endpoint of the e2e server. It is not part of the app: it listens on its own
// 127.0.0.1 port and lets each test create the rows it needs with the API tests' factories.
//
//   POST /orders                        body: OrderSpec     -> the order's credentials and ids
//   POST /reasons                       body: {type, ...}   -> {id, subject}
//   POST /reasons/:id/deactivate                            -> 204
//   POST /order-items/:id/requests      body: {quantity, cancellationType}
//        creates an open request on the item, as another browser would have done -> {id}
import type { IncomingMessage, ServerResponse } from "node:http";

import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createOrder, createReason, type OrderSpec } from "@/tests/support/factories";

type Handler = (
  prisma: PrismaClient,
  body: Record<string, unknown>,
  id: number,
) => Promise<unknown>;

const ROUTES: Array<{ pattern: RegExp; handler: Handler }> = [
  { pattern: /^\/orders$/, handler: createOrderFixture },
  { pattern: /^\/reasons$/, handler: createReasonFixture },
  { pattern: /^\/reasons\/(\d+)\/deactivate$/, handler: deactivateReason },
  { pattern: /^\/order-items\/(\d+)\/requests$/, handler: takeUnits },
];

export async function handleFixtureRequest(
  prisma: PrismaClient,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const path = new URL(request.url ?? "/", "http://fixtures").pathname;
  const route = ROUTES.find(({ pattern }) => pattern.test(path));
  if (request.method !== "POST" || !route) {
    send(response, 404, { error: `No fixture at ${request.method} ${path}` });
    return;
  }

  try {
    const body = await readJson(request);
    const id = Number(route.pattern.exec(path)?.[1] ?? 0);
    const result = await route.handler(prisma, body, id);
    send(response, result === undefined ? 204 : 201, result);
  } catch (error) {
    console.error(`fixture ${path} failed:`, error);
    send(response, 500, { error: error instanceof Error ? error.message : String(error) });
  }
}

async function createOrderFixture(prisma: PrismaClient, body: Record<string, unknown>) {
  const created = await createOrder(prisma, body as OrderSpec);
  return {
    id: created.order.id,
    email: created.email,
    number: created.number,
    items: created.items.map((item) => ({
      id: item.id,
      productName: item.productName,
      quantity: item.quantity,
    })),
    shippingAddressId: created.shippingAddress.id,
    courier: { id: created.courier.id, name: created.courier.name },
  };
}

async function createReasonFixture(prisma: PrismaClient, body: Record<string, unknown>) {
  const reason = await createReason(prisma, {
    type: body.type === "refund" ? "refund" : "cancel",
    extraInformationNeeded: body.extraInformationNeeded === true,
  });
  return { id: reason.id, subject: reason.subject };
}

async function deactivateReason(prisma: PrismaClient, _body: Record<string, unknown>, id: number) {
  await prisma.cancellationReason.update({ where: { id }, data: { isActive: false } });
  return undefined;
}

async function takeUnits(prisma: PrismaClient, body: Record<string, unknown>, itemId: number) {
  const cancellationType = body.cancellationType === "refund" ? "refund" : "cancel";
  const reason = await prisma.cancellationReason.findFirstOrThrow({
    where: { cancellationType, isActive: true },
    orderBy: { id: "asc" },
  });
  const request = await prisma.cancellationRequest.create({
    data: {
      orderItemId: itemId,
      cancellationType,
      reasonId: reason.id,
      quantity: Number(body.quantity ?? 1),
    },
  });
  return { id: request.id };
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

function send(response: ServerResponse, status: number, body: unknown): void {
  if (status === 204) {
    response.writeHead(204).end();
    return;
  }
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}
