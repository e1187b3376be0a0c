import { graphql } from '../../gql';

/** An outcome indicator as the forms edit it, in one language. */
export const IndicatorEditFragment = graphql(`
  fragment IndicatorEdit on Indicator {
    label
    value
    unit
    period
    targetGroup {
      id
      slug
      localization {
        requested
      }
    }
  }
`);
