import { Initial1795336397668 } from './1795336397668-Initial';
import { AccessModerationEditorial1795337834308 } from './1795337834308-AccessModerationEditorial';
import { RevisionAuthorKind1795349617039 } from './1795349617039-RevisionAuthorKind';
import { LoginAttempts1796330782937 } from './1796330782937-LoginAttempts';
import { ListOrderIndexes1796345000000 } from './1796345000000-ListOrderIndexes';
import { SearchIndex1796379263635 } from './1796379263635-SearchIndex';
import { PersistedQueries1796384554147 } from './1796384554147-PersistedQueries';
import { Webhooks1796400000000 } from './1796400000000-Webhooks';
import { TokenScopeQuotas1796410000000 } from './1796410000000-TokenScopeQuotas';
import { ResponseCache1796420000000 } from './1796420000000-ResponseCache';
import { TrustedDocuments1796430000000 } from './1796430000000-TrustedDocuments';
import { ResponseCacheStamp1796440000000 } from './1796440000000-ResponseCacheStamp';
import { Imports1796450000000 } from './1796450000000-Imports';
import { Attachments1796453745936 } from './1796453745936-Attachments';
import { ImportCountsNoDefault1796460000000 } from './1796460000000-ImportCountsNoDefault';
import { ProjectRegisterFields1796470000000 } from './1796470000000-ProjectRegisterFields';
import { AccountLinks1796480000000 } from './1796480000000-AccountLinks';
import { TaxonomyServiceTypes1796490000000 } from './1796490000000-TaxonomyServiceTypes';
import { SavedViews1796496000000 } from './1796496000000-SavedViews';
import { SavedViewNameAnyCase1796500000000 } from './1796500000000-SavedViewNameAnyCase';

/** In order. New ones come from `pnpm --filter @obmen/server migration:generate <Name>`, reviewed. */
export const migrations: Function[] = [
  Initial1795336397668,
  AccessModerationEditorial1795337834308,
  RevisionAuthorKind1795349617039,
  LoginAttempts1796330782937,
  ListOrderIndexes1796345000000,
  SearchIndex1796379263635,
  PersistedQueries1796384554147,
  Webhooks1796400000000,
  TokenScopeQuotas1796410000000,
  ResponseCache1796420000000,
  TrustedDocuments1796430000000,
  ResponseCacheStamp1796440000000,
  Imports1796450000000,
  Attachments1796453745936,
  ImportCountsNoDefault1796460000000,
  ProjectRegisterFields1796470000000,
  AccountLinks1796480000000,
  TaxonomyServiceTypes1796490000000,
  SavedViews1796496000000,
  SavedViewNameAnyCase1796500000000,
];
