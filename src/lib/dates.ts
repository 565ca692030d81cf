// Dates in content are written the Vietnamese way, dd/mm/yyyy: YAML would silently roll an
// impossible ISO date such as 2017-02-30 over to 2 March, while a plain string can be checked.

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const VN_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses "30/10/2016"; returns null for a malformed or impossible date. */
export function parseVietnameseDate(text: string): CalendarDate | null {
  const match = VN_DATE.exec(text.trim());
  if (!match) return null;
  const day = Number(match[1]);
  const month = Number(match[2]);
  const year = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2016-10-30": machine form, sorts as text, used in <time datetime>. */
export function toIsoDate(date: CalendarDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** "30/10/2016": the form readers expect. */
export function formatVietnameseDate(date: CalendarDate): string {
  return `${pad(date.day)}/${pad(date.month)}/${date.year}`;
}

/** "2016-10-30" → "30/10/2016", for showing a date stored in the machine form. */
export function formatIsoDate(iso: string): string {
  return formatVietnameseDate(fromIsoDate(iso));
}

/** The calendar day of a Date in the reader's own time zone. */
export function calendarDateOf(date: Date): CalendarDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** Parses the machine form back; throws on anything else, since it only ever comes from toIsoDate. */
export function fromIsoDate(iso: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Not an ISO date: ${iso}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** The instant a day starts for feeds: 07:00 Vietnam time (UTC+7), which is midnight UTC. */
export function toUtcDate(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day, 0, 0, 0));
}

/** RFC 822 date for RSS, at 07:00 Vietnam time (UTC+7) on that day. */
export function toRfc822(date: CalendarDate): string {
  return toUtcDate(date).toUTCString();
}
