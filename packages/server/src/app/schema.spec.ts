import { readFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { createSchema, SCHEMA_FILE } from './schema';

describe('committed GraphQL schema', () => {
  it('matches the schema the code builds (run `pnpm --filter @obmen/server schema:emit` after API changes)', async () => {
    const built = printSchema(await createSchema()) + '\n';
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(built);
  });

  it('names every list the same way: a connection with totalCount and a capped page size', async () => {
    const schema = await createSchema();
    const lists = Object.values(schema.getQueryType()!.getFields()).filter((f) =>
      String(f.type).endsWith('Connection!'),
    );
    expect(lists.map((f) => f.name).sort()).toEqual(
      [
        'auditLog',
        'importJobs',
        'revisions',
        'savedViews',
        'trash',
        'districts',
        'municipalities',
        'nominations',
        'organizations',
        'partnerNetworks',
        'practices',
        'projects',
        'search',
        'serviceTypes',
        'targetGroups',
        'themes',
        'volunteerProgrammes',
        'volunteers',
        'webhookDeliveries',
        'webhooks',
      ].sort(),
    );
    for (const list of lists) {
      expect(list.args.map((a) => a.name)).toEqual(
        expect.arrayContaining(['first', 'after', 'last', 'before']),
      );
    }
  });
});
