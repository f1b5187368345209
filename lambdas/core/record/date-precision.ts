import type { DatePrecision } from './schema.js';

/**
 * How sharp a date of each precision is, higher is sharper: a full day, a day without its year, a month, a
 * year, an unknown date. The one order for every place that keeps or puts first the sharper of two dates.
 */
export const DATE_SHARPNESS: Readonly<Record<DatePrecision, number>> = { unknown: 0, year: 1, month: 2, 'month-day': 3, day: 4 };
