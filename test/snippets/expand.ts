/**
 * Expands a VS Code snippet body the way VS Code inserts it before the user types anything:
 * a placeholder becomes its default text, a choice its first option, a mirror (`$1` after `${1:…}`)
 * the same text, a variable its value with its transform applied. Escapes follow VS Code's
 * SnippetParser: `\` escapes only `$`, `}` and `\` (in a choice also `,` and `|`); before any
 * other character the backslash is kept. Anything this expander does not know throws, so that a
 * snippet using a feature the tests cannot check fails loudly instead of passing unchecked.
 */

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'tabstop'; index: number; children: Node[]; choices?: string[] }
  | { kind: 'variable'; name: string; children: Node[]; transform?: Transform };

interface Transform {
  readonly regex: RegExp;
  readonly format: string;
}

/** Where one tabstop occurrence landed in the expanded text. */
export interface TabstopSpan {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly isChoice: boolean;
}

export interface Expansion {
  readonly text: string;
  readonly tabstops: readonly TabstopSpan[];
}

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  parseAll(): Node[] {
    const nodes = this.parseUntil(false);
    if (this.pos < this.src.length) throw new Error(`unbalanced '}' at ${this.pos} in ${JSON.stringify(this.src)}`);
    return nodes;
  }

  /** Nodes up to the end, or up to an unescaped `}` when inside a placeholder. */
  private parseUntil(inside: boolean): Node[] {
    const nodes: Node[] = [];
    let text = '';
    const flush = () => { if (text) { nodes.push({ kind: 'text', text }); text = ''; } };
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === '\\') {
        const next = this.src[this.pos + 1];
        if (next === '$' || next === '}' || next === '\\') { text += next; this.pos += 2; } else { text += c; this.pos++; }
      } else if (c === '}' && inside) {
        break;
      } else if (c === '$') {
        const node = this.parseDollar();
        if (node) { flush(); nodes.push(node); } else { text += c; this.pos++; }
      } else {
        text += c;
        this.pos++;
      }
    }
    flush();
    return nodes;
  }

  private parseDollar(): Node | undefined {
    const rest = this.src.slice(this.pos);
    let m = /^\$(\d+)/.exec(rest);
    if (m) { this.pos += m[0].length; return { kind: 'tabstop', index: Number(m[1]), children: [] }; }
    m = /^\$([_a-zA-Z][_a-zA-Z0-9]*)/.exec(rest);
    if (m) { this.pos += m[0].length; return { kind: 'variable', name: m[1], children: [] }; }
    m = /^\$\{(\d+)/.exec(rest);
    if (m) {
      this.pos += m[0].length;
      const index = Number(m[1]);
      const c = this.src[this.pos++];
      if (c === '}') return { kind: 'tabstop', index, children: [] };
      if (c === ':') return { kind: 'tabstop', index, children: this.parseBody() };
      if (c === '|') return { kind: 'tabstop', index, children: [], choices: this.parseChoices() };
      throw new Error(`tabstop form \${${index}${c}… is not supported by the test expander`);
    }
    m = /^\$\{([_a-zA-Z][_a-zA-Z0-9]*)/.exec(rest);
    if (m) {
      this.pos += m[0].length;
      const name = m[1];
      const c = this.src[this.pos++];
      if (c === '}') return { kind: 'variable', name, children: [] };
      if (c === ':') return { kind: 'variable', name, children: this.parseBody() };
      if (c === '/') return { kind: 'variable', name, children: [], transform: this.parseTransform() };
      throw new Error(`variable form \${${name}${c}… is not supported by the test expander`);
    }
    return undefined;
  }

  private parseBody(): Node[] {
    const children = this.parseUntil(true);
    if (this.src[this.pos] !== '}') throw new Error(`unclosed placeholder in ${JSON.stringify(this.src)}`);
    this.pos++;
    return children;
  }

  private parseChoices(): string[] {
    const choices: string[] = [];
    let current = '';
    for (;;) {
      const c = this.src[this.pos];
      if (c === undefined) throw new Error(`unclosed choice in ${JSON.stringify(this.src)}`);
      if (c === '\\' && [',', '|', '\\'].includes(this.src[this.pos + 1])) { current += this.src[this.pos + 1]; this.pos += 2; continue; }
      this.pos++;
      if (c === ',') { choices.push(current); current = ''; continue; }
      if (c === '|') {
        choices.push(current);
        if (this.src[this.pos++] !== '}') throw new Error(`choice not closed by '|}' in ${JSON.stringify(this.src)}`);
        return choices;
      }
      current += c;
    }
  }

  /** `regex/format/options}` after `${NAME/`. */
  private parseTransform(): Transform {
    const part = (): string => {
      let out = '';
      for (;;) {
        const c = this.src[this.pos++];
        if (c === undefined) throw new Error(`unclosed transform in ${JSON.stringify(this.src)}`);
        if (c === '\\' && this.src[this.pos] === '/') { out += '/'; this.pos++; continue; }
        if (c === '/') return out;
        out += c;
      }
    };
    const regex = part();
    const format = part();
    const close = this.src.indexOf('}', this.pos);
    if (close < 0) throw new Error(`unclosed transform in ${JSON.stringify(this.src)}`);
    const options = this.src.slice(this.pos, close);
    this.pos = close + 1;
    return { regex: new RegExp(regex, options), format };
  }
}

/** VS Code's format strings: `$n` and `${n}` are supported here; anything richer throws. */
function applyFormat(format: string, groups: readonly (string | undefined)[]): string {
  if (/\$\{\d+:/.test(format)) throw new Error(`format ${format} is not supported by the test expander`);
  return format.replace(/\$(\d+)|\$\{(\d+)\}/g, (_, a: string | undefined, b: string | undefined) => groups[Number(a ?? b)] ?? '');
}

function applyTransform(value: string, t: Transform): string {
  return value.replace(t.regex, (...args: unknown[]) => {
    const groupCount = args.findIndex((a) => typeof a === 'number') - 1;
    const groups = args.slice(0, groupCount + 1) as (string | undefined)[];
    return applyFormat(t.format, groups);
  });
}

/**
 * `values` stands for what the user types into tabstops (by index); the others keep their defaults.
 */
export function expandSnippet(
  body: string | readonly string[], variables: Readonly<Record<string, string>>, values: Readonly<Record<number, string>> = {},
): Expansion {
  const source = typeof body === 'string' ? body : body.join('\n');
  const nodes = new Parser(source).parseAll();

  // A tabstop's text is its first placeholder or choice; its other occurrences mirror it.
  const defaults = new Map<number, Node[] | string>();
  const collect = (list: readonly Node[]) => {
    for (const n of list) {
      if (n.kind === 'tabstop') {
        if (!defaults.has(n.index) && (n.choices || n.children.length)) defaults.set(n.index, n.choices ? n.choices[0] : n.children);
        collect(n.children);
      } else if (n.kind === 'variable') collect(n.children);
    }
  };
  collect(nodes);

  let text = '';
  const tabstops: TabstopSpan[] = [];
  const render = (list: readonly Node[]) => {
    for (const n of list) {
      if (n.kind === 'text') text += n.text;
      else if (n.kind === 'variable') {
        const value = variables[n.name];
        if (value === undefined) throw new Error(`variable ${n.name} has no value in the test (VS Code would insert its name)`);
        text += n.transform ? applyTransform(value, n.transform) : value;
      } else {
        const start = text.length;
        const own = defaults.get(n.index);
        const typed = values[n.index];
        if (typed !== undefined) text += typed;
        else if (typeof own === 'string') text += own;
        else if (own) render(own);
        tabstops.push({ index: n.index, start, end: text.length, text: text.slice(start), isChoice: typed === undefined && typeof own === 'string' });
      }
    }
  };
  render(nodes);
  return { text, tabstops };
}

/** The values VS Code gives the date variables on a given day (months and days two-digit). */
export function dateVariables(year: number, month: number, day: number): Record<string, string> {
  const two = (n: number) => String(n).padStart(2, '0');
  return { CURRENT_YEAR: String(year), CURRENT_YEAR_SHORT: two(year % 100), CURRENT_MONTH: two(month), CURRENT_DATE: two(day) };
}
