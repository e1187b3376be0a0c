import { graphql } from '../../gql';

export const SavedViewFieldsFragment = graphql(`
  fragment SavedViewFields on SavedView {
    id
    version
    name
    query
    shared
    mine
    ownerName
  }
`);

/** Every list has few views: one page of the largest size holds them. */
export const SavedViewsQuery = graphql(`
  query SavedViews($list: String!) {
    savedViews(list: $list, first: 100) {
      edges {
        node {
          ...SavedViewFields
        }
      }
    }
  }
`);

export const CreateSavedViewMutation = graphql(`
  mutation CreateSavedView($input: CreateSavedViewInput!) {
    createSavedView(input: $input) {
      ...SavedViewFields
    }
  }
`);

export const UpdateSavedViewMutation = graphql(`
  mutation UpdateSavedView($input: UpdateSavedViewInput!) {
    updateSavedView(input: $input) {
      ...SavedViewFields
    }
  }
`);

export const DeleteSavedViewMutation = graphql(`
  mutation DeleteSavedView($id: ID!) {
    deleteSavedView(id: $id) {
      id
    }
  }
`);
