import { practice as practiceModule } from '../practice';
import { volunteer as volunteerModule } from '../volunteer';
import { UserRole } from '../../common/principal';
import { startModuleServer, type Client, type TestServer } from '../../test/harness';
import { createPublishingScheduler, type PublishingScheduler } from './scheduler';
import { codes } from '../../test/expect';

let server: TestServer;
let scheduler: PublishingScheduler;
let editor: Client;
const ok = (query: string, variables?: Record<string, unknown>) => server.ok<any>(query, variables);

const HOUR = 3600 * 1000;
const base = Date.now();
const at = (hours: number) => new Date(base + hours * HOUR);

const fresh = (batchSize?: number) =>
  createPublishingScheduler(server.obmen.database.dataSource, server.obmen.services, {
    intervalSeconds: 0,
    batchSize,
  });

async function practice(
  title: string,
  publishAt: Date | null,
  client: Client = server,
  status: 'DRAFT' | 'IN_REVIEW' = 'DRAFT',
) {
  const data = await client.ok<any>(
    `mutation($i: CreatePracticeInput!) { createPractice(input: $i) { id status publishAt publishedAt } }`,
    { i: { title: { bg: title }, status, publishAt: publishAt?.toISOString() ?? null } },
  );
  return data.createPractice;
}
const readPractice = (id: string) =>
  ok(`query($id: ID!) { practice(id: $id) { status publishAt publishedAt version } }`, { id }).then(
    (d) => d.practice,
  );

beforeAll(async () => {
  server = await startModuleServer([practiceModule, volunteerModule]);
  // The server's own scheduler runs on the real clock; these tests drive one with theirs.
  await server.obmen.scheduler.stop();
  scheduler = fresh();
  editor = await server.as(UserRole.EDITOR);
});
afterAll(() => server.stop());

