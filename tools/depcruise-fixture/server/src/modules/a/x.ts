// Allowed on its own (through b's index), but closes the folder cycle a → b → a.
import { b } from '../b';

export const a = (): number => b;
