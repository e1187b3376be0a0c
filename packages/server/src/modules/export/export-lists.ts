import {
  organizationColumns,
  partnerNetworkColumns,
  practiceColumns,
  projectColumns,
  volunteerProgrammeColumns,
} from './content.columns';
import type { ExportColumn } from './export-column';
import {
  districtColumns,
  municipalityColumns,
  serviceTypeColumns,
  targetGroupColumns,
  themeColumns,
} from './reference.columns';
import { auditColumns, nominationColumns, volunteerColumns } from './staff.columns';

/**
 * Every list that can be exported, by its root Query field's name (`/export/<list>.csv`): the
 * Relay-connection lists whose rows make sense in a spreadsheet. Revisions, the trash, webhook
 * deliveries and the search's mixed results are left out: they are tools, not registers.
 */
export const EXPORT_LISTS: Readonly<Record<string, readonly ExportColumn[]>> = {
  practices: practiceColumns,
  projects: projectColumns,
  organizations: organizationColumns,
  partnerNetworks: partnerNetworkColumns,
  volunteerProgrammes: volunteerProgrammeColumns,
  nominations: nominationColumns,
  volunteers: volunteerColumns,
  themes: themeColumns,
  targetGroups: targetGroupColumns,
  serviceTypes: serviceTypeColumns,
  municipalities: municipalityColumns,
  districts: districtColumns,
  auditLog: auditColumns,
};

export function exportColumns(list: string): readonly ExportColumn[] | undefined {
  return Object.hasOwn(EXPORT_LISTS, list) ? EXPORT_LISTS[list] : undefined;
}
