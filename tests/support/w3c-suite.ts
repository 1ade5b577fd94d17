/**
 * The W3C Web Annotation test suite (../shared/w3c-web-annotation-tests), run as its own harness (JSONtest.js) runs
 * it, with a real draft-04 validator: shared by the export unit tests and the API tests of real exports.
 * The suite is not copied into this project; `suiteFound` is false where ../shared is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const suiteDir = path.resolve(repoRoot, '../shared/w3c-web-annotation-tests');


export interface Assertion {
  file: string;
  title: string;
  assertionType?: string;
  expectedResult: 'valid' | 'invalid';
  onUnexpectedResult: string;
  validate: ValidateFunction;
}

export interface Failure {
  assertion: string;
  item: string;
  errors: string;
}

/** One validator for the whole suite: the definitions are added once, by their ids, and every assertion refers to them. */
export function createValidator(): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    // Not strict: the assertions carry the harness's own keywords (assertionType, expectedResult, errorMessage…),
    // which draft-04 says to ignore, and leave out "type" beside "items"/"required" as draft-04 allows; Ajv's strict
    // mode refuses both. That is how the suite's own harness ran it. Formats stay checked: see the first test.
    strict: false,
    validateFormats: true,
  });
  // The only formats the schemas use (checked by a test below). ajv-formats is not installed; these two follow
  // RFC 3986 (an absolute URI: a scheme, no whitespace, parseable) and RFC 3339 (date, time, offset, and a real date).
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(s) && URL.canParse(s));
  ajv.addFormat('date-time', (s: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/.exec(s);
    if (!m) return false;
    const [y, mo, d, h, mi, sec] = m.slice(1, 7).map(Number);
    const day = new Date(Date.UTC(y, mo - 1, d));
    return day.getUTCMonth() === mo - 1 && day.getUTCDate() === d && h < 24 && mi < 60 && sec <= 60;
  });
  const definitions = path.join(suiteDir, 'definitions');
  for (const file of readdirSync(definitions).filter((f) => f.endsWith('.json'))) {
    ajv.addSchema(JSON.parse(readFileSync(path.join(definitions, file), 'utf8')));
  }
  return ajv;
}

/** The assertions a `.test` file lists, flattened in document order, compiled. */
export function loadAssertions(ajv: Ajv, testFile: string): Assertion[] {
  const test = JSON.parse(readFileSync(path.join(suiteDir, testFile), 'utf8')) as { assertions: unknown[] };
  const flat: Array<{ file: string; schema: Record<string, unknown> }> = [];
  const visit = (entry: unknown, n: number) => {
    if (Array.isArray(entry)) entry.forEach((e, i) => visit(e, i));
    else if (typeof entry === 'string') flat.push({ file: entry, schema: readJson(entry) });
    else if (entry && typeof entry === 'object') {
      const o = entry as Record<string, unknown>;
      const file = typeof o.assertionFile === 'string' ? o.assertionFile : `${testFile} (inline ${n + 1})`;
      const base = typeof o.assertionFile === 'string' ? readJson(o.assertionFile) : {};
      const { assertionFile: _f, ...overrides } = o;
      flat.push({ file, schema: { ...base, ...overrides } });
    }
  };
  test.assertions.forEach((e, i) => visit(e, i));
  return flat.map(({ file, schema }) => {
    // An assertion's `id` is only its file name, and two files share one (4.3.3-refinedByValidated.json says it is
    // "4.3-stateValidated.json"); ajv refuses a second schema with a known id. Without the id, its `$ref`s still
    // resolve the same way, against the definitions' ids.
    const { id: _id, ...body } = schema;
    return {
      file,
      title: String(schema.title ?? file),
      assertionType: schema.assertionType as string | undefined,
      expectedResult: schema.expectedResult === 'invalid' ? 'invalid' : 'valid',
      onUnexpectedResult: typeof schema.onUnexpectedResult === 'string' ? schema.onUnexpectedResult : 'failAndContinue',
      validate: ajv.compile(body),
    };
  });
}

export function readJson(relative: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(suiteDir, relative), 'utf8'));
}

/** Runs a list of assertions on one input the way JSONtest.js does, returning the failures. */
export function runAssertions(assertions: Assertion[], input: unknown, label: string): Failure[] {
  const failures: Failure[] = [];
  for (const a of assertions) {
    const valid = a.validate(input) as boolean;
    const passed = a.expectedResult === 'valid' ? valid : !valid;
    if (passed) continue;
    failures.push({ assertion: a.file, item: label, errors: JSON.stringify(a.validate.errors) });
    if (/AndSkip$|AndAbort$/.test(a.onUnexpectedResult)) break; // one flat list: skip and abort both end it
  }
  return failures;
}

/** Every file name and format the suite's schemas use, to prove the validator knows them all. */
export function formatsUsed(): Set<string> {
  const found = new Set<string>();
  const walk = (node: unknown, key?: string) => {
    if (Array.isArray(node)) node.forEach((n) => walk(n));
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        // "format" is also a property *name* inside `properties` (the model's format key); skip those.
        if (k === 'format' && typeof v === 'string' && key !== 'properties') found.add(v);
        walk(v, k);
      }
    }
  };
  for (const dir of ['definitions', 'annotations', 'annotations/bodiesTargets', 'annotations/specificResource', 'collections', 'collections/pages']) {
    for (const f of readdirSync(path.join(suiteDir, dir)).filter((n) => n.endsWith('.json'))) walk(readJson(path.join(dir, f)));
  }
  return found;
}

export const suiteFound = existsSync(path.join(suiteDir, 'annotations', 'annotationMusts.test'));
