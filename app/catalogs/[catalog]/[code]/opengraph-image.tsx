import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import { ogPrerenderParams } from "@/lib/deploy/og-images";
import { getAllEntries, getCatalog, getEntry } from "@/lib/catalog/repository";
import { fillMessage } from "@/lib/catalog/model";
import { statusClassOf, statusLabel } from "@/lib/http-status";
import { SITE_NAME } from "@/lib/site";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "The error code, its HTTP status and its message";
// No `dynamicParams` export: the default (true) lets a server draw, on its first request, a card that was not drawn at
// build time (past a few thousand codes, lib/deploy/og-images.ts), and a static export, which refuses an explicit
// `dynamicParams: true`, draws every card at build time. Unknown codes answer 404 (notFound below).

export function generateStaticParams() {
  return ogPrerenderParams(getAllEntries()).map((e) => ({ catalog: e.catalog, code: e.slug }));
}

const TONES = {
  client: ["#fff4d6", "#7a4a00"],
  rate: ["#f3e8ff", "#6b21a8"],
  server: ["#ffe3e0", "#a1140f"],
  other: ["#eef1f4", "#1f2328"],
} as const;

/** The link preview of a code page: code, status and message, drawn with the built-in font (no font loading). */
export default async function Image({ params }: { params: Promise<{ catalog: string; code: string }> }) {
  const { catalog: slug, code } = await params;
  const entry = getEntry(slug, code);
  const catalog = getCatalog(slug);
  if (!entry || !catalog) notFound();
  const message = fillMessage(entry);
  const cls = statusClassOf(entry.status);
  // As the page's badge: no status, or one below 400, is neither a client nor a server error.
  const tone = cls === "5xx" ? "server" : entry.status === 429 ? "rate" : cls === "4xx" ? "client" : "other";
  const [bg, fg] = TONES[tone];
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 72,
        background: "#ffffff",
        color: "#1f2328",
      }}
    >
      <div style={{ display: "flex", fontSize: 30, color: "#57606a" }}>{`${SITE_NAME} · ${catalog.service.name}`}</div>
      <div style={{ display: "flex", flexDirection: "column", gap: 28 }}>
        <div style={{ display: "flex", alignItems: "center", gap: 32 }}>
          <div style={{ fontSize: 88, fontWeight: 700 }}>{entry.code}</div>
          <div style={{ display: "flex", fontSize: 40, padding: "8px 24px", borderRadius: 16, background: bg, color: fg }}>
            {statusLabel(entry.status)}
          </div>
        </div>
        <div style={{ display: "flex", fontSize: 44, lineHeight: 1.3 }}>{message.length > 160 ? `${message.slice(0, 157)}…` : message}</div>
      </div>
      <div style={{ display: "flex", height: 12, background: fg, borderRadius: 6 }} />
    </div>,
    size,
  );
}
