import { graphql } from '../../gql';

/** Themes for pickers, labelled in the interface language. */
export const ThemeOptionsQuery = graphql(`
  query ThemeOptions($locale: Locale) {
    themes(first: 100, locale: $locale) {
      edges {
        node {
          id
          slug
          label
          localization {
            requested
          }
        }
      }
    }
  }
`);

/** Target groups for pickers and filters, labelled in the interface language. */
export const TargetGroupOptionsQuery = graphql(`
  query TargetGroupOptions($locale: Locale) {
    targetGroups(first: 100, locale: $locale) {
      edges {
        node {
          id
          slug
          label
          localization {
            requested
          }
        }
      }
    }
  }
`);

/** Service types for pickers and filters, labelled in the interface language. */
export const ServiceTypeOptionsQuery = graphql(`
  query ServiceTypeOptions($locale: Locale) {
    serviceTypes(first: 100, locale: $locale) {
      edges {
        node {
          id
          slug
          label
          localization {
            requested
          }
        }
      }
    }
  }
`);

/**
 * The three taxonomies for the editors' page, read once per language (the Bulgarian read with
 * the usage counts): few terms, so all at once.
 */
export const TaxonomyTermsQuery = graphql(`
  query TaxonomyTerms($locale: Locale!, $withUsage: Boolean!) {
    themes(first: 100, locale: $locale) {
      edges {
        node {
          id
          slug
          version
          position
          label
          localization {
            requested
            served
          }
          usage @include(if: $withUsage) {
            practices
            projects
          }
        }
      }
    }
    targetGroups(first: 100, locale: $locale) {
      edges {
        node {
          id
          slug
          version
          position
          label
          localization {
            requested
            served
          }
          usage @include(if: $withUsage) {
            practices
            projects
          }
        }
      }
    }
    serviceTypes(first: 100, locale: $locale) {
      edges {
        node {
          id
          slug
          version
          position
          label
          localization {
            requested
            served
          }
          usage @include(if: $withUsage) {
            practices
            projects
          }
        }
      }
    }
  }
`);

export const CreateThemeMutation = graphql(`
  mutation CreateTheme($input: CreateThemeInput!) {
    createTheme(input: $input) {
      id
    }
  }
`);
export const UpdateThemeMutation = graphql(`
  mutation UpdateTheme($input: UpdateThemeInput!) {
    updateTheme(input: $input) {
      id
    }
  }
`);
export const DeleteThemeMutation = graphql(`
  mutation DeleteTheme($id: ID!, $version: Int) {
    deleteTheme(id: $id, version: $version) {
      id
    }
  }
`);
export const ReorderThemesMutation = graphql(`
  mutation ReorderThemes($ids: [ID!]!) {
    reorderThemes(ids: $ids) {
      id
    }
  }
`);
export const MergeThemesMutation = graphql(`
  mutation MergeThemes($input: MergeTermsInput!) {
    mergeThemes(input: $input) {
      id
    }
  }
`);

export const CreateTargetGroupMutation = graphql(`
  mutation CreateTargetGroup($input: CreateTargetGroupInput!) {
    createTargetGroup(input: $input) {
      id
    }
  }
`);
export const UpdateTargetGroupMutation = graphql(`
  mutation UpdateTargetGroup($input: UpdateTargetGroupInput!) {
    updateTargetGroup(input: $input) {
      id
    }
  }
`);
export const DeleteTargetGroupMutation = graphql(`
  mutation DeleteTargetGroup($id: ID!, $version: Int) {
    deleteTargetGroup(id: $id, version: $version) {
      id
    }
  }
`);
export const ReorderTargetGroupsMutation = graphql(`
  mutation ReorderTargetGroups($ids: [ID!]!) {
    reorderTargetGroups(ids: $ids) {
      id
    }
  }
`);
export const MergeTargetGroupsMutation = graphql(`
  mutation MergeTargetGroups($input: MergeTermsInput!) {
    mergeTargetGroups(input: $input) {
      id
    }
  }
`);

export const CreateServiceTypeMutation = graphql(`
  mutation CreateServiceType($input: CreateServiceTypeInput!) {
    createServiceType(input: $input) {
      id
    }
  }
`);
export const UpdateServiceTypeMutation = graphql(`
  mutation UpdateServiceType($input: UpdateServiceTypeInput!) {
    updateServiceType(input: $input) {
      id
    }
  }
`);
export const DeleteServiceTypeMutation = graphql(`
  mutation DeleteServiceType($id: ID!, $version: Int) {
    deleteServiceType(id: $id, version: $version) {
      id
    }
  }
`);
export const ReorderServiceTypesMutation = graphql(`
  mutation ReorderServiceTypes($ids: [ID!]!) {
    reorderServiceTypes(ids: $ids) {
      id
    }
  }
`);
export const MergeServiceTypesMutation = graphql(`
  mutation MergeServiceTypes($input: MergeTermsInput!) {
    mergeServiceTypes(input: $input) {
      id
    }
  }
`);
