/**
 * Runs the W3C Web Annotation test suite's "must" assertions (../shared/w3c-web-annotation-tests, the Working
 * Group's JSON Schema assertions) against what w3c.ts exports, with a real draft-04 validator.
 *
 * How the suite is meant to run (its web-platform-tests harness, JSONtest.js): a `.test` file lists assertion files
 * (paths from the suite's root; entries may also be nested arrays, inline schemas, or `{ assertionFile, … }`
 * overrides). Each assertion is a JSON Schema with `expectedResult` ("valid" unless said otherwise): the assertion
 * passes when the input validates and "valid" was expected, or does not and "invalid" was expected. An unexpected
 * result fails the assertion; `onUnexpectedResult` then says whether to go on with the next one (failAndContinue),
 * skip the rest of its list (…AndSkip) or stop (…AndAbort). `assertionType` must / should / may only sorts them.
 * The `$ref`s point at the schemas in definitions/ by their ids ("id.json", "bodyTarget.json", …).
 *
 * The suite is not copied into this project: without ../shared the tests are skipped, saying where it lives.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { sampleExport } from './test-fixtures';
import { toAnnotationCollection, toAnnotationExportDocument, toW3CThread, type W3CAnnotation } from './w3c';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const suiteDir = path.resolve(repoRoot, '../shared/w3c-web-annotation-tests');
const BASE = 'http://localhost:3000';

interface Assertion {
  file: string;
  title: string;
  assertionType?: string;
  expectedResult: 'valid' | 'invalid';
  onUnexpectedResult: string;
  validate: ValidateFunction;
}

interface Failure {
  assertion: string;
  item: string;
  errors: string;
}

/** One validator for the whole suite: the definitions are added once, by their ids, and every assertion refers to them. */
function createValidator(): Ajv {
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
function loadAssertions(ajv: Ajv, testFile: string): Assertion[] {
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

function readJson(relative: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(suiteDir, relative), 'utf8'));
}

