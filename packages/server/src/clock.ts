/** Time as the server sees it; tests replace it to step past publicity periods and deadlines. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

// Business dates (publicity windows, deadlines, commitment codes) follow China Standard Time.
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar date in China Standard Time, YYYY-MM-DD. */
export function businessDate(at: Date): string {
  return new Date(at.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
}
