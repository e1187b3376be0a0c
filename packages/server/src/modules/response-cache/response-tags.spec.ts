import { buildSchema, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { answerTags } from './response-tags';

/* Which records an answer shows decides which writes drop it: these are the rules, on a small schema. */
const schema = buildSchema(`
  type Query { practices: PracticeConnection!, practice(slug: String): Practice, search: [Result!]! }
  type PracticeConnection { edges: [PracticeEdge!]! }
  type PracticeEdge { node: Practice! }
  type Practice { id: ID!, title: String!, organization: Organization }
  type Organization { id: ID!, name: String! }
  type Project { id: ID!, title: String! }
  union Result = Practice | Project
`);

function tags(query: string, data: Record<string, unknown>): string[] | null {
  const document = parse(query);
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const found = answerTags(schema, operation, fragments, data);
  return found && [...found].sort();
}

describe('the records of an answer', () => {
  it('tags each record by id, and lists by their type', () => {
    expect(
      tags(
        '{ practices { edges { node { id title organization { ...Org } } } } } fragment Org on Organization { id name }',
        {
          practices: { edges: [{ node: { id: 'p1', title: 'a', organization: { id: 'o1', name: 'x' } } }] },
        },
      ),
    ).toEqual(['Organization:*', 'Organization:o1', 'Practice:*', 'Practice:p1']);
  });

  it('tags a single record by its id, or its whole type when the id was not asked or it was not found', () => {
    expect(tags('{ practice(slug: "a") { id title } }', { practice: { id: 'p1', title: 'a' } })).toEqual([
      'Practice:p1',
    ]);
    expect(tags('{ practice(slug: "a") { title } }', { practice: { title: 'a' } })).toEqual(['Practice:*']);
    expect(tags('{ practice(slug: "b") { id } }', { practice: null })).toEqual(['Practice:*']);
    expect(tags('{ renamed: practice(slug: "a") { key: id } }', { renamed: { key: 'p1' } })).toEqual([
      'Practice:p1',
    ]);
  });

  it('reads a union member by its __typename, and declines an answer whose members it cannot tell', () => {
    expect(
      tags('{ search { __typename ... on Project { id } ... on Practice { id } } }', {
        search: [{ __typename: 'Project', id: 'j1' }],
      }),
    ).toEqual(['Project:*', 'Project:j1']);
    expect(tags('{ search { ... on Project { id } } }', { search: [{ id: 'j1' }] })).toBeNull();
  });
});
