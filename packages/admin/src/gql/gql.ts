/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment SessionUser on User {\n    id\n    name\n    email\n    roles\n  }\n': typeof types.SessionUserFragmentDoc;
  '\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionUser\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
  '\n  query Districts {\n    districts(first: 100) {\n      edges {\n        node {\n          code\n          nameBg\n          nameEn\n        }\n      }\n    }\n  }\n': typeof types.DistrictsDocument;
  '\n  query MunicipalitiesPage($first: Int!, $after: String) {\n    municipalities(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          code\n          nameBg\n          nameEn\n          aliases\n          district {\n            code\n            nameBg\n            nameEn\n          }\n        }\n      }\n    }\n  }\n': typeof types.MunicipalitiesPageDocument;
  '\n  query Practices(\n    $filter: PracticeFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $orderBy: PracticeOrderBy\n    $locale: Locale\n  ) {\n    practices(\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      orderBy: $orderBy\n      locale: $locale\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          slug\n          status\n          publishedAt\n          updatedAt\n          localization {\n            requested\n          }\n          municipalities {\n            code\n            nameBg\n            nameEn\n          }\n        }\n      }\n    }\n  }\n': typeof types.PracticesDocument;
  '\n  fragment PracticeEdit on Practice {\n    id\n    version\n    status\n    slug\n    title\n    summary\n    background\n    practice\n    results\n    publishedAt\n    updatedAt\n    localization {\n      requested\n      served\n      stale\n      fallbackFields\n    }\n    period {\n      from\n      to\n      precision\n    }\n    municipalities {\n      code\n    }\n    themes {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n  }\n': typeof types.PracticeEditFragmentDoc;
  '\n  query PracticeForEdit($id: ID!, $locale: Locale!) {\n    practice(id: $id, locale: $locale) {\n      ...PracticeEdit\n    }\n  }\n': typeof types.PracticeForEditDocument;
  '\n  mutation CreatePractice($input: CreatePracticeInput!) {\n    createPractice(input: $input) {\n      ...PracticeEdit\n    }\n  }\n': typeof types.CreatePracticeDocument;
  '\n  mutation UpdatePractice($input: UpdatePracticeInput!) {\n    updatePractice(input: $input) {\n      ...PracticeEdit\n    }\n  }\n': typeof types.UpdatePracticeDocument;
  '\n  query ThemeOptions($locale: Locale) {\n    themes(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          slug\n          label\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n': typeof types.ThemeOptionsDocument;
};
const documents: Documents = {
  '\n  fragment SessionUser on User {\n    id\n    name\n    email\n    roles\n  }\n':
    types.SessionUserFragmentDoc,
  '\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n': types.MeDocument,
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionUser\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
  '\n  query Districts {\n    districts(first: 100) {\n      edges {\n        node {\n          code\n          nameBg\n          nameEn\n        }\n      }\n    }\n  }\n':
    types.DistrictsDocument,
  '\n  query MunicipalitiesPage($first: Int!, $after: String) {\n    municipalities(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          code\n          nameBg\n          nameEn\n          aliases\n          district {\n            code\n            nameBg\n            nameEn\n          }\n        }\n      }\n    }\n  }\n':
    types.MunicipalitiesPageDocument,
  '\n  query Practices(\n    $filter: PracticeFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $orderBy: PracticeOrderBy\n    $locale: Locale\n  ) {\n    practices(\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      orderBy: $orderBy\n      locale: $locale\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          slug\n          status\n          publishedAt\n          updatedAt\n          localization {\n            requested\n          }\n          municipalities {\n            code\n            nameBg\n            nameEn\n          }\n        }\n      }\n    }\n  }\n':
    types.PracticesDocument,
  '\n  fragment PracticeEdit on Practice {\n    id\n    version\n    status\n    slug\n    title\n    summary\n    background\n    practice\n    results\n    publishedAt\n    updatedAt\n    localization {\n      requested\n      served\n      stale\n      fallbackFields\n    }\n    period {\n      from\n      to\n      precision\n    }\n    municipalities {\n      code\n    }\n    themes {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n  }\n':
    types.PracticeEditFragmentDoc,
  '\n  query PracticeForEdit($id: ID!, $locale: Locale!) {\n    practice(id: $id, locale: $locale) {\n      ...PracticeEdit\n    }\n  }\n':
    types.PracticeForEditDocument,
  '\n  mutation CreatePractice($input: CreatePracticeInput!) {\n    createPractice(input: $input) {\n      ...PracticeEdit\n    }\n  }\n':
    types.CreatePracticeDocument,
  '\n  mutation UpdatePractice($input: UpdatePracticeInput!) {\n    updatePractice(input: $input) {\n      ...PracticeEdit\n    }\n  }\n':
    types.UpdatePracticeDocument,
  '\n  query ThemeOptions($locale: Locale) {\n    themes(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          slug\n          label\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n':
    types.ThemeOptionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SessionUser on User {\n    id\n    name\n    email\n    roles\n  }\n',
): (typeof documents)['\n  fragment SessionUser on User {\n    id\n    name\n    email\n    roles\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionUser\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionUser\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Logout {\n    logout\n  }\n',
): (typeof documents)['\n  mutation Logout {\n    logout\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Districts {\n    districts(first: 100) {\n      edges {\n        node {\n          code\n          nameBg\n          nameEn\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Districts {\n    districts(first: 100) {\n      edges {\n        node {\n          code\n          nameBg\n          nameEn\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MunicipalitiesPage($first: Int!, $after: String) {\n    municipalities(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          code\n          nameBg\n          nameEn\n          aliases\n          district {\n            code\n            nameBg\n            nameEn\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MunicipalitiesPage($first: Int!, $after: String) {\n    municipalities(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          code\n          nameBg\n          nameEn\n          aliases\n          district {\n            code\n            nameBg\n            nameEn\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Practices(\n    $filter: PracticeFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $orderBy: PracticeOrderBy\n    $locale: Locale\n  ) {\n    practices(\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      orderBy: $orderBy\n      locale: $locale\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          slug\n          status\n          publishedAt\n          updatedAt\n          localization {\n            requested\n          }\n          municipalities {\n            code\n            nameBg\n            nameEn\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Practices(\n    $filter: PracticeFilter\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $orderBy: PracticeOrderBy\n    $locale: Locale\n  ) {\n    practices(\n      filter: $filter\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      orderBy: $orderBy\n      locale: $locale\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          slug\n          status\n          publishedAt\n          updatedAt\n          localization {\n            requested\n          }\n          municipalities {\n            code\n            nameBg\n            nameEn\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PracticeEdit on Practice {\n    id\n    version\n    status\n    slug\n    title\n    summary\n    background\n    practice\n    results\n    publishedAt\n    updatedAt\n    localization {\n      requested\n      served\n      stale\n      fallbackFields\n    }\n    period {\n      from\n      to\n      precision\n    }\n    municipalities {\n      code\n    }\n    themes {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PracticeEdit on Practice {\n    id\n    version\n    status\n    slug\n    title\n    summary\n    background\n    practice\n    results\n    publishedAt\n    updatedAt\n    localization {\n      requested\n      served\n      stale\n      fallbackFields\n    }\n    period {\n      from\n      to\n      precision\n    }\n    municipalities {\n      code\n    }\n    themes {\n      id\n      slug\n      localization {\n        requested\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PracticeForEdit($id: ID!, $locale: Locale!) {\n    practice(id: $id, locale: $locale) {\n      ...PracticeEdit\n    }\n  }\n',
): (typeof documents)['\n  query PracticeForEdit($id: ID!, $locale: Locale!) {\n    practice(id: $id, locale: $locale) {\n      ...PracticeEdit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreatePractice($input: CreatePracticeInput!) {\n    createPractice(input: $input) {\n      ...PracticeEdit\n    }\n  }\n',
): (typeof documents)['\n  mutation CreatePractice($input: CreatePracticeInput!) {\n    createPractice(input: $input) {\n      ...PracticeEdit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdatePractice($input: UpdatePracticeInput!) {\n    updatePractice(input: $input) {\n      ...PracticeEdit\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdatePractice($input: UpdatePracticeInput!) {\n    updatePractice(input: $input) {\n      ...PracticeEdit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ThemeOptions($locale: Locale) {\n    themes(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          slug\n          label\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ThemeOptions($locale: Locale) {\n    themes(first: 100, locale: $locale) {\n      edges {\n        node {\n          id\n          slug\n          label\n          localization {\n            requested\n          }\n        }\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
