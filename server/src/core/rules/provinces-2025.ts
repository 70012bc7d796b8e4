/**
 * The provinces merged in 2025, from data/provinces-2025.json: which names no longer name a province
 * and, where the data confirms it, the unit each old province became part of. Only what the data marks
 * confirmed is read: a unit whose sources are partial gives no successor, and a finding then names none.
 */
import { foldKey } from '../text/fold';
import { isoDay } from './plan-when';

export interface UnitRow {
  readonly name: string;
  readonly kind: 'tỉnh' | 'thành phố';
  readonly mergedFrom: readonly string[];
  readonly status: string;
}

export interface ProvinceData {
  readonly namesThatDisappear: { readonly value: readonly string[]; readonly status: string };
  readonly units: readonly UnitRow[];
}

// Loaded with require so that the bundler inlines it (see catalog/builtin.ts).
const data = require('../data/provinces-2025.json') as ProvinceData;

/** A status the data gives a fact that may drive a finding: `confirmed`, with or without a note on the source. */
const isConfirmed = (status: string) => /^confirmed\b/.test(status);

/**
 * The day the place name changes on a plan: the resolution took effect on 12/6/2025, but the old
 * provinces' authorities kept working, and writing their names, until the new ones started on 01/7/2025.
 */
export const NEW_UNITS_FROM = isoDay('2025-07-01');

export interface Successor {
  /** The unit's name as a place-date line writes it: `Tuyên Quang`, `Thành phố Hồ Chí Minh`. */
  readonly place: string;
  /** The unit's own name and kind: `Tuyên Quang`, `tỉnh`; `Hồ Chí Minh`, `thành phố`. */
  readonly name: string;
  readonly kind: 'tỉnh' | 'thành phố';
  /** foldKey of the unit's own name, for finding it in the issuer's lines: `tuyen quang`. */
  readonly key: string;
}

export interface ObsoleteProvince {
  /** The old name as the data writes it: `Hà Giang`. */
  readonly name: string;
  readonly successor?: Successor;
}

/**
 * The place name of a unit: its name, or the full name an old unit of it wrote, where the unit is named
 * after a person and the decree wants that full name (`Thành phố Hồ Chí Minh`, Phụ lục I, mục II.4.a).
 */
function placeOf(unit: UnitRow): string {
  const key = foldKey(unit.name);
  return unit.mergedFrom.find((old) => old !== unit.name && foldKey(old).endsWith(` ${key}`)) ?? unit.name;
}

function successorOf(data: ProvinceData, name: string): Successor | undefined {
  const unit = data.units.find((u) => isConfirmed(u.status) && u.mergedFrom.includes(name));
  return unit && { place: placeOf(unit), name: unit.name, kind: unit.kind, key: foldKey(unit.name) };
}

/**
 * The old names of `data` by foldKey (`Hoà Bình`, `HÒA BÌNH`, `Bà Rịa-Vũng Tàu` are found as written):
 * none unless the list is confirmed, and a successor only where its unit is.
 */
export function obsoleteNames(data: ProvinceData): ReadonlyMap<string, ObsoleteProvince> {
  const names = isConfirmed(data.namesThatDisappear.status) ? data.namesThatDisappear.value : [];
  return new Map(names.map((name) => [foldKey(name), { name, successor: successorOf(data, name) }]));
}

const OBSOLETE = obsoleteNames(data);

/** The province a place name named before 2025 and names no more; `Tỉnh Hà Giang` is read as `Hà Giang`. */
export function obsoleteProvince(place: string, names: ReadonlyMap<string, ObsoleteProvince> = OBSOLETE): ObsoleteProvince | undefined {
  return names.get(foldKey(place).replace(/^tinh /, ''));
}
