/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AdoptionInput = {
  /** NSI code of the municipality that adopted the practice. */
  municipalityCode: string;
  note?: LocalizedTextInput | null | undefined;
  year: number;
};

export type ContactInput = {
  address?: string | null | undefined;
  email?: string | null | undefined;
  person?: string | null | undefined;
  phone?: string | null | undefined;
  website?: string | null | undefined;
};

export type ContentStatus = 'ARCHIVED' | 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED';

export type CreatePracticeInput = {
  /** Where it was replicated; replaces the list. */
  adoptions?: Array<AdoptionInput> | null | undefined;
  /** Предистория. */
  background?: LocalizedTextInput | null | undefined;
  contact?: ContactInput | null | undefined;
  /** Replaces the whole ordered list. */
  indicators?: Array<IndicatorInput> | null | undefined;
  innovator?: string | null | undefined;
  /** NSI municipality codes. */
  municipalityCodes?: Array<string> | null | undefined;
  /** The innovator organization. */
  organizationId?: string | number | null | undefined;
  period?: PeriodInput | null | undefined;
  /** Практика. */
  practice?: LocalizedTextInput | null | undefined;
  /** Related projects. */
  projectIds?: Array<string | number> | null | undefined;
  /** Publish automatically at this moment (checked every 30 s by default); null cancels. */
  publishAt?: string | null | undefined;
  /** Defaults to the moment it is first published. */
  publishedAt?: string | null | undefined;
  /** Резултати. */
  results?: LocalizedTextInput | null | undefined;
  status?: ContentStatus | null | undefined;
  summary?: LocalizedTextInput | null | undefined;
  /** Target group slugs. */
  targetGroups?: Array<string> | null | undefined;
  /** Theme slugs. */
  themes?: Array<string> | null | undefined;
  title: LocalizedTextInput;
};

export type IndicatorInput = {
  label: LocalizedTextInput;
  period?: string | null | undefined;
  /** Target group slug. */
  targetGroup?: string | null | undefined;
  unit: LocalizedTextInput;
  value: string;
};

/** Content language: Bulgarian first, English second. */
export type Locale = 'BG' | 'EN';

/** A text in Bulgarian (required) and English (optional). */
export type LocalizedTextInput = {
  bg: string;
  en?: string | null | undefined;
};

export type LoginInput = {
  email: string;
  password: string;
};

export type PeriodInput = {
  from?: string | null | undefined;
  precision?: PeriodPrecision;
  to?: string | null | undefined;
};

/** How exactly the source gave the dates: "юли 2013 – декември 2015" is MONTH. */
export type PeriodPrecision = 'DAY' | 'MONTH' | 'YEAR';

export type PracticeFilter = {
  /** Running on or after this day (period overlap). */
  activeFrom?: string | null | undefined;
  /** Running on or before this day (period overlap). */
  activeTo?: string | null | undefined;
  /** NSI district codes, e.g. ["TGV"]. */
  districtCodes?: Array<string> | null | undefined;
  /** NSI municipality codes, e.g. ["PDV26"]. */
  municipalityCodes?: Array<string> | null | undefined;
  /** Content of current members of these partner networks. */
  networkIds?: Array<string | number> | null | undefined;
  organizationIds?: Array<string | number> | null | undefined;
  /** Simple text match on names and titles, Bulgarian or English. */
  search?: string | null | undefined;
  statuses?: Array<ContentStatus> | null | undefined;
  /** Target group slugs. */
  targetGroups?: Array<string> | null | undefined;
  /** Theme slugs. */
  themes?: Array<string> | null | undefined;
};

export type PracticeOrderBy = {
  direction?: SortDirection;
  field?: PracticeOrderField;
};

export type PracticeOrderField = 'CREATED_AT' | 'PERIOD_FROM' | 'PUBLISHED_AT' | 'TITLE' | 'UPDATED_AT';

export type SortDirection = 'ASC' | 'DESC';

export type UpdatePracticeInput = {
  /** Where it was replicated; replaces the list. */
  adoptions?: Array<AdoptionInput> | null | undefined;
  /** Предистория. */
  background?: LocalizedTextInput | null | undefined;
  contact?: ContactInput | null | undefined;
  id: string | number;
  /** Replaces the whole ordered list. */
  indicators?: Array<IndicatorInput> | null | undefined;
  innovator?: string | null | undefined;
  /** NSI municipality codes. */
  municipalityCodes?: Array<string> | null | undefined;
  /** The innovator organization. */
  organizationId?: string | number | null | undefined;
  period?: PeriodInput | null | undefined;
  /** Практика. */
  practice?: LocalizedTextInput | null | undefined;
  /** Related projects. */
  projectIds?: Array<string | number> | null | undefined;
  /** Publish automatically at this moment (checked every 30 s by default); null cancels. */
  publishAt?: string | null | undefined;
  /** Defaults to the moment it is first published. */
  publishedAt?: string | null | undefined;
  /** Резултати. */
  results?: LocalizedTextInput | null | undefined;
  status?: ContentStatus | null | undefined;
  summary?: LocalizedTextInput | null | undefined;
  /** Target group slugs. */
  targetGroups?: Array<string> | null | undefined;
  /** Theme slugs. */
  themes?: Array<string> | null | undefined;
  title?: LocalizedTextInput | null | undefined;
  version: number;
};

