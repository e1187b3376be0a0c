import {
  IconAddressBook,
  IconBuildingCommunity,
  IconBulb,
  IconChecklist,
  IconFolders,
  IconHeartHandshake,
  IconKey,
  IconLayoutDashboard,
  IconNetwork,
  IconTrash,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import type { SectionKey } from '../navigation';

export const NAV_ICONS: Record<SectionKey, Icon> = {
  dashboard: IconLayoutDashboard,
  practices: IconBulb,
  projects: IconFolders,
  organizations: IconBuildingCommunity,
  networks: IconNetwork,
  volunteerProgrammes: IconHeartHandshake,
  volunteers: IconUsersGroup,
  moderation: IconChecklist,
  trash: IconTrash,
  tokens: IconKey,
};

export const ACCOUNT_ICON = IconAddressBook;
