import { at, bilingual, type ExportColumn, value } from './export-column';

/* Columns of the reference lists: taxonomy (localized labels) and geography (NSI codes, both names). */

const taxonomyColumns: ExportColumn[] = [
  value('id'),
  value('slug'),
  ...bilingual('label'),
  at('updated_at', 'updatedAt'),
];

export const themeColumns = taxonomyColumns;
export const targetGroupColumns = taxonomyColumns;
export const serviceTypeColumns = taxonomyColumns;

export const districtColumns: ExportColumn[] = [
  value('code'),
  value('name_bg', 'nameBg'),
  value('name_en', 'nameEn'),
  value('nuts3'),
  value('centre_ekatte', 'centreEkatte'),
];

export const municipalityColumns: ExportColumn[] = [
  value('code'),
  value('name_bg', 'nameBg'),
  value('name_en', 'nameEn'),
  value('district_code', 'district.code'),
  value('district_bg', 'district.nameBg'),
  value('district_en', 'district.nameEn'),
  value('nuts3'),
  value('centre_ekatte', 'centreEkatte'),
];
