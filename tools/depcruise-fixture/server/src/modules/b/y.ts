// Deliberately wrong: a deep import into module a (module-through-index-only), which also makes
// the runtime folder cycle modules/a ↔ modules/b (no-module-folder-cycle).
import { secret } from '../a/internal';

export const b = secret;
