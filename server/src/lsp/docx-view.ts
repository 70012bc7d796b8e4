/**
 * The read-only view "Kế hoạch: Kiểm tra tệp Word" opens on a Word file: a document of the scheme
 * `kehoach-docx:` whose path is the .docx's path, holding the text the reader extracts. The server
 * checks it as a plan, but everything that belongs to a file (settings and `.kehoach.json`, catalogs,
 * plan globs) is looked up for the .docx itself, and the view is no file of the workspace index.
 */

export const DOCX_VIEW_SCHEME = 'kehoach-docx';

const PREFIX = `${DOCX_VIEW_SCHEME}:`;

/** Whether `uri` is a Word file's view. */
export function isDocxView(uri: unknown): uri is string {
  return typeof uri === 'string' && uri.slice(0, PREFIX.length).toLowerCase() === PREFIX;
}

/**
 * The `file:` URI of the .docx a view shows (`kehoach-docx:/d/ke-hoach.docx` → `file:///d/ke-hoach.docx`,
 * a share's authority kept); undefined for any other URI. A query or fragment is no part of the path.
 */
export function docxViewSource(uri: unknown): string | undefined {
  if (!isDocxView(uri)) return undefined;
  const rest = uri.slice(PREFIX.length);
  const end = rest.search(/[?#]/);
  const path = end < 0 ? rest : rest.slice(0, end);
  if (path.startsWith('//')) return `file:${path}`;
  return `file://${path.startsWith('/') ? '' : '/'}${path}`;
}

/** The URI whose settings, catalog and file name apply to `uri`: the .docx for a view, else `uri` itself. */
export function fileUriFor(uri: string): string {
  return docxViewSource(uri) ?? uri;
}
