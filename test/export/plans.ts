import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isPlan } from '../../server/src/core/detect';

export const ROOT = join(__dirname, '..', '..');
/** The shared examples live beside the repository (`../shared/examples`, as DESIGN.md says). */
export const SHARED_EXAMPLES = join(ROOT, '..', 'shared', 'examples');

export interface PlanFile {
  readonly name: string;
  readonly text: string;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : /\.(md|txt)$/.test(e.name) ? [full] : [];
  }).sort();
}

/** Every plan among the fixtures (but the adversarial repro documents) and both sets of examples: what plan detection accepts, as the CLI does. */
export function planFiles(): PlanFile[] {
  const dirs = [join(ROOT, 'test', 'fixtures'), join(ROOT, 'examples'), SHARED_EXAMPLES];
  const files: PlanFile[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) throw new Error(`missing ${dir}: the shared examples must lie beside the repository`);
    for (const file of filesUnder(dir)) {
      // The repro documents are generated adversarial text (regressions of the property tests), not drafts.
      if (relative(join(ROOT, 'test', 'fixtures', 'repro'), file).split(/[\\/]/)[0] !== '..') continue;
      const text = readFileSync(file, 'utf8');
      const name = relative(join(ROOT, '..'), file);
      if (isPlan(name, text)) files.push({ name, text });
    }
  }
  return files;
}
