import { Initial1795336397668 } from './1795336397668-Initial';

/** In order. New ones come from `pnpm --filter @obmen/server migration:generate <Name>`, reviewed. */
export const migrations: Function[] = [Initial1795336397668];