/** Runs a list of assertions on one input the way JSONtest.js does, returning the failures. */
function runAssertions(assertions: Assertion[], input: unknown, label: string): Failure[] {
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
function formatsUsed(): Set<string> {
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

const suiteFound = existsSync(path.join(suiteDir, 'annotations', 'annotationMusts.test'));
const describeSuite = suiteFound ? describe : describe.skip;
const title = suiteFound
  ? 'W3C Web Annotation test suite (musts)'
  : `W3C Web Annotation test suite — skipped: it lives in ../shared/w3c-web-annotation-tests (looked for ${suiteDir}) and is not copied into the project`;

describeSuite(title, () => {
  const ajv = suiteFound ? createValidator() : (undefined as unknown as Ajv);
  const annotationMusts = suiteFound ? loadAssertions(ajv, 'annotations/annotationMusts.test') : [];
  const collectionMusts = suiteFound ? loadAssertions(ajv, 'collections/collectionMusts.test') : [];
  const pageMusts = suiteFound ? loadAssertions(ajv, 'collections/pages/pageMusts.test') : [];

  const records = sampleExport();
  const items = records.flatMap((a) => toW3CThread(a, BASE));

  it('knows every format the schemas use', () => {
    const formats = formatsUsed();
    expect([...formats].sort()).toEqual(['date-time', 'uri']);
    for (const f of formats) expect(ajv.formats[f], f).toBeDefined();
  });

  it('the validator is not vacuous: the suite\'s own samples come out right, broken exports fail', () => {
    const samples = (kind: 'correct' | 'incorrect') => {
      const dir = path.join(suiteDir, 'tools/samples', kind);
      return readdirSync(dir)
        .filter((f) => /^anno\d+/.test(f))
        .flatMap((f) => {
          try {
            return [{ f, doc: JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as unknown }];
          } catch {
            return []; // several "incorrect" samples are deliberately not JSON at all
          }
        });
    };
    // anno11–13 target a Composite, a List and Independents: drafts of the model had them, the Recommendation
    // dropped them, and the suite's musts (rightly) no longer recognise them.
    const outdated = ['anno11.json', 'anno12.json', 'anno13.json'];
    const correct = samples('correct');
    expect(correct.length).toBeGreaterThan(30);
    for (const { f, doc } of correct) {
      const failures = runAssertions(annotationMusts, doc, f);
      if (outdated.includes(f)) expect(failures.map((x) => x.assertion), f).toEqual(['annotations/3.2-targetObjectsRecognized.json']);
      else expect(failures, f).toEqual([]);
    }
    const incorrect = samples('incorrect');
    expect(incorrect.length).toBeGreaterThan(20);
    for (const { f, doc } of incorrect) expect(runAssertions(annotationMusts, doc, f).length, f).toBeGreaterThan(0);

    const good = items.find((i) => i.body && i.motivation === 'commenting')!;
    const broken: Array<[string, unknown]> = [
      ['no @context', { ...good, '@context': undefined }],
      ['id not a uri', { ...good, id: 'not a uri' }],
      ['created not a date-time', { ...good, created: '2025-05-10 晚上' }],
      ['created on 31 February', { ...good, created: '2025-02-31T10:00:00Z' }],
      ['body and bodyValue', { ...good, bodyValue: 'x' }],
      ['TextPositionSelector with a negative start', {
        ...good,
        target: { ...(good.target as object), selector: { type: 'TextPositionSelector', start: -1, end: 3 } },
      }],
      ['TextQuoteSelector without exact', {
        ...good,
        target: { ...(good.target as object), selector: { type: 'TextQuoteSelector', prefix: '党的' } },
      }],
    ];
    for (const [what, doc] of broken) {
      expect(runAssertions(annotationMusts, JSON.parse(JSON.stringify(doc)), what).length, what).toBeGreaterThan(0);
    }
  });

  it('every exported annotation and reply passes every must, through JSON and back', () => {
    // The export under test: Chinese quotes from the real text, non-BMP characters, notes, replies and
    // placeholders — and none of the private record.
    expect(items.map((i) => i.id).some((id) => id.includes('a-private'))).toBe(false);
    expect(items.filter((i) => i.motivation === 'replying').length).toBeGreaterThanOrEqual(4);
    expect(JSON.stringify(items)).toMatch(/𠀋/u);

    const failures = items.flatMap((item) => runAssertions(annotationMusts, JSON.parse(JSON.stringify(item)), item.id));
    expect(failures).toEqual([]);
    const checked = annotationMusts.length * items.length;
    console.info(
      `W3C annotation musts: ${annotationMusts.length} assertion files × ${items.length} exported annotations ` +
        `(${items.filter((i) => i.motivation !== 'replying').length} annotations + ` +
        `${items.filter((i) => i.motivation === 'replying').length} replies) = ${checked} checks, all passing`,
    );
    expect(annotationMusts).toHaveLength(54);
  });

  it('the collection, its pages and the one-file export pass the collection and page musts', () => {
    const { collection, pages } = toAnnotationCollection(records, {
      base: BASE,
      id: `${BASE}/api/groups/group-1/annotations.jsonld`,
      label: '机关第一党支部学习小组 · 批注',
      pageSize: 4,
    });
    expect(pages.length).toBeGreaterThan(1);
    const doc = toAnnotationExportDocument(records, { base: BASE, id: collection.id, label: collection.label });
    const roundTrip = (x: unknown) => JSON.parse(JSON.stringify(x));
    expect(runAssertions(collectionMusts, roundTrip(collection), 'collection')).toEqual([]);
    expect(runAssertions(collectionMusts, roundTrip(doc), 'document')).toEqual([]);
    for (const page of pages) expect(runAssertions(pageMusts, roundTrip(page), page.id)).toEqual([]);
    expect(runAssertions(pageMusts, roundTrip(doc), 'document (embedded page)')).toEqual([]);
    // The pages' items are the same annotations the musts were run on above.
    const paged: W3CAnnotation[] = pages.flatMap((p) => p.items);
    expect(paged.map((i) => i.id)).toEqual(items.map((i) => i.id));
    console.info(
      `W3C collection musts: ${collectionMusts.length} files × 2 documents; page musts: ${pageMusts.length} files × ` +
        `${pages.length + 1} pages — all passing`,
    );
  });
});
