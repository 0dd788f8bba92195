import { ERROR_CODES, type ErrorCode } from "./error-codes";

/**
 * A message to translate: a key under `errors.` or `validation.` in messages/*.json, with the
 * values its ICU placeholders need.
 */
export interface MessageRef {
  key: string;
  values?: Record<string, string | number>;
}

/** Field errors keyed by field path, for example "quantity" or "pickup_date.hour_range". */
export type FieldErrors = Record<string, MessageRef>;

/**
 * The one error type route handlers throw. It renders either as field errors
 * (`{"quantity": "..."}`) or as `{"non_field_errors": "...", "error_code": "..."}`, translated
 * into the request's language when the response is built.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | undefined;
  readonly fieldErrors: FieldErrors | undefined;
  readonly headers: Record<string, string>;
  readonly messageValues: Record<string, string | number> | undefined;
  readonly itemErrors: ItemErrors | undefined;

  private constructor(options: {
    status: number;
    code?: ErrorCode;
    fieldErrors?: FieldErrors;
    headers?: Record<string, string>;
    messageValues?: Record<string, string | number>;
    itemErrors?: ItemErrors;
    logMessage: string;
  }) {
    super(options.logMessage);
    this.name = "ApiError";
    this.status = options.status;
    this.code = options.code;
    this.fieldErrors = options.fieldErrors;
    this.headers = options.headers ?? {};
    this.messageValues = options.messageValues;
    this.itemErrors = options.itemErrors;
  }

  /** An error that concerns the request as a whole, with a code from the table. */
  static of(
    code: ErrorCode,
    options: { headers?: Record<string, string>; values?: Record<string, string | number> } = {},
  ): ApiError {
    return new ApiError({
      status: ERROR_CODES[code].status,
      code,
      headers: options.headers,
      messageValues: options.values,
      logMessage: ERROR_CODES[code].log,
    });
  }

  /** Errors on named fields; 400 unless the rule calls for another status. */
  static fields(fieldErrors: FieldErrors, status = 400): ApiError {
    return new ApiError({
      status,
      fieldErrors,
      logMessage: `invalid fields: ${Object.keys(fieldErrors).join(", ")}`,
    });
  }

  static field(field: string, key: string, values?: Record<string, string | number>): ApiError {
    return ApiError.fields({ [field]: { key, values } });
  }

  /**
   * Errors of the items of a list field, keyed by index: `{"cancel_order_items": {"1": {...}}}`.
   * The status is the items' common status, or 400 when they differ.
   */
  static items(field: string, errors: Map<number, ApiError>): ApiError {
    const statuses = new Set([...errors.values()].map((error) => error.status));
    const [onlyStatus] = statuses;
    return new ApiError({
      status: statuses.size === 1 && onlyStatus !== undefined ? onlyStatus : 400,
      itemErrors: { field, errors },
      logMessage: `invalid items at ${[...errors.keys()].join(", ")} of ${field}`,
    });
  }
}

export interface ItemErrors {
  field: string;
  errors: Map<number, ApiError>;
}
