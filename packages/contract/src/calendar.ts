// The working-day calendar and business dates: plain functions without schemas, the same in the
// server (deadlines it stores) and in browsers (due dates a widget shows).

/** Statutory holidays beyond weekends and weekend days that are worked (调休), YYYY-MM-DD. */
export interface WorkingCalendar {
  holidays: readonly string[];
  workdays: readonly string[];
}

/** The 2026 calendar of the State Council's holiday notice: the default policy's. */
export const defaultCalendar: { holidays: string[]; workdays: string[] } = {
  holidays: [
    '2026-01-01',
    '2026-01-02',
    '2026-02-16',
    '2026-02-17',
    '2026-02-18',
    '2026-02-19',
    '2026-02-20',
    '2026-02-23',
    '2026-04-06',
    '2026-05-01',
    '2026-05-04',
    '2026-05-05',
    '2026-06-19',
    '2026-09-25',
    '2026-10-01',
    '2026-10-02',
    '2026-10-05',
    '2026-10-06',
    '2026-10-07',
  ],
  workdays: ['2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};

const iso = (d: Date) => d.toISOString().slice(0, 10);

// Business dates (publicity windows, deadlines, commitment codes) follow China Standard Time.
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar date in China Standard Time, YYYY-MM-DD: the day deadlines count from, for the server and the widgets. */
export function businessDate(at: Date): string {
  return iso(new Date(at.getTime() + CST_OFFSET_MS));
}

/** Whether `date` (YYYY-MM-DD, read in UTC) is a working day under the policy's calendar. */
export function isWorkingDay(date: string, policy: WorkingCalendar = defaultCalendar): boolean {
  if (policy.workdays.includes(date)) return true;
  if (policy.holidays.includes(date)) return false;
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6;
}

/** The date `n` working days after `from` (a deadline such as 10 working days for a repair review). */
export function addWorkingDays(from: string, n: number, policy: WorkingCalendar = defaultCalendar): string {
  const d = new Date(`${from.slice(0, 10)}T00:00:00Z`);
  let left = n;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (isWorkingDay(iso(d), policy)) left--;
  }
  return iso(d);
}

/**
 * Working days after `from` up to and including `to` under the policy's calendar (0 when `to` is not
 * after `from`): how many working days are left before a deadline.
 */
export function workingDaysBetween(from: string, to: string, policy: WorkingCalendar = defaultCalendar): number {
  const d = new Date(`${from.slice(0, 10)}T00:00:00Z`);
  const end = to.slice(0, 10);
  let n = 0;
  // Bounded: a deadline is never more than a few years away.
  for (let i = 0; i < 3660 && iso(d) < end; i++) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (isWorkingDay(iso(d), policy)) n++;
  }
  return n;
}

/** Calendar months after a date, clamped to the month's end (2026-01-31 + 1 month = 2026-02-28). */
export function addMonths(from: string, n: number): string {
  const [y, m, d] = from.slice(0, 10).split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return iso(target);
}
