import { ADMINS } from '../../common/audiences';
import { defineModule } from '../../common/module';
import { audit } from '../audit';
import { nomination } from '../nomination';
import { organization } from '../organization';
import { partnerNetwork } from '../partner-network';
import { practice } from '../practice';
import { project } from '../project';
import { Webhook, WebhookAttempt, WebhookDelivery } from './webhook.entity';
import { WebhookDeliveryResolver, WebhookResolver } from './webhook.resolver';
import { WebhookService } from './webhook.service';
import { watchEventSources } from './webhook-sources';

declare module '../../common/context' {
  interface ServiceRegistry {
    webhooks: WebhookService;
  }
}

/**
 * Standard Webhooks to partner sites: changes to published practices and projects and approved
 * nominations, written to an outbox in the change's transaction and sent by WebhookWorker
 * (app/bootstrap.ts starts it). Admins only: partner tokens are read-only.
 */
export const webhook = defineModule({
  name: 'webhook',
  requires: [audit, nomination, organization, partnerNetwork, practice, project],
  entities: [Webhook, WebhookDelivery, WebhookAttempt],
  resolvers: [WebhookResolver, WebhookDeliveryResolver],
  policy: {
    Query: { webhooks: ADMINS, webhookDeliveries: ADMINS, webhookEventTypes: ADMINS },
    Mutation: {
      createWebhook: ADMINS,
      updateWebhook: ADMINS,
      deleteWebhook: ADMINS,
      redeliverWebhook: ADMINS,
      rotateWebhookSecret: ADMINS,
    },
  },
  services: (s, { ds, secret }) => ({ webhooks: new WebhookService(ds, s.audit, secret) }),
  compose: ({ services, manifests }) => {
    watchEventSources(
      services,
      manifests.flatMap((m) => m.webhooks?.events ?? []),
    );
    return {};
  },
});

export { Webhook, WebhookDelivery, WebhookService };
export { WebhookWorker } from './webhook-worker';
export { webhookSettings, type WebhookSettings } from './webhook-settings';
