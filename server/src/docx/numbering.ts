/**
 * Word's automatic numbering (word/numbering.xml), drawn as Word draws it, so that a heading numbered
 * by Word (`II.`, `1.`, `a)`) reads as if typed.
 *
 * - A paragraph's `w:numPr` (or its style's) names a list instance `w:num` and a level 0–8. The
 *   instance points to an `w:abstractNum` holding the levels: start value, format (`upperRoman`,
 *   `decimal`, `lowerLetter`, `bullet` …), the text with placeholders (`%1.`, `%1.%2.`), the restart
 *   rule, the suffix after the number.
 * - Counters belong to the abstract list: instances of one abstract list continue each other's count,
 *   as in Word. An instance with `w:lvlOverride/w:startOverride` restarts that level at the override
 *   the first time it is used (Word's "Restart numbering"); an overriding `w:lvl` replaces the level.
 * - Numbering a paragraph at level L adds one to L's counter (its start value the first time) and
 *   resets the deeper levels, except a level whose `w:lvlRestart` says it restarts only after a
 *   higher level (0: never).
 * - `%n` is level n's current counter in level n's format (decimal throughout when the level is
 *   `w:isLgl`); a level never used yet counts as its start value less one, as Word shows `0.1`.
 */
import { bulletText, formatCounter } from './number-format';
import { child, childValue, childrenNamed, numberAttribute, type XmlElement } from './xml';

interface Level {
  readonly start: number;
  readonly format: string;
  readonly customPattern?: string;
  readonly text?: string;
  /** 0-based: restart after a level above this index is used; undefined = after any higher level. */
  readonly restart?: number;
  readonly legal: boolean;
  readonly suffix: string;
  readonly pStyle?: string;
  readonly rPr?: XmlElement;
}

interface AbstractList {
  readonly id: string;
  readonly levels: ReadonlyMap<number, Level>;
  /** `w:numStyleLink`: the levels live in the list the named numbering style points to. */
  readonly styleLink?: string;
}

interface ListInstance {
  readonly abstractId: string;
  readonly startOverrides: ReadonlyMap<number, number>;
  readonly levelOverrides: ReadonlyMap<number, Level>;
}

export interface NumberingDefinitions {
  readonly abstracts: ReadonlyMap<string, AbstractList>;
  readonly instances: ReadonlyMap<string, ListInstance>;
  /** numId given by each numbering style (for `w:numStyleLink`). */
  readonly styleNumIds: ReadonlyMap<string, string>;
}

function readLevel(lvl: XmlElement): Level {
  const format = child(lvl, 'w:numFmt');
  const restart = numberAttribute(child(lvl, 'w:lvlRestart'), 'w:val');
  const suffix = childValue(lvl, 'w:suff') ?? 'tab';
  return {
    start: numberAttribute(child(lvl, 'w:start'), 'w:val') ?? 0,
    format: format?.attributes.get('w:val') ?? 'decimal',
    customPattern: format?.attributes.get('w:format'),
    text: childValue(lvl, 'w:lvlText'),
    restart,
    legal: child(lvl, 'w:isLgl') !== undefined && childValue(lvl, 'w:isLgl') !== '0' && childValue(lvl, 'w:isLgl') !== 'false',
    // A tab after the number is laid out as space; as text it reads as the space a drafter types.
    suffix: suffix === 'nothing' ? '' : ' ',
    pStyle: childValue(lvl, 'w:pStyle'),
    rPr: child(lvl, 'w:rPr'),
  };
}

function levelsOf(element: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of childrenNamed(element, 'w:lvl')) {
    const ilvl = numberAttribute(lvl, 'w:ilvl');
    if (ilvl !== undefined && ilvl >= 0 && ilvl <= 8) levels.set(ilvl, readLevel(lvl));
  }
  return levels;
}

/** numbering.xml read; `numberingStyles` maps a numbering style id to the numId of its `w:numPr`. */
export function readNumbering(root: XmlElement | undefined, numberingStyles: ReadonlyMap<string, string>): NumberingDefinitions {
  const numbering = child(root, 'w:numbering');
  const abstracts = new Map<string, AbstractList>();
  for (const a of childrenNamed(numbering, 'w:abstractNum')) {
    const id = a.attributes.get('w:abstractNumId');
    if (id !== undefined) abstracts.set(id, { id, levels: levelsOf(a), styleLink: childValue(a, 'w:numStyleLink') });
  }
  const instances = new Map<string, ListInstance>();
  for (const n of childrenNamed(numbering, 'w:num')) {
    const id = n.attributes.get('w:numId');
    const abstractId = childValue(n, 'w:abstractNumId');
    if (id === undefined || abstractId === undefined) continue;
    const startOverrides = new Map<number, number>();
    const levelOverrides = new Map<number, Level>();
    for (const o of childrenNamed(n, 'w:lvlOverride')) {
      const ilvl = numberAttribute(o, 'w:ilvl');
      if (ilvl === undefined) continue;
      const start = numberAttribute(child(o, 'w:startOverride'), 'w:val');
      if (start !== undefined) startOverrides.set(ilvl, start);
      const lvl = child(o, 'w:lvl');
      if (lvl) levelOverrides.set(ilvl, readLevel(lvl));
    }
    instances.set(id, { abstractId, startOverrides, levelOverrides });
  }
  return { abstracts, instances, styleNumIds: numberingStyles };
}

