"use client";

import { useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";

import { useErrorText } from "@/components/forms/error-text";
import { SelectField } from "@/components/forms/choice-fields";
import { FieldError, fieldIds } from "@/components/forms/field";
import { useWireFormat } from "@/components/order/format";
import type { RequestFormValues } from "@/lib/guest-portal/request-form";
import type { RequestFlowOrder, RequestableItem } from "@/lib/guest-portal/request-view";

type UntypedTranslator = { (key: string): string; has(key: string): boolean };

/** Step 1: tick the items to cancel or return and choose how many units of each. */
export function SelectItemsStep({ order }: { order: RequestFlowOrder }) {
  const t = useTranslations("request.select");
  const groups = [
    { key: "cancel", heading: t("cancelHeading"), hint: t("cancelHint") },
    { key: "refund", heading: t("returnHeading"), hint: t("returnHint") },
  ] as const;
  const unavailable = order.items.filter((item) => item.type === null);

  return (
    <div className="stack">
      {groups.map((group) => {
        const entries = order.items
          .map((item, index) => ({ item, index }))
          .filter(({ item }) => item.type === group.key);
        if (entries.length === 0) return null;
        return (
          <section key={group.key} aria-labelledby={`group-${group.key}`} className="stack">
            <div>
              <h3 id={`group-${group.key}`}>{group.heading}</h3>
              <p className="small muted">{group.hint}</p>
            </div>
            <ul className="plain-list stack">
              {entries.map(({ item, index }) => (
                <li key={item.id}>
                  <SelectableItem item={item} index={index} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {unavailable.length > 0 ? (
        <section aria-labelledby="group-unavailable" className="stack">
          <h3 id="group-unavailable">{t("unavailableHeading")}</h3>
          <ul className="plain-list stack">
            {unavailable.map((item) => (
              <li key={item.id}>
                <UnavailableItem item={item} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function SelectableItem({ item, index }: { item: RequestableItem; index: number }) {
  const t = useTranslations("request.select");
  const errorText = useErrorText();
  const format = useWireFormat();
  const {
    register,
    formState: { errors },
  } = useFormContext<RequestFormValues>();
  const selected = useWatch<RequestFormValues>({ name: `items.${index}.selected` }) === true;

  const checkboxId = `item-${item.id}-selected`;
  const selectionError = errorText(errors.items?.[index]?.selected);
  const quantityError = errorText(errors.items?.[index]?.quantity);
  const ids = fieldIds(checkboxId, true, selectionError);

  return (
    <div className={selected ? "selectable-item selectable-item--selected" : "selectable-item"}>
      <label className="choice selectable-item__choice" htmlFor={checkboxId}>
        <input
          id={checkboxId}
          type="checkbox"
          aria-invalid={selectionError ? true : undefined}
          aria-describedby={ids.describedBy}
          {...register(`items.${index}.selected`)}
        />
        <span>
          <strong>{item.name}</strong>
          <span id={ids.hintId} className="choice__description">
            {[
              ...item.attributes.map(([name, value]) => `${name}: ${value}`),
              format.money(item.price, item.currency),
              t(item.type === "refund" ? "returnable" : "cancellable", {
                count: item.requestableQuantity,
              }),
            ].join(" · ")}
          </span>
        </span>
      </label>
      <FieldError id={ids.errorId} message={selectionError} />
      {selected ? (
        item.requestableQuantity > 1 ? (
          <div className="selectable-item__quantity">
            <SelectField
              id={`item-${item.id}-quantity`}
              label={t("quantityLabel", { name: item.name })}
              error={quantityError}
              {...register(`items.${index}.quantity`)}
            >
              {Array.from({ length: item.requestableQuantity }, (_, unit) => (
                <option key={unit + 1} value={String(unit + 1)}>
                  {unit + 1}
                </option>
              ))}
            </SelectField>
          </div>
        ) : (
          <>
            <p className="small selectable-item__quantity">{t("singleUnit")}</p>
            <FieldError id={`item-${item.id}-quantity-error`} message={quantityError} />
          </>
        )
      ) : null}
    </div>
  );
}

function UnavailableItem({ item }: { item: RequestableItem }) {
  const tErrors = useTranslations("errors") as unknown as UntypedTranslator;
  return (
    <div className="selectable-item selectable-item--unavailable">
      <p>
        <strong>{item.name}</strong> <span className="badge">{item.statusLabel}</span>
      </p>
      {item.blockedBy && tErrors.has(item.blockedBy) ? (
        <p className="small muted">{tErrors(item.blockedBy)}</p>
      ) : null}
    </div>
  );
}
