/**
 * Organizations' public surface: the organization picker and its query. Other features import only
 * this file.
 */
export { OrganizationSelect, useOrganizationNames } from './OrganizationSelect';
export type { OrganizationOption } from './organization-options';
export { OrganizationPickerQuery } from './organizations.graphql';
export { organizationsSection } from './section';