export interface ListNumber {
  /** What Word draws before the text, its suffix included (`II. `, `a) `, `- `). */
  readonly text: string;
  readonly format: string;
  /** Character formatting of the number (`w:lvl/w:rPr`). */
  readonly rPr?: XmlElement;
}

/** Counts through the paragraphs in document order; one per document (body, then each note part). */
export class NumberingCounter {
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly usedInstances = new Set<string>();

  constructor(private readonly definitions: NumberingDefinitions) {}

  /** The abstract list behind an instance, following `w:numStyleLink` (at most a few hops). */
  private abstractOf(instance: ListInstance): AbstractList | undefined {
    let abstract = this.definitions.abstracts.get(instance.abstractId);
    for (let hops = 0; abstract?.styleLink !== undefined && hops < 4; hops++) {
      const numId = this.definitions.styleNumIds.get(abstract.styleLink);
      const linked = numId === undefined ? undefined : this.definitions.instances.get(numId);
      const next = linked ? this.definitions.abstracts.get(linked.abstractId) : undefined;
      if (!next || next === abstract) break;
      abstract = next;
    }
    return abstract;
  }

  private levelOf(instance: ListInstance, abstract: AbstractList, ilvl: number): Level | undefined {
    return instance.levelOverrides.get(ilvl) ?? abstract.levels.get(ilvl);
  }

  /** The level a style-numbered paragraph is at: the level whose `w:pStyle` is the style, else 0. */
  levelForStyle(numId: string, styleId: string): number {
    const instance = this.definitions.instances.get(numId);
    const abstract = instance && this.abstractOf(instance);
    for (const [ilvl, level] of abstract?.levels ?? []) if (level.pStyle === styleId) return ilvl;
    return 0;
  }

  /** The next number of a paragraph in list `numId` at level `ilvl`; undefined when none is drawn. */
  next(numId: string, ilvl: number): ListNumber | undefined {
    if (numId === '0') return undefined;
    const instance = this.definitions.instances.get(numId);
    const abstract = instance && this.abstractOf(instance);
    if (!instance || !abstract) return undefined;
    const level = this.levelOf(instance, abstract, ilvl);
    if (!level) return undefined;
    const counters = this.countersOf(abstract.id);
    if (!this.usedInstances.has(numId)) {
      this.usedInstances.add(numId);
      for (const [l, start] of instance.startOverrides) counters[l] = start - 1;
    }
    counters[ilvl] = (counters[ilvl] ?? level.start - 1) + 1;
    for (let deeper = ilvl + 1; deeper <= 8; deeper++) {
      const restart = this.levelOf(instance, abstract, deeper)?.restart;
      if (restart === undefined || (restart !== 0 && ilvl < restart)) counters[deeper] = undefined;
    }
    return { text: this.textOf(instance, abstract, level, counters), format: level.format, rPr: level.rPr };
  }

  private countersOf(abstractId: string): (number | undefined)[] {
    let counters = this.counters.get(abstractId);
    if (!counters) this.counters.set(abstractId, (counters = new Array<number | undefined>(9).fill(undefined)));
    return counters;
  }

  private textOf(instance: ListInstance, abstract: AbstractList, level: Level, counters: readonly (number | undefined)[]): string {
    if (level.format === 'bullet') return level.text ? bulletText(level.text) + level.suffix : '';
    if (level.text === undefined) return '';
    let out = '';
    const text = level.text;
    for (let i = 0; i < text.length; i++) {
      const n = text[i] === '%' ? Number(text[i + 1]) : NaN;
      if (!(n >= 1 && n <= 9)) { out += text[i]; continue; }
      const shown = this.levelOf(instance, abstract, n - 1);
      const value = counters[n - 1] ?? (shown ? shown.start - 1 : 0);
      out += formatCounter(value, level.legal ? 'decimal' : shown?.format ?? 'decimal', shown?.customPattern);
      i++;
    }
    return out ? out + level.suffix : '';
  }
}
