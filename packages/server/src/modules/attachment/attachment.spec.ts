import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserRole } from '../../common/principal';
import { codes, fieldErrors } from '../../test/expect';
import { startModuleServer, type As, type TestServer } from '../../test/harness';
import { search } from '../search';
import { attachment } from '.';
import { docxFile, odtFile, pdfFile, PNG_PIXEL } from './test-files';

// Set before the server reads its settings: this file's store, and a small limit to exceed.
const DIR = mkdtempSync(path.join(tmpdir(), 'obmen-attachments-'));
process.env.OBMEN_ATTACHMENTS_DIR = DIR;
process.env.OBMEN_ATTACHMENT_MAX_BYTES = String(64 * 1024);

let server: TestServer;
const CSRF = { 'x-obmen-csrf': '1' };

beforeAll(async () => {
  server = await startModuleServer([attachment, search]);
});
afterAll(async () => {
  await server.stop();
  rmSync(DIR, { recursive: true, force: true });
});

/** Every file the local store holds (its folder, all levels). */
const storedFiles = (): string[] =>
  readdirSync(DIR, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);

interface UploadOptions {
  as?: As;
  ownerType?: string;
  name?: string;
  titleBg?: string;
  titleEn?: string;
  headers?: Record<string, string>;
}

async function upload(ownerId: string, bytes: Buffer, options: UploadOptions = {}) {
  const form = new FormData();
  form.set('ownerType', options.ownerType ?? 'Practice');
  form.set('ownerId', ownerId);
  if (options.titleBg) form.set('titleBg', options.titleBg);
  if (options.titleEn) form.set('titleEn', options.titleEn);
  form.set('file', new Blob([new Uint8Array(bytes)]), options.name ?? 'file.pdf');
  const response = await fetch(`${server.url}/attachments`, {
    method: 'POST',
    headers: { ...(await server.headersFor(options.as ?? UserRole.EDITOR)), ...(options.headers ?? CSRF) },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

const download = async (url: string, as: As = 'public') =>
  fetch(`${server.url}${url}`, { headers: await server.headersFor(as) });

async function draftPractice(title: string): Promise<{ id: string; version: number }> {
  const editor = await server.as(UserRole.EDITOR);
  const data = await editor.ok(
    'mutation($i: CreatePracticeInput!) { createPractice(input: $i) { id version } }',
    { i: { title: { bg: title } } },
  );
  return data.createPractice;
}

const publish = (practice: { id: string; version: number }) =>
  server.ok('mutation($i: UpdatePracticeInput!) { updatePractice(input: $i) { id version } }', {
    i: { id: practice.id, version: practice.version, status: 'PUBLISHED' },
  });

async function found(q: string, as: As = 'public'): Promise<string[]> {
  const client = await server.as(as);
  const data = await client.ok(
    'query($q: String!) { search(query: $q) { edges { node { ... on Practice { id } } } } }',
    {
      q,
    },
  );
  return data.search.edges.map((e: { node: { id: string } }) => e.node.id);
}

const ATTACHMENTS = 'attachments { id title fileName mediaType size textLength position url version }';

describe('documents of a practice', () => {
  it('a PDF uploaded to a draft is found by a word of its text, public once published, gone after purge', async () => {
    const practice = await draftPractice('Домашен социален патронаж');
    const { status, body } = await upload(practice.id, pdfFile('Annual report on zebrafoxtrot meals'), {
      name: 'Отчет 2024.pdf',
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({
      ownerType: 'Practice',
      ownerId: practice.id,
      title: { bg: 'Отчет 2024.pdf', en: null },
      fileName: 'Отчет 2024.pdf',
      mediaType: 'application/pdf',
      textLength: 'Annual report on zebrafoxtrot meals'.length,
      position: 0,
      warnings: [],
    });
    expect(body.url).toBe(`/attachments/${body.id}/${encodeURIComponent('Отчет 2024.pdf')}`);

    // Staff find the draft by the PDF's word; the public neither finds nor downloads it yet.
    expect(await found('zebrafoxtrot', UserRole.EDITOR)).toEqual([practice.id]);
    expect(await found('zebrafoxtrot')).toEqual([]);
    expect((await download(body.url)).status).toBe(404);
    expect((await download(body.url, UserRole.EDITOR)).status).toBe(200);

    const published = (await publish(practice)).updatePractice;
    expect(await found('zebrafoxtrot')).toEqual([practice.id]);
    const { practices } = await (
      await server.as('public')
    ).ok('query($q: String!) { practices(filter: { search: $q }) { edges { node { id } } } }', {
      q: 'zebrafoxtrot meals',
    });
    expect(practices.edges).toEqual([{ node: { id: practice.id } }]);

    const file = await download(body.url);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer())).toEqual(pdfFile('Annual report on zebrafoxtrot meals'));
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toBe(
      `inline; filename="_____ 2024.pdf"; filename*=UTF-8''${encodeURIComponent('Отчет 2024.pdf')}`,
    );
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(file.headers.get('cache-control')).toBe('public, max-age=300');
    // Only the name it was stored under finds it.
    expect((await download(`/attachments/${body.id}/other.pdf`)).status).toBe(404);

    // Trash hides the file from everyone; restoring brings it back.
    await server.ok('mutation($id: ID!) { deletePractice(id: $id) { id } }', { id: practice.id });
    expect((await download(body.url)).status).toBe(404);
    expect((await download(body.url, UserRole.EDITOR)).status).toBe(404);
    expect(await found('zebrafoxtrot')).toEqual([]);
    await server.ok('mutation($id: ID!) { restoreFromTrash(entityType: Practice, id: $id) { id } }', {
      id: practice.id,
    });
    expect((await download(body.url)).status).toBe(200);
    expect(published.id).toBe(practice.id);

    // Purge: the row and the stored file are gone.
    const filesBefore = storedFiles().length;
    expect(await server.obmen.services.attachments.stored(body.id)).toBe(true);
    await server.ok('mutation($id: ID!) { deletePractice(id: $id) { id } }', { id: practice.id });
    await server.ok('mutation($id: ID!) { purge(entityType: Practice, id: $id) { id } }', {
      id: practice.id,
    });
    expect(await server.obmen.services.attachments.find(body.id)).toBeNull();
    expect(storedFiles()).toHaveLength(filesBefore - 1);
    expect(storedFiles()).not.toContain(body.id);
    const [{ count }] = await server.obmen.database.dataSource.query(
      'SELECT count(*)::int AS count FROM attachment_sweep',
    );
    expect(count).toBe(0);
  });

  it('reads the text of a DOCX and an ODT, and keeps an image without text', async () => {
    const practice = await draftPractice('Център за деца с увреждания');
    const docx = await upload(practice.id, docxFile('Методика за ерготерапия квокаби'), {
      name: 'metodika.docx',
    });
    const odt = await upload(practice.id, odtFile('Доклад за хипотерапия валабита'), { name: 'doklad.odt' });
    const png = await upload(practice.id, PNG_PIXEL, {
      name: 'снимка.png',
      titleBg: 'Снимка от занятие',
      titleEn: 'A photo of a class',
    });
    expect([docx.status, odt.status, png.status]).toEqual([201, 201, 201]);
    expect(docx.body.mediaType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(odt.body.mediaType).toBe('application/vnd.oasis.opendocument.text');
    expect(png.body).toMatchObject({
      mediaType: 'image/png',
      textLength: 0,
      title: { bg: 'Снимка от занятие' },
    });
    expect(await found('квокаби', UserRole.EDITOR)).toEqual([practice.id]);
    expect(await found('валабита', UserRole.EDITOR)).toEqual([practice.id]);

    // Office files are never shown in the browser's tab.
    const docxFileAnswer = await download(docx.body.url, UserRole.EDITOR);
    expect(docxFileAnswer.headers.get('content-disposition')).toMatch(/^attachment; /);
    expect(docxFileAnswer.headers.get('cache-control')).toBe('private, no-store');

    const editor = await server.as(UserRole.EDITOR);
    const listed = await editor.ok(`query($id: ID!) { practice(id: $id) { ${ATTACHMENTS} } }`, {
      id: practice.id,
    });
    expect(listed.practice.attachments.map((a: any) => [a.fileName, a.position])).toEqual([
      ['metodika.docx', 0],
      ['doklad.odt', 1],
      ['снимка.png', 2],
    ]);

    // Renamed and moved first; the new title finds the practice, the DOCX's text no longer does once deleted.
    const moved = await editor.ok(
      'mutation($i: UpdateAttachmentInput!) { updateAttachment(input: $i) { title position version } }',
      {
        i: { id: png.body.id, version: png.body.version, title: { bg: 'Снимка от арт ателие' }, position: 0 },
      },
    );
    expect(moved.updateAttachment).toMatchObject({ title: 'Снимка от арт ателие', position: 0 });
    // Only the Bulgarian title was sent: the English one stays.
    const inEnglish = await editor.ok(
      `query($id: ID!) { practice(id: $id, locale: EN) { attachments { title } } }`,
      {
        id: practice.id,
      },
    );
    expect(inEnglish.practice.attachments[0].title).toBe('A photo of a class');
    expect(await found('ателие', UserRole.EDITOR)).toEqual([practice.id]);
    const stale = await editor.gql(
      'mutation($i: UpdateAttachmentInput!) { updateAttachment(input: $i) { id } }',
      { i: { id: png.body.id, version: png.body.version, position: 2 } },
    );
    expect(codes(stale)).toEqual(['CONFLICT']);
    await editor.ok('mutation($id: ID!, $v: Int) { deleteAttachment(id: $id, version: $v) { id } }', {
      id: docx.body.id,
      v: docx.body.version,
    });
    expect(await found('квокаби', UserRole.EDITOR)).toEqual([]);
    expect((await download(docx.body.url, UserRole.EDITOR)).status).toBe(404);
    const after = await editor.ok(`query($id: ID!) { practice(id: $id) { ${ATTACHMENTS} } }`, {
      id: practice.id,
    });
    expect(after.practice.attachments.map((a: any) => [a.fileName, a.position])).toEqual([
      ['снимка.png', 0],
      ['doklad.odt', 1],
    ]);
    expect(storedFiles()).not.toContain(docx.body.id);
  });

  it('refuses other types by content, files over the limit, uploads without the CSRF header or rights', async () => {
    const practice = await draftPractice('Защитено жилище');
    const before = storedFiles().length;

    const html = await upload(practice.id, Buffer.from('<!doctype html><script>alert(1)</script>'), {
      name: 'report.pdf',
    });
    expect(html.status).toBe(400);
    expect(codes(html.body)).toEqual(['BAD_USER_INPUT']);
    expect(fieldErrors(html.body)).toEqual([
      expect.objectContaining({
        field: 'file',
        reason: 'fileType',
        args: { accepted: 'PDF, DOCX, ODT, PNG, JPEG, GIF, WebP' },
      }),
    ]);

    const big = await upload(practice.id, Buffer.concat([pdfFile('x'), Buffer.alloc(70 * 1024, 32)]));
    expect(big.status).toBe(413);
    expect(codes(big.body)).toEqual(['PAYLOAD_TOO_LARGE']);

    const noCsrf = await upload(practice.id, pdfFile('x'), { headers: {} });
    expect(noCsrf.status).toBe(403);
    expect(codes(noCsrf.body)).toEqual(['FORBIDDEN']);
    // The admin's own Apollo header counts as well.
    const apolloHeader = await upload(practice.id, pdfFile('x'), {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(apolloHeader.status).toBe(201);

    expect((await upload(practice.id, pdfFile('x'), { as: 'public' })).status).toBe(401);
    expect((await upload(practice.id, pdfFile('x'), { as: UserRole.MODERATOR })).status).toBe(403);
    expect((await upload(practice.id, pdfFile('x'), { as: 'partner' })).status).toBe(403);

    const wrongOwner = await upload('7b0c4d56-0000-4000-8000-000000000000', pdfFile('x'));
    expect(wrongOwner.status).toBe(400);
    expect(fieldErrors(wrongOwner.body)).toEqual([
      expect.objectContaining({ field: 'ownerId', reason: 'unknownReference' }),
    ]);
    const badType = await upload(practice.id, pdfFile('x'), { ownerType: 'Volunteer' });
    expect(fieldErrors(badType.body)).toEqual([
      expect.objectContaining({ field: 'ownerType', reason: 'invalid' }),
    ]);

    // Only the one accepted upload was kept.
    expect(storedFiles()).toHaveLength(before + 1);
  });

  it('a project takes files too, and its links stay as they were', async () => {
    const { createProject: project } = await server.ok(
      `mutation { createProject(input: { title: { bg: "Проект за заетост" }, status: PUBLISHED,
        documents: [{ title: { bg: "Договор" }, url: "https://example.org/dogovor.pdf" }] }) { id } }`,
    );
    const pdf = await upload(project.id, pdfFile('Employment kangarooish plan'), { ownerType: 'PROJECT' });
    expect(pdf.status).toBe(201);
    const data = await (
      await server.as('public')
    ).ok(`query($id: ID!) { project(id: $id) { documents { title url } ${ATTACHMENTS} } }`, {
      id: project.id,
    });
    expect(data.project.documents).toEqual([{ title: 'Договор', url: 'https://example.org/dogovor.pdf' }]);
    expect(data.project.attachments).toEqual([
      expect.objectContaining({ id: pdf.body.id, mediaType: 'application/pdf' }),
    ]);
    const { search: result } = await (
      await server.as('public')
    ).ok('{ search(query: "kangarooish") { edges { node { ... on Project { id } } } } }');
    expect(result.edges).toEqual([{ node: { id: project.id } }]);
  });

  it('lists the files of a page of practices in one statement', async () => {
    const practices = await Promise.all(
      ['Първа', 'Втора', 'Трета'].map((t) => draftPractice(`Практика ${t}`)),
    );
    for (const practice of practices) await upload(practice.id, PNG_PIXEL, { name: 'a.png' });
    const editor = await server.as(UserRole.EDITOR);
    const query = `{ practices(first: 3, filter: { search: "Практика" }) { edges { node { id ${ATTACHMENTS} } } } }`;
    await editor.ok(query);
    const statements = await server.countStatements(() => editor.ok(query));
    const practicesOnly = await server.countStatements(() =>
      editor.ok('{ practices(first: 3, filter: { search: "Практика" }) { edges { node { id } } } }'),
    );
    expect(statements - practicesOnly).toBe(1);
  });

  it('the sweeper deletes a stored file whose upload never committed', async () => {
    const { attachments } = server.obmen.services;
    const key = `ab/ab${'0'.repeat(6)}-0000-4000-8000-000000000001`;
    await attachments.store.put(key, PNG_PIXEL, 'image/png');
    await attachments.sweeper.expect(key);
    // An upload in flight is left alone…
    expect(await attachments.sweeper.sweep()).toBe(0);
    expect(await attachments.store.exists(key)).toBe(true);
    // …until its hour is up.
    await server.obmen.database.dataSource.query(
      "UPDATE attachment_sweep SET due_at = now() - interval '1 minute' WHERE storage_key = $1",
      [key],
    );
    expect(await attachments.sweeper.sweep()).toBe(1);
    expect(await attachments.store.exists(key)).toBe(false);
  });
});
