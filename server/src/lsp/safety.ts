/**
 * The server never fails inside: a handler that throws is logged and answers its empty answer, a
 * request the client answers with an error counts as no answer, and in the server's own process a
 * stray rejection or exception is logged instead of ending it. Only `exit` (and the client going
 * away) ends the server.
 */
import type { Connection } from 'vscode-languageserver';

/** What failed, in one line: the error's message, never its stack. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  try {
    return String(error);
  } catch {
    return typeof error;
  }
}

/** Writes to the client's log; falls back to stderr once the connection is closed. */
export function logError(connection: Connection, message: string): void {
  try {
    connection.console.error(message);
  } catch {
    try {
      process.stderr.write(`${message}\n`);
    } catch {
      // Nowhere left to say it.
    }
  }
}

/**
 * `handler` as the connection calls it, answering `fallback` (null or empty) when it throws, after
 * `onError` has logged it: the failure is seen, and costs the editor nothing.
 */
export function guarded<A extends unknown[], R, F>(
  onError: (error: unknown) => void, fallback: F, handler: (...args: A) => R | Promise<R>,
): (...args: A) => Promise<R | F> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (e) {
      onError(e);
      return fallback;
    }
  };
}

/**
 * A call to the client (a message box, the configuration, a registration, a notification) whose failure is no
 * failure of ours: an error answer, a closed connection (which throws before any promise) → undefined.
 */
export async function quietly<T>(ask: () => Promise<T> | T): Promise<T | undefined> {
  try {
    return await ask();
  } catch {
    return undefined;
  }
}

/**
 * For the server's own process (never for a test runner that hosts a server in-process): an unhandled
 * rejection or an uncaught exception is reported, not fatal. `process.exit` is untouched.
 */
export function guardProcess(report: (kind: 'unhandledRejection' | 'uncaughtException', error: unknown) => void, target: NodeJS.EventEmitter = process): void {
  let reporting = false;
  const on = (kind: 'unhandledRejection' | 'uncaughtException') => (error: unknown) => {
    // A failure while reporting (a broken pipe) must not report itself again, forever.
    if (reporting) return;
    reporting = true;
    try {
      report(kind, error);
    } catch {
      // Reporting is best effort.
    } finally {
      reporting = false;
    }
  };
  target.on('unhandledRejection', on('unhandledRejection'));
  target.on('uncaughtException', on('uncaughtException'));
}
