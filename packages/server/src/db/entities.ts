import { District, Municipality } from '../modules/geography/geography.entity';
import { Organization } from '../modules/organization/organization.entity';

export const entities = [District, Municipality, Organization];
