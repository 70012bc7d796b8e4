import type { CatalogLookup } from '../catalog/types';
import type { PlanDocument, Profile } from '../document';
import type { TextEdit } from '../text/edits';
import type { Locale, MessageData, MessageTable, Text, WithParity } from '../messages';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Edits live with the text toolkit; re-exported here for the rules and callers that import them from rules/types. */
export type { TextEdit } from '../text/edits';

export interface Fix {
  /** What the quick fix says it does, in Vietnamese. */
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  /**
   * The id of `message` in the rule's table, and the data that filled it. A message made of several
   * (`a+b`: a text, a space, another) joins their ids with `+`, and a later part's data keys are
   * prefixed with its id (`b.line`). Absent only when a rule reported text that is not its own.
   */
  readonly messageId?: string;
  readonly data?: MessageData;
  readonly start: number;
  readonly end: number;
  readonly fix?: Fix;
}

/** What a rule enforces and since when; `convention` marks advice with no legal provision behind it. */
export type Basis = { readonly provision: string; readonly since: string } | 'convention';

/** Cancellation lives below the rules, with the features and the catalog that use it too. */
export type { CancellationToken } from '../cancellation';

export interface RuleOptions {
  readonly requiredSections: readonly string[];
  /** Abbreviations that need no definition in the text (UBND, HĐND …), on top of the built-in list. */
  readonly knownAbbreviations: readonly string[];
  /** Full forms of abbreviations, so that a fix can insert the definition: `{ "DTTS": "dân tộc thiểu số" }`. */
  readonly abbreviationExpansions: Readonly<Record<string, string>>;
  /** The directive catalog citations are looked up in; the built-in catalog when absent. */
  readonly catalog?: CatalogLookup;
}

export type { Locale, Text, MessageTable, MessageData, Message } from '../messages';

export interface RuleContext<Id extends string = string> {
  readonly profile: Profile;
  readonly options: RuleOptions;
  readonly locale: Locale;
  /**
   * The rule's message `id` in the current locale with its placeholders filled. A finding whose message
   * is such a text (or several joined by spaces) carries the id and data: see {@link Finding.messageId}.
   */
  t(id: Id, data?: MessageData): string;
  /**
   * `severity` marks a finding milder (or stronger) than the rule's default, such as a hint where the
   * evidence is weak; a severity the user configured for the rule still wins.
   */
  report(finding: { message: string; start: number; end: number; fix?: Fix; severity?: Severity }): void;
}

/** Which texts a rule checks: see {@link Rule.scope}. */
export type RuleScope = 'any-text' | 'plan';

export interface Rule<M extends MessageTable = MessageTable> {
  readonly id: string;
  /** One line for the README table and hovers. */
  readonly description: Text;
  readonly messages: M;
  readonly defaultSeverity: Severity;
  readonly fixable: boolean;
  /**
   * False when the fix needs the drafter's eye (it inserts placeholders or moves whole sections): it is
   * then offered as a quick fix but left out of “fix all” and fix-on-save. Default true.
   */
  readonly fixAll?: boolean;
  readonly basis: Basis;
  /**
   * `docx` for a rule that reads a Word file's formatting (PlanDocument.source): it is silent on text,
   * so its proof is .docx files built by the tests (test/docx/format-rules.test.ts), not text fixtures.
   */
  readonly appliesTo?: 'docx';
  /**
   * `any-text` for a rule that reads what any administrative text holds (citations, dates, abbreviations,
   * disable comments): it also checks a file that is not a plan when the user asks for it (a file named
   * on the command line, “check as text” in the editor). `plan` (the default) for the plan's own rules:
   * its sections, its header, its format.
   */
  readonly scope?: RuleScope;
  check(doc: PlanDocument, ctx: RuleContext<keyof M & string>): void;
}

/**
 * A rule whose `ctx.t` takes only the ids of its own `messages`: a wrong id fails to compile, and so does
 * a message whose two languages name different placeholders. (Helpers
 * typed with the plain `RuleContext` take any string; test/core/messages.test.ts checks their ids.)
 */
export function defineRule<const M extends Record<string, Text>>(rule: Rule<M> & { readonly messages: WithParity<M> }): Rule {
  return rule as unknown as Rule;
}
