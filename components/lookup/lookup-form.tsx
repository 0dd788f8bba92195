"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";

import { SERVER_ERROR_TYPE, useErrorText } from "@/components/forms/error-text";
import { TextField } from "@/components/forms/field";
import { postJson } from "@/lib/api-client/client";
import { readFieldErrors, readNonFieldError } from "@/lib/api-client/error-body";
import { guestOrderLookupSchema, type GuestOrderLookup } from "@/lib/orders/lookup-schema";
import { messageKeyErrorMap } from "@/lib/validation/messages";

const LOOKUP_PATH = "/users/orders/anonymous/";

interface LookupResponse {
  results: Array<{ number: string }>;
}

interface LookupFormProps {
  /** The order number to fill in, such as the one of the page that sent the shopper here. */
  defaultOrderNumber?: string;
  /**
   * True when a request for `defaultOrderNumber` was not sent because the session ended: a
   * lookup of that order then returns to the flow's review step, whose values the tab kept.
   */
  resumeRequest?: boolean;
}

/**
 * Renders the find-your-order form. It validates with the route handler's own schema as the shopper
 * types, and on success the API sets the session cookie and the page moves to the order.
 */
export function LookupForm({ defaultOrderNumber = "", resumeRequest = false }: LookupFormProps) {
  const t = useTranslations("lookup");
  const locale = useLocale();
  const router = useRouter();
  const errorText = useErrorText();
  const alertRef = useRef<HTMLDivElement>(null);
  // A new object for every message, so that the same message shown twice takes focus again.
  const [formError, setFormError] = useState<{ text: string }>();
  const [isLeaving, setIsLeaving] = useState(false);

  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<GuestOrderLookup>({
    resolver: zodResolver(guestOrderLookupSchema, { error: messageKeyErrorMap }),
    mode: "onTouched",
    defaultValues: { email: "", order: defaultOrderNumber },
  });

  // Move focus to a new message once it is on screen, so keyboard and screen reader users meet
  // it first.
  useEffect(() => {
    if (formError) alertRef.current?.focus();
  }, [formError]);

  async function submit(values: GuestOrderLookup) {
    setFormError(undefined);
    const result = await postJson<LookupResponse>(LOOKUP_PATH, values, { locale });

    const found = result.kind === "ok" ? result.data.results[0] : undefined;
    if (found) {
      setIsLeaving(true);
      const orderPath = `/orders/${encodeURIComponent(found.number)}/`;
      const resumes = resumeRequest && found.number === withoutSpaces(defaultOrderNumber);
      router.push(resumes ? `${orderPath}request/?step=review` : orderPath);
      return;
    }

    let message: string;
    if (result.kind === "network") {
      message = t("errors.network");
    } else if (result.kind === "ok" || result.status === 404) {
      message = t("errors.notFound");
    } else if (result.status === 429) {
      const minutes = Math.max(1, Math.ceil((result.retryAfterSeconds ?? 60) / 60));
      message = t("errors.throttled", { minutes });
    } else {
      const fields = readFieldErrors(result.body);
      for (const field of ["email", "order"] as const) {
        const text = fields[field] ?? (field === "order" ? fields.number : undefined);
        if (text)
          setError(field, { type: SERVER_ERROR_TYPE, message: text }, { shouldFocus: true });
      }
      if (Object.keys(fields).length > 0) return;
      message = readNonFieldError(result.body)?.message ?? t("errors.unexpected");
    }
    setFormError({ text: message });
  }

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => void handleSubmit(submit)(event)}
      aria-describedby="lookup-intro"
    >
      <div
        ref={alertRef}
        tabIndex={-1}
        role="alert"
        className={formError ? "notice notice--error" : "alert-region"}
      >
        {formError ? <p>{formError.text}</p> : null}
      </div>

      <TextField
        id="lookup-email"
        label={t("email.label")}
        hint={t("email.hint")}
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        error={errorText(errors.email)}
        {...register("email")}
      />

      <TextField
        id="lookup-order"
        label={t("order.label")}
        hint={t("order.hint")}
        type="text"
        autoComplete="off"
        inputMode="numeric"
        spellCheck={false}
        className="input--mono"
        error={errorText(errors.order)}
        {...register("order", { setValueAs: withoutSpaces })}
      />

      <div>
        <button className="button button--block" type="submit" disabled={isSubmitting || isLeaving}>
          {isSubmitting || isLeaving ? t("submitting") : t("submit")}
        </button>
      </div>
    </form>
  );
}

/**
 * Removes the spaces of an order number copied in groups ("7310 5000 0000 0002"). The field
 * still shows what was typed; validation and the request use the number without spaces.
 */
function withoutSpaces(value: unknown): string {
  return typeof value === "string" ? value.replace(/\s+/g, "") : "";
}
