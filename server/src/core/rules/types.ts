import type { PlanDocument, Profile } from '../document';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Replace [start, end) of the original text with `text`; an insertion has start === end. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

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
}

export interface RuleContext {
  readonly profile: Profile;
  readonly options: RuleOptions;
  report(finding: { message: string; start: number; end: number; fix?: Fix }): void;
}

export interface Rule {
  readonly id: string;
  /** One line, Vietnamese, for the README table and hovers. */
  readonly description: string;
  readonly defaultSeverity: Severity;
  readonly fixable: boolean;
  readonly basis: Basis;
  check(doc: PlanDocument, ctx: RuleContext): void;
}
