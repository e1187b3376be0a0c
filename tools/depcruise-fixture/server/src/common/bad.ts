// Deliberately wrong: common/ imports a module (rule common-not-to-modules-or-app).
import { a } from '../modules/a';

export const bad = a;
