import type { DataSource } from 'typeorm';
import type { AuditService } from '../audit/audit.service';
import type { PracticeService } from '../practice/practice.service';
import type { RevisionService } from '../revision/revision.service';
import { ProofOfWork } from './altcha';
import { ModerationService } from './moderation.service';
import { NominationService } from './nomination.service';
import { ProposalService } from './proposal.service';
import { SubmissionGuard, submissionSettings } from './submission-guard';

/** The services of public submissions and their moderation, sharing one guard. */
export function nominationServices(
  ds: DataSource,
  serverSecret: string,
  // revisions: what app/services.ts passes until it folds the manifests.
  deps: { audit: AuditService; revisions?: RevisionService; practices: PracticeService },
) {
  const settings = submissionSettings();
  const pow = new ProofOfWork(serverSecret, settings.pow);
  const guard = new SubmissionGuard(pow, settings.limits, deps.practices);
  return {
    nominations: new NominationService(ds, guard),
    proposals: new ProposalService(ds, guard, deps.practices),
    moderation: new ModerationService(ds, deps.audit, deps.practices),
  };
}
