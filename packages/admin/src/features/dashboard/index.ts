/** The dashboard section, folded into the app by app/sections.ts. */
export { dashboardSection } from './section';
