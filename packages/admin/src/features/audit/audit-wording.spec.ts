import bg from '../../i18n/bg.json';
import en from '../../i18n/en.json';
import { actionLabel, recordLink, summarizeDetails, typeLabel } from './audit-wording';

const pages: Record<string, string> = { Practice: '/practices', Volunteer: '/volunteers' };
const recordPath = (type: string, id: string) => (Object.hasOwn(pages, type) ? `${pages[type]}/${id}` : null);

describe('audit actions in words', () => {
  it('word an entity and a verb in each language', () => {
    expect(actionLabel('practice.update', 'Practice', bg.audit)).toBe('Промяна на практика');
    expect(actionLabel('practice.update', 'Practice', en.audit)).toBe('Practice updated');
    expect(actionLabel('token.revoke', 'ApiToken', bg.audit)).toBe('Отнемане на API ключ');
    expect(actionLabel('partnernetwork.create', 'PartnerNetwork', en.audit)).toBe('Partner network created');
    expect(actionLabel('volunteer.erase', 'Volunteer', bg.audit)).toBe(
      'Заличаване на личните данни на доброволец',
    );
  });

  it('read a new action on a known record type from the type, and show the unknown as stored', () => {
    // No subject "gadget", but the entry is about a practice.
    expect(actionLabel('gadget.publish', 'Practice', bg.audit)).toBe('Публикуване на практика');
    expect(actionLabel('practice.teleport', 'Practice', bg.audit)).toBe('practice.teleport');
    expect(actionLabel('gadget.update', 'Gadget', en.audit)).toBe('gadget.update');
    expect(actionLabel('signin', 'User', en.audit)).toBe('signin');
    // Message keys are not inherited properties.
    expect(actionLabel('practice.constructor', 'Practice', en.audit)).toBe('practice.constructor');
  });

  it('word every action the server writes today, in both languages', () => {
    const written = [
      ['practice.create', 'Practice'],
      ['project.purge', 'Project'],
      ['volunteerprogramme.restore', 'VolunteerProgramme'],
      ['nomination.spam', 'Nomination'],
      ['proposal.publish', 'Practice'],
      ['sender.block', 'BlockedSender'],
      ['user.acceptInvitation', 'User'],
      ['user.changePassword', 'User'],
      ['attachment.upload', 'Project'],
      ['webhook.rotateSecret', 'Webhook'],
      ['webhook.redeliver', 'WebhookDelivery'],
      ['volunteer.export', 'Volunteer'],
    ];
    for (const words of [bg.audit, en.audit]) {
      for (const [action, type] of written) {
        expect([action, actionLabel(action, type, words)]).not.toEqual([action, action]);
      }
    }
  });

  it('name record types, unknown ones as stored', () => {
    expect(typeLabel('PartnerNetwork', bg.audit)).toBe('Партньорска мрежа');
    expect(typeLabel('ApiToken', en.audit)).toBe('API key');
    expect(typeLabel('Gadget', bg.audit)).toBe('Gadget');
  });
});

describe('audit record links', () => {
  it('open a section’s record page, or the list of records without one', () => {
    expect(recordLink('Practice', 'p1', recordPath)).toBe('/practices/p1');
    expect(recordLink('User', 'u1', recordPath)).toBe('/users');
    expect(recordLink('ApiToken', 't1', recordPath)).toBe('/tokens');
  });

  it('lead nowhere without an id or a page', () => {
    expect(recordLink('Practice', null, recordPath)).toBeNull();
    expect(recordLink('Webhook', 'w1', recordPath)).toBeNull();
    expect(recordLink('toString', 'x', recordPath)).toBeNull();
  });
});

describe('audit details', () => {
  it('pick the changed fields and the version, the rest as lines', () => {
    expect(summarizeDetails({ version: 3, changedFields: ['title', 'summary'] })).toEqual({
      fields: ['title', 'summary'],
      version: 3,
      lines: [],
    });
    expect(summarizeDetails({ email: 'a@b.bg', roles: ['EDITOR', 'ADMIN'], note: null })).toEqual({
      fields: [],
      version: null,
      lines: [
        { key: 'email', value: 'a@b.bg' },
        { key: 'roles', value: 'EDITOR, ADMIN' },
        { key: 'note', value: '—' },
      ],
    });
  });

  it('keep nested values short', () => {
    const summary = summarizeDetails({ changed: { name: 'x'.repeat(300) } });
    const value = summary?.lines[0]?.value ?? '';
    expect(value.length).toBe(120);
    expect(value.endsWith('…')).toBe(true);
  });

  it('are absent when there are none', () => {
    expect(summarizeDetails(null)).toBeNull();
    expect(summarizeDetails({})).toBeNull();
  });
});
