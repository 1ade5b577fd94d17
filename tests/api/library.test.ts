/**
 * A group's own texts on the real server: upload (UTF-8 and GB18030), preview with a corrected heading level, clear
 * errors for bad files with nothing saved, and a revision that re-anchors every annotation or orphans it, with a
 * report of what stayed, moved and was orphaned.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeGroup, register, type Session } from '../support/client';
import { startServer, stopAndClean, type RunningServer } from '../support/server';

let server: RunningServer;
let leader: Session, member: Session;
let group: { id: string };

const SOURCE = [
  '　　学习小组读本',
  '——一份测试用的新文本',
  '',
  '编写组',
  '',
  '一、坚持群众路线',
  '群众路线是我们党的生命线和根本工作路线。这句话要反复读。',
  '',
  '1. 密切联系群众。这是党的最大政治优势，必须始终坚持。',
  '',
  '2. 转变工作作风。作风建设永远在路上，要持之以恒、久久为功。',
  '',
  '二、做好新形势下的群众工作',
  '要善于运用互联网做好群众工作，倾听群众呼声。',
  '',
  '这一段将被删除，上面的批注会成为孤立批注。',
].join('\n');

const upload = (over: Record<string, unknown> = {}) => ({ fileName: '学习读本.txt', base64: Buffer.from(SOURCE).toString('base64'), ...over });
const slice = (t: string, s: number, e: number) => Array.from(t).slice(s, e).join('');

beforeAll(async () => {
  server = await startServer();
  [leader, member] = await Promise.all([register(server.url, '组长'), register(server.url, '组员')]);
  group = await makeGroup(leader, [member]);
});
afterAll(() => stopAndClean(server));

describe('upload', () => {
  it('previews the recognised outline, and applies a corrected heading level', async () => {
    const { status, body } = await leader.call('POST', `/api/groups/${group.id}/texts/preview`, upload());
    expect(status).toBe(200);
    expect(body.preview).toMatchObject({ title: '学习小组读本', subtitle: '一份测试用的新文本', byline: '编写组', encoding: 'utf-8', format: 'plain' });
    expect(body.preview.outline.map((h: { level: string; text: string }) => `${h.level}:${h.text}`)).toEqual([
      'chapter:一、坚持群众路线',
      'section:1. 密切联系群众。',
      'section:2. 转变工作作风。',
      'chapter:二、做好新形势下的群众工作',
    ]);
    const line = body.preview.outline[1].line;
    const corrected = await leader.call('POST', `/api/groups/${group.id}/texts/preview`, upload({ overrides: { [line]: 'paragraph' } }));
    expect(corrected.body.preview.outline.map((h: { text: string }) => h.text)).not.toContain('1. 密切联系群众。');
  });

  it('reads GB18030/GBK files', async () => {
    // "标题\n\n中文。" in GBK
    const gbk = Buffer.from([0xb1, 0xea, 0xcc, 0xe2, 0x0a, 0x0a, 0xd6, 0xd0, 0xce, 0xc4, 0xa1, 0xa3]);
    const { body } = await leader.call('POST', `/api/groups/${group.id}/texts/preview`, { fileName: 'gbk.txt', base64: gbk.toString('base64') });
    expect(body.preview).toMatchObject({ encoding: 'gb18030', title: '标题' });
  });

  it('refuses bad files with a clear error on the file field, and saves nothing', async () => {
    const cases: [string, Buffer, string][] = [
      ['empty', Buffer.alloc(0), 'empty'],
      ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'binary'],
      ['too large', Buffer.alloc(2 * 1024 * 1024 + 1, 0x61), 'too_large'],
      ['undecodable', Buffer.from([0x81, 0x30, 0xff, 0xfe, 0x80, 0x80, 0xff, 0x20, 0xfe, 0x41]), 'undecodable'],
    ];
    for (const [label, bytes, code] of cases) {
      const res = await leader.call('POST', `/api/groups/${group.id}/texts`, { fileName: `${label}.txt`, base64: bytes.toString('base64') });
      expect(res.status, label).toBe(422);
      expect(res.body.error.code, label).toBe(code);
      expect(res.body.error.fields, label).toHaveProperty('file');
      if (code === 'too_large') expect(res.body.error.message).toContain('2 MB');
    }
    const texts = (await leader.call('GET', '/api/texts')).body.texts;
    expect(texts.filter((t: { ownerGroupId: string | null }) => t.ownerGroupId)).toEqual([]);
  });

  it('lets only leaders add texts', async () => {
    expect((await member.call('POST', `/api/groups/${group.id}/texts`, upload())).status).toBe(403);
  });
});

describe('revision', () => {
  let textId: string;
  let blocks: { id: string; path: string; text: string; kind: string }[];
  const ids: Record<string, string> = {};

  it('saves the text; members annotate it', async () => {
    const created = await leader.call('POST', `/api/groups/${group.id}/texts`, upload());
    expect(created.status).toBe(201);
    textId = created.body.text.id;
    blocks = (await member.call('GET', `/api/texts/${textId}`)).body.text.blocks;
    const para = (needle: string) => blocks.find((b) => b.kind === 'paragraph' && b.text.includes(needle))!;
    const on = async (label: string, needle: string, quote: string) => {
      const b = para(needle);
      const start = Array.from(b.text).join('').indexOf(quote);
      const res = await member.call('POST', '/api/annotations', { groupId: group.id, blockId: b.id, start, end: start + Array.from(quote).length, exact: quote, note: label });
      expect(res.status).toBe(201);
      ids[label] = res.body.annotation.id;
    };
    await on('lifeline', '生命线', '群众路线是我们党的生命线');
    await on('style', '作风建设', '作风建设永远在路上');
    await on('internet', '互联网', '倾听群众呼声');
    await on('doomed', '将被删除', '这一段将被删除');
  });

  it('re-anchors on a revision: typo fixed inside a quote, a paragraph added before, one deleted', async () => {
    const revised = SOURCE.replace('根本工作路线', '根本工作路线') // unchanged words
      .replace('群众路线是我们党的生命线', '群众路线是我们党的的生命线') // a slip typed into the quoted sentence…
      .replace('二、做好新形势下的群众工作\n', '二、做好新形势下的群众工作\n新增的一段导语，说明本章的主旨。\n\n')
      .replace('\n\n这一段将被删除，上面的批注会成为孤立批注。', '');
    const first = await leader.call('POST', `/api/texts/${textId}/versions`, { source: revised, note: '补充导语' });
    expect(first.status).toBe(201);
    // …and the leader fixes it again: the typo fix lands inside the annotated sentence.
    const fixed = await leader.call('POST', `/api/texts/${textId}/versions`, { source: revised.replace('党的的生命线', '党的生命线'), note: '改正错字' });
    expect(fixed.status).toBe(201);
    expect(fixed.body.report).toMatchObject({ version: 3, orphaned: 0 });

    const { body } = await member.call('GET', `/api/annotations?textId=${textId}&groupId=${group.id}`);
    const byNote = Object.fromEntries(body.annotations.map((a: { note: string }) => [a.note, a]));
    const latest = (await member.call('GET', `/api/texts/${textId}`)).body.text;
    expect(latest.version).toBe(3);
    for (const label of ['lifeline', 'style', 'internet']) {
      const a = byNote[label];
      expect(a.status, label).toBe('anchored');
      expect(a.versionId, label).toBe(latest.versionId);
      const block = latest.blocks.find((b: { id: string }) => b.id === a.blockId);
      expect(slice(block.text, a.start, a.end), label).toBe(a.exact);
    }
    expect(byNote.lifeline.exact).toBe('群众路线是我们党的生命线');
    expect(byNote.internet.blockId).not.toBe(blocks.find((b) => b.text.includes('互联网'))!.id);
    // The deleted passage's annotation is kept, orphaned, with its old words, not placed anywhere.
    expect(byNote.doomed).toMatchObject({ status: 'orphaned', exact: '这一段将被删除' });
    expect(latest.blocks.some((b: { id: string }) => b.id === byNote.doomed.blockId)).toBe(false);
    // `status=orphaned` lists those alone (the unanchored panel's list).
    const orphans = (await member.call('GET', `/api/annotations?textId=${textId}&groupId=${group.id}&status=orphaned`)).body.annotations;
    expect(orphans.map((a: { note: string }) => a.note)).toEqual(['doomed']);
    expect((await member.call('GET', `/api/annotations?textId=${textId}&groupId=${group.id}&status=anchored`)).status).toBe(422);

    const versions = (await leader.call('GET', `/api/texts/${textId}/versions`)).body.versions;
    expect(versions.map((v: { number: number }) => v.number)).toEqual([3, 2, 1]);
    expect(versions[1].report).toMatchObject({ orphaned: 1, stayed: expect.any(Number), moved: expect.any(Number) });
    expect(versions[1].report.stayed + versions[1].report.moved).toBe(3);
  });

  it('refuses members, unchanged sources and the shared starting library', async () => {
    const { body } = await leader.call('GET', `/api/texts/${textId}/source`);
    expect((await member.call('POST', `/api/texts/${textId}/versions`, { source: body.source + '\n新增' })).status).toBe(403);
    expect((await leader.call('POST', `/api/texts/${textId}/versions`, { source: body.source })).status).toBe(409);
    expect((await leader.call('POST', '/api/texts/mass-line-guide/versions', { source: 'x' })).status).toBe(403);
    const outsider = await register(server.url, '外人');
    expect((await outsider.call('GET', `/api/texts/${textId}`)).status).toBe(404);
    expect((await outsider.call('GET', `/api/texts/${textId}/source`)).status).toBe(404);
  });
});

describe('the revision report', () => {
  // Issue 13 / issue 12 item 11: stayed = same passage, same words (offsets may shift); moved = another passage or
  // changed words; orphaned = not placed.
  const moving = '这一句话很长很长，它在修订时将被整句搬到下一段的末尾去，连同它前后的三十多个字一起搬走，所以读者仍会在新的段落里找到它的批注，而不会在原来的段落里找到。';
  const original = [
    '　　修订报告读本',
    '——一份测试修订报告的文本',
    '',
    '编写组',
    '',
    '一、坚持群众路线',
    '开头这一段将被整段删除，这里的批注会成为孤立批注。',
    '',
    '这一段完全不动：群众路线是我们党的生命线和根本工作路线，必须始终坚持。',
    '',
    '这一段的开头将加一句话，学习要联系实际，学习要持之以恒，学习要学以致用。',
    '',
    '这一段有一个错字：坚持实事求事的思想路线，一切从实际出发。',
    '',
    `${moving}这一段留下的话。`,
    '',
    '最后一段讲的是怎样把学习成果转化为实际行动。',
  ].join('\n');
  const revised = original
    .replace('开头这一段将被整段删除，这里的批注会成为孤立批注。\n\n', '')
    .replace('这一段的开头将加一句话，', '修订时新加的一句。这一段的开头将加一句话，')
    .replace('实事求事', '实事求是')
    .replace(moving, '')
    .replace('转化为实际行动。', `转化为实际行动。${moving}`);

  it('counts by passage and words, and marks the annotations it moved', async () => {
    const created = await leader.call('POST', `/api/groups/${group.id}/texts`, { fileName: '报告.txt', base64: Buffer.from(original).toString('base64') });
    expect(created.status).toBe(201);
    const textId = created.body.text.id;
    const blocks: { id: string; kind: string; text: string }[] = (await member.call('GET', `/api/texts/${textId}`)).body.text.blocks;
    const ids: Record<string, string> = {};
    const on = async (label: string, needle: string, quote: string, occurrence = 1) => {
      const block = blocks.find((b) => b.kind === 'paragraph' && b.text.includes(needle))!;
      let start = -1;
      for (let n = 0; n < occurrence; n++) start = block.text.indexOf(quote, start + 1);
      const res = await member.call('POST', '/api/annotations', { groupId: group.id, blockId: block.id, start, end: start + quote.length, exact: quote, note: label });
      expect(res.status, label).toBe(201);
      ids[label] = res.body.annotation.id;
      return res.body.annotation as { start: number; blockId: string };
    };
    await on('orphaned', '整段删除', '将被整段删除');
    const untouched = await on('untouched', '完全不动', '群众路线');
    const prepended = await on('prepended', '开头将加一句话', '学习', 2);
    await on('corrected', '错字', '实事求事的思想路线');
    await on('carried', '整句搬到', '连同它前后的三十多个字');

    const { status, body } = await leader.call('POST', `/api/texts/${textId}/versions`, { source: revised, note: '删一段、加一句、改错字、搬一句' });
    expect(status).toBe(201);
    expect(body.report).toMatchObject({ version: 2, stayed: 2, moved: 2, orphaned: 1 });
    expect(body.report.orphans.map((o: { id: string }) => o.id)).toEqual([ids.orphaned]);

    const latest = (await member.call('GET', `/api/texts/${textId}`)).body.text;
    const annotations = (await member.call('GET', `/api/annotations?textId=${textId}&groupId=${group.id}`)).body.annotations;
    const byNote = Object.fromEntries(annotations.map((a: { note: string }) => [a.note, a]));
    const textOf = (blockId: string) => latest.blocks.find((b: { id: string }) => b.id === blockId).text as string;
    // Stayed: the untouched paragraph moved up one number (new path), same offsets; the 2nd 学习 shifted by the
    // 9 characters put before it. Neither is marked.
    expect(byNote.untouched).toMatchObject({ status: 'anchored', start: untouched.start, exact: '群众路线', movedInVersion: null });
    expect(byNote.prepended).toMatchObject({ status: 'anchored', start: prepended.start + 9, exact: '学习', movedInVersion: null });
    expect(textOf(byNote.prepended.blockId).startsWith('修订时新加的一句。')).toBe(true);
    // Moved: changed words, or another paragraph. Both marked with the version that moved them.
    expect(byNote.corrected).toMatchObject({ status: 'anchored', exact: '实事求是的思想路线', movedInVersion: 2 });
    expect(byNote.carried).toMatchObject({ status: 'anchored', exact: '连同它前后的三十多个字', movedInVersion: 2 });
    expect(textOf(byNote.carried.blockId).startsWith('最后一段')).toBe(true);
    expect(byNote.orphaned).toMatchObject({ status: 'orphaned', movedInVersion: null });

    const versions = (await leader.call('GET', `/api/texts/${textId}/versions`)).body.versions;
    expect(versions[0].report).toMatchObject({ version: 2, stayed: 2, moved: 2, orphaned: 1 });
  });
});
