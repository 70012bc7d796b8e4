/** Typed like vscode's and LSP's tokens so that either can be passed straight in. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}
