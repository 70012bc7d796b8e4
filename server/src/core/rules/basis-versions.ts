/**
 * A rule whose basis changed over time keeps a table of versions: each names its provision and the
 * first day it applies, and holds until the next one's first day. The rule picks the version in force
 * on the date that decides (the plan's own date, see plan-when.ts, or a cited document's date) and its
 * finding names it. Used by citation-year-mismatch (normative-law.ts) and citation-type-mismatch
 * (type-abbr-versions.ts).
 */
import type { Period } from '../dates/plan-date';

export interface BasisVersion {
  /** As a finding names it: `Thông tư 01/2011/TT-BNV`. */
  readonly provision: string;
  /** First day it applies, as a day number (dates/calendar.ts). */
  readonly from: number;
}

/**
 * The version in force over the whole period, or undefined: before the first version (an older text the
 * data does not hold), or a period (a plan known only to its year) that spans a change.
 * `versions` are sorted oldest first.
 */
export function versionOn<V extends BasisVersion>(versions: readonly V[], period: Period): V | undefined {
  const index = versions.findIndex((v, k) => v.from <= period.first && period.last < (versions[k + 1]?.from ?? Infinity));
  return index < 0 ? undefined : versions[index];
}

/**
 * Every version that applied on some day up to `last`, oldest first: those a document issued no later
 * than that day (one cited by a plan of that date, when the citation names no date) may follow.
 */
export function versionsUpTo<V extends BasisVersion>(versions: readonly V[], last: number): V[] {
  return versions.filter((v) => v.from <= last);
}
