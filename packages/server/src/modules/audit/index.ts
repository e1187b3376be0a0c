import { ADMINS } from '../../common/audiences';
import { defineModule } from '../../common/module';
import { AuditEntry } from './audit.entity';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

declare module '../../common/context' {
  interface ServiceRegistry {
    audit: AuditService;
  }
}

/** Who did what, for admins: every change and sign-in, kept after a record is purged. */
export const audit = defineModule({
  name: 'audit',
  entities: [AuditEntry],
  resolvers: [AuditResolver],
  policy: { Query: { auditLog: ADMINS, auditLogChoices: ADMINS } },
  services: (_s, { ds }) => ({ audit: new AuditService(ds) }),
});

export { AuditEntry, AuditService };
export { actorOf } from './audit.service';
export { ChangeAuthor, changeAuthor, userById } from './change-author';
