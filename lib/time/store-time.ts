/** The store's time zone: return windows and pickup dates are counted in its calendar days. */
export const STORE_TIME_ZONE = process.env.STORE_TIME_ZONE ?? "Europe/Istanbul";

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The calendar date that `instant` falls on in `timeZone`. */
export function calendarDateIn(instant: Date, timeZone: string = STORE_TIME_ZONE): CalendarDate {
  const parts = cachedFormat(dateFormats, timeZone, {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value);
  return { year: part("year"), month: part("month"), day: part("day") };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}

/** Formats as "2024-01-01". */
export function formatCalendarDate(date: CalendarDate): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** Parses "2024-01-01", returning undefined unless it names a real calendar date. */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  ) {
    return undefined;
  }
  return { year, month, day };
}

export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return formatCalendarDate(a).localeCompare(formatCalendarDate(b));
}

/** The instant at which `date` starts (00:00) in `timeZone`, daylight saving included. */
export function startOfDayIn(date: CalendarDate, timeZone: string = STORE_TIME_ZONE): Date {
  const utcGuess = Date.UTC(date.year, date.month - 1, date.day);
  // The zone's offset can differ between the guess and the result around a DST change, so
  // correct twice.
  let instant = utcGuess - offsetMinutes(new Date(utcGuess), timeZone) * 60_000;
  instant = utcGuess - offsetMinutes(new Date(instant), timeZone) * 60_000;
  return new Date(instant);
}

function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = cachedFormat(dateTimeFormats, timeZone, {
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value);
  const asUtc = Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour"),
    part("minute"),
    part("second"),
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

// Creating an Intl.DateTimeFormat costs about ten times as much as using one, and every order
// item's return window needs several, so one formatter per time zone and shape is kept.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function cachedFormat(
  cache: Map<string, Intl.DateTimeFormat>,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let format = cache.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { ...options, timeZone });
    cache.set(timeZone, format);
  }
  return format;
}
