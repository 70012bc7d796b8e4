// The SARIF 2.1.0 structure check shared by the SARIF tests and the CI recipe tests.

export type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isAbsoluteUri = (v: unknown) => typeof v === 'string' && /^[a-z][a-z0-9+.-]+:/i.test(v) && URL.canParse(v);
const LEVELS = ['none', 'note', 'warning', 'error'];

/**
 * What SARIF 2.1.0 requires of the objects kehoach writes (the OASIS schema's `required` lists and value
 * constraints), plus what GitHub code scanning requires of rules (fullDescription.text, help.text): the
 * problems found, as paths. Checked by hand: no well-kept npm package ships the 2.1.0 schema itself.
 */
export function sarifProblems(log: unknown): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, where: string) => { if (!ok) problems.push(where); };
  const text = (v: unknown) => isObject(v) && typeof v.text === 'string' && v.text.length > 0;
  if (!isObject(log)) return ['sarifLog'];
  need(log.version === '2.1.0', 'version');
  need(Array.isArray(log.runs), 'runs');
  for (const [i, run] of (Array.isArray(log.runs) ? log.runs : []).entries()) {
    const at = `runs[${i}]`;
    const driver = isObject(run) && isObject(run.tool) ? run.tool.driver : undefined;
    if (!isObject(driver)) { problems.push(`${at}.tool.driver`); continue; }
    need(typeof driver.name === 'string' && driver.name.length > 0, `${at}.tool.driver.name`);
    if (driver.informationUri !== undefined) need(isAbsoluteUri(driver.informationUri), `${at}.tool.driver.informationUri`);
    const rules = Array.isArray(driver.rules) ? driver.rules : [];
    need(Array.isArray(driver.rules), `${at}.tool.driver.rules`);
    for (const [k, rule] of rules.entries()) {
      const r = isObject(rule) ? rule : {};
      need(typeof r.id === 'string', `${at}.rules[${k}].id`);
      need(text(r.shortDescription) && text(r.fullDescription) && text(r.help), `${at}.rules[${k}] descriptions`);
      if (r.helpUri !== undefined) need(isAbsoluteUri(r.helpUri), `${at}.rules[${k}].helpUri`);
      const level = isObject(r.defaultConfiguration) ? r.defaultConfiguration.level : 'warning';
      need(LEVELS.includes(level as string), `${at}.rules[${k}].defaultConfiguration.level`);
    }
    need(run.columnKind === undefined || ['utf16CodeUnits', 'unicodeCodePoints'].includes(run.columnKind as string), `${at}.columnKind`);
    const bases = isObject(run.originalUriBaseIds) ? run.originalUriBaseIds : {};
    for (const [id, base] of Object.entries(bases)) {
      // §3.14.14: a base id's URI is absolute and ends with a slash.
      need(isObject(base) && isAbsoluteUri(base.uri) && String(base.uri).endsWith('/'), `${at}.originalUriBaseIds.${id}`);
    }
    need(Array.isArray(run.results), `${at}.results`);
    for (const [k, result] of (Array.isArray(run.results) ? run.results : []).entries()) {
      const r = isObject(result) ? result : {};
      const where = `${at}.results[${k}]`;
      need(text(r.message), `${where}.message`);
      need(r.level === undefined || LEVELS.includes(r.level as string), `${where}.level`);
      need(rules.some((x) => isObject(x) && x.id === r.ruleId), `${where}.ruleId names a rule of the driver`);
      for (const location of Array.isArray(r.locations) ? r.locations : []) {
        const physical = isObject(location) ? location.physicalLocation : undefined;
        const artifact = isObject(physical) ? physical.artifactLocation : undefined;
        need(isObject(artifact) && typeof artifact.uri === 'string', `${where}.physicalLocation.artifactLocation`);
        if (isObject(artifact) && artifact.uriBaseId !== undefined) need(Object.hasOwn(bases, artifact.uriBaseId as string), `${where} uriBaseId is declared`);
        const region = isObject(physical) && isObject(physical.region) ? physical.region : {};
        for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn']) {
          need(region[key] === undefined || (Number.isInteger(region[key]) && (region[key] as number) >= 1), `${where}.region.${key}`);
        }
      }
    }
  }
  return problems;
}
