// Deliberately wrong: shared/ depends on a feature (shared-not-to-features-or-app).
import { inner } from '../features/x';

export const util = inner;
