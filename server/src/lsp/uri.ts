import { fileURLToPath, pathToFileURL } from 'node:url';

// Every URI here comes from the client as it wrote it: none of these functions throws, whatever the string.

export const isFileUri = (uri: string): boolean => /^file:/i.test(uri);

/**
 * The file-system path of a `file:` URI (right on Windows too); undefined when it names no local file:
 * `untitled:`, a notebook cell, another machine's share, a NUL character, a URI that does not parse.
 */
export function pathOf(uri: string): string | undefined {
  if (!isFileUri(uri)) return undefined;
  let path: string | undefined;
  try {
    path = fileURLToPath(uri);
  } catch {
    path = lenientPath(uri);
  }
  return path === undefined || path.includes('\0') ? undefined : path;
}

/** One spelling per file (VS Code and Node percent-encode a few characters differently); other URIs as they are. */
export function normalizeUri(uri: string): string {
  const path = pathOf(uri);
  return path === undefined ? uri : pathToFileURL(path).toString();
}

/**
 * What VS Code reads in a file URI that Node refuses: `%2F` inside a name is a slash, a bad escape
 * (`%ZZ`, broken UTF-8) stays as written. A host other than localhost is another machine's share, not
 * a local file (on Windows Node has already taken a plain one as a UNC path).
 */
function lenientPath(uri: string): string | undefined {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return undefined;
  }
  if (url.hostname !== '' && url.hostname !== 'localhost') return undefined;
  const path = decodeLeniently(url.pathname);
  return process.platform === 'win32' ? path.replace(/^\/(?=[A-Za-z]:)/, '').replace(/\//g, '\\') : path;
}

/** Each run of escapes decoded as UTF-8 when it is valid, kept as written when not. */
const decodeLeniently = (text: string): string =>
  text.replace(/(?:%[0-9A-Fa-f][0-9A-Fa-f])+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
