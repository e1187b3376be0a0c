import type { ServiceRegistry } from '../../common/context';
import type { RecordEntity } from '../../common/base.entity';
import type { WatchedService } from '../../common/module';
import { NominationStatus } from '../nomination';
import { contentChange, publicLink } from './webhook-events';

/** Published content whose writes become `<prefix>.published|updated|unpublished`. */
const CONTENT: readonly { typename: string; prefix: string; service(s: ServiceRegistry): WatchedService }[] =
  [
    { typename: 'Practice', prefix: 'practice', service: (s) => s.practices },
    { typename: 'Project', prefix: 'project', service: (s) => s.projects },
  ];

const APPROVED = 'nomination.approved';

/**
 * Follows the writes that make events, inside their transactions (the outbox row commits with
 * the change or not at all). `offered`: the event types the modules' manifests list (`webhooks`);
 * only those are produced and accepted by createWebhook.
 */
export function watchEventSources(services: ServiceRegistry, offered: readonly string[]): void {
  const webhooks = services.webhooks;
  const produced: string[] = [];
  for (const { typename, prefix, service } of CONTENT) {
    const types = ['published', 'updated', 'unpublished'].map((change) => `${prefix}.${change}`);
    produced.push(...types.filter((type) => offered.includes(type)));
    service(services).onWrite(async (manager, record, action, previousStatus) => {
      const { status, slug } = record as RecordEntity & { status: string; slug: string };
      const change = contentChange(action, previousStatus, status);
      const type = `${prefix}.${change}`;
      if (!change || !offered.includes(type)) return;
      const url = publicLink(webhooks.settings.publicUrl, typename, slug);
      await webhooks.enqueue(manager, type, [{ id: record.id, typename, slug, url }]);
    });
  }
  if (offered.includes(APPROVED)) {
    produced.push(APPROVED);
    services.moderation.onDecision(async (manager, decided) => {
      const approved = decided.filter((d) => d.to === NominationStatus.APPROVED);
      if (!approved.length) return;
      const practices: { id: string; slug: string }[] = await manager.query(
        'SELECT id, slug FROM practice WHERE id = ANY($1)',
        [approved.map((d) => d.practiceId)],
      );
      const slugs = new Map(practices.map((p) => [p.id, p.slug]));
      const publicUrl = webhooks.settings.publicUrl;
      await webhooks.enqueue(
        manager,
        APPROVED,
        approved.map((d) => {
          const slug = slugs.get(d.practiceId) ?? '';
          return {
            id: d.id,
            typename: 'Nomination',
            practiceId: d.practiceId,
            slug,
            url: publicLink(publicUrl, 'Practice', slug),
          };
        }),
      );
    });
  }
  webhooks.knowEvents(produced);
}
