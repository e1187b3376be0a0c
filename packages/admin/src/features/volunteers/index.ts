/** The volunteers section, folded into the app by app/sections.ts. */
export { volunteersSection } from './section';
