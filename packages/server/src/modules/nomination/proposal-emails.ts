import type { EntityManager } from 'typeorm';
import type { PracticeService } from '../practice';
import { emailIdentity } from './email-identity';

export interface ProposalEmail {
  senderHash: string | null;
  emailNormalized: string;
}

/**
 * Proposers' emails, from the practices they proposed (rejected ones included), as identities.
 * The practice keeps only the email as typed, and `emailIdentity` cannot be written in SQL, so
 * the comparison happens here; the rows are few (proposals are rate-limited and moderated).
 */
export async function proposalEmails(
  practices: Pick<PracticeService, 'proposers'>,
  manager: EntityManager,
  since: Date | null,
): Promise<ProposalEmail[]> {
  const rows = await practices.proposers(manager, since);
  return rows.map((row) => ({ senderHash: row.senderHash, emailNormalized: emailIdentity(row.email) }));
}
