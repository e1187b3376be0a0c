import { randomUUID } from 'node:crypto';
import { EVERYONE } from '../common/audiences';
import { CrudService } from '../common/crud.service';
import { defineModule, type ModuleManifest } from '../common/module';
import { editorialRegistry } from '../modules/revision/content-types';
import { codes } from '../test/expect';
import { startTestServer, type TestServer } from '../test/harness';
import { MODULES, withRequirements } from './modules';
import { createSchema } from './schema';
import { foldPolicy } from './policy';
import { createServices } from './services';

/** What registering a module promises, checked for every module app/modules.ts lists. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const editorial = MODULES.flatMap((m) => m.editorial ?? []);
const scheduled = MODULES.flatMap((m) => m.scheduled ?? []);

/** A module as a new one would be written, for the folds' refusals. */
const award = (manifest: Partial<ModuleManifest>) =>
  defineModule({ name: 'award', entities: [], resolvers: [], policy: {}, ...manifest });

describe('an editorial capability', () => {
  it('is a value of the ContentType enum, and every value is one', async () => {
    const data = await server.ok(`{ __type(name: "ContentType") { enumValues { name } } }`);
    const values = data.__type.enumValues.map((v: { name: string }) => v.name);
    expect([...values].sort()).toEqual(editorial.map((c) => c.typeName).sort());
  });

  it.each(editorial.map((c) => [c.typeName]))(
    '%s: its revisions and its trash answer an admin',
    async (type) => {
      const revisions = await server.gql(
        `query($id: ID!) { revisions(entityType: ${type}, id: $id) { totalCount } }`,
        { id: randomUUID() },
      );
      expect([codes(revisions), revisions.data]).toEqual([[], { revisions: { totalCount: 0 } }]);
      const trash = await server.gql(`{ trash(entityType: ${type}) { totalCount } }`);
      expect([codes(trash), trash.data]).toEqual([[], { trash: { totalCount: 0 } }]);
    },
  );

  it('exists for every content service: what a CrudService changes has revisions and a trash', () => {
    const types = new Set(editorial.map((c) => c.typeName));
    const crud = Object.entries(server.obmen.services).filter(([, s]) => s instanceof CrudService);
    expect(crud.length).toBeGreaterThan(0);
    const missing = crud.filter(([, s]) => !types.has((s as CrudService<any, any, any>).typeName));
    expect(missing.map(([key]) => key)).toEqual([]);
  });

  it('is claimed by one module only', () => {
    const copy = award({ editorial: [editorial[0]] });
    expect(() => editorialRegistry([...MODULES, copy], server.obmen.services)).toThrow(
      new RegExp(`editorial type ${editorial[0].typeName}.*award`),
    );
  });
});

it('every table with a publish_at column has a scheduled capability, so publishAt fires', () => {
  const publishable = server.obmen.database.dataSource.entityMetadatas
    .filter((m) => m.columns.some((c) => c.databaseName === 'publish_at'))
    .map((m) => m.targetName)
    .sort();
  expect(publishable.length).toBeGreaterThan(0);
  expect(scheduled.map((c) => c.entity.name).sort()).toEqual(publishable);
});

describe('folding the manifests', () => {
  it('refuses an operation two modules give a policy to, naming both', () => {
    const owner = MODULES.find((m) => m.policy.Query?.practices)!;
    expect(() => foldPolicy([...MODULES, award({ policy: { Query: { practices: EVERYONE } } })])).toThrow(
      `Query.practices has a policy entry in both module ${owner.name} and module award`,
    );
  });

  it('refuses a module listed before a module it requires, naming both', () => {
    const needs = MODULES.find((m) => m.name === 'practice')!;
    const ds = server.obmen.database.dataSource;
    expect(() => createServices(ds, { secret: 'test' }, [award({ requires: [needs] }), ...MODULES])).toThrow(
      'Module award requires practice: list them before it in app/modules.ts',
    );
    expect(() =>
      createServices(ds, { secret: 'test' }, [...MODULES, award({ requires: [needs] })]),
    ).not.toThrow();
  });

  it('refuses a module needing a service no module before it provides, naming the module and the service', () => {
    const needsPractices = award({
      services: (s) => ({ practices: s.practices }),
    });
    expect(() =>
      createServices(server.obmen.database.dataSource, { secret: 'test' }, [MODULES[0], needsPractices]),
    ).toThrow(/Module award needs the service "practices"/);
    // The same module after the one providing it is built.
    expect(() =>
      createServices(server.obmen.database.dataSource, { secret: 'test' }, [...MODULES, needsPractices]),
    ).not.toThrow();
  });
});

describe('a module with what it requires', () => {
  it('is a closure in the order of app/modules.ts, and a module not listed there is refused', () => {
    const practice = MODULES.find((m) => m.name === 'practice')!;
    const closure = withRequirements([practice]).map((m) => m.name);
    expect(closure).toContain('project');
    expect(closure).not.toContain('volunteer');
    expect(closure).toEqual(MODULES.map((m) => m.name).filter((name) => closure.includes(name)));
    expect(() => withRequirements([award({})])).toThrow('Module award is not listed in app/modules.ts');
  });

  // A module's `requires` is what a light test boot builds: one missing would fail there first.
  it.each(MODULES.map((m) => [m.name, m]))(
    '%s: builds its services and its schema',
    async (_name, module) => {
      const modules = withRequirements([module]);
      expect(() =>
        createServices(server.obmen.database.dataSource, { secret: 'test' }, modules),
      ).not.toThrow();
      // A module of services only (search-index) has no schema of its own to build.
      if (!modules.some((m) => m.resolvers.length > 0)) return;
      const schema = await createSchema(modules);
      const operations = Object.keys({ ...module.policy.Query, ...module.policy.Mutation });
      const fields = { ...schema.getQueryType()?.getFields(), ...schema.getMutationType()?.getFields() };
      expect(operations.filter((operation) => !(operation in fields))).toEqual([]);
    },
  );
});
