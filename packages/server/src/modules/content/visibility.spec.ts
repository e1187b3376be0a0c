import { practice as practiceModule } from '../practice';
import { UserRole } from '../../common/principal';
import { type Client, startModuleServer, type TestServer } from '../../test/harness';
import { codes } from '../../test/expect';

let server: TestServer;
let editor: Client;
const ids: Record<string, string> = {};

async function practice(title: string, status: string, extra = '') {
  const data = await server.ok(
    `mutation { createPractice(input: { title: { bg: "${title}" }, status: ${status} ${extra} }) { id version status } }`,
  );
  return data.createPractice;
}

beforeAll(async () => {
  server = await startModuleServer([practiceModule]);
  editor = await server.as(UserRole.EDITOR);
  const org = await server.ok(
    `mutation { createOrganization(input: { name: { bg: "Сдружение" }, kind: NGO }) { id } }`,
  );
  ids.org = org.createOrganization.id;
  ids.draftProject = (
    await server.ok(`mutation { createProject(input: { title: { bg: "Чернова на проект" } }) { id } }`)
  ).createProject.id;
  ids.published = (
    await practice(
      'Публикувана',
      'PUBLISHED',
      `organizationId: "${ids.org}", projectIds: ["${ids.draftProject}"]`,
    )
  ).id;
  ids.draft = (await practice('Чернова', 'DRAFT', `organizationId: "${ids.org}"`)).id;
  ids.review = (await practice('За преглед', 'IN_REVIEW', `organizationId: "${ids.org}"`)).id;
  const network = await server.ok(
    `mutation { createPartnerNetwork(input: { name: { bg: "Мрежа" }, scope: REGIONAL, memberships: [{ organizationId: "${ids.org}", joinedOn: "2020-01-01" }] }) { id } }`,
  );
  ids.network = network.createPartnerNetwork.id;
});
afterAll(() => server.stop());

describe.each(['public', 'partner'] as const)('what %s readers see', (who) => {
  let reader: Client;
  beforeAll(async () => {
    reader = await server.as(who);
  });

  it('lists published practices only, whatever statuses they ask for', async () => {
    const data = await reader.ok(
      `{ practices(filter: { statuses: [DRAFT, IN_REVIEW, PUBLISHED] }) { totalCount edges { node { id } } } }`,
    );
    expect(data.practices.edges.map((e: any) => e.node.id)).toEqual([ids.published]);
    expect(data.practices.totalCount).toBe(1);
  });

  it('cannot open a draft by id or slug', async () => {
    expect(codes(await reader.gql(`{ practice(id: "${ids.draft}") { id } }`))).toEqual(['NOT_FOUND']);
    expect(codes(await reader.gql(`{ practice(slug: "chernova") { id } }`))).toEqual(['NOT_FOUND']);
    expect(codes(await reader.gql(`{ project(id: "${ids.draftProject}") { id } }`))).toEqual(['NOT_FOUND']);
  });

  it('does not reach drafts through relations', async () => {
    const data = await reader.ok(`{
      practice(id: "${ids.published}") { projects { id } }
      partnerNetwork(id: "${ids.network}") { practices { id } }
    }`);
    expect(data.practice.projects).toEqual([]);
    expect(data.partnerNetwork.practices.map((p: any) => p.id)).toEqual([ids.published]);
  });
});

describe('what staff see', () => {
  it('editors list every status and reach drafts through relations', async () => {
    const data = await editor.ok(
      `{ practices { totalCount } practice(id: "${ids.published}") { projects { id } } }`,
    );
    expect(data.practices.totalCount).toBe(3);
    expect(data.practice.projects.map((p: any) => p.id)).toEqual([ids.draftProject]);
  });
});

describe('editorial workflow', () => {
  const move = (client: Client, p: { id: string; version: number }, status: string) =>
    client.gql(
      `mutation { updatePractice(input: { id: "${p.id}", version: ${p.version}, status: ${status} }) { id version status } }`,
    );

  it('lets editors send drafts to review and publish reviewed work, but not skip review', async () => {
    const draft = (
      await editor.ok(`mutation { createPractice(input: { title: { bg: "Работа" } }) { id version status } }`)
    ).createPractice;
    expect(codes(await move(editor, draft, 'PUBLISHED'))).toEqual(['FORBIDDEN']);
    const unchanged = await editor.ok(`{ practice(id: "${draft.id}") { version status } }`);
    expect(unchanged.practice).toEqual({ version: draft.version, status: 'DRAFT' });
    const review = (await move(editor, draft, 'IN_REVIEW')).data!.updatePractice;
    const published = (await move(editor, review, 'PUBLISHED')).data!.updatePractice;
    expect(published.status).toBe('PUBLISHED');
    expect(codes(await move(editor, published, 'DRAFT'))).toEqual(['FORBIDDEN']);
    const archived = (await move(editor, published, 'ARCHIVED')).data!.updatePractice;
    expect((await move(editor, archived, 'DRAFT')).data!.updatePractice.status).toBe('DRAFT');
  });

  it('does not let editors create published content, while admins may', async () => {
    const refused = await editor.gql(
      `mutation { createPractice(input: { title: { bg: "Направо" }, status: PUBLISHED }) { id } }`,
    );
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    const count = await server.ok(`{ practices(filter: { search: "Направо" }) { totalCount } }`);
    expect(count.practices.totalCount).toBe(0);
    expect((await practice('Направо', 'PUBLISHED')).status).toBe('PUBLISHED');
  });

  it('gives the published date on first publication', async () => {
    const data = await server.ok(`{ practice(id: "${ids.published}") { publishedAt } }`);
    expect(Date.now() - Date.parse(data.practice.publishedAt)).toBeLessThan(60_000);
  });
});
