import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inProcessClient, type TestClient } from './harness';
import { COMPLETE_PLAN, README_TEXT } from './plans';

const STATUS = 'kehoach/planStatus';
const PARTY_PLAN = readFileSync(join(__dirname, '..', '..', 'examples', 'ke-hoach-mau.kh.md'), 'utf8')
  .replace('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc', 'ĐẢNG CỘNG SẢN VIỆT NAM')
  .replace('Số: 45/KH-UBND', 'Số 45-KH/HU');

describe('kehoach/planStatus: whether the editor checks a document as a plan, and in which style', () => {
  let client: TestClient;
  beforeEach(async () => {
    client = inProcessClient();
    await client.initialize();
  });
  afterEach(() => client.close());

  const status = (uri: string) => client.rpc.sendRequest(STATUS, { uri });

  it('a state plan by its header, a Party plan by its header, a README not at all', async () => {
    await client.open('file:///ws/a.kh.md', COMPLETE_PLAN);
    await client.open('file:///ws/dang.md', PARTY_PLAN);
    await client.open('file:///ws/README.md', README_TEXT);
    assert.deepEqual(await status('file:///ws/a.kh.md'), { isPlan: true, tooLarge: false, profile: 'state', profileFrom: 'header' });
    assert.deepEqual(await status('file:///ws/dang.md'), { isPlan: true, tooLarge: false, profile: 'party', profileFrom: 'header' });
    assert.equal((await status('file:///ws/README.md') as { isPlan: boolean }).isPlan, false);
  });

  it('a Đoàn plan and a mass organisation\'s plan by their headers, each named as itself', async () => {
    const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'real', name), 'utf8');
    const rule = (dir: string, name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'rules', dir, name), 'utf8');
    await client.open('file:///ws/doan.kh.md', fixture('twdtn-225-2024.txt'));
    await client.open('file:///ws/hnd.kh.md', rule('header-national-title', 'hoi-nong-dan-khong-kiem-tra.kh.md'));
    assert.deepEqual(await status('file:///ws/doan.kh.md'), { isPlan: true, tooLarge: false, profile: 'doan', profileFrom: 'header' });
    assert.deepEqual(await status('file:///ws/hnd.kh.md'), { isPlan: true, tooLarge: false, profile: 'mass', profileFrom: 'header' });
  });

  it('takes the style from the profile setting when it names one', async () => {
    client.settings = { ...client.settings, profile: 'party' };
    await client.open('file:///ws/a.kh.md', COMPLETE_PLAN);
    assert.deepEqual(await status('file:///ws/a.kh.md'), { isPlan: true, tooLarge: false, profile: 'party', profileFrom: 'setting' });
  });

  it('counts a file the plan globs name (state by default: no header shows a style)', async () => {
    client.settings = { ...client.settings, planGlobs: ['**/ghi-chu.txt'] };
    await client.open('file:///ws/ghi-chu.txt', README_TEXT, 1, 'plaintext');
    await client.open('file:///ws/khac.txt', README_TEXT, 1, 'plaintext');
    assert.deepEqual(await status('file:///ws/ghi-chu.txt'), { isPlan: true, tooLarge: false, profile: 'state', profileFrom: 'default' });
    assert.equal((await status('file:///ws/khac.txt') as { isPlan: boolean }).isPlan, false);
  });

  it('says a plan over kehoach.maxFileSize is too large (it gets no diagnostics)', async () => {
    client.settings = { ...client.settings, maxFileSize: 100 };
    await client.open('file:///ws/a.kh.md', COMPLETE_PLAN);
    assert.deepEqual(await status('file:///ws/a.kh.md'), { isPlan: true, tooLarge: true });
  });

  it('answers for the new text of a URI opened again at version 1 without a close in between', async () => {
    await client.open('untitled:Untitled-1', COMPLETE_PLAN);
    assert.equal((await status('untitled:Untitled-1') as { isPlan: boolean }).isPlan, true);
    await client.open('untitled:Untitled-1', README_TEXT);
    assert.equal((await status('untitled:Untitled-1') as { isPlan: boolean }).isPlan, false);
  });

  it('answers null for a document the server does not hold, and for params of the wrong shape', async () => {
    assert.equal(await status('file:///ws/not-open.kh.md'), null);
    assert.equal(await client.rpc.sendRequest(STATUS, null), null);
    assert.equal(await client.rpc.sendRequest(STATUS, { uri: 42 }), null);
  });
});
