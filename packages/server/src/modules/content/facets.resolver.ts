import { type ClassType, FieldResolver, Resolver, Root } from 'type-graphql';
import { Facets } from './facets';

/** A root list's connection, with its facets computed only when the query selects them. */
export interface WithFacets {
  facetsOf?: () => Promise<Facets>;
}

/** Adds `facets` to a list's connection type (PracticeConnection, ProjectConnection). */
export function FacetsResolver(connection: ClassType) {
  @Resolver(() => connection)
  class ConnectionFacetsResolver {
    @FieldResolver(() => Facets, {
      nullable: true,
      description:
        'Counts by district, municipality, theme, target group, organization kind, year (and funder, ' +
        "status where they apply) under this list's filter. Null for a list inside another record.",
    })
    facets(@Root() connection: WithFacets): Promise<Facets> | null {
      return connection.facetsOf?.() ?? null;
    }
  }
  return ConnectionFacetsResolver;
}
