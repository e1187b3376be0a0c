export { b } from './y';
