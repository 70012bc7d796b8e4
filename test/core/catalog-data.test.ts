// Checks the data of the built-in directive catalog (server/src/core/catalog/data/builtin.json):
// identities, dates, symbols and their agreement with type, year, issuer and scope, sources, and
// that every document cited in the real texts of test/fixtures/real is catalogued, except the few
// that could not be confirmed (FIXTURE_NOT_CONFIRMED), which SOURCES.md lists instead.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceKind } from '../../server/src/core/catalog/sources';

interface Status {
  state: string;
  since?: string;
  by?: { symbol: string; date: string };
}
/** Why an entry has no source on the preferred official sites: a code SOURCES.md explains. */
type SourceNote = string;
interface Entry {
  type: string;
  number: string;
  symbol: string;
  date: string;
  issuer: string;
  summary: string;
  status?: Status;
  scope: string;
  sources: string[];
  sourceNote?: SourceNote;
}

// Read rather than imported: the test project's tsconfig does not list JSON files of the server
// project (TS6307), and the file is data either way.
const builtinPath = join(__dirname, '..', '..', 'server', 'src', 'core', 'catalog', 'data', 'builtin.json');
const builtin = JSON.parse(readFileSync(builtinPath, 'utf8')) as { version: number; entries: Entry[] };
const entries = builtin.entries;
const realDir = join(__dirname, '..', 'fixtures', 'real');

/** Every number-symbol cited (or carried as its own number) in test/fixtures/real/*.txt, with the
 *  scope its catalog entry must have: the province for that province's own documents. */
const FIXTURE_CITATIONS: ReadonlyArray<readonly [symbol: string, scope: string]> = [
  // lang-son-52-KH-UBND-2014.txt
  ['52/KH-UBND', 'Lạng Sơn'],
  ['1301/UBDT-KHTC', 'national'],
  ['29-CT/TU', 'Lạng Sơn'],
  ['57-KL/TW', 'national'],
  ['1971/CT-TTg', 'national'],
  ['05/2011/NĐ-CP', 'national'],
  ['449/QĐ-TTg', 'national'],
  ['2356/QĐ-TTg', 'national'],
  ['101/KH-UBND', 'Lạng Sơn'],
  ['102/2009/QĐ-TTg', 'national'],
  ['755/QĐ-TTg', 'national'],
  // cao-bang-dinh-huong-2021-2025.txt
  ['65-KL/TW', 'national'],
  ['24-NQ/TW', 'national'],
  ['1719/QĐ-TTg', 'national'],
  ['2015/KH-UBND', 'Cao Bằng'],
];

/** The real texts whose citations the catalog covers (copies of ../shared/examples). The other
 *  published texts in that folder test the rules against false alarms (real-texts.test.ts); the
 *  documents they cite are not catalogued yet. */
const CATALOGUED_TEXTS: readonly string[] = ['lang-son-52-KH-UBND-2014.txt', 'cao-bang-dinh-huong-2021-2025.txt'];

/** Symbols cited in the real texts that could not be confirmed from a public source: they stay out
 *  of the catalog and SOURCES.md lists them, with what was found, under "Not confirmed". */
const FIXTURE_NOT_CONFIRMED: readonly string[] = [
  '293/QĐ-TTg', // lang-son: number, date and issuer found; its trích yếu wording was not
  '12-NQ/TU', // cao-bang: Nghị quyết of the Cao Bằng provincial Party Committee, no public copy found
];
const sourcesMdPath = join(__dirname, '..', '..', 'server', 'src', 'core', 'catalog', 'data', 'SOURCES.md');

