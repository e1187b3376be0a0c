/** The projects section, folded into the app by app/sections.ts. */
export { projectsSection } from './section';
