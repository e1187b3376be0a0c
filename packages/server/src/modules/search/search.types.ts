import { createUnionType, Field, Float, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/pagination/connection';
import type { SearchFacets } from './search-facets';
import { Organization } from '../organization';
import { PartnerNetwork } from '../partner-network';
import { Practice } from '../practice';
import { Project } from '../project';

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'What the search finds.',
  types: () => [Practice, Project, Organization, PartnerNetwork] as const,
});

@ObjectType({ description: 'Where a result matched.' })
export class Highlight {
  @Field({ description: 'The GraphQL field, e.g. title, summary, name.' })
  field: string;

  @Field({
    description:
      'A passage of the field as plain text, HTML-escaped, with the matched words in <mark>…</mark>; ' +
      '… where it was cut.',
  })
  snippet: string;
}

@ObjectType()
export class SearchEdge {
  @Field(() => SearchResult)
  node: Practice | Project | Organization | PartnerNetwork;

  @Field()
  cursor: string;

  @Field(() => Float, {
    description:
      'Relevance, higher first: title above names (places, organization) above texts, an exact form ' +
      'above a shared stem above a typo; the record date decides between equal scores.',
  })
  score: number;

  @Field(() => [Highlight])
  highlights: Highlight[];
}

@ObjectType()
export class SearchConnection {
  @Field(() => [SearchEdge])
  edges: SearchEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Results on all pages.' })
  totalCount: number;

  /** Not a field: the facets, counted when the query selects them (search.resolver.ts). */
  facetsOf?: () => Promise<SearchFacets>;
}
