import { EDITORS, EVERYONE } from '../../common/audiences';
import { defineModule } from '../../common/module';
import { revision } from '../revision';
import { TargetGroup, type TaxonomyTerm, Theme } from './taxonomy.entity';
import { TargetGroupResolver, ThemeResolver } from './taxonomy.resolver';
import { TaxonomyService } from './taxonomy.service';

declare module '../../common/context' {
  interface ServiceRegistry {
    themes: TaxonomyService<Theme>;
    targetGroups: TaxonomyService<TargetGroup>;
  }
}

const label = (term: TaxonomyTerm) => term.label.bg;

/** Themes (теми) and target groups (целеви групи) that practices and projects are tagged with. */
export const taxonomy = defineModule({
  name: 'taxonomy',
  requires: [revision],
  entities: [Theme, TargetGroup],
  resolvers: [ThemeResolver, TargetGroupResolver],
  policy: {
    Query: { themes: EVERYONE, targetGroups: EVERYONE },
    Mutation: {
      createTheme: EDITORS,
      updateTheme: EDITORS,
      deleteTheme: EDITORS,
      createTargetGroup: EDITORS,
      updateTargetGroup: EDITORS,
      deleteTargetGroup: EDITORS,
    },
  },
  services: (s, { ds }) => ({
    themes: new TaxonomyService(ds, s.revisions, Theme),
    targetGroups: new TaxonomyService(ds, s.revisions, TargetGroup),
  }),
  editorial: [
    { typeName: 'Theme', entity: Theme, title: label, target: (s) => s.themes },
    { typeName: 'TargetGroup', entity: TargetGroup, title: label, target: (s) => s.targetGroups },
  ],
  webhooks: {
    events: [
      'theme.created',
      'theme.updated',
      'theme.deleted',
      'targetGroup.created',
      'targetGroup.updated',
      'targetGroup.deleted',
    ],
  },
});

export { TargetGroup, TaxonomyService, Theme };
