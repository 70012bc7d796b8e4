/**
 * Adversarial Kế hoạch documents for the property tests and the long fuzz run: a realistic skeleton
 * (header, KẾ HOẠCH and trích yếu, căn cứ, sections, lists, tables, Nơi nhận, signature) in Markdown
 * or plain text, then NFC/NFD, CRLF/CR/LF mixes, a BOM, and mutations that insert combining marks,
 * zero-width and control characters, lone surrogates, line breaks, or delete and duplicate pieces.
 * Every part is a fast-check arbitrary, so that a failing document shrinks to a small one.
 */
import fc from 'fast-check';
import { block, canCu, dateText, markdownBlock, oddCharacter, pick, type BlockLimits } from './pieces';
import * as V from './vocab';

export interface Limits extends BlockLimits {
  /** Body blocks before the body is repeated. */
  readonly maxBlocks: number;
  /** The body is written up to this many times over, to reach large sizes cheaply. */
  readonly maxRepeat: number;
  readonly maxMutations: number;
  /** The document is cut to this many bytes of UTF-8 (after mutation, before the BOM). */
  readonly maxBytes: number;
}

/** `npm test`: documents mostly under 16 KB, now and then a long line or a deep nesting. */
export const TEST_LIMITS: Limits = { maxBlocks: 14, maxRepeat: 3, maxMutations: 10, maxNesting: 400, maxLongLine: 16384, maxBytes: 20480 };
/** The long run: up to 64 KB. */
export const FUZZ_LIMITS: Limits = { maxBlocks: 12, maxRepeat: 16, maxMutations: 16, maxNesting: 7000, maxLongLine: 65536, maxBytes: 65536 };
/** The CLI run: 300 files linted and fixed twice in one process, so smaller. */
export const CLI_LIMITS: Limits = { maxBlocks: 10, maxRepeat: 2, maxMutations: 8, maxNesting: 400, maxLongLine: 4000, maxBytes: 8192 };

const dateLine = fc.tuple(pick(V.PLACES), fc.oneof(dateText, pick(['ngày    tháng    năm 2024', 'ngày … tháng … năm …', 'ngày 5 tháng 6 năm 2014']))).map(([place, date]) => (place ? `${place}, ${date}` : date));

const HEADER_PARTS = ['agency', 'national', 'motto', 'number', 'date'] as const;

