"use client";

import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState, type MouseEvent } from "react";
import {
  FormProvider,
  set,
  useForm,
  useWatch,
  type FieldErrors,
  type FieldPath,
  type Resolver,
} from "react-hook-form";

import { SERVER_ERROR_TYPE } from "@/components/forms/error-text";
import { newIdempotencyKey, postJson } from "@/lib/api-client/client";
import { readFieldErrors, readItemErrors, readNonFieldError } from "@/lib/api-client/error-body";
import {
  REFUND_DETAIL_FIELDS,
  buildBulkRequest,
  chosenItems,
  defaultRequestValues,
  formFieldFor,
  validateRequestForm,
  type ChosenItem,
  type FormField,
  type RequestFormValues,
} from "@/lib/guest-portal/request-form";
import type { RequestFlowOrder, RequestReason } from "@/lib/guest-portal/request-view";
import {
  REQUEST_STEPS,
  parseRequestStep,
  parseSavedRequest,
  requestStepHref,
  savedRequestKey,
  type RequestStep,
} from "@/lib/guest-portal/saved-request";

import { Confirmation, type CreatedRequest } from "./confirmation";
import { DetailsStep } from "./details-step";
import { ReviewStep } from "./review-step";
import { SelectItemsStep } from "./select-items-step";

const BULK_PATH = "/users/orders/anonymous/bulk_cancellation_requests/";

interface ServerFieldError {
  field: FormField;
  message: string;
}

interface RequestFlowProps {
  order: RequestFlowOrder;
  reasons: RequestReason[];
}

/**
 * Renders the cancel-or-return flow: choose items, give the details their type needs, review,
 * then send one bulk request. Errors from the server are put on the field they concern, on the step that
 * shows it, in the page's language.
 *
 * The step lives in the URL (`?step=details`), so the browser's Back and Forward move between
 * steps, and the values live in this tab's sessionStorage until the request is sent, so a reload
 * or a new lookup after the session expired brings them back.
 */