/** ADMIN: everything; EDITOR: content; MODERATOR: nominations and proposals; COORDINATOR: volunteers. */
export type UserRole = 'ADMIN' | 'COORDINATOR' | 'EDITOR' | 'MODERATOR';

export type SessionUserFragment = {
  __typename: 'User';
  id: string;
  name: string;
  email: string;
  roles: Array<UserRole>;
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: { __typename: 'User'; id: string; name: string; email: string; roles: Array<UserRole> } | null;
};

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;

export type LoginMutation = {
  login: { __typename: 'User'; id: string; name: string; email: string; roles: Array<UserRole> };
};

export type LogoutMutationVariables = Exact<{ [key: string]: never }>;

export type LogoutMutation = { logout: boolean };

export type DistrictsQueryVariables = Exact<{ [key: string]: never }>;

export type DistrictsQuery = {
  districts: {
    __typename: 'DistrictConnection';
    edges: Array<{
      __typename: 'DistrictEdge';
      node: { __typename: 'District'; code: string; nameBg: string; nameEn: string };
    }>;
  };
};

export type MunicipalitiesPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;

export type MunicipalitiesPageQuery = {
  municipalities: {
    __typename: 'MunicipalityConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'MunicipalityEdge';
      node: {
        __typename: 'Municipality';
        code: string;
        nameBg: string;
        nameEn: string;
        aliases: Array<string>;
        district: { __typename: 'District'; code: string; nameBg: string; nameEn: string };
      };
    }>;
  };
};

export type PracticesQueryVariables = Exact<{
  filter?: PracticeFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  orderBy?: PracticeOrderBy | null | undefined;
  locale?: Locale | null | undefined;
}>;

