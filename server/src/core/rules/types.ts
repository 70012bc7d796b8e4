import type { CatalogLookup } from '../catalog/types';
import type { PlanDocument, Profile } from '../document';
import type { TextEdit } from '../text/edits';

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
  readonly start: number;
  readonly end: number;
  readonly fix?: Fix;
}

/** What a rule enforces and since when; `convention` marks advice with no legal provision behind it. */
export type Basis = { readonly provision: string; readonly since: string } | 'convention';

/** Typed like vscode's and LSP's tokens so that either can be passed straight in. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export interface RuleOptions {
  readonly requiredSections: readonly string[];
  /** Abbreviations that need no definition in the text (UBND, HĐND …), on top of the built-in list. */
  readonly knownAbbreviations: readonly string[];
  /** Full forms of abbreviations, so that a fix can insert the definition: `{ "DTTS": "dân tộc thiểu số" }`. */
  readonly abbreviationExpansions: Readonly<Record<string, string>>;
  /** The directive catalog citations are looked up in; the built-in catalog when absent. */
  readonly catalog?: CatalogLookup;
}

export type Locale = 'vi' | 'en';

/** One message in both languages; `{name}` placeholders are filled by `RuleContext.t`. */
export interface Text {
  readonly vi: string;
  readonly en: string;
}

/** A rule's messages by id: the one place its wording lives, in both languages. */
export type MessageTable = Readonly<Record<string, Text>>;

export type MessageData = Readonly<Record<string, string | number>>;

export interface RuleContext {
  readonly profile: Profile;
  readonly options: RuleOptions;
  readonly locale: Locale;
  /** The rule's message `id` in the current locale with its placeholders filled. */
  t(id: string, data?: MessageData): string;
  /**
   * `severity` marks a finding milder (or stronger) than the rule's default, such as a hint where the
   * evidence is weak; a severity the user configured for the rule still wins.
   */
  report(finding: { message: string; start: number; end: number; fix?: Fix; severity?: Severity }): void;
}

export interface Rule {
  readonly id: string;
  /** One line for the README table and hovers. */
  readonly description: Text;
  readonly messages: MessageTable;
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
  check(doc: PlanDocument, ctx: RuleContext): void;
}
