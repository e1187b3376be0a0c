import type { Services } from '../app/services';
import { UserRole } from '../common/principal';
import { VolunteerProgramme } from '../modules/volunteer';
import type { DataSource } from 'typeorm';

export interface DemoLogin {
  role: UserRole;
  email: string;
  password: string;
}

/** Well-known demo accounts, printed at start in demo mode; never created otherwise. */
export const DEMO_LOGINS: DemoLogin[] = [
  { role: UserRole.ADMIN, email: 'admin@obmen.example', password: 'demo-admin-obmen' },
  { role: UserRole.EDITOR, email: 'editor@obmen.example', password: 'demo-editor-obmen' },
  { role: UserRole.MODERATOR, email: 'moderator@obmen.example', password: 'demo-moderator-obmen' },
  { role: UserRole.COORDINATOR, email: 'coordinator@obmen.example', password: 'demo-coordinator-obmen' },
];

const NAMES: Record<UserRole, string> = {
  ADMIN: 'Демо администратор',
  EDITOR: 'Демо редактор',
  MODERATOR: 'Демо модератор',
  COORDINATOR: 'Демо координатор',
};

/** Creates the demo accounts that do not exist; the coordinator coordinates every demo programme. */
export async function ensureDemoUsers(services: Services, ds: DataSource): Promise<DemoLogin[]> {
  const programmes = await ds.getRepository(VolunteerProgramme).find({ select: { id: true } });
  for (const login of DEMO_LOGINS) {
    await services.auth.ensureUser({
      email: login.email,
      password: login.password,
      name: NAMES[login.role],
      roles: [login.role],
      programmeIds: login.role === UserRole.COORDINATOR ? programmes.map((p) => p.id) : [],
    });
  }
  return DEMO_LOGINS;
}
