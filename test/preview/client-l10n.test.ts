import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../export/plans';

const json = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, unknown>;

describe('preview and export commands: titles and messages in Vietnamese and English', () => {
  it('every vscode.l10n.t string of the client files has a Vietnamese translation', () => {
    const vi = json('l10n/bundle.l10n.vi.json');
    const dir = join(ROOT, 'client', 'src');
    const strings = readdirSync(dir).filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/l10n\.t\(\s*'([^']+)'/g)].map((m) => m[1]));
    assert.ok(strings.length >= 20, `only ${strings.length} strings found`);
    for (const s of strings) assert.ok(vi[s], `“${s}” has no Vietnamese translation`);
  });

  it('the two commands are contributed with their titles, and the preview sits in the editor title of plans', () => {
    const manifest = json('package.json') as { contributes: { commands: { command: string; title: string }[]; menus: Record<string, { command: string; when?: string }[]> } };
    const titles = Object.fromEntries(manifest.contributes.commands.map((c) => [c.command, c.title]));
    assert.equal(titles['kehoach.preview'], '%command.preview%');
    assert.equal(titles['kehoach.exportDocx'], '%command.exportDocx%');
    assert.equal(json('package.nls.vi.json')['command.preview'], 'Kế hoạch: Xem trước bản in');
    assert.equal(json('package.nls.vi.json')['command.exportDocx'], 'Kế hoạch: Xuất ra Word');
    const editorTitle = manifest.contributes.menus['editor/title'].find((m) => m.command === 'kehoach.preview');
    assert.match(editorTitle?.when ?? '', /kehoach\.isPlan/);
  });
});
