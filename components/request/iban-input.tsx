"use client";

import type { ChangeEvent, Ref } from "react";

import { fieldIds, FieldError } from "@/components/forms/field";
import { groupIban } from "@/lib/guest-portal/group-iban";

interface IbanInputProps {
  id: string;
  name: string;
  label: string;
  hint: string;
  value: string;
  error?: string;
  /** Text announced once the IBAN passes its checksum, such as "Valid IBAN". */
  validText?: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  ref?: Ref<HTMLInputElement>;
}

/**
 * Renders an IBAN field that regroups the characters in fours while the shopper types, keeping the
 * caret after the same character it followed before the regrouping.
 */
export function IbanInput({
  id,
  label,
  hint,
  value,
  error,
  validText,
  onChange,
  ...rest
}: IbanInputProps) {
  const ids = fieldIds(id, hint, error);

  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target;
    const caret = input.selectionStart ?? input.value.length;
    const significantBeforeCaret = input.value.slice(0, caret).replace(/[^0-9a-z]/gi, "").length;
    const grouped = groupIban(input.value);
    onChange(grouped);

    // Restore the caret after React has written the regrouped value.
    requestAnimationFrame(() => {
      let position = 0;
      let seen = 0;
      while (position < grouped.length && seen < significantBeforeCaret) {
        if (grouped[position] !== " ") seen += 1;
        position += 1;
      }
      input.setSelectionRange(position, position);
    });
  }

  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <p id={ids.hintId} className="field__hint">
        {hint}
      </p>
      <input
        id={id}
        className="input input--mono input--iban"
        type="text"
        inputMode="text"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        onChange={handleChange}
        {...rest}
      />
      <FieldError id={ids.errorId} message={error} />
      <p className="field__hint field__hint--valid" aria-live="polite">
        {!error && validText ? validText : ""}
      </p>
    </div>
  );
}
