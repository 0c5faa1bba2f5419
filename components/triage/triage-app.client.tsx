"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { TriageResult } from "@/lib/triage/types";
import { MAX_TRIAGE_BYTES, type FromWorker, type ToWorker } from "./protocol";
import { TriageInput } from "./triage-input.client";
import { TriageResults } from "./triage-results.client";
import "./triage.css";

export type Excerpt = { first: number; lines: string[] };

type State =
  | { kind: "idle" }
  | { kind: "working"; bytes: number; total: number }
  | { kind: "done"; result: TriageResult; names: Record<string, string>; bytes: number; ms: number; shared: boolean }
  | { kind: "error"; message: string };

const megabytes = (bytes: number) =>
  bytes < 1 << 20 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * The triage page's interactive part: a paste box and a drop zone feeding the triage worker, and the findings it
 * answers. The log stays in the worker (excerpts are asked for by line); a share link carries the findings only.
 */
export function TriageApp() {
  const worker = useRef<Worker | undefined>(undefined);
  const excerpts = useRef(new Map<number, (e: Excerpt) => void>());
  const nextId = useRef(0);
  const [state, setState] = useState<State>({ kind: "idle" });

  const send = useCallback((message: ToWorker) => {
    if (!worker.current) {
      const w = new Worker(new URL("./triage.worker.ts", import.meta.url));
      w.onmessage = (event: MessageEvent<FromWorker>) => {
        const m = event.data;
        if (m.type === "progress") setState({ kind: "working", bytes: m.bytes, total: m.total });
        else if (m.type === "result")
          setState({ kind: "done", result: m.result, names: m.names, bytes: m.bytes, ms: m.ms, shared: m.shared });
        else if (m.type === "error") setState({ kind: "error", message: m.message });
        else {
          excerpts.current.get(m.id)?.({ first: m.first, lines: m.lines });
          excerpts.current.delete(m.id);
        }
      };
      w.onerror = () => setState({ kind: "error", message: "The triage worker stopped. Reload the page and try again." });
      worker.current = w;
    }
    worker.current.postMessage(message);
  }, []);

  useEffect(() => () => worker.current?.terminate(), []);

  // A shared result: its findings are in the fragment (#r=…), completed from the catalogs by the worker.
  useEffect(() => {
    const open = () => {
      const shared = /^#r=(.+)$/.exec(window.location.hash)?.[1];
      if (!shared) return;
      setState({ kind: "working", bytes: 0, total: 0 });
      send({ type: "shared", encoded: shared });
    };
    open();
    window.addEventListener("hashchange", open);
    return () => window.removeEventListener("hashchange", open);
  }, [send]);

  const start = useCallback(
    (input: { text: string } | { file: File }) => {
      const size = "file" in input ? input.file.size : new Blob([input.text]).size;
      if (size > MAX_TRIAGE_BYTES) {
        setState({
          kind: "error",
          message: `That is ${megabytes(size)}; the limit is ${megabytes(MAX_TRIAGE_BYTES)}. Split the log, or use npm run triage.`,
        });
        return;
      }
      // A new log replaces a shared result in the address bar.
      if (window.location.hash) history.replaceState(null, "", window.location.pathname + window.location.search);
      setState({ kind: "working", bytes: 0, total: size });
      send("file" in input ? { type: "file", file: input.file } : { type: "text", text: input.text });
    },
    [send],
  );

  const excerpt = useCallback(
    (line: number) =>
      new Promise<Excerpt>((resolve) => {
        const id = nextId.current++;
        excerpts.current.set(id, resolve);
        send({ type: "excerpt", id, line, context: 3 });
      }),
    [send],
  );

  return (
    <>
      <TriageInput onSubmit={start} busy={state.kind === "working"} />
      <p className="triage-status" role="status" aria-live="polite">
        {state.kind === "working"
          ? state.total
            ? `Reading… ${megabytes(state.bytes)} of ${megabytes(state.total)}`
            : "Opening the shared result…"
          : state.kind === "done" && !state.shared
            ? `Read ${state.result.lines.toLocaleString("en")} lines (${megabytes(state.bytes)}) in ${(state.ms / 1000).toFixed(1)} s.`
            : ""}
      </p>
      {state.kind === "error" && (
        <p className="callout callout-warn" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === "done" && <TriageResults result={state.result} names={state.names} shared={state.shared} excerpt={excerpt} />}
    </>
  );
}
