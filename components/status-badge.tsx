import { statusClassOf, statusLabel, type StatusValue } from "@/lib/http-status";
import "./status-badge.css";

/** "401 Unauthorized" (or "No HTTP status") as a coloured badge; the colour is decoration, the text carries the meaning. */
export function StatusBadge({ status }: { status: StatusValue }) {
  const cls = statusClassOf(status);
  const tone = cls === "5xx" ? "server" : status === 429 ? "rate" : cls === "4xx" ? "client" : "other";
  return <span className={`badge badge-${tone}`}>{statusLabel(status)}</span>;
}
