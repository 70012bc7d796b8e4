import { sectionEmpty } from './section-empty';
import { sectionMissing } from './section-missing';
import { sectionNumbering } from './section-numbering';
import { sectionOrder } from './section-order';
import type { Rule } from './types';

/** Every rule, in the order their findings are listed for one line. */
export const RULES: readonly Rule[] = [sectionMissing, sectionOrder, sectionNumbering, sectionEmpty];
