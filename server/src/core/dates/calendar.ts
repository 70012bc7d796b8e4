/** Proleptic Gregorian calendar arithmetic, with no Date objects and no time zones. */

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01 (negative before), for counting the days between two dates. */
export function dayNumber(year: number, month: number, day: number): number {
  // Howard Hinnant's days_from_civil.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** 0 = Sunday (Chủ nhật), 1 = Monday (thứ Hai) … 6 = Saturday (thứ Bảy). */
export function weekdayOf(year: number, month: number, day: number): number {
  // 1970-01-01 was a Thursday.
  return (((dayNumber(year, month, day) + 4) % 7) + 7) % 7;
}

export interface WeekdayNames {
  /** As a message names the day: `thứ Hai`, `Chủ nhật`. */
  readonly vi: string;
  readonly en: string;
  /** The word after `thứ`, capitalized (`Hai`); Sunday is `Chủ nhật`, with no `thứ`. */
  readonly afterThu?: string;
  /** Other spellings of that word met in plans, lower case (`bẩy`). */
  readonly variants?: readonly string[];
}

/**
 * The one table of weekdays, indexed like weekdayOf: `thứ Hai` is Monday, the second day of the week.
 * Dates read them (dates/weekday), messages and hovers name them, date-weekday's fix writes them.
 */
export const WEEKDAYS: readonly WeekdayNames[] = [
  { vi: 'Chủ nhật', en: 'Sunday' },
  { vi: 'thứ Hai', en: 'Monday', afterThu: 'Hai' },
  { vi: 'thứ Ba', en: 'Tuesday', afterThu: 'Ba' },
  { vi: 'thứ Tư', en: 'Wednesday', afterThu: 'Tư' },
  { vi: 'thứ Năm', en: 'Thursday', afterThu: 'Năm' },
  { vi: 'thứ Sáu', en: 'Friday', afterThu: 'Sáu' },
  { vi: 'thứ Bảy', en: 'Saturday', afterThu: 'Bảy', variants: ['bẩy'] },
];

/** The date of a day number (inverse of dayNumber). */
export function fromDayNumber(n: number): { year: number; month: number; day: number } {
  // Howard Hinnant's civil_from_days.
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
