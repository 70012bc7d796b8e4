/**
 * word/styles.xml (and the theme's fonts): what a paragraph or run inherits. Word resolves formatting
 * in layers, lowest first: the document defaults, the paragraph style and the styles it is based on,
 * the run's character style, then the run's own properties; each property takes the highest layer
 * that sets it. Table styles and conditional formatting are not applied (see docs/word-reading.md).
 */
import { withoutUndefined, type ParagraphFormat, type RunFormat } from './types';
import { child, childValue, childrenNamed, numberAttribute, toggle, type XmlElement } from './xml';

export interface Style {
  readonly id: string;
  readonly type: string;
  readonly name?: string;
  readonly basedOn?: string;
  readonly pPr?: XmlElement;
  readonly rPr?: XmlElement;
}

/** `w:numPr` of a paragraph or style: which list, which level; either may be absent. */
export interface NumberingReference {
  readonly numId?: string;
  readonly level?: number;
}

export interface StyleSheet {
  readonly styles: ReadonlyMap<string, Style>;
  readonly defaultParagraphStyle?: string;
  readonly defaultRun?: XmlElement;
  readonly defaultParagraph?: XmlElement;
  /** Theme font names: `minorHAnsi` → `Times New Roman`. */
  readonly themeFonts: ReadonlyMap<string, string>;
}

export const EMPTY_STYLES: StyleSheet = { styles: new Map(), themeFonts: new Map() };

export function readStyles(root: XmlElement | undefined, theme: XmlElement | undefined): StyleSheet {
  const stylesElement = child(root, 'w:styles');
  const styles = new Map<string, Style>();
  let defaultParagraphStyle: string | undefined;
  for (const s of childrenNamed(stylesElement, 'w:style')) {
    const id = s.attributes.get('w:styleId');
    if (id === undefined) continue;
    const type = s.attributes.get('w:type') ?? 'paragraph';
    styles.set(id, {
      id, type, name: childValue(s, 'w:name'), basedOn: childValue(s, 'w:basedOn'), pPr: child(s, 'w:pPr'), rPr: child(s, 'w:rPr'),
    });
    if (type === 'paragraph' && isOn(s.attributes.get('w:default'))) defaultParagraphStyle = id;
  }
  const defaults = child(stylesElement, 'w:docDefaults');
  return {
    styles,
    defaultParagraphStyle,
    defaultRun: child(child(defaults, 'w:rPrDefault'), 'w:rPr'),
    defaultParagraph: child(child(defaults, 'w:pPrDefault'), 'w:pPr'),
    themeFonts: readThemeFonts(theme),
  };
}

const isOn = (value: string | undefined) => value === '1' || value === 'true' || value === 'on';

/** `a:majorFont`/`a:minorFont` → the names `w:asciiTheme` and its kin use. */
function readThemeFonts(theme: XmlElement | undefined): Map<string, string> {
  const fonts = new Map<string, string>();
  const scheme = child(child(child(theme, 'a:theme'), 'a:themeElements'), 'a:fontScheme');
  for (const [element, prefix] of [['a:majorFont', 'major'], ['a:minorFont', 'minor']] as const) {
    const font = child(scheme, element);
    const latin = child(font, 'a:latin')?.attributes.get('typeface');
    const ea = child(font, 'a:ea')?.attributes.get('typeface');
    const cs = child(font, 'a:cs')?.attributes.get('typeface');
    if (latin) { fonts.set(`${prefix}Ascii`, latin); fonts.set(`${prefix}HAnsi`, latin); }
    if (ea) fonts.set(`${prefix}EastAsia`, ea);
    if (cs) fonts.set(`${prefix}Bidi`, cs);
  }
  return fonts;
}

/** A style and those it is based on, the most basic first; a loop in `basedOn` is cut. */
export function styleChain(sheet: StyleSheet, id: string | undefined): Style[] {
  const chain: Style[] = [];
  const seen = new Set<string>();
  for (let at = id; at !== undefined && !seen.has(at); ) {
    seen.add(at);
    const style = sheet.styles.get(at);
    if (!style) break;
    chain.unshift(style);
    at = style.basedOn;
  }
  return chain;
}

/** The paragraph style a paragraph has: its own `w:pStyle`, else the default one. */
export function paragraphStyleOf(sheet: StyleSheet, pPr: XmlElement | undefined): string | undefined {
  const own = childValue(pPr, 'w:pStyle');
  return own !== undefined && sheet.styles.has(own) ? own : sheet.defaultParagraphStyle;
}

function fontOf(layers: readonly (XmlElement | undefined)[], sheet: StyleSheet): string | undefined {
  for (const attribute of ['hAnsi', 'ascii']) {
    for (let i = layers.length - 1; i >= 0; i--) {
      const fonts = child(layers[i], 'w:rFonts');
      if (!fonts) continue;
      const theme = fonts.attributes.get(`w:${attribute}Theme`);
      const themed = theme !== undefined ? sheet.themeFonts.get(theme) : undefined;
      const named = themed ?? fonts.attributes.get(`w:${attribute}`);
      if (named) return named;
    }
  }
  return undefined;
}

