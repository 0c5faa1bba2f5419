import { statusClassOf, statusLabel, type StatusValue } from "@/lib/http-status";

/** "401 Unauthorized" as a coloured badge; the colour is decoration, the text carries the meaning. */
export function StatusBadge({ status }: { status: StatusValue }) {
  const tone = statusClassOf(status) === "5xx" ? "server" : status === 429 ? "rate" : "client";
  return <span className={`badge badge-${tone}`}>{statusLabel(status)}</span>;
}
