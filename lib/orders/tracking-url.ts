/**
 * Returns the stored tracking URL, or else the courier's template with `{tracking_number}`
 * replaced, or null when neither gives one.
 */
export function resolveTrackingUrl(
  trackingUrl: string | null,
  trackingNumber: string | null,
  company: { trackingUrlTemplate: string | null } | null,
): string | null {
  if (trackingUrl) return trackingUrl;
  const template = company?.trackingUrlTemplate;
  if (!template || !trackingNumber) return null;
  return template.replaceAll("{tracking_number}", encodeURIComponent(trackingNumber));
}
