import { statusTone } from "./format";

/** Renders a status label coloured by the status. The text alone carries the meaning. */
export function StatusBadge({ status }: { status: { value: number; label: string } }) {
  const tone = statusTone(status.value);
  return <span className={tone ? `badge badge--${tone}` : "badge"}>{status.label}</span>;
}
