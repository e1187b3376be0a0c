// Deliberately wrong: another feature's internals instead of its index (feature-through-index-only).
import { inner } from '../x/inner';

export const page = inner;