// Symbol shapes (vn-document-rules.md). A number may carry a letter suffix: 30a/2008/NQ-CP.
// A type code is letters only; a body code may end in a term number (517/NQ-UBTVQH15).
const CODE = '[A-ZĐ][A-Za-zĐđ]*';
const BODY = '[A-ZĐ][A-Za-zĐđ]*[0-9]*';
const PARTY = new RegExp(`^(\\d+[a-z]?)-(${CODE})/(${BODY})$`, 'u'); // 65-KL/TW, 08-QĐi/TW
const STATE = new RegExp(`^(\\d+[a-z]?)/(${CODE})((?:-${BODY})+)$`, 'u'); // 1719/QĐ-TTg, 1301/UBDT-KHTC
const NORMATIVE = new RegExp(`^(\\d+[a-z]?)/(\\d{4})/(${CODE})((?:-${BODY})+)$`, 'u'); // 27/2022/NĐ-CP
const ASSEMBLY = /^(\d+)\/(\d{4})\/(QH|UBTVQH)(1[0-9])$/u; // 88/2019/QH14, 1211/2016/UBTVQH13

/** Type word → abbreviation in a state symbol (Nghị định 30/2020/NĐ-CP, Phụ lục III; 2015 Law). */
const STATE_ABBR: Record<string, string[]> = {
  'Nghị quyết': ['NQ'], 'Quyết định': ['QĐ'], 'Chỉ thị': ['CT'], 'Quy chế': ['QC'], 'Quy định': ['QyĐ'],
  'Thông báo': ['TB'], 'Hướng dẫn': ['HD'], 'Chương trình': ['CTr'], 'Kế hoạch': ['KH'], 'Phương án': ['PA'],
  'Đề án': ['ĐA'], 'Báo cáo': ['BC'], 'Tờ trình': ['TTr'], 'Công điện': ['CĐ'], 'Nghị định': ['NĐ'],
  'Thông tư': ['TT'], 'Thông tư liên tịch': ['TTLT'], 'Văn bản hợp nhất': ['VBHN'],
};
/** Type word → abbreviation in a Party symbol (Hướng dẫn 36-HD/VPTW). */
const PARTY_ABBR: Record<string, string[]> = {
  'Nghị quyết': ['NQ'], 'Quyết định': ['QĐ'], 'Quy định': ['QĐ', 'QĐi'], 'Chỉ thị': ['CT'], 'Kết luận': ['KL'],
  'Quy chế': ['QC'], 'Thông tri': ['TT'], 'Hướng dẫn': ['HD'], 'Kế hoạch': ['KH'], 'Chương trình': ['CTr'],
  'Thông báo': ['TB'], 'Báo cáo': ['BC'], 'Tờ trình': ['TTr'], 'Đề án': ['ĐA'], 'Công văn': ['CV'],
};
/** The National Assembly's terms, by the years a term's documents can carry. */
const TERMS: Record<string, [number, number]> = {
  '11': [2002, 2007], '12': [2007, 2011], '13': [2011, 2016], '14': [2016, 2021], '15': [2021, 2026],
};
/** Issuing body in a symbol → how the catalog must name the issuer (vn-document-rules.md). */
const NAME_OF_BODY: Record<string, string> = {
  TTg: 'Thủ tướng Chính phủ',
  CP: 'Chính phủ',
  UBDT: 'Ủy ban Dân tộc',
  VPCP: 'Văn phòng Chính phủ',
  BTC: 'Bộ Tài chính',
  BNV: 'Bộ Nội vụ',
  'BLĐTBXH': 'Bộ Lao động - Thương binh và Xã hội',
};
const ISSUER_OF_BODY: Record<string, RegExp> = {
  ...Object.fromEntries(Object.entries(NAME_OF_BODY).map(([body, name]) => [body, new RegExp(`^${name}$`, 'u')])),
  UBND: /^Ủy ban nhân dân /u,
  HĐND: /^Hội đồng nhân dân /u,
  TU: /Tỉnh ủy|Thành ủy|Đảng bộ tỉnh|Đảng bộ thành phố/u,
  TW: /^(Ban Chấp hành Trung ương|Bộ Chính trị|Ban Bí thư)/u,
};