describe('scheduled publishing', () => {
  it('publishes practices, projects and programmes when their time comes, not before', async () => {
    const p = await practice('Планирана практика', at(1), editor, 'IN_REVIEW');
    expect(p).toMatchObject({ status: 'IN_REVIEW', publishAt: at(1).toISOString(), publishedAt: null });
    const project = await ok(
      `mutation($t: DateTime) { createProject(input: { title: { bg: "Планиран проект" }, publishAt: $t }) { id } }`,
      {
        t: at(2).toISOString(),
      },
    );
    const programme = await ok(
      `mutation($t: DateTime) { createVolunteerProgramme(input: { name: { bg: "Планирана програма" }, publishAt: $t }) { id } }`,
      { t: at(1).toISOString() },
    );
    const visibleToPublic = async () =>
      (await (await server.as('public')).gql(`query($id: ID!) { practice(id: $id) { id } }`, { id: p.id }))
        .errors === undefined;

    expect(await scheduler.runOnce(at(0.5))).toBe(0);
    expect(await visibleToPublic()).toBe(false);

    expect(await scheduler.runOnce(at(1.5))).toBe(2);
    expect(await readPractice(p.id)).toMatchObject({
      status: 'PUBLISHED',
      publishAt: null,
      // Dated by the schedule, not by when the run happened to get to it.
      publishedAt: at(1).toISOString(),
      version: 2,
    });
    expect(await visibleToPublic()).toBe(true);
    const prog = await ok(
      `query($id: ID!) { volunteerProgramme(id: $id) { status publishAt publishedAt } }`,
      {
        id: programme.createVolunteerProgramme.id,
      },
    );
    expect(prog.volunteerProgramme).toEqual({
      status: 'PUBLISHED',
      publishAt: null,
      publishedAt: at(1).toISOString(),
    });
    const pending = await ok(`query($id: ID!) { project(id: $id) { status publishAt } }`, {
      id: project.createProject.id,
    });
    expect(pending.project).toEqual({ status: 'DRAFT', publishAt: at(2).toISOString() });

    expect(await scheduler.runOnce(at(3))).toBe(1);
    expect(await scheduler.runOnce(at(3))).toBe(0);
  });

  it('records a revision and an audit entry by the scheduler for each publication', async () => {
    const p = await practice('Одитирано публикуване', at(4));
    await scheduler.runOnce(at(5));
    const history = await ok(
      `query($id: ID!) { revisions(entityType: Practice, id: $id) { edges { node { action author { kind name } changedFields snapshot } } } }`,
      { id: p.id },
    );
    expect(history.revisions.edges[0].node).toMatchObject({
      action: 'UPDATE',
      // The history names the job, as the audit log does.
      author: { kind: 'system:scheduler', name: null },
      changedFields: ['publishAt', 'publishedAt', 'status'],
      snapshot: { status: 'PUBLISHED', publishAt: null },
    });
    const audit = await ok(
      `query($id: ID!) { auditLog(filter: { entityId: $id }) { edges { node { action actorKind actor { kind } } } } }`,
      {
        id: p.id,
      },
    );
    expect(audit.auditLog.edges[0].node).toEqual({
      action: 'practice.publish',
      actorKind: 'system:scheduler',
      actor: { kind: 'system:scheduler' },
    });
  });

  it('schedules only where the author may publish from: an editor cannot schedule an unreviewed draft', async () => {
    const refused = await editor.gql(
      `mutation($t: DateTime) { createPractice(input: { title: { bg: "Непрегледана" }, publishAt: $t }) { id } }`,
      { t: at(3).toISOString() },
    );
    expect(codes(refused)).toEqual(['FORBIDDEN']);

    // An admin may publish a draft, so may schedule one; an editor may still edit its texts.
    const draft = await practice('Чернова на администратор', at(3));
    const edited = await editor.ok<any>(
      `mutation($id: ID!, $t: DateTime) { updatePractice(input: { id: $id, version: 1, summary: { bg: "Ново" }, publishAt: $t }) { publishAt } }`,
      { id: draft.id, t: at(3).toISOString() },
    );
    expect(edited.updatePractice.publishAt).toBe(at(3).toISOString());

    // Reviewed and scheduled by an editor: sending it back to draft must cancel the schedule too.
    const reviewed = await practice('Прегледана', at(3), editor, 'IN_REVIEW');
    const back = await editor.gql(
      `mutation($id: ID!) { updatePractice(input: { id: $id, version: 1, status: DRAFT }) { id } }`,
      { id: reviewed.id },
    );
    expect(codes(back)).toEqual(['FORBIDDEN']);
    const cancelled = await editor.ok<any>(
      `mutation($id: ID!) { updatePractice(input: { id: $id, version: 1, status: DRAFT, publishAt: null }) { status publishAt } }`,
      { id: reviewed.id },
    );
    expect(cancelled.updatePractice).toEqual({ status: 'DRAFT', publishAt: null });
    // Leave nothing due for the tests below.
    await ok(
      `mutation($id: ID!) { updatePractice(input: { id: $id, version: 2, publishAt: null }) { id } }`,
      {
        id: draft.id,
      },
    );
  });

  it('editors cancel or replace a schedule; publishing by hand clears it; both at once is refused', async () => {
    const p = await practice('Отменено публикуване', at(6));
    const cancelled = await ok(
      `mutation($id: ID!) { updatePractice(input: { id: $id, version: 1, publishAt: null }) { publishAt } }`,
      {
        id: p.id,
      },
    );
    expect(cancelled.updatePractice.publishAt).toBeNull();
    expect(await scheduler.runOnce(at(7))).toBe(0);
    expect((await readPractice(p.id)).status).toBe('DRAFT');

    const q = await practice('Публикувана на ръка', at(8));
    const now = await ok(
      `mutation($id: ID!) { updatePractice(input: { id: $id, version: 1, status: PUBLISHED }) { status publishAt } }`,
      {
        id: q.id,
      },
    );
    expect(now.updatePractice).toEqual({ status: 'PUBLISHED', publishAt: null });

    const both = await server.gql(
      `mutation($t: DateTime) { createPractice(input: { title: { bg: "И двете" }, status: PUBLISHED, publishAt: $t }) { id } }`,
      { t: at(9).toISOString() },
    );
    expect(codes(both)).toEqual(['BAD_USER_INPUT']);
    expect(both.errors![0].extensions!.fields).toEqual([
      {
        field: 'publishAt',
        message: 'Either publish it now or schedule it, not both',
        reason: 'eitherNowOrScheduled',
      },
    ]);
  });

  it('publishes in batches, one transaction each, until nothing is due', async () => {
    const due = await Promise.all([1, 2, 3, 4, 5].map((n) => practice(`Партида ${n}`, at(10))));
    expect(await fresh(2).runOnce(at(11))).toBe(5);
    for (const p of due) expect((await readPractice(p.id)).status).toBe('PUBLISHED');
  });

  it('after a restart, the first run at start publishes what fell due while the server was down', async () => {
    // The schedule is in the database; a new process starts a new scheduler over the same data.
    const when = new Date(Date.now() - HOUR);
    const overdue = await practice('Просрочена', when);
    const restarted = fresh();
    await restarted.start();
    await restarted.stop();
    expect(await readPractice(overdue.id)).toMatchObject({
      status: 'PUBLISHED',
      publishAt: null,
      publishedAt: when.toISOString(),
    });
  });
});