export function RequestFlow({ order, reasons }: RequestFlowProps) {
  const t = useTranslations("request");
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const requestedStep = parseRequestStep(useSearchParams().get("step"));
  // False until the saved values are back in the form; until then the first step is shown.
  const [isRestored, setIsRestored] = useState(false);
  // A new object for every message, so that the same message shown twice is focused again.
  const [alert, setAlert] = useState<{ text: string; takeFocus: boolean }>();
  const [created, setCreated] = useState<{
    requests: CreatedRequest[];
    chosen: ChosenItem[];
    refundAsLoyalty: boolean;
  }>();
  const [isSending, setIsSending] = useState(false);
  const sendingRef = useRef(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const shownStep = useRef<RequestStep>(undefined);
  // The field to focus once the next step is on screen, instead of the step's heading.
  const focusAfterStep = useRef<FieldPath<RequestFormValues>>(undefined);

  const resolver: Resolver<RequestFormValues> = async (values) => {
    const errors = validateRequestForm(values, order, reasons);
    if (errors.size === 0) return { values, errors: {} };
    const nested: FieldErrors<RequestFormValues> = {};
    for (const [field, message] of errors) set(nested, field, { type: "validation", message });
    return { values: {}, errors: nested };
  };
  const form = useForm<RequestFormValues>({
    resolver,
    mode: "onTouched",
    defaultValues: defaultRequestValues(order),
  });
  const values = useWatch({ control: form.control }) as RequestFormValues;
  const chosen = chosenItems(values, order);
  // A step the values do not reach yet (a reload of the review without saved values, or
  // Forward after a change) shows the last step they reach.
  const step = isRestored
    ? reachableStep(requestedStep, form.getValues(), order, reasons)
    : "select";
  const storageKey = savedRequestKey(order.number);

  useEffect(() => {
    const saved = parseSavedRequest(readStorage(storageKey), order);
    if (saved) form.reset(saved);
    // sessionStorage exists only in the browser, so the saved values can be read only after
    // hydration, in an effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setIsRestored(true);
    // Runs once: later changes are saved by the effect below, not read back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The saved values include any IBAN and account holder typed. They stay in this tab's
  // sessionStorage until the request is sent or the tab is closed.
  useEffect(() => {
    if (isRestored && !created) writeStorage(storageKey, JSON.stringify(values));
  }, [isRestored, created, storageKey, values]);

  useEffect(() => {
    if (isRestored && !created && step !== requestedStep) {
      window.history.replaceState(null, "", requestStepHref(pathname, step));
    }
  }, [isRestored, created, step, requestedStep, pathname]);

  // A field that shows an error is checked again on every change, so the message goes away as
  // soon as the value is fixed, even before the field loses focus.
  useEffect(() => {
    return form.subscribe({
      formState: { values: true },
      callback: ({ name }) => {
        if (name && form.getFieldState(name as FieldPath<RequestFormValues>).error) {
          void form.trigger(name as FieldPath<RequestFormValues>);
        }
      },
    });
  }, [form]);

  // Each new step announces itself by moving focus to its heading, or to the first field the
  // server rejected. The step shown once the saved values are back keeps the page's focus.
  useEffect(() => {
    if (!isRestored) return;
    const previous = shownStep.current;
    shownStep.current = step;
    if (previous === undefined || previous === step) return;
    const field = focusAfterStep.current;
    focusAfterStep.current = undefined;
    if (field) form.setFocus(field);
    else headingRef.current?.focus();
  }, [step, isRestored, form]);

  function goTo(next: RequestStep) {
    setAlert(undefined);
    window.history.pushState(null, "", requestStepHref(pathname, next));
  }

  function showAlert(message: string) {
    setAlert({ text: message, takeFocus: true });
  }

  useEffect(() => {
    if (alert?.takeFocus) alertRef.current?.focus();
  }, [alert]);

  async function continueFromSelect() {
    if (chosen.length === 0) {
      showAlert(t("errors.noneSelected"));
      return;
    }
    const fields = chosen.map((entry) => `items.${entry.index}.quantity` as const);
    if (await form.trigger(fields, { shouldFocus: true })) goTo("details");
  }

  async function continueFromDetails() {
    if (await form.trigger(detailFields(chosen), { shouldFocus: true })) goTo("review");
  }

  async function submit() {
    // The ref blocks a second click before React has re-rendered the disabled button.
    if (sendingRef.current) return;
    sendingRef.current = true;
    setIsSending(true);
    setAlert(undefined);

    const sentValues = form.getValues();
    const body = buildBulkRequest(sentValues, chosen, order);
    const result = await postJson<CreatedRequest[]>(BULK_PATH, body, {
      locale,
      idempotencyKey: newIdempotencyKey(),
    });

    sendingRef.current = false;
    setIsSending(false);
    if (result.kind === "ok") {
      removeStorage(storageKey);
      setCreated({
        requests: result.data,
        chosen,
        refundAsLoyalty: sentValues.refundMethod === "loyalty",
      });
      form.reset(defaultRequestValues(order));
      window.history.replaceState(null, "", requestStepHref(pathname, "select"));
      return;
    }
    if (result.kind === "network") {
      showAlert(t("errors.network"));
      return;
    }

    // The API rejects items of orders this browser no longer has a session for as unknown
    // items. Reloading the page's server part at this step's URL then redirects to the lookup
    // if the session has expired, saying that nothing was sent, and otherwise leaves the form
    // as it is. Moving to another step first would reload that step's URL instead.
    if (rejectsEveryItem(result.body, chosen)) {
      router.refresh();
      showAlert(t("errors.unexpected"));
      return;
    }

    const fieldErrors = serverFieldErrors(result.body, chosen);
    if (fieldErrors.length === 0) {
      const nonField = readNonFieldError(result.body);
      showAlert(nonField?.message ?? t("errors.unexpected"));
      return;
    }
    // Unmounted fields keep their errors (shouldUnregister is off), so each shows its message
    // when its step is back on screen. The earliest step with an error is shown first.
    for (const { field, message } of fieldErrors) {
      form.setError(field as FieldPath<RequestFormValues>, { type: SERVER_ERROR_TYPE, message });
    }
    const onSelectStep = fieldErrors.find((error) => error.field.startsWith("items."));
    const first = onSelectStep ?? fieldErrors[0];
    focusAfterStep.current = first?.field as FieldPath<RequestFormValues> | undefined;
    goTo(onSelectStep ? "select" : "details");
    setAlert({ text: t("errors.fixFields", { count: fieldErrors.length }), takeFocus: false });
  }

  if (created) {
    return (
      <Confirmation
        orderNumber={order.number}
        requests={created.requests}
        chosen={created.chosen}
        refundAsLoyalty={created.refundAsLoyalty}
        headingRef={headingRef}
      />
    );
  }

  const stepIndex = REQUEST_STEPS.indexOf(step);
  const stepTitle = t(`steps.${step}`);

  return (
    <FormProvider {...form}>
      <p>{t("intro", { number: order.number })}</p>
      <form noValidate onSubmit={(event) => event.preventDefault()} className="stack">
        <div>
          <p className="step-indicator">
            {t("stepOf", { index: stepIndex + 1, count: REQUEST_STEPS.length })}
          </p>
          <h2 ref={headingRef} tabIndex={-1}>
            {stepTitle}
          </h2>
        </div>

        <div
          ref={alertRef}
          tabIndex={-1}
          role="alert"
          className={alert ? "notice notice--error" : "alert-region"}
        >
          {alert ? <p>{alert.text}</p> : null}
        </div>

        {step === "select" ? <SelectItemsStep order={order} /> : null}
        {step === "details" ? (
          <DetailsStep order={order} reasons={reasons} chosen={chosen} />
        ) : null}
        {step === "review" ? (
          <ReviewStep order={order} reasons={reasons} chosen={chosen} values={values} />
        ) : null}

        <div className="button-row">
          {step === "select" ? (
            <>
              <button
                className="button"
                type="button"
                onMouseDown={keepFocusOnPress}
                onClick={() => void continueFromSelect()}
              >
                {t("continue")}
              </button>
              <Link
                className="button button--secondary"
                href={`/orders/${encodeURIComponent(order.number)}/`}
              >
                {t("cancelFlow")}
              </Link>
            </>
          ) : null}
          {step === "details" ? (
            <>
              <button
                className="button"
                type="button"
                onMouseDown={keepFocusOnPress}
                onClick={() => void continueFromDetails()}
              >
                {t("continueToReview")}
              </button>
              <button
                className="button button--secondary"
                type="button"
                onMouseDown={keepFocusOnPress}
                onClick={() => goTo("select")}
              >
                {t("back")}
              </button>
            </>
          ) : null}
          {step === "review" ? (
            <>
              <button
                className="button"
                type="button"
                onMouseDown={keepFocusOnPress}
                onClick={() => void submit()}
                disabled={isSending}
                aria-disabled={isSending}
              >
                {isSending ? t("sending") : t("send", { count: chosen.length })}
              </button>
              <button
                className="button button--secondary"
                type="button"
                onMouseDown={keepFocusOnPress}
                onClick={() => goTo("details")}
                disabled={isSending}
              >
                {t("back")}
              </button>
            </>
          ) : null}
        </div>
      </form>
    </FormProvider>
  );
}

/**
 * Keeps focus in the field being edited while a step button is pressed. Otherwise the field's
 * blur validation can add or remove an error message between mousedown and mouseup, moving the
 * button so that the click never arrives. The click handler validates every field anyway.
 */
function keepFocusOnPress(event: MouseEvent<HTMLButtonElement>) {
  event.preventDefault();
}

/** Returns the requested step, or the last earlier step whose predecessors the values complete. */
function reachableStep(
  requested: RequestStep,
  values: RequestFormValues,
  order: RequestFlowOrder,
  reasons: RequestReason[],
): RequestStep {
  if (requested === "select") return "select";
  const errors = validateRequestForm(values, order, reasons);
  const chosen = chosenItems(values, order);
  const quantitiesValid = chosen.every((entry) => !errors.has(`items.${entry.index}.quantity`));
  if (chosen.length === 0 || !quantitiesValid) return "select";
  if (requested === "details" || errors.size > 0) return "details";
  return "review";
}

// sessionStorage throws when storage is disabled or full; the flow then works without it.
function readStorage(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStorage(key: string, value: string): void {
  try {
    window.sessionStorage.setItem(key, value);
  } catch {
    // Nothing is saved; a reload then starts the flow again.
  }
}

function removeStorage(key: string): void {
  try {
    window.sessionStorage.removeItem(key);
  } catch {
    // Storage is unavailable, so nothing was saved either.
  }
}

/** Lists the fields of the details step that apply to the chosen items. */
function detailFields(chosen: ChosenItem[]): Array<keyof RequestFormValues> {
  const fields: Array<keyof RequestFormValues> = [];
  if (chosen.some((entry) => entry.type === "cancel")) {
    fields.push("cancelReason", "cancelDescription");
  }
  if (chosen.some((entry) => entry.type === "refund")) {
    fields.push("refundReason", "refundDescription", ...REFUND_DETAIL_FIELDS);
  }
  return fields;
}

/** Tells whether the API rejected every chosen item as unknown, as it does without a session. */
function rejectsEveryItem(body: Record<string, unknown>, chosen: ChosenItem[]): boolean {
  const itemErrors = readItemErrors(body, "cancel_order_items");
  return (
    itemErrors.size === chosen.length &&
    [...itemErrors.values()].every((itemBody) => "order_item" in itemBody)
  );
}

/**
 * Maps the bulk endpoint's error body to form fields: item errors by index to the chosen item,
 * their field errors to the matching field and their non-field errors to the item's checkbox.
 */
function serverFieldErrors(
  body: Record<string, unknown>,
  chosen: ChosenItem[],
): ServerFieldError[] {
  const errors: ServerFieldError[] = [];
  for (const [index, itemBody] of readItemErrors(body, "cancel_order_items")) {
    const entry = chosen[index];
    if (!entry) continue;
    const nonField = readNonFieldError(itemBody);
    if (nonField)
      errors.push({ field: `items.${entry.index}.selected`, message: nonField.message });
    for (const [apiField, message] of Object.entries(readFieldErrors(itemBody))) {
      errors.push({ field: formFieldFor(entry, apiField), message });
    }
  }
  return errors;
}
