/** The imports section, folded into the app by app/sections.ts. */
export { importsSection } from './section';
