import { citationCatalogMismatch } from './citation-catalog-mismatch';
import { citationFormat } from './citation-format';
import { citationIncomplete } from './citation-incomplete';
import { citationInconsistent } from './citation-inconsistent';
import { citationIssuerMismatch } from './citation-issuer-mismatch';
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
import { headerTitle } from './header-title';
import { abbreviationUndefined } from './abbreviation-undefined';
import { recipientsFormat } from './recipients-format';
import { sectionEmpty } from './section-empty';
import { sectionMissing } from './section-missing';
import { sectionNumbering } from './section-numbering';
import { sectionOrder } from './section-order';
import type { Rule } from './types';

/** Every rule, in the order their findings are listed for one line. */
export const RULES: readonly Rule[] = [sectionMissing, sectionOrder, sectionNumbering, sectionEmpty,
  dateInvalid, dateCitedAfterIssue, dateDeadlineBeforeIssue, dateRangeReversed, dateFormat, dateWeekday,
  headerNationalTitle, headerMottoDash, headerNumber, headerDateLine, headerTitle, abbreviationUndefined,
  citationFormat, citationTypeMismatch, citationIssuerMismatch, citationYearMismatch, citationIncomplete, citationInconsistent,
  citationSuperseded, citationCatalogMismatch, contentEndMark, recipientsFormat, disableCommentUnknownRule,
  formatPage, formatMargins, formatFont, formatFontSize, formatHeaderStyle, formatPageNumber, formatBody];
