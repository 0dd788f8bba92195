import type { InputHTMLAttributes, ReactNode, Ref } from "react";

interface FieldIds {
  hintId: string | undefined;
  errorId: string | undefined;
  describedBy: string | undefined;
}

/** Returns the ids that link a control to its hint and error, for aria-describedby. */
export function fieldIds(id: string, hint: unknown, error: unknown): FieldIds {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return { hintId, errorId, describedBy };
}

/** Renders an error under its field, announced when it appears. */
export function FieldError({ id, message }: { id: string | undefined; message?: string }) {
  if (!message || !id) return null;
  return (
    <p id={id} className="field__error" role="alert">
      {message}
    </p>
  );
}

interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  ref?: Ref<HTMLInputElement>;
}

/**
 * Renders a labelled input with an optional hint and error. aria-invalid is set only while there is an
 * error, and aria-describedby points at the hint and the error.
 */
export function TextField({ id, label, hint, error, className, ref, ...input }: TextFieldProps) {
  const ids = fieldIds(id, hint, error);
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p id={ids.hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        ref={ref}
        className={className ? `input ${className}` : "input"}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...input}
      />
      <FieldError id={ids.errorId} message={error} />
    </div>
  );
}
