import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES } from '../../server/src/core/lint';
import { SECTION_KINDS } from '../../server/src/core/sections';

const root = join(__dirname, '..', '..');
const json = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));

describe('configuration schema and settings', () => {
  const schema = json('schemas/kehoach.schema.json');
  const manifest = json('package.json');

  it('knows every registered rule id', () => {
    const ids = Object.keys(schema.properties.rules.properties).sort();
    for (const rule of ALL_RULES) assert.ok(ids.includes(rule.id), `${rule.id} missing from the schema`);
  });

  it('knows every section kind', () => {
    const kinds = schema.properties.requiredSections.properties.state.items.enum;
    assert.deepEqual([...kinds].sort(), SECTION_KINDS.map((k) => k.id).sort());
  });

  it('every .kehoach.json field has a mirrored kehoach.* setting, and the manifest points VS Code at the schema', () => {
    const settings = Object.keys(manifest.contributes.configuration.properties);
    for (const field of Object.keys(schema.properties).filter((f) => f !== '$schema')) {
      assert.ok(settings.includes(`kehoach.${field}`), `kehoach.${field}`);
    }
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.kehoach.json', url: './schemas/kehoach.schema.json' }]);
  });

  it('every %key% of the manifest exists in English and Vietnamese', () => {
    const en = json('package.nls.json');
    const vi = json('package.nls.vi.json');
    const keys = [...JSON.stringify(manifest).matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 10);
    for (const key of keys) {
      assert.ok(en[key], `${key} missing in package.nls.json`);
      assert.ok(vi[key], `${key} missing in package.nls.vi.json`);
    }
  });

  it('every vscode.l10n.t string of the client has a Vietnamese translation', () => {
    const source = readFileSync(join(root, 'client', 'src', 'extension.ts'), 'utf8');
    const vi = json('l10n/bundle.l10n.vi.json');
    const strings = [...source.matchAll(/l10n\.t\('([^']+)'/g)].map((m) => m[1]);
    assert.ok(strings.length >= 3);
    for (const s of strings) assert.ok(vi[s], `“${s}” has no Vietnamese translation`);
  });
});
