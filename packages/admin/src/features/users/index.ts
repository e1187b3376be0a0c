/** The users section, folded into the app by app/sections.ts. */
export { usersSection } from './section';
