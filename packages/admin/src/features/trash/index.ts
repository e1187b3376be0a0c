/** The trash section, folded into the app by app/sections.ts. */
export { trashSection } from './section';
