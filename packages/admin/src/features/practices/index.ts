/** The practices section, folded into the app by app/sections.ts. */
export { practicesSection } from './section';
