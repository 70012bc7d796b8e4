/**
 * Which law on legal normative documents a plan's date falls under, from data/laws-citation-year.json:
 * Luật 80/2015/QH13 (Điều 10) until 31/3/2025, Luật 64/2025/QH15 (Điều 7, khoản 3) from 01/4/2025. A
 * law is named only when the data marks both the law and its article on the number-symbol confirmed.
 */
import type { Period } from '../dates/plan-date';
import { versionOn, type BasisVersion } from './basis-versions';
import { isoDay } from './plan-when';

interface LawRow {
  readonly id: string;
  readonly effective?: string;
  readonly status: string;
}

// Loaded with require so that the bundler inlines it (see catalog/builtin.ts).
const data = require('../data/laws-citation-year.json') as { laws: LawRow[] };

/** `provision` as a finding names it: `Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13, Điều 10`. */
export type NormativeLaw = BasisVersion;

/** Each law's number and the article that puts the year of issue in the number-symbol. */
const ARTICLES: readonly (readonly [string, string])[] = [
  ['80/2015/QH13', 'Điều 10'],
  ['64/2025/QH15', 'Điều 7, khoản 3'],
];

const confirmed = (id: string) => data.laws.find((row) => row.id === id && row.status === 'confirmed');

const confirmedLaws: readonly NormativeLaw[] = ARTICLES.flatMap(([id, article]) => {
  const law = confirmed(id);
  if (!law?.effective || !confirmed(`${id} ${article.replace(/,.*$/, '')}`)) return [];
  return [{ provision: `Luật Ban hành văn bản quy phạm pháp luật số ${id}, ${article}`, from: isoDay(law.effective) }];
});

/**
 * The laws, oldest first, each in force until the next one's first day; none unless every one is
 * confirmed (with one missing, the one before it would be named for dates it no longer governs).
 */
export const NORMATIVE_LAWS: readonly NormativeLaw[] = confirmedLaws.length === ARTICLES.length ? confirmedLaws : [];

/**
 * The law in force over the whole period, or undefined: before the first law's day (an older law the
 * data does not hold), or a period (a plan known only to its year) that spans the change.
 */
export function normativeLawOn(period: Period): NormativeLaw | undefined {
  return versionOn(NORMATIVE_LAWS, period);
}
