// How package.json hands the grammars to VS Code: the injection into Markdown, and the plain-text grammar
// bound to the language `kehoach-text` only, which the client gives to a .txt file once the server
// recognises it as a plan (client/src/plain-text-plans.ts): no `.txt` file is coloured for its name alone.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readGrammar } from './tokenize';

const ROOT = join(__dirname, '..', '..');
interface Grammar { language?: string; scopeName: string; path: string; injectTo?: string[] }
interface Language { id: string; extensions?: string[]; filenames?: string[]; filenamePatterns?: string[]; firstLine?: string }
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  activationEvents: string[];
  contributes: { grammars: Grammar[]; languages?: Language[]; snippets: { language: string; path: string }[] };
};
const { grammars, languages = [], snippets } = manifest.contributes;

describe('grammar registration in package.json', () => {
  it('binds the plain-text grammar (text.kehoach) to the language kehoach-text, from the file that defines that scope', () => {
    const text = grammars.find((g) => g.scopeName === 'text.kehoach');
    assert.ok(text, 'text.kehoach is not registered');
    assert.equal(text.language, 'kehoach-text');
    assert.ok(existsSync(join(ROOT, text.path)), text.path);
    assert.equal(JSON.parse(readFileSync(join(ROOT, text.path), 'utf8')).scopeName, 'text.kehoach');
    // Its patterns include the injection's: that grammar must stay registered under the scope it includes.
    assert.ok(JSON.stringify(readGrammar('text.kehoach').patterns).includes('kehoach.injection'));
    assert.ok(grammars.some((g) => g.scopeName === 'kehoach.injection' && g.injectTo?.includes('text.html.markdown')));
  });

  it('contributes kehoach-text without claiming any file by name or first line, and binds no grammar to plaintext', () => {
    const language = languages.find((l) => l.id === 'kehoach-text');
    assert.ok(language, 'the language kehoach-text is not contributed');
    for (const claim of ['extensions', 'filenames', 'filenamePatterns', 'firstLine'] as const) {
      assert.equal(language[claim], undefined, `${claim} would colour files the server does not take for plans`);
    }
    assert.ok(!grammars.some((g) => g.language === 'plaintext'), 'a grammar bound to plaintext colours every .txt file');
  });

  it('a plain-text plan keeps what plain text had: the snippets, and the extension starts for it', () => {
    const plain = snippets.find((s) => s.language === 'plaintext');
    assert.ok(plain);
    assert.ok(snippets.some((s) => s.language === 'kehoach-text' && s.path === plain.path));
    assert.ok(manifest.activationEvents.includes('onLanguage:kehoach-text'));
  });
});
