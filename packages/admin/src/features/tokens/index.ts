/** The tokens section, folded into the app by app/sections.ts. */
export { tokensSection } from './section';
