/** Whether an order has been invoiced, which ends cancelling its items before delivery. */
export function isOrderInvoiced(order: {
  invoiceNumber: string | null;
  invoiceDate: Date | null;
}): boolean {
  return order.invoiceNumber !== null || order.invoiceDate !== null;
}
