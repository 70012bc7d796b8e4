/**
 * The issuing body of a plan as a citation names it, from the upper-case lines of its header:
 * `ỦY BAN NHÂN DÂN` / `TỈNH LẠNG SƠN` → `Ủy ban nhân dân tỉnh Lạng Sơn`; `ĐẢNG BỘ TỈNH CAO BẰNG` /
 * `TỈNH ỦY` → `Tỉnh ủy Cao Bằng`. Only bodies whose spelling is known are named; others give nothing.
 */
import { foldKey } from '../text/fold';

const BODIES: readonly (readonly [string, string])[] = [
  ['ban thuong vu tinh uy', 'Ban Thường vụ Tỉnh ủy'],
  ['ban thuong vu huyen uy', 'Ban Thường vụ Huyện ủy'],
  ['ban chap hanh dang bo', 'Ban Chấp hành Đảng bộ'],
  ['uy ban nhan dan', 'Ủy ban nhân dân'],
  ['hoi dong nhan dan', 'Hội đồng nhân dân'],
  ['ubnd', 'Ủy ban nhân dân'],
  ['hdnd', 'Hội đồng nhân dân'],
  ['tinh uy', 'Tỉnh ủy'],
  ['huyen uy', 'Huyện ủy'],
  ['thanh uy', 'Thành ủy'],
  ['quan uy', 'Quận ủy'],
  ['dang uy', 'Đảng ủy'],
];

const PLACE_MARKERS = ['thanh pho', 'thi xa', 'thi tran', 'tinh', 'huyen', 'xa', 'quan', 'phuong'];

const words = (text: string) => text.normalize('NFC').split(/\s+/).filter(Boolean);
const titleCase = (w: string) => w[0].toUpperCase() + w.slice(1).toLowerCase();

/** `TỈNH LẠNG SƠN` → `tỉnh Lạng Sơn`; undefined unless the words open with a place marker. */
function placeOf(ws: readonly string[]): string | undefined {
  const key = foldKey(ws.join(' '));
  const marker = PLACE_MARKERS.find((m) => key === m || key.startsWith(m + ' '));
  if (!marker) return undefined;
  const n = marker.split(' ').length;
  if (ws.length <= n) return undefined;
  return [...ws.slice(0, n).map((w) => w.toLowerCase()), ...ws.slice(n).map(titleCase)].join(' ');
}

/** `tỉnh Cao Bằng` → `Cao Bằng`: the capitalized words of a place. */
function placeName(place: string): string {
  return place.split(' ').filter((w) => w[0] === w[0].toUpperCase()).join(' ');
}

/** The known body the words open with, and the words after it. */
function bodyOf(ws: readonly string[]): { name: string; rest: string[] } | undefined {
  const key = foldKey(ws.join(' '));
  for (const [folded, name] of BODIES) {
    if (key === folded || key.startsWith(folded + ' ')) return { name, rest: ws.slice(folded.split(' ').length) };
  }
  return undefined;
}

export function issuerNameOf(lines: readonly string[]): string | undefined {
  const list = lines.map(words).filter((ws) => ws.length > 0);
  if (list.length === 0) return undefined;
  const last = list[list.length - 1];
  const before = list[list.length - 2];
  const lastBody = bodyOf(last);
  // `ĐẢNG BỘ TỈNH CAO BẰNG` / `TỈNH ỦY`: the body on the last line, its place on the line above.
  if (lastBody && lastBody.rest.length === 0 && before) {
    const beforeKey = foldKey(before.join(' '));
    const place = beforeKey.startsWith('dang bo ') ? placeOf(before.slice(2)) : placeOf(before);
    if (!place) return lastBody.name;
    // A committee named after its place drops the marker: `Tỉnh ủy Cao Bằng`, not `Tỉnh ủy tỉnh Cao Bằng`.
    return /ủy$/u.test(lastBody.name) ? `${lastBody.name} ${placeName(place)}` : `${lastBody.name} ${place}`;
  }
  // `ỦY BAN NHÂN DÂN` / `TỈNH LẠNG SƠN`: the body above, its place on the last line.
  if (!lastBody && before) {
    const body = bodyOf(before);
    const place = placeOf(last);
    if (body && body.rest.length === 0 && place) return `${body.name} ${place}`;
    return undefined;
  }
  if (!lastBody) return undefined;
  if (lastBody.rest.length === 0) return lastBody.name;
  const place = placeOf(lastBody.rest);
  if (place) return `${lastBody.name} ${place}`;
  // `TỈNH ỦY LẠNG SƠN`: a committee followed by its place's name alone.
  return /ủy$/u.test(lastBody.name) ? `${lastBody.name} ${lastBody.rest.map(titleCase).join(' ')}` : undefined;
}
