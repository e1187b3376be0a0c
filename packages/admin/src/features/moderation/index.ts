/** The moderation section, folded into the app by app/sections.ts. */
export { moderationSection } from './section';
