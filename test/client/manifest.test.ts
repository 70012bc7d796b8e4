// The manifest as the Marketplace and the Extensions view show it, and the walkthrough's wiring: what a
// real VS Code would only show by looking (a broken icon, an untranslated title, a button to nowhere).
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const json = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
const manifest = json('package.json');
const nls: Record<string, Record<string, string>> = { en: json('package.nls.json'), vi: json('package.nls.vi.json') };

/** Every `%key%` of the manifest. */
function nlsKeys(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') {
    const m = /^%(.+)%$/.exec(node);
    if (m) out.push(m[1]);
  } else if (node && typeof node === 'object') for (const v of Object.values(node)) nlsKeys(v, out);
  return out;
}

/** The commands the client registers (registerCommand('kehoach.…') in client/src). */
function registeredCommands(): Set<string> {
  const dir = join(ROOT, 'client', 'src');
  const source = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  return new Set([...source.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]));
}

describe('package.json: what the Marketplace and the Extensions view show', () => {
  it('has an icon: a 128×128 PNG that media/make-icon.mjs draws', () => {
    assert.equal(manifest.icon, 'media/icon.png');
    const png = readFileSync(join(ROOT, manifest.icon));
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(png.toString('ascii', 12, 16), 'IHDR');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
    assert.ok(existsSync(join(ROOT, 'media', 'make-icon.mjs')));
  });

  it('names no placeholder repository, and has keywords and a CHANGELOG', () => {
    assert.ok(!JSON.stringify(manifest).includes('example.invalid'));
    const url = manifest.repository?.url ?? manifest.repository;
    if (url !== undefined) assert.match(String(url), /^https:\/\/(github|gitlab)\.com\//);
    assert.ok(Array.isArray(manifest.keywords) && manifest.keywords.includes('kế hoạch'));
    assert.ok(manifest.keywords.length <= 30, 'the Marketplace takes at most 30 keywords');
    assert.match(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'), /^# /);
    const packaged = readFileSync(join(ROOT, '.vscodeignore'), 'utf8');
    for (const file of ['CHANGELOG.md', 'media/icon.png', 'media/walkthrough/**', 'examples/ke-hoach-mau.kh.md']) {
      assert.ok(packaged.includes(`!${file}`), `${file} is left out of the .vsix`);
    }
  });

  it('declares limited support for Restricted Mode, says why in both languages, and restricts only existing settings', () => {
    const trust = manifest.capabilities?.untrustedWorkspaces;
    assert.equal(trust?.supported, 'limited');
    assert.equal(trust.description, '%untrustedWorkspaces%');
    for (const lang of ['en', 'vi']) assert.match(nls[lang].untrustedWorkspaces, /maxFileSize/);
    const settings = Object.keys(manifest.contributes.configuration.properties);
    assert.deepEqual(trust.restrictedConfigurations, ['kehoach.maxFileSize']);
    for (const key of trust.restrictedConfigurations) assert.ok(settings.includes(key), key);
    // Catalogs outside the workspace come from the user's settings only: a workspace cannot set a machine setting.
    assert.equal(manifest.contributes.configuration.properties['kehoach.catalogs'].scope, 'machine');
  });

  it('every %key% has an English and a Vietnamese text', () => {
    for (const key of nlsKeys(manifest)) {
      for (const lang of ['en', 'vi']) assert.ok(nls[lang][key], `${key} has no ${lang} text`);
    }
  });
});

describe('package.json: the walkthrough', () => {
  const [walkthrough] = manifest.contributes.walkthroughs;
  const steps: { id: string; description: string; media: { markdown?: string; image?: string }; completionEvents: string[] }[] = walkthrough.steps;
  const contributed = new Set<string>(manifest.contributes.commands.map((c: { command: string }) => c.command));
  const registered = registeredCommands();

  it('walks through opening the sample, the skeleton, a finding, its fix and the export to Word', () => {
    assert.deepEqual(steps.map((s) => s.id), ['openExample', 'newPlan', 'seeFinding', 'fix', 'export']);
    for (const step of steps) assert.ok(existsSync(join(ROOT, step.media.markdown ?? step.media.image ?? '')), `${step.id}: media missing`);
  });

  it('each button runs a command the extension contributes and registers (or one of VS Code)', () => {
    for (const step of steps) {
      for (const lang of ['en', 'vi']) {
        const text = nls[lang][step.description.slice(1, -1)];
        const links = [...text.matchAll(/\]\(command:([^)?]+)/g)].map((m) => m[1]);
        assert.equal(links.length, 1, `${step.id} (${lang}): one button expected`);
        const [command] = links;
        if (command.startsWith('kehoach.')) {
          assert.ok(contributed.has(command) && registered.has(command), `${command} is not contributed and registered`);
        } else assert.ok(command.startsWith('workbench.'), command);
      }
      for (const event of step.completionEvents) {
        const command = /^onCommand:(.+)$/.exec(event)?.[1];
        if (command) assert.ok(registered.has(command), `${step.id} completes on ${command}, which is not registered`);
      }
    }
  });

  it('the sample it opens holds the date the walkthrough turns into its mistake', () => {
    const source = readFileSync(join(ROOT, 'client', 'src', 'walkthrough.ts'), 'utf8');
    const correct = /CORRECT_DATE = '([^']+)'/.exec(source)?.[1];
    assert.ok(correct && readFileSync(join(ROOT, 'examples', 'ke-hoach-mau.kh.md'), 'utf8').includes(correct));
    assert.ok(nls.vi['walkthrough.seeFinding.description'].includes('ngày 6 tháng 2 năm 2023'));
  });
});
