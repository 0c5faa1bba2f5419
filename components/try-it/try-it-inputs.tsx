import type { ReactNode } from "react";
import type { Applicable, MockTarget } from "@/lib/mock/inputs";
import type { RawInputs } from "@/lib/mock/query";

interface TryItInputsProps {
  target: MockTarget;
  raw: RawInputs;
  can: Applicable;
  /** Prefix of the controls' ids, unique on the page. */
  idBase: string;
  /** The endpoint's refusal for the current inputs, shown beside the parameter it names. */
  problem?: { parameter: string | null; error: string };
  /** Absent in the server-rendered stand-in: the inputs show their values, disabled, until the panel can answer them. */
  onChange?: (patch: Partial<RawInputs>) => void;
}

/** The inputs that change this code's response in the selected format; only those that apply are shown. */
export function TryItInputs({ target, raw, can, idBase: id, problem, onChange }: TryItInputsProps) {
  const disabled = !onChange;
  const placeholders = target.entry.placeholders ?? [];
  // The parameters with a field of their own to show an error beside; any other refusal (a format or mode from a
  // shared link, a parameter that does not apply) is said below the fields.
  const fields = new Set<string>(placeholders.map((p) => p.name));
  if (can.status) fields.add("status");
  if (can.timestamp) fields.add("timestamp");
  if (can.requestId) fields.add("request_id");
  if (can.details) fields.add("details");
  const errorFor = (parameter: string) => (problem?.parameter === parameter ? problem.error : undefined);
  const general = problem && (problem.parameter === null || !fields.has(problem.parameter)) ? problem.error : undefined;
  return (
    <div className="tryit-inputs">
      {placeholders.map((p, i) => (
        <Field key={`${p.name}-${i}`} id={`${id}-p${i}`} label={<code>{p.name}</code>} hint={p.description} error={errorFor(p.name)}>
          {(props) => (
            <input
              {...props}
              type="text"
              disabled={disabled}
              value={raw.values[p.name] ?? ""}
              onChange={onChange && ((e) => onChange({ values: { ...raw.values, [p.name]: e.target.value } }))}
            />
          )}
        </Field>
      ))}
      {can.mode && (
        <fieldset className="tryit-mode" disabled={disabled}>
          <legend>Mode</legend>
          {(["development", "production"] as const).map((m) => (
            <label key={m}>
              <input
                type="radio"
                name={`${id}-mode`}
                value={m}
                checked={raw.mode === m}
                onChange={onChange && (() => onChange({ mode: m }))}
              />{" "}
              {m}
            </label>
          ))}
        </fieldset>
      )}
      {can.status && (
        <Field
          id={`${id}-status`}
          label="Status"
          hint={target.entry.status === undefined ? "Any status from 100 to 599" : `Any status in ${String(target.entry.status)}`}
          error={errorFor("status")}
        >
          {(props) => (
            <input
              {...props}
              type="text"
              inputMode="numeric"
              disabled={disabled}
              value={raw.status}
              onChange={onChange && ((e) => onChange({ status: e.target.value }))}
            />
          )}
        </Field>
      )}
      {can.timestamp && (
        <Field id={`${id}-ts`} label="Timestamp" hint="ISO 8601, with Z or an offset" error={errorFor("timestamp")}>
          {(props) => (
            <input
              {...props}
              type="text"
              disabled={disabled}
              value={raw.timestamp}
              onChange={onChange && ((e) => onChange({ timestamp: e.target.value }))}
            />
          )}
        </Field>
      )}
      {can.requestId && (
        <Field id={`${id}-rid`} label="Request id" error={errorFor("request_id")}>
          {(props) => (
            <input
              {...props}
              type="text"
              disabled={disabled}
              value={raw.requestId}
              onChange={onChange && ((e) => onChange({ requestId: e.target.value }))}
            />
          )}
        </Field>
      )}
      {can.details && (
        <Field id={`${id}-details`} label="Details (JSON)" error={errorFor("details")} wide>
          {(props) => (
            <textarea
              {...props}
              rows={5}
              spellCheck={false}
              disabled={disabled}
              value={raw.details}
              onChange={onChange && ((e) => onChange({ details: e.target.value }))}
            />
          )}
        </Field>
      )}
      {general && (
        <p className="tryit-error tryit-wide" role="status">
          {general}
        </p>
      )}
    </div>
  );
}

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: string;
  error?: string;
  wide?: boolean;
  children: (props: { id: string; "aria-invalid": boolean; "aria-describedby"?: string }) => ReactNode;
}

/** A labelled control with an optional hint and an inline error that the control is described by. */
function Field({ id, label, hint, error, wide, children }: FieldProps) {
  const described = [hint ? `${id}-hint` : "", `${id}-error`].filter(Boolean).join(" ");
  return (
    <div className={wide ? "tryit-field tryit-wide" : "tryit-field"}>
      <label htmlFor={id}>{label}</label>
      {children({ id, "aria-invalid": Boolean(error), "aria-describedby": described })}
      {hint && (
        <span id={`${id}-hint`} className="tryit-hint">
          {hint}
        </span>
      )}
      <span id={`${id}-error`} className="tryit-error" aria-live="polite">
        {error}
      </span>
    </div>
  );
}
