import { EDITORS, EVERYONE } from '../../common/audiences';
import { defineModule } from '../../common/module';
import { revision } from '../revision';
import { type TaggedType, taggedTypes, type TagKind } from './tagged-types';
import { ServiceType, TargetGroup, type TaxonomyTerm, TermUsage, Theme } from './taxonomy.entity';
import { ServiceTypeResolver, TargetGroupResolver, ThemeResolver } from './taxonomy.resolver';
import { TaxonomyService } from './taxonomy.service';

declare module '../../common/context' {
  interface ServiceRegistry {
    themes: TaxonomyService<Theme>;
    targetGroups: TaxonomyService<TargetGroup>;
    serviceTypes: TaxonomyService<ServiceType>;
    /** Types tagged with terms (practices, projects), for usage counts and merges. */
    taggedTypes: readonly TaggedType[];
  }
}

const label = (term: TaxonomyTerm) => term.label.bg;

/** Root operations of one taxonomy, all but the list for editors. */
function operations(one: string, many: string) {
  return Object.fromEntries(
    [`create${one}`, `update${one}`, `delete${one}`, `reorder${many}`, `merge${many}`].map((name) => [
      name,
      EDITORS,
    ]),
  );
}

/**
 * Themes (теми), target groups (целеви групи) and service types (видове социални услуги)
 * that practices and projects are tagged with.
 */
export const taxonomy = defineModule({
  name: 'taxonomy',
  requires: [revision],
  entities: [Theme, TargetGroup, ServiceType],
  resolvers: [ThemeResolver, TargetGroupResolver, ServiceTypeResolver],
  policy: {
    Query: { themes: EVERYONE, targetGroups: EVERYONE, serviceTypes: EVERYONE },
    Mutation: {
      ...operations('Theme', 'Themes'),
      ...operations('TargetGroup', 'TargetGroups'),
      ...operations('ServiceType', 'ServiceTypes'),
    },
  },
  services: (s, { ds }) => {
    // The tagged types are composed after every module's services exist (see compose).
    const options = (kind: TagKind) => ({ kind, tagged: () => s.taggedTypes });
    return {
      themes: new TaxonomyService(ds, s.revisions, Theme, options('theme')),
      targetGroups: new TaxonomyService(ds, s.revisions, TargetGroup, options('targetGroup')),
      serviceTypes: new TaxonomyService(ds, s.revisions, ServiceType, options('serviceType')),
    };
  },
  compose: ({ services, manifests }) => ({ taggedTypes: taggedTypes(manifests, services) }),
  editorial: [
    { typeName: 'Theme', entity: Theme, title: label, target: (s) => s.themes },
    { typeName: 'TargetGroup', entity: TargetGroup, title: label, target: (s) => s.targetGroups },
    { typeName: 'ServiceType', entity: ServiceType, title: label, target: (s) => s.serviceTypes },
  ],
  webhooks: {
    events: [
      'theme.created',
      'theme.updated',
      'theme.deleted',
      'targetGroup.created',
      'targetGroup.updated',
      'targetGroup.deleted',
      'serviceType.created',
      'serviceType.updated',
      'serviceType.deleted',
    ],
  },
});

export { ServiceType, TargetGroup, TaxonomyService, TermUsage, Theme };
