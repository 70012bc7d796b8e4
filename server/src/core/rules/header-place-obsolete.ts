import type { PlanDocument } from '../document';
import type { Piece } from '../header/types';
import { foldKey } from '../text/fold';
import { planDateWords, planWhen, type PlanWhen } from './plan-when';
import { NEW_UNITS_FROM, obsoleteProvince, type ObsoleteProvince, type Successor } from './provinces-2025';
import type { Fix, Rule, RuleContext } from './types';
import { defineRule } from './types';

/** The issuing body's own lines, folded; a number that a table layout put among them is not one. */
function issuerKeys(doc: PlanDocument): string[] {
  return doc.header.issuer.filter((line) => !/\d/.test(line.text)).map((line) => foldKey(line.text)).filter((key) => key !== '');
}

/**
 * A commune or ward that bears the old province's name (a ward of a former provincial town) writes that
 * name rightly: the decree's place is the unit where the body sits. Its issuer lines name it.
 */
function isCommuneOf(keys: readonly string[], oldKey: string): boolean {
  return keys.some((key) => ['xa', 'phuong', 'dac khu'].some((kind) => ` ${key} `.includes(` ${kind} ${oldKey} `)));
}

/**
 * The body is the new province's own (its people's committee or council, its Party committee): its place
 * is the province's name, so the fix is certain. A department or a commune under it may sit elsewhere.
 */
function isProvinceBody(keys: readonly string[], successor: Successor): boolean {
  const [superior, body] = keys.length >= 2 ? keys.slice(-2) : ['', keys[0] ?? ''];
  const key = successor.key;
  const unit = new RegExp(`^(?:(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd) )?(?:tinh|thanh pho|tp) ${key}$`);
  const party = new RegExp(`^(?:ban thuong vu )?(?:tinh uy|thanh uy) ${key}$`);
  // A Party header names the province above its committee: `ĐẢNG BỘ TỈNH CAO BẰNG` / `TỈNH ỦY`.
  const partyUnder = /^(?:ban thuong vu )?(?:tinh uy|thanh uy)$/.test(body) && new RegExp(`^dang bo (?:tinh|thanh pho|tp) ${key}$`).test(superior);
  return unit.test(body) || party.test(body) || partyUnder;
}

function whenText(when: PlanWhen, ctx: RuleContext): string {
  return when.date ? ctx.t('whenDated', { plan: planDateWords(when.date, ctx.locale) }) : ctx.t('whenToday');
}

/** The new unit as a sentence names it: `tỉnh Tuyên Quang`; in English `Tuyên Quang province`. */
function unitWords(successor: Successor, ctx: RuleContext): string {
  if (ctx.locale === 'vi') return `${successor.kind} ${successor.name}`;
  return `${successor.name} ${successor.kind === 'tỉnh' ? 'province' : 'city'}`;
}

function report(place: Piece, old: ObsoleteProvince, when: PlanWhen, fixable: boolean, ctx: RuleContext): void {
  const successor = old.successor;
  const common = { place: place.text, old: old.name, when: whenText(when, ctx) };
  let fix: Fix | undefined;
  if (successor && fixable) {
    fix = { title: ctx.t('fix', { place: successor.place }), edits: [{ start: place.start, end: place.end, text: successor.place }] };
  }
  ctx.report({
    message: successor ? ctx.t('merged', { ...common, unit: unitWords(successor, ctx), newPlace: successor.place }) : ctx.t('mergedUnknown', common),
    start: place.start,
    end: place.end,
    fix,
  });
}

export const headerPlaceObsolete: Rule = defineRule({
  id: 'header-place-obsolete',
  description: {
    vi: 'Địa danh trên dòng địa danh, ngày tháng là tên một tỉnh không còn từ ngày 01/7/2025 (sắp xếp đơn vị hành chính cấp tỉnh năm 2025).',
    en: 'The place in the place-date line names a province that no longer exists from 1 July 2025 (the 2025 merger of provinces).',
  },
  messages: {
    merged: {
      vi: '“{place}” không còn là tên tỉnh từ ngày 01/7/2025 ({when}): tỉnh {old} đã được sắp xếp vào {unit} theo Nghị quyết 202/2025/QH15. Địa danh là tên đơn vị hành chính nơi cơ quan đóng trụ sở: “{newPlace}” với cơ quan cấp tỉnh, tên xã, phường với cơ quan cấp xã.',
      en: '“{place}” no longer names a province from 1 July 2025 ({when}): {old} province became part of {unit} by Nghị quyết 202/2025/QH15. The place is the administrative unit where the body sits: “{newPlace}” for a provincial body, the commune or ward for a commune’s.',
    },
    mergedUnknown: {
      vi: '“{place}” không còn là tên tỉnh từ ngày 01/7/2025 ({when}): tỉnh {old} đã được sắp xếp vào một tỉnh, thành phố mới theo Nghị quyết 202/2025/QH15. Địa danh là tên đơn vị hành chính nơi cơ quan đóng trụ sở: tên tỉnh, thành phố mới, hoặc tên xã, phường với cơ quan cấp xã.',
      en: '“{place}” no longer names a province from 1 July 2025 ({when}): {old} province became part of a new province or city by Nghị quyết 202/2025/QH15. The place is the administrative unit where the body sits: the new province or city, or the commune or ward for a commune’s body.',
    },
    whenDated: { vi: 'văn bản {plan}', en: 'this document is dated {plan}' },
    whenToday: { vi: 'văn bản chưa ghi ngày, đọc theo hôm nay', en: 'this document has no date yet, read as of today' },
    fix: { vi: 'Sửa địa danh thành “{place}”', en: 'Change the place to “{place}”' },
  },
  defaultSeverity: 'information',
  fixable: true,
  basis: {
    provision: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.4.a (địa danh là tên gọi chính thức của đơn vị hành chính nơi cơ quan đóng trụ sở); '
      + 'Nghị quyết 202/2025/QH15 (sắp xếp đơn vị hành chính cấp tỉnh; chính quyền địa phương mới hoạt động từ 01/7/2025)',
    since: '2025-07-01',
  },
  check(doc, ctx) {
    const place = doc.header.placeDate?.parsed?.place;
    const old = place && obsoleteProvince(place.text);
    if (!place || !old) return;
    const when = planWhen(doc);
    // Until 30/6/2025 the old province's authorities still worked, under its name.
    if (!when || when.period.first < NEW_UNITS_FROM) return;
    const keys = issuerKeys(doc);
    if (isCommuneOf(keys, foldKey(old.name))) return;
    report(place, old, when, old.successor !== undefined && isProvinceBody(keys, old.successor), ctx);
  },
});
