import { practice } from '../practice';
import { startModuleServer, type GraphQLResponse, type TestServer } from '../../test/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startModuleServer([practice]);
});
afterAll(() => server.stop());

const UPDATE = `mutation($i: UpdatePracticeInput!) { updatePractice(input: $i) { id version title } }`;

describe('optimistic locking', () => {
  it('100 rounds of two parallel saves from one version: exactly one wins, the other gets CONFLICT', async () => {
    const created = await server.ok(
      `mutation { createPractice(input: { title: { bg: "Гонка" } }) { id version } }`,
    );
    const { id } = created.createPractice;
    let version: number = created.createPractice.version;
    for (let round = 0; round < 100; round++) {
      const saves = await Promise.all(
        ['А', 'Б'].map((who) =>
          server.gql(UPDATE, { i: { id, version, title: { bg: `Кръг ${round} ${who}` } } }),
        ),
      );
      const wins = saves.filter((r) => !r.errors);
      const conflicts = saves.filter((r) => r.errors);
      expect(wins).toHaveLength(1);
      expect(conflicts).toHaveLength(1);
      const refused = (conflicts[0] as GraphQLResponse).errors![0];
      const winner = wins[0].data!.updatePractice;
      expect(refused.extensions).toMatchObject({
        code: 'CONFLICT',
        currentVersion: winner.version,
        current: { title: { bg: winner.title } },
      });
      expect(winner.version).toBe(version + 1);
      version = winner.version;
    }
    // Nothing of the losing saves was written: the record and its history hold only the winners.
    const read = await server.ok(`query($id: ID!) { practice(id: $id) { version } }`, { id });
    expect(read.practice.version).toBe(101);
    const history = await server.ok(
      `query($id: ID!) { revisions(entityType: Practice, id: $id, first: 1) { totalCount } }`,
      { id },
    );
    expect(history.revisions.totalCount).toBe(101);
  });

  it('a save that changes only relations still makes a new version, so a stale copy cannot overwrite them', async () => {
    const created = await server.ok(
      `mutation { createPractice(input: { title: { bg: "Само връзки" } }) { id version } }`,
    );
    const { id, version } = created.createPractice;
    const moved = await server.ok(
      `mutation($id: ID!, $v: Int!) { updatePractice(input: { id: $id, version: $v, municipalityCodes: ["TGV35"] }) { version } }`,
      { id, v: version },
    );
    expect(moved.updatePractice.version).toBe(version + 1);
    const stale = await server.gql(
      `mutation($id: ID!, $v: Int!) { updatePractice(input: { id: $id, version: $v, municipalityCodes: [] }) { version } }`,
      { id, v: version },
    );
    expect(stale.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      current: { municipalityCodes: ['TGV35'] },
    });
  });
});
