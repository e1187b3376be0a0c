import type { EntityManager } from 'typeorm';
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
export async function proposalEmails(manager: EntityManager, since: Date | null): Promise<ProposalEmail[]> {
  const rows: { email: string; sender_hash: string | null }[] = await manager.query(
    'SELECT proposal_email AS email, proposal_sender_hash AS sender_hash FROM practice ' +
      'WHERE proposal_email IS NOT NULL AND ($1::timestamptz IS NULL OR proposal_submitted_at > $1)',
    [since],
  );
  return rows.map((row) => ({ senderHash: row.sender_hash, emailNormalized: emailIdentity(row.email) }));
}
