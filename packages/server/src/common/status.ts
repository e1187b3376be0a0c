import { registerEnumType } from 'type-graphql';

/** Editorial workflow of content; the public will see PUBLISHED only once access control lands. */
export enum ContentStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(ContentStatus, { name: 'ContentStatus' });
