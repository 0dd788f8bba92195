/**
 * Returns the indexes of requests whose order item an earlier request in the same list already
 * names. The first request for an item is validated as usual and the repeats are rejected.
 */
export function findRepeatedOrderItems(
  requests: ReadonlyArray<{ order_item: number }>,
): Set<number> {
  const seen = new Set<number>();
  const repeated = new Set<number>();
  for (const [index, request] of requests.entries()) {
    if (seen.has(request.order_item)) repeated.add(index);
    seen.add(request.order_item);
  }
  return repeated;
}
