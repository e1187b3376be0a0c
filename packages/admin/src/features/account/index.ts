/** The account section, folded into the app by app/sections.ts. */
export { accountSection } from './section';
