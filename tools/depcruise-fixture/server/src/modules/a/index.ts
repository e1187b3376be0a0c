export { a } from './x';