type Kind = 'party' | 'state' | 'normative' | 'assembly' | 'unknown';
function kindOf(symbol: string): Kind {
  if (ASSEMBLY.test(symbol)) return 'assembly';
  if (NORMATIVE.test(symbol)) return 'normative';
  if (PARTY.test(symbol)) return 'party';
  if (STATE.test(symbol)) return 'state';
  return 'unknown';
}
/** Issuing body of a symbol: the last segment (TW, TTg, CP, UBND …), or QH/UBTVQH. */
function bodyOf(symbol: string): string {
  const assembly = ASSEMBLY.exec(symbol);
  if (assembly) return assembly[3];
  const last = symbol.split(/[/-]/u).at(-1) ?? '';
  return /^(UBTVQH|QH)\d+$/u.test(last) ? last.replace(/\d+$/u, '') : last;
}

const isoDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/u.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const today = new Date().toISOString().slice(0, 10);
const label = (e: Entry) => `${e.symbol} (${e.date})`;

describe('built-in catalog data', () => {
  it('has at least 150 entries, version 1', () => {
    assert.equal(builtin.version, 1);
    assert.ok(entries.length >= 150, `only ${entries.length} entries`);
  });

  it('has no two entries with the same identity (symbol + date)', () => {
    const seen = new Set<string>();
    for (const e of entries) {
      const id = `${e.symbol}|${e.date}`;
      assert.ok(!seen.has(id), `duplicate ${label(e)}`);
      seen.add(id);
    }
  });

  it('gives every entry all its fields, non-empty', () => {
    for (const e of entries) {
      for (const field of ['type', 'number', 'symbol', 'date', 'issuer', 'summary', 'scope'] as const) {
        assert.ok(typeof e[field] === 'string' && e[field].trim() === e[field] && e[field] !== '', `${label(e)}: ${field}`);
      }
      assert.ok(!/\s{2}/u.test(e.summary), `${label(e)}: double space in summary`);
    }
  });

  it('dates every entry with a valid ISO date between 1945 and today', () => {
    for (const e of entries) {
      assert.ok(isoDate(e.date), `${label(e)}: not an ISO date`);
      assert.ok(e.date >= '1945-09-02' && e.date <= today, `${label(e)}: date out of range`);
    }
  });

  it('gives every entry at least one public source URL', () => {
    for (const e of entries) {
      assert.ok(Array.isArray(e.sources) && e.sources.length >= 1, `${label(e)}: no source`);
      for (const url of e.sources) assert.match(url, /^https?:\/\/[^\s/]+\.[^\s/]+\/?\S*$/u, `${label(e)}: bad URL ${url}`);
    }
  });

  it('gives every entry a source on the official sites (vbpl, chinhphu, quochoi, dangcongsan) or a reason SOURCES.md explains', () => {
    const sourcesMd = readFileSync(sourcesMdPath, 'utf8');
    for (const e of entries) {
      const official = e.sources.some((url) => sourceKind(url) === 'official');
      if (official) assert.equal(e.sourceNote, undefined, `${label(e)}: has an official source and a note saying it has none`);
      else {
        assert.ok(e.sourceNote, `${label(e)}: no official source and no reason recorded`);
        assert.ok(sourcesMd.includes(`\`${e.sourceNote}\``), `${label(e)}: reason ${e.sourceNote} is not explained in SOURCES.md`);
      }
    }
  });

  it('never rests an entry on forums, blogs, document-sharing sites, shops or ads pages alone', () => {
    for (const e of entries) assert.ok(e.sources.some((url) => sourceKind(url) !== 'weak'), `${label(e)}: only weak sources`);
  });

  it('writes every symbol in a Party, state, legal normative or National Assembly shape', () => {
    for (const e of entries) assert.notEqual(kindOf(e.symbol), 'unknown', `${label(e)}: unrecognised symbol shape`);
  });

  it('keeps the number equal to the number in the symbol', () => {
    for (const e of entries) assert.equal(e.symbol.split(/[/-]/u)[0], e.number, label(e));
  });

  it('dates a legal normative or National Assembly document in the year of its symbol', () => {
    for (const e of entries) {
      const m = NORMATIVE.exec(e.symbol) ?? ASSEMBLY.exec(e.symbol);
      if (m) assert.equal(m[2], e.date.slice(0, 4), `${label(e)}: year in symbol`);
    }
  });

  it('dates a National Assembly document within its term', () => {
    for (const e of entries) {
      const m = ASSEMBLY.exec(e.symbol);
      if (!m) continue;
      const term = TERMS[m[4]];
      assert.ok(term, `${label(e)}: unknown term ${m[4]}`);
      const year = Number(e.date.slice(0, 4));
      assert.ok(year >= term[0] && year <= term[1], `${label(e)}: not in term ${m[4]}`);
    }
  });

  it('agrees the type word with the type abbreviation of the symbol', () => {
    for (const e of entries) {
      const kind = kindOf(e.symbol);
      if (kind === 'party') {
        const abbr = PARTY.exec(e.symbol)![2];
        assert.ok(PARTY_ABBR[e.type]?.includes(abbr), `${label(e)}: ${e.type} ≠ ${abbr}`);
      } else if (kind === 'assembly') {
        const body = ASSEMBLY.exec(e.symbol)![3];
        const types = body === 'QH' ? ['Luật', 'Bộ luật', 'Nghị quyết', 'Hiến pháp'] : ['Nghị quyết', 'Pháp lệnh'];
        assert.ok(types.includes(e.type), `${label(e)}: ${e.type} with ${body}`);
      } else {
        const m = (NORMATIVE.exec(e.symbol) ?? STATE.exec(e.symbol))!;
        const first = kind === 'normative' ? m[3] : m[2];
        if (e.type === 'Công văn') {
          // A công văn carries no type code: its symbol starts with the issuing body.
          const typeCodes = Object.values(STATE_ABBR).flat();
          assert.ok(!typeCodes.includes(first), `${label(e)}: công văn with type code ${first}`);
        } else {
          assert.ok(STATE_ABBR[e.type]?.includes(first), `${label(e)}: ${e.type} ≠ ${first}`);
        }
      }
    }
  });

  it('names the issuer the way its symbol says', () => {
    for (const e of entries) {
      const codes = (e.symbol.split('/').at(-1) ?? '').split('-');
      if (e.type === 'Thông tư liên tịch') {
        // A joint circular names every issuing body after TTLT (55/2005/TTLT-BNV-VPCP).
        assert.ok(codes.length >= 3, `${label(e)}: a joint circular names at least two bodies`);
        for (const body of codes.slice(1)) {
          assert.ok(NAME_OF_BODY[body] && e.issuer.includes(NAME_OF_BODY[body]), `${label(e)}: issuer lacks ${body}`);
        }
        continue;
      }
      if (e.type === 'Công văn' && NAME_OF_BODY[codes[0]]) {
        // A công văn's symbol starts with the issuing body; what follows is the drafting unit (UBDT-KHTC).
        assert.equal(e.issuer, NAME_OF_BODY[codes[0]], label(e));
        continue;
      }
      const body = bodyOf(e.symbol);
      if (body === 'QH') assert.equal(e.issuer, 'Quốc hội', label(e));
      else if (body === 'UBTVQH') assert.equal(e.issuer, 'Ủy ban Thường vụ Quốc hội', label(e));
      else if (ISSUER_OF_BODY[body]) assert.match(e.issuer, ISSUER_OF_BODY[body], label(e));
    }
  });

  it('scopes local documents to their province and central ones nationally', () => {
    for (const e of entries) {
      const local = ['TU', 'HU', 'UBND', 'HĐND'].includes(bodyOf(e.symbol));
      if (local) assert.notEqual(e.scope, 'national', `${label(e)}: a local document`);
      else assert.equal(e.scope, 'national', `${label(e)}: a central document`);
    }
  });

  it('gives a well-formed status: in force, expired since a date, or replaced by a well-formed later document', () => {
    for (const e of entries) {
      const s = e.status;
      if (s === undefined) continue;
      if (s.state === 'in-force') assert.deepEqual(Object.keys(s), ['state'], label(e));
      else if (s.state === 'expired') {
        assert.ok(s.since && isoDate(s.since) && s.since >= e.date && s.since <= today, `${label(e)}: since`);
      } else if (s.state === 'replaced') {
        assert.ok(s.by && isoDate(s.by.date) && s.by.date >= e.date && s.by.date <= today, `${label(e)}: by.date`);
        // The replacement takes effect on or after the replacing document's date of issue.
        if (s.since !== undefined) assert.ok(isoDate(s.since) && s.since >= s.by.date, `${label(e)}: since`);
        assert.notEqual(kindOf(s.by.symbol), 'unknown', `${label(e)}: by.symbol ${s.by.symbol}`);
        assert.notEqual(s.by.symbol, e.symbol, `${label(e)}: replaced by itself`);
      } else assert.fail(`${label(e)}: unknown state ${s.state}`);
    }
  });

  it('lists the replacing document of a replaced entry in the catalog too', () => {
    const ids = new Set(entries.map((e) => `${e.symbol}|${e.date}`));
    for (const e of entries) {
      if (e.status?.state === 'replaced') assert.ok(ids.has(`${e.status.by!.symbol}|${e.status.by!.date}`), label(e));
    }
  });

  describe('documents cited in the real texts', () => {
    it('lists every symbol that occurs in test/fixtures/real/*.txt in FIXTURE_CITATIONS or FIXTURE_NOT_CONFIRMED', () => {
      // Kept linear: each pattern is a run of simple classes with no nested quantifiers.
      const party = /\d+-[A-ZĐ][A-Za-zĐđ]*\/[A-ZĐ][A-Za-zĐđ]*/gu;
      const state = /\d+(?:\/\d{4})?\/[A-ZĐ][A-Za-zĐđ]*(?:-[A-ZĐ][A-Za-zĐđ]*)+/gu;
      const found = new Set<string>();
      for (const name of readdirSync(realDir).filter((n) => CATALOGUED_TEXTS.includes(n))) {
        const text = readFileSync(join(realDir, name), 'utf8').normalize('NFC');
        for (const m of text.matchAll(party)) found.add(m[0]);
        for (const m of text.matchAll(state)) found.add(m[0]);
      }
      const listed = [...FIXTURE_CITATIONS.map(([s]) => s), ...FIXTURE_NOT_CONFIRMED];
      assert.deepEqual([...found].sort(), listed.sort());
    });

    it('keeps the unconfirmed ones out of the catalog and lists them in SOURCES.md under "Not confirmed"', () => {
      const sources = readFileSync(sourcesMdPath, 'utf8');
      const section = sources.split(/^## /mu).find((part) => part.startsWith('Not confirmed')) ?? '';
      for (const symbol of FIXTURE_NOT_CONFIRMED) {
        assert.ok(!entries.some((e) => e.symbol === symbol), `${symbol} is in the catalog but listed as unconfirmed`);
        assert.ok(section.includes(symbol), `${symbol} is missing from SOURCES.md, section "Not confirmed"`);
      }
    });

    for (const [symbol, scope] of FIXTURE_CITATIONS) {
      it(`catalogues ${symbol} (${scope})`, () => {
        const matches = entries.filter((e) => e.symbol === symbol);
        assert.ok(matches.length >= 1, `${symbol} is not in the catalog`);
        assert.ok(matches.some((e) => e.scope === scope), `${symbol}: no entry with scope ${scope}`);
      });
    }
  });
});