function lastDefined<T>(layers: readonly (XmlElement | undefined)[], read: (rPr: XmlElement) => T | undefined): T | undefined {
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i];
    const value = layer ? read(layer) : undefined;
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Run property layers, lowest first: defaults, paragraph style chain, character style chain, direct. */
export function runLayers(sheet: StyleSheet, paragraphStyle: string | undefined, rPr: XmlElement | undefined): (XmlElement | undefined)[] {
  const characterStyle = childValue(rPr, 'w:rStyle');
  return [
    sheet.defaultRun,
    ...styleChain(sheet, paragraphStyle).map((s) => s.rPr),
    ...styleChain(sheet, characterStyle).map((s) => s.rPr),
    rPr,
  ];
}

export function runFormatOf(sheet: StyleSheet, layers: readonly (XmlElement | undefined)[]): RunFormat {
  const sizeHalfPoints = lastDefined(layers, (r) => numberAttribute(child(r, 'w:sz'), 'w:val'));
  const underline = lastDefined(layers, (r) => childValue(r, 'w:u'));
  const format: Record<string, unknown> = {
    font: fontOf(layers, sheet),
    sizePt: sizeHalfPoints === undefined ? undefined : sizeHalfPoints / 2,
    bold: lastDefined(layers, (r) => toggle(r, 'w:b')),
    italic: lastDefined(layers, (r) => toggle(r, 'w:i')),
    underline: underline === undefined ? undefined : underline !== 'none',
    caps: lastDefined(layers, (r) => toggle(r, 'w:caps')),
    smallCaps: lastDefined(layers, (r) => toggle(r, 'w:smallCaps')),
  };
  return withoutUndefined(format) as RunFormat;
}

/** Whether the run is hidden text (`w:vanish`), which Word does not print. */
export function isHidden(layers: readonly (XmlElement | undefined)[]): boolean {
  return lastDefined(layers, (r) => toggle(r, 'w:vanish')) === true;
}

/** Paragraph property layers, lowest first: defaults, the style chain, direct. */
export function paragraphLayers(sheet: StyleSheet, styleId: string | undefined, pPr: XmlElement | undefined): (XmlElement | undefined)[] {
  return [sheet.defaultParagraph, ...styleChain(sheet, styleId).map((s) => s.pPr), pPr];
}

function mergedAttributes(layers: readonly (XmlElement | undefined)[], name: string, names: Record<string, string>): Record<string, number | string> | undefined {
  const out: Record<string, number | string> = {};
  let any = false;
  for (const layer of layers) {
    const element = child(layer, name);
    if (!element) continue;
    for (const [attribute, key] of Object.entries(names)) {
      const raw = element.attributes.get(attribute);
      if (raw === undefined) continue;
      const n = Number(raw);
      out[key] = Number.isFinite(n) ? n : raw;
      any = true;
    }
  }
  return any ? out : undefined;
}

export function paragraphFormatOf(layers: readonly (XmlElement | undefined)[]): ParagraphFormat {
  const format: Record<string, unknown> = {
    align: lastDefined(layers, (p) => childValue(p, 'w:jc')),
    indent: mergedAttributes(layers, 'w:ind', {
      'w:left': 'left', 'w:start': 'left', 'w:right': 'right', 'w:end': 'right', 'w:firstLine': 'firstLine', 'w:hanging': 'hanging',
    }),
    spacing: mergedAttributes(layers, 'w:spacing', { 'w:before': 'before', 'w:after': 'after', 'w:line': 'line', 'w:lineRule': 'lineRule' }),
    outlineLevel: lastDefined(layers, (p) => numberAttribute(child(p, 'w:outlineLvl'), 'w:val')),
  };
  return withoutUndefined(format) as ParagraphFormat;
}

/**
 * The list a paragraph belongs to: numId and level each from the nearest place that sets it, the
 * paragraph's own `w:numPr` first, then its style and the styles that one is based on.
 */
export function numberingReferenceOf(sheet: StyleSheet, styleId: string | undefined, pPr: XmlElement | undefined): NumberingReference & { fromStyle?: string } {
  let { numId, level } = numPrOf(pPr);
  let fromStyle: string | undefined;
  for (const style of styleChain(sheet, styleId).reverse()) {
    if (numId !== undefined && level !== undefined) break;
    const own = numPrOf(style.pPr);
    if (numId === undefined && own.numId !== undefined) { numId = own.numId; fromStyle = style.id; }
    level ??= own.level;
  }
  return { numId, level, ...(fromStyle ? { fromStyle } : {}) };
}

function numPrOf(pPr: XmlElement | undefined): NumberingReference {
  const numPr = child(pPr, 'w:numPr');
  const level = numberAttribute(child(numPr, 'w:ilvl'), 'w:val');
  return { numId: childValue(numPr, 'w:numId'), level };
}