export type PracticesQuery = {
  practices: {
    __typename: 'PracticeConnection';
    totalCount: number;
    pageInfo: {
      __typename: 'PageInfo';
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
    edges: Array<{
      __typename: 'PracticeEdge';
      cursor: string;
      node: {
        __typename: 'Practice';
        id: string;
        title: string;
        slug: string;
        status: ContentStatus;
        publishedAt: string | null;
        updatedAt: string;
        localization: { __typename: 'Localization'; requested: Locale };
        municipalities: Array<{ __typename: 'Municipality'; code: string; nameBg: string; nameEn: string }>;
      };
    }>;
  };
};

export type PracticeEditFragment = {
  __typename: 'Practice';
  id: string;
  version: number;
  status: ContentStatus;
  slug: string;
  title: string;
  summary: string | null;
  background: string | null;
  practice: string | null;
  results: string | null;
  publishedAt: string | null;
  updatedAt: string;
  localization: {
    __typename: 'Localization';
    requested: Locale;
    served: Locale;
    stale: boolean;
    fallbackFields: Array<string>;
  };
  period: { __typename: 'Period'; from: string | null; to: string | null; precision: PeriodPrecision } | null;
  municipalities: Array<{ __typename: 'Municipality'; code: string }>;
  themes: Array<{
    __typename: 'Theme';
    id: string;
    slug: string;
    localization: { __typename: 'Localization'; requested: Locale };
  }>;
};

export type PracticeForEditQueryVariables = Exact<{
  id: string | number;
  locale: Locale;
}>;

export type PracticeForEditQuery = {
  practice: {
    __typename: 'Practice';
    id: string;
    version: number;
    status: ContentStatus;
    slug: string;
    title: string;
    summary: string | null;
    background: string | null;
    practice: string | null;
    results: string | null;
    publishedAt: string | null;
    updatedAt: string;
    localization: {
      __typename: 'Localization';
      requested: Locale;
      served: Locale;
      stale: boolean;
      fallbackFields: Array<string>;
    };
    period: {
      __typename: 'Period';
      from: string | null;
      to: string | null;
      precision: PeriodPrecision;
    } | null;
    municipalities: Array<{ __typename: 'Municipality'; code: string }>;
    themes: Array<{
      __typename: 'Theme';
      id: string;
      slug: string;
      localization: { __typename: 'Localization'; requested: Locale };
    }>;
  };
};

export type CreatePracticeMutationVariables = Exact<{
  input: CreatePracticeInput;
}>;

export type CreatePracticeMutation = {
  createPractice: {
    __typename: 'Practice';
    id: string;
    version: number;
    status: ContentStatus;
    slug: string;
    title: string;
    summary: string | null;
    background: string | null;
    practice: string | null;
    results: string | null;
    publishedAt: string | null;
    updatedAt: string;
    localization: {
      __typename: 'Localization';
      requested: Locale;
      served: Locale;
      stale: boolean;
      fallbackFields: Array<string>;
    };
    period: {
      __typename: 'Period';
      from: string | null;
      to: string | null;
      precision: PeriodPrecision;
    } | null;
    municipalities: Array<{ __typename: 'Municipality'; code: string }>;
    themes: Array<{
      __typename: 'Theme';
      id: string;
      slug: string;
      localization: { __typename: 'Localization'; requested: Locale };
    }>;
  };
};

export type UpdatePracticeMutationVariables = Exact<{
  input: UpdatePracticeInput;
}>;

export type UpdatePracticeMutation = {
  updatePractice: {
    __typename: 'Practice';
    id: string;
    version: number;
    status: ContentStatus;
    slug: string;
    title: string;
    summary: string | null;
    background: string | null;
    practice: string | null;
    results: string | null;
    publishedAt: string | null;
    updatedAt: string;
    localization: {
      __typename: 'Localization';
      requested: Locale;
      served: Locale;
      stale: boolean;
      fallbackFields: Array<string>;
    };
    period: {
      __typename: 'Period';
      from: string | null;
      to: string | null;
      precision: PeriodPrecision;
    } | null;
    municipalities: Array<{ __typename: 'Municipality'; code: string }>;
    themes: Array<{
      __typename: 'Theme';
      id: string;
      slug: string;
      localization: { __typename: 'Localization'; requested: Locale };
    }>;
  };
};

export type ThemeOptionsQueryVariables = Exact<{
  locale?: Locale | null | undefined;
}>;

export type ThemeOptionsQuery = {
  themes: {
    __typename: 'ThemeConnection';
    edges: Array<{
      __typename: 'ThemeEdge';
      node: {
        __typename: 'Theme';
        id: string;
        slug: string;
        label: string;
        localization: { __typename: 'Localization'; requested: Locale };
      };
    }>;
  };
};

export const SessionUserFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionUser' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SessionUserFragment, unknown>;
export const PracticeEditFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PracticeEdit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Practice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'background' } },
          { kind: 'Field', name: { kind: 'Name', value: 'practice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'results' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'localization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'requested' } },
                { kind: 'Field', name: { kind: 'Name', value: 'served' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fallbackFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'period' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'precision' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipalities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'localization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'requested' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PracticeEditFragment, unknown>;
export const MeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionUser' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionUser' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Login' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LoginInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SessionUser' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SessionUser' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Logout' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'logout' } }],
      },
    },
  ],
} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const DistrictsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Districts' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'districts' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameBg' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DistrictsQuery, DistrictsQueryVariables>;
export const MunicipalitiesPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MunicipalitiesPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipalities' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameBg' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'district' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameBg' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MunicipalitiesPageQuery, MunicipalitiesPageQueryVariables>;
export const PracticesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Practices' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PracticeFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PracticeOrderBy' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Locale' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'practices' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'last' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'before' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locale' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasPreviousPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'localization' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'requested' } }],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'municipalities' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameBg' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PracticesQuery, PracticesQueryVariables>;
export const PracticeForEditDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PracticeForEdit' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Locale' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'practice' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locale' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PracticeEdit' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PracticeEdit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Practice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'background' } },
          { kind: 'Field', name: { kind: 'Name', value: 'practice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'results' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'localization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'requested' } },
                { kind: 'Field', name: { kind: 'Name', value: 'served' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fallbackFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'period' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'precision' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipalities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'localization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'requested' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PracticeForEditQuery, PracticeForEditQueryVariables>;
export const CreatePracticeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreatePractice' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatePracticeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createPractice' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PracticeEdit' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PracticeEdit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Practice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'background' } },
          { kind: 'Field', name: { kind: 'Name', value: 'practice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'results' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'localization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'requested' } },
                { kind: 'Field', name: { kind: 'Name', value: 'served' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fallbackFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'period' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'precision' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipalities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'localization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'requested' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreatePracticeMutation, CreatePracticeMutationVariables>;
export const UpdatePracticeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdatePractice' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdatePracticeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatePractice' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'PracticeEdit' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'PracticeEdit' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Practice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'background' } },
          { kind: 'Field', name: { kind: 'Name', value: 'practice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'results' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'localization' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'requested' } },
                { kind: 'Field', name: { kind: 'Name', value: 'served' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fallbackFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'period' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'precision' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipalities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'localization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'requested' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdatePracticeMutation, UpdatePracticeMutationVariables>;
export const ThemeOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ThemeOptions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Locale' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'themes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'locale' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'slug' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'localization' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'requested' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ThemeOptionsQuery, ThemeOptionsQueryVariables>;
