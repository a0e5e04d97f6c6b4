/** Time as the server sees it; tests replace it to step past publicity periods and deadlines. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The calendar date in China Standard Time (one definition, in the contract, shared with the widgets). */
export { businessDate } from '@credit-kit/contract';
