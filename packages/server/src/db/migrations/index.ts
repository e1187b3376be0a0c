import { Initial1795335912374 } from './1795335912374-Initial';

export const migrations: Function[] = [Initial1795335912374];
