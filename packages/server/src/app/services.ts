import type { DataSource } from 'typeorm';
import { GeographyService } from '../modules/geography/geography.service';
import { OrganizationService } from '../modules/organization/organization.service';

export function createServices(ds: DataSource) {
  const geography = new GeographyService(ds);
  const organizations = new OrganizationService(ds, geography);
  return { geography, organizations };
}

export type Services = ReturnType<typeof createServices>;
