import { fileURLToPath } from 'node:url';

export const isFileUri = (uri: string): boolean => uri.startsWith('file:');

/** The file-system path of a `file:` URI (right on Windows too), undefined for `untitled:` and the like. */
export const pathOf = (uri: string): string | undefined => (isFileUri(uri) ? fileURLToPath(uri) : undefined);
