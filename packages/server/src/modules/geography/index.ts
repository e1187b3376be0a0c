import { EVERYONE } from '../../common/audiences';
import { defineModule } from '../../common/module';
import { District, Municipality } from './geography.entity';
import { DistrictResolver, MunicipalityResolver } from './geography.resolver';
import { GeographyService } from './geography.service';

declare module '../../common/context' {
  interface ServiceRegistry {
    geography: GeographyService;
  }
}

/** Districts and municipalities (ЕКАТТЕ): reference data, synchronized at start-up. */
export const geography = defineModule({
  name: 'geography',
  entities: [District, Municipality],
  resolvers: [DistrictResolver, MunicipalityResolver],
  policy: { Query: { districts: EVERYONE, municipalities: EVERYONE } },
  services: (_s, { ds }) => ({ geography: new GeographyService(ds) }),
  start: async (s) => {
    await s.geography.syncReferenceData();
    await s.geography.warmCache();
  },
});

export { District, GeographyService, Municipality };
export { placeNamesSql } from './place-names';
export {
  findMunicipality,
  loadReferenceData,
  type ReferenceData,
  type MunicipalityRecord,
  type DistrictRecord,
} from './geography.reference';