/** The header block, as lines or as the rows of a table the way Word pastes it. */
const header = fc.record({
  party: fc.boolean(),
  parts: fc.subarray([...HEADER_PARTS], { minLength: 0 }),
  state: pick(V.STATE_AGENCIES),
  partyAgency: pick(V.PARTY_AGENCIES),
  national: pick(V.NATIONAL_TITLES),
  motto: pick(V.MOTTOS),
  number: fc.oneof(pick(['Số: 52/KH-UBND', 'Số 201-KH/TU']), pick(V.OWN_NUMBERS)),
  date: dateLine,
  asTable: fc.integer({ min: 0, max: 4 }),
}).map((h) => {
  const has = (p: (typeof HEADER_PARTS)[number]) => h.parts.includes(p);
  const agency = has('agency') ? (h.party ? h.partyAgency : h.state) : [];
  const national = has('national') ? [h.party ? 'ĐẢNG CỘNG SẢN VIỆT NAM' : h.national] : [];
  const motto = has('motto') && !h.party ? [h.motto] : [];
  const number = has('number') ? [h.number] : [];
  const date = has('date') ? [h.date] : [];
  if (h.asTable === 0) {
    const rows = [[agency[0] ?? '', national[0] ?? ''], [agency[1] ?? '', motto[0] ?? ''], [number[0] ?? '', date[0] ?? '']];
    return ['| ' + rows[0].join(' | ') + ' |', '|---|---|', ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`)];
  }
  return [...agency, '', ...national, ...motto, '', ...number, '', ...date];
});

const title = fc.tuple(pick(V.TITLES), pick(V.SUMMARIES), fc.boolean()).map(([t, s, rule]) => [t, ...(s ? [s] : []), ...(rule ? ['-----'] : [])]);

const closing = fc.tuple(fc.subarray([...V.RECIPIENTS]), fc.subarray([...V.SIGNATURES])).map(([r, s]) => [...r, '', ...s]);

/** An edit of the joined text at a relative place `at` (taken modulo the length). */
export type Mutation =
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'eol'; readonly at: number }
  | { readonly kind: 'delete' | 'duplicate' | 'nfd' | 'upper'; readonly at: number; readonly length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: oddCharacter }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('eol' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: pick(['delete', 'duplicate', 'nfd', 'upper'] as const), at: fc.nat(), length: fc.integer({ min: 1, max: 60 }) }) },
);

export type LineEnding = '\n' | '\r\n' | '\r' | 'mixed';
export type Form = 'NFC' | 'NFD' | 'mixed' | 'as-written';

export interface PlanSpec {
  readonly empty: string | undefined;
  readonly bom: boolean;
  readonly eol: LineEnding;
  /** For mixed line endings and forms: one bit per line, cycled. */
  readonly pattern: number;
  readonly form: Form;
  readonly header: string[] | undefined;
  readonly title: string[] | undefined;
  readonly preamble: string[];
  /** The sections of a complete plan spread over the body, as headings; none in a plan missing them all. */
  readonly skeleton: string[] | undefined;
  readonly body: string[][];
  readonly repeat: number;
  readonly closing: string[] | undefined;
  readonly mutations: Mutation[];
}

const EMPTY_TEXTS = ['', ' ', '\n', '\r\n', '\r', '\u0301', '\uD800', '\u200B', 'KẾ HOẠCH', '#'];

/** `extraBlock`, if given, is drawn for the body as often as the usual blocks; without it the plans are as they were. */
export function planSpec(limits: Limits, extraBlock?: fc.Arbitrary<string[]>): fc.Arbitrary<PlanSpec> {
  const bodyBlock = (markdown: boolean) => (extraBlock ? fc.oneof(block(markdown, limits), extraBlock) : block(markdown, limits));
  return fc.boolean().chain((markdown) => fc.record({
    // Rare: shrinking still tries it first, which is right when the empty text fails too.
    empty: fc.oneof({ weight: 30, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: pick(EMPTY_TEXTS) }),
    bom: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    eol: pick<LineEnding>(['\n', '\r\n', '\r', 'mixed']),
    pattern: fc.nat(),
    form: pick<Form>(['NFC', 'NFD', 'mixed', 'as-written']),
    header: fc.option(header, { nil: undefined, freq: 6 }),
    title: fc.option(title, { nil: undefined, freq: 6 }),
    preamble: fc.array(canCu, { maxLength: 4 }),
    skeleton: fc.option(pick(V.SKELETONS).map((headings) => headings.map((h) => (markdown ? `${/^[IVX]+\./.test(h) ? '##' : '###'} ${h}` : h))), { nil: undefined, freq: 4 }),
    body: fc.array(bodyBlock(markdown), { maxLength: limits.maxBlocks }),
    repeat: fc.oneof({ weight: 10, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: limits.maxRepeat }) }),
    closing: fc.option(closing, { nil: undefined, freq: 4 }),
    mutations: fc.array(mutation, { maxLength: limits.maxMutations }),
  }));
}

const bit = (pattern: number, k: number) => ((pattern >>> (k % 31)) & 1) === 1;

function lineBreak(spec: PlanSpec, k: number): string {
  if (spec.eol !== 'mixed') return spec.eol;
  return ['\n', '\r\n', '\r'][((spec.pattern >>> (k % 29)) & 3) % 3];
}

function formOf(spec: PlanSpec, line: string, k: number): string {
  if (spec.form === 'as-written') return line;
  if (spec.form === 'mixed') return line.normalize(bit(spec.pattern, k) ? 'NFD' : 'NFC');
  return line.normalize(spec.form);
}

function mutate(text: string, m: Mutation, eol: string): string {
  const at = m.at % (text.length + 1);
  switch (m.kind) {
    case 'insert': return text.slice(0, at) + m.text + text.slice(at);
    case 'eol': return text.slice(0, at) + eol + text.slice(at);
    case 'delete': return text.slice(0, at) + text.slice(at + m.length);
    case 'duplicate': return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    case 'nfd': return text.slice(0, at) + text.slice(at, at + m.length).normalize('NFD') + text.slice(at + m.length);
    case 'upper': return text.slice(0, at) + text.slice(at, at + m.length).toUpperCase() + text.slice(at + m.length);
  }
}

/** The longest start of `text` that takes at most `maxBytes` in UTF-8 (a lone surrogate is written as U+FFFD, 3 bytes). */
export function cutToBytes(text: string, maxBytes: number): string {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    if (bytes > maxBytes) return text.slice(0, i);
    // A pair takes 4 bytes in all: the high half counted 3, the low half 1.
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { bytes += 1; i++; if (bytes > maxBytes) return text.slice(0, i - 1); }
    }
  }
  return text;
}

/** The skeleton's headings spread evenly over the blocks, each followed by a blank line. */
function withSkeleton(skeleton: readonly string[] | undefined, blocks: readonly string[][]): string[][] {
  if (!skeleton) return [...blocks];
  const out: string[][] = [];
  let next = 0;
  blocks.forEach((b, k) => {
    while (next < skeleton.length && next * blocks.length <= k * skeleton.length) out.push([skeleton[next++], '']);
    out.push(b);
  });
  while (next < skeleton.length) out.push([skeleton[next++], '']);
  return out;
}

/** The document a spec describes; deterministic. */
export function buildPlan(spec: PlanSpec, maxBytes: number): string {
  if (spec.empty !== undefined) return (spec.bom ? '\uFEFF' : '') + spec.empty;
  const body = withSkeleton(spec.skeleton, spec.body).flat();
  const lines = [
    ...(spec.header ?? []), '', ...(spec.title ?? []), '', ...spec.preamble.flatMap((p) => [p, '']),
    ...Array.from({ length: spec.repeat }, () => body).flat(), '', ...(spec.closing ?? []),
  ];
  let text = lines.map((l, k) => formOf(spec, l, k) + (k < lines.length - 1 ? lineBreak(spec, k) : '')).join('');
  const eol = spec.eol === 'mixed' ? '\n' : spec.eol;
  for (const m of spec.mutations) text = mutate(text, m, eol);
  return (spec.bom ? '\uFEFF' : '') + cutToBytes(text, maxBytes);
}

export function planText(limits: Limits): fc.Arbitrary<string> {
  return planSpec(limits).map((spec) => buildPlan(spec, limits.maxBytes));
}

/**
 * Plans whose body is half Markdown lists and their odd neighbours (pieces.ts `markdownBlock`): for the
 * Markdown line maps. `maxColumn`: the lists' markers stay short of it.
 */
export function markdownPlanText(limits: Limits, maxColumn = Infinity): fc.Arbitrary<string> {
  return planSpec(limits, markdownBlock(maxColumn)).map((spec) => buildPlan(spec, limits.maxBytes));
}

/** The `count` documents of seed `seed`, the same on every machine. */
export function samplePlans(limits: Limits, seed: number, count: number): string[] {
  return fc.sample(planText(limits), { seed, numRuns: count });
}
