/** What the server says about its own failures: once per document, rule and message; never a stack trace to the user. */
import type { CancellationToken, Connection } from 'vscode-languageserver';
import type { Locale, RuleError } from '../core/lint';
import { formatSize, serverText } from './messages';
import { describeError, guarded, logError, quietly } from './safety';

/** The document a request is about, for the log: `textDocument.uri` or (custom requests) `uri`. */
function uriIn(params: unknown): unknown {
  const p = params as { textDocument?: { uri?: unknown }; uri?: unknown } | null | undefined;
  return p?.textDocument?.uri ?? p?.uri;
}

export class ServerLog {
  private readonly loggedRuleErrors = new Map<string, Set<string>>();
  private readonly warnedTooLarge = new Set<string>();

  constructor(private readonly connection: Connection, private readonly locale: () => Locale) {}

  failed(what: string, uri?: unknown): (error: unknown) => void {
    return (error) => logError(this.connection, serverText(this.locale(), 'handlerFailed', { what, uri: uri === undefined ? '–' : String(uri), detail: describeError(error) }));
  }

  /** A request handler that logs a failure and answers `fallback` (null or empty) instead. */
  request<P, R, F>(what: string, fallback: F, handler: (params: P, token: CancellationToken) => R | Promise<R>) {
    return (params: P, token: CancellationToken) => guarded((e) => this.failed(what, uriIn(params))(e), fallback, handler)(params, token);
  }

  /** Once per document, rule and message: a rule failing on every keystroke says so once. */
  ruleFailed(uri: string): (error: RuleError) => void {
    return (error) => {
      const seen = this.loggedRuleErrors.get(uri) ?? new Set<string>();
      this.loggedRuleErrors.set(uri, seen);
      const detail = describeError(error.cause);
      if (seen.has(`${error.ruleId}\0${detail}`)) return;
      seen.add(`${error.ruleId}\0${detail}`);
      logError(this.connection, serverText(this.locale(), 'ruleFailed', { rule: error.ruleId, uri, detail }));
    };
  }

  /** A plan too large to check: the user is told once per document. */
  tooLarge(uri: string, size: number, max: number): void {
    if (this.warnedTooLarge.has(uri)) return;
    this.warnedTooLarge.add(uri);
    const locale = this.locale();
    const sizes = { size: formatSize(size, locale, Math.ceil), max: formatSize(max, locale, Math.floor) };
    void quietly(() => this.connection.window.showWarningMessage(serverText(locale, 'tooLarge', sizes)));
  }

  processFailed(kind: string, error: unknown): void {
    logError(this.connection, serverText(this.locale(), 'processFailed', { kind, detail: describeError(error) }));
  }

  forget(uri: string): void {
    this.loggedRuleErrors.delete(uri);
  }
}
