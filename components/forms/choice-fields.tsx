import type {
  InputHTMLAttributes,
  ReactNode,
  Ref,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from "react";

import { FieldError, fieldIds } from "./field";

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  ref?: Ref<HTMLSelectElement>;
  children: ReactNode;
}

export function SelectField({
  id,
  label,
  hint,
  error,
  children,
  ref,
  ...select
}: SelectFieldProps) {
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
      <select
        id={id}
        ref={ref}
        className="select"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...select}
      >
        {children}
      </select>
      <FieldError id={ids.errorId} message={error} />
    </div>
  );
}

interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  ref?: Ref<HTMLTextAreaElement>;
}

export function TextAreaField({ id, label, hint, error, ref, ...textarea }: TextAreaFieldProps) {
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
      <textarea
        id={id}
        ref={ref}
        className="textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...textarea}
      />
      <FieldError id={ids.errorId} message={error} />
    </div>
  );
}

export interface RadioOption {
  value: string;
  label: ReactNode;
  description?: ReactNode;
}

interface RadioGroupProps {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: RadioOption[];
  /** The props of react-hook-form's register(), applied to every radio. */
  input: InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };
  inline?: boolean;
}

/**
 * Native radio buttons in an ARIA radiogroup, which (unlike a fieldset) may carry aria-invalid
 * and a description, so the error is read with the group.
 */
export function RadioGroup({ id, legend, hint, error, options, input, inline }: RadioGroupProps) {
  const ids = fieldIds(id, hint, error);
  const labelId = `${id}-label`;
  return (
    <div className="field">
      <p id={labelId} className="field__label">
        {legend}
      </p>
      {hint ? (
        <p id={ids.hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <div
        id={id}
        role="radiogroup"
        aria-labelledby={labelId}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        className={inline ? "choice-list choice-list--inline" : "choice-list"}
      >
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input type="radio" value={option.value} {...input} />
            <span>
              {option.label}
              {option.description ? (
                <span className="choice__description">{option.description}</span>
              ) : null}
            </span>
          </label>
        ))}
      </div>
      <FieldError id={ids.errorId} message={error} />
    </div>
  );
}
