"use client";

import { useId, useRef, useState } from "react";

const ACCEPT = ".log,.txt,.json,.ndjson,.har,text/plain,application/json";

/**
 * Where a log comes in: a paste box, a file chooser, and the whole block as a drop zone. A dropped or chosen file is
 * triaged at once; a paste when the button is pressed.
 */
export function TriageInput({ onSubmit, busy }: { onSubmit: (input: { text: string } | { file: File }) => void; busy: boolean }) {
  const id = useId();
  const [over, setOver] = useState(false);
  const text = useRef<HTMLTextAreaElement>(null);

  return (
    <form
      className={`triage-input${over ? " triage-drop-over" : ""}`}
      aria-label="Log to triage"
      onSubmit={(e) => {
        e.preventDefault();
        const value = text.current?.value ?? "";
        if (value.trim()) onSubmit({ text: value });
      }}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes("Files")) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        const dropped = e.dataTransfer.files[0];
        if (!dropped) return;
        e.preventDefault();
        setOver(false);
        onSubmit({ file: dropped });
      }}
    >
      <label htmlFor={`${id}-text`}>Paste a log, a ticket thread or error bodies</label>
      <textarea
        id={`${id}-text`}
        ref={text}
        rows={8}
        spellCheck={false}
        autoComplete="off"
        placeholder={'2026-12-02T10:14:03Z ERROR POST /v1/charges 402 {"error":{"code":"card_declined",…}}'}
      />
      <div className="triage-input-row">
        <button type="submit" className="button triage-submit" disabled={busy}>
          Triage
        </button>
        <span className="muted">or</span>
        <label className="triage-file">
          <input
            type="file"
            accept={ACCEPT}
            disabled={busy}
            onChange={(e) => {
              const chosen = e.currentTarget.files?.[0];
              if (chosen) onSubmit({ file: chosen });
              e.currentTarget.value = "";
            }}
          />
          <span className="triage-file-label">Choose a file</span>
        </label>
        <span className="muted">or drop one here: .log, .txt, .json, .ndjson or .har, up to 25 MB.</span>
      </div>
    </form>
  );
}
