import { QueryFailedError } from 'typeorm';
import { translateDbError } from '../common/transaction';
import { startTestServer, type TestServer } from '../test/harness';
import { badInputFields } from '../test/expect';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const CREATE_PRACTICE = `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { id } }`;

describe('field errors name a reason and its arguments, for clients to word in their language', () => {
  it('for class-validator constraints, nested fields included', async () => {
    const fields = badInputFields(
      await server.gql(CREATE_PRACTICE, {
        input: { title: { bg: 'а'.repeat(100_001) }, contact: { email: 'not-an-email' } },
      }),
    );
    expect(fields).toContainEqual({
      field: 'title.bg',
      message: 'bg must be shorter than or equal to 100000 characters',
      reason: 'maxLength',
      args: { max: 100_000 },
    });
    expect(fields).toContainEqual(
      expect.objectContaining({ field: 'contact.email', reason: 'isEmail', message: expect.any(String) }),
    );
    expect(fields.find((f: any) => f.reason === 'isEmail')).not.toHaveProperty('args');
  });

  it('by the name a decorator gives it, where the constraint alone says little', async () => {
    const fields = badInputFields(await server.gql(CREATE_PRACTICE, { input: { title: { bg: '  ' } } }));
    expect(fields).toEqual([
      { field: 'title.bg', message: 'Bulgarian text is required', reason: 'bgRequired' },
    ]);
  });

  it('with the arguments of the decorator on the class validated, inherited ones included', async () => {
    const fields = badInputFields(
      await server.gql(
        `mutation($input: ProposePracticeInput!) { proposePractice(input: $input) { received } }`,
        {
          input: { title: 'т'.repeat(301), name: 'и'.repeat(201), email: 'a@example.org', altcha: 'x' },
        },
      ),
    );
    expect(fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'title', reason: 'maxLength', args: { max: 300 } }),
        expect.objectContaining({ field: 'name', reason: 'maxLength', args: { max: 200 } }),
      ]),
    );
  });

  it('for checks written by hand', async () => {
    const fields = badInputFields(
      await server.gql(CREATE_PRACTICE, {
        input: { title: { bg: 'Практика' }, period: { from: '2024-05-01', to: '2024-01-01' } },
      }),
    );
    expect(fields).toEqual([
      { field: 'period.to', message: 'The period cannot end before it starts', reason: 'periodOrder' },
    ]);
  });

  it('for values GraphQL itself refuses', async () => {
    const fields = badInputFields(
      await server.gql(CREATE_PRACTICE, { input: { title: { bg: 'Практика' }, period: { from: 'вчера' } } }),
    );
    expect(fields).toEqual([expect.objectContaining({ field: 'period.from', reason: 'invalid' })]);
  });

  it('for database refusals', () => {
    const refusal = (driverError: Record<string, string>) =>
      translateDbError(new QueryFailedError('SQL', [], Object.assign(new Error('refused'), driverError)));
    expect(refusal({ code: '23505', constraint: 'UQ_1' })).toMatchObject({
      extensions: { code: 'CONFLICT', reason: 'taken' },
    });
    expect(
      refusal({ code: '23503', constraint: 'FK_1', detail: 'Key (x)=(y) is not present' }),
    ).toMatchObject({
      extensions: { fields: [{ field: 'FK_1', reason: 'unknownReference' }] },
    });
    expect(refusal({ code: '23503', constraint: 'FK_1', detail: 'Key is still referenced' })).toMatchObject({
      extensions: { fields: [{ field: 'FK_1', reason: 'stillReferenced' }] },
    });
    expect(refusal({ code: '22001' })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input', reason: 'invalid' }] },
    });
  });
});
