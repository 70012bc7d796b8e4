import { citationCatalogMismatch } from './citation-catalog-mismatch';
import { citationFormat } from './citation-format';
import { citationIncomplete } from './citation-incomplete';
import { citationInconsistent } from './citation-inconsistent';
import { citationIssuerMismatch } from './citation-issuer-mismatch';
import { citationIssuerName } from './citation-issuer-name';
import { citationSuperseded } from './citation-superseded';
import { citationTypeMismatch } from './citation-type-mismatch';
import { citationYearMismatch } from './citation-year-mismatch';
import { contentEndMark } from './content-end-mark';
import { dateCitedAfterIssue } from './date-cited-after-issue';
import { dateDeadlineBeforeIssue } from './date-deadline-before-issue';
import { dateFormat } from './date-format';
import { dateInvalid } from './date-invalid';
import { dateRangeReversed } from './date-range-reversed';
import { dateWeekday } from './date-weekday';
import { disableCommentUnknownRule } from './disable-comment-unknown-rule';
import { formatBody } from './format-body';
import { formatFont } from './format-font';
import { formatFontSize } from './format-font-size';
import { formatHeaderStyle } from './format-header-style';
import { formatMargins } from './format-margins';
import { formatPage } from './format-page';
import { formatPageNumber } from './format-page-number';
import { headerDateLine } from './header-date-line';
import { headerMottoDash } from './header-motto-dash';
import { headerNationalTitle } from './header-national-title';
import { headerNumber } from './header-number';
import { headerPlaceObsolete } from './header-place-obsolete';
import { headerTitle } from './header-title';
import { abbreviationUndefined } from './abbreviation-undefined';
import { annexReference } from './annex-reference';
import { recipientsFormat } from './recipients-format';
import { sectionEmpty } from './section-empty';
import { sectionMissing } from './section-missing';
import { sectionNumbering } from './section-numbering';
import { sectionOrder } from './section-order';
import { signatureAuthority } from './signature-authority';
import type { Rule } from './types';

/**
 * A rule that reads what any administrative text holds, and so also checks a Quyết định, a Báo cáo or a
 * news page the user names (scope `any-text`). The dates, the citations, the abbreviations and the
 * disable comments are written alike in every document; the sections, the header's plan number and
 * title, and the Word format are the plan's (the header and format rules ask for a KH number, a
 * `KẾ HOẠCH` title, the plan's own layout).
 */
const anyText = (rule: Rule): Rule => ({ ...rule, scope: 'any-text' });

/** Every rule, in the order their findings are listed for one line. */
export const RULES: readonly Rule[] = [sectionMissing, sectionOrder, sectionNumbering, sectionEmpty,
  // A deadline before the issue date is the plan's own: a Báo cáo rightly tells of deadlines already past.
  ...[dateInvalid, dateCitedAfterIssue].map(anyText), dateDeadlineBeforeIssue, ...[dateRangeReversed, dateFormat, dateWeekday].map(anyText),
  headerNationalTitle, headerMottoDash, headerNumber, headerDateLine, headerPlaceObsolete, headerTitle, anyText(abbreviationUndefined),
  ...[citationFormat, citationTypeMismatch, citationIssuerMismatch, citationYearMismatch, citationIncomplete, citationInconsistent,
    citationSuperseded, citationCatalogMismatch, citationIssuerName].map(anyText),
  // The end mark and Nơi nhận are the plan's (a Quyết định has its own); disable comments are in any text.
  contentEndMark, recipientsFormat, signatureAuthority, annexReference, anyText(disableCommentUnknownRule),
  formatPage, formatMargins, formatFont, formatFontSize, formatHeaderStyle, formatPageNumber, formatBody];
