import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger } from '../app/logger';
import { UserRole } from '../common/principal';
import { startTestServer, type TestServer } from '../test/harness';
import { backupEmbedded, embeddedPaths, restoreEmbedded } from './embedded-backup';
import { backupThroughServer } from './live-backup';

/**
 * An operator's backup of the embedded database: demo content and an uploaded document,
 * backed up, restored into a fresh folder, and served again the same. The embedded database is
 * what is backed up here whichever database the rest of the suite runs on. The refusal while a
 * server runs needs a second process (a lock held by this one counts as a dead holder's): the
 * deploy bundle's test runs `obmen backup` and `obmen restore` beside its running server.
 */

const WORK = mkdtempSync(path.join(tmpdir(), 'obmen-backup-'));
const ARCHIVE = path.join(WORK, 'backup.tar.gz');
const logger = createLogger('silent');
const original = embeddedPaths(path.join(WORK, 'data'), {});
const restored = embeddedPaths(path.join(WORK, 'restored'), {});

/** What a user sees of the content; ids included, so a restore that re-created rows would differ. */
const CONTENT = `{
  practices(first: 50) { totalCount edges { node { id title status attachments { sha256 url } } } }
  projects(first: 50) { totalCount edges { node { id title } } }
  users { id email roles }
}`;

interface Content {
  practices: {
    totalCount: number;
    edges: { node: { id: string; attachments: { sha256: string; url: string }[] } }[];
  };
}

const checksums = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')];
      }),
  );

function startOn(paths: typeof original): Promise<TestServer> {
  // Read by the attachment module when the server starts.
  process.env.OBMEN_ATTACHMENTS_DIR = paths.attachmentsDir;
  return startTestServer({ demo: true, database: { kind: 'pglite', dataDir: paths.dataDir } });
}

async function uploadPdf(server: TestServer, practiceId: string): Promise<string> {
  const form = new FormData();
  form.set('ownerType', 'Practice');
  form.set('ownerId', practiceId);
  const pdf = '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n';
  form.set('file', new Blob([pdf]), 'otchet.pdf');
  const response = await fetch(`${server.url}/attachments`, {
    method: 'POST',
    headers: { ...(await server.headersFor(UserRole.EDITOR)), 'x-obmen-csrf': '1' },
    body: form,
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

afterAll(() => {
  delete process.env.OBMEN_ATTACHMENTS_DIR;
  rmSync(WORK, { recursive: true, force: true });
});

it('backs up the demo content and a document; a restore into a fresh folder serves the same', async () => {
  const server = await startOn(original);
  let before: Content;
  try {
    const { practices } = await server.ok<Content>(CONTENT);
    await uploadPdf(server, practices.edges[0].node.id);
    before = await server.ok<Content>(CONTENT);
    expect(before.practices.edges[0].node.attachments).toHaveLength(1);
  } finally {
    await server.stop();
  }
  const files = checksums(original.attachmentsDir);
  expect(Object.keys(files)).toHaveLength(1);

  const manifest = await backupEmbedded(original, ARCHIVE, logger);
  expect(manifest.attachments).toBe(1);
  await restoreEmbedded(restored, ARCHIVE, {}, logger);
  expect(checksums(restored.attachmentsDir)).toEqual(files);

  const again = await startOn(restored);
  try {
    const after = await again.ok<Content>(CONTENT);
    expect(after).toEqual(before);
    const [document] = after.practices.edges[0].node.attachments;
    const download = await fetch(`${again.url}${document.url}`, {
      headers: await again.headersFor(UserRole.EDITOR),
    });
    expect(download.status).toBe(200);
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(document.sha256);
  } finally {
    await again.stop();
  }
}, 180_000);

it('refuses a folder with content unless --force, and a file that is not a backup', async () => {
  await expect(restoreEmbedded(restored, ARCHIVE, {}, logger)).rejects.toThrow(
    /not empty: restore into an empty folder, or add --force/,
  );
  const notAnArchive = path.join(WORK, 'notes.tar.gz');
  writeFileSync(notAnArchive, 'just text');
  const fresh = embeddedPaths(path.join(WORK, 'fresh'), {});
  await expect(restoreEmbedded(fresh, notAnArchive, {}, logger)).rejects.toThrow(
    /is not a readable \.tar\.gz/,
  );
  // Checked before anything is written: no folder was made for the refused restore.
  expect(existsSync(fresh.dataDir)).toBe(false);
  // --force replaces: the restored folder holds the backup again, nothing more.
  writeFileSync(path.join(restored.attachmentsDir, 'stray.txt'), 'left over');
  await restoreEmbedded(restored, ARCHIVE, { force: true }, logger);
  expect(Object.keys(checksums(restored.attachmentsDir))).toHaveLength(1);
});

it('backs up through the running server: the restore holds what was there when it was taken', async () => {
  const live = embeddedPaths(path.join(WORK, 'live'), {});
  const archive = path.join(WORK, 'live.tar.gz');
  const server = await startOn(live);
  const create = `mutation($t: String!) { createPractice(input: { title: { bg: $t }, status: PUBLISHED }) { id } }`;
  let before: Content;
  try {
    const { practices } = await server.ok<Content>(CONTENT);
    await uploadPdf(server, practices.edges[0].node.id);
    await server.ok(create, { t: 'Преди копието' });
    before = await server.ok<Content>(CONTENT);
    // `obmen backup` in another process comes this way (in this one the lock is our own; the
    // deploy bundle's test runs the command beside a running server). Requests go on meanwhile.
    const [manifest, during] = await Promise.all([
      backupThroughServer(live.dataDir, archive),
      server.ok<Content>(CONTENT),
    ]);
    expect(manifest?.attachments).toBe(1);
    expect(during).toEqual(before);
    await server.ok(create, { t: 'След копието' });
  } finally {
    await server.stop();
  }
  const copy = embeddedPaths(path.join(WORK, 'live-restored'), {});
  await restoreEmbedded(copy, archive, {}, logger);
  expect(checksums(copy.attachmentsDir)).toEqual(checksums(live.attachmentsDir));
  const again = await startOn(copy);
  try {
    const after = await again.ok<Content>(CONTENT);
    expect(after).toEqual(before);
  } finally {
    await again.stop();
  }
}, 180_000);
