import { solvePow } from '../modules/nomination/altcha';
import { gql, type Reply } from './client';

const CHALLENGE = `{ nominationChallenge { algorithm challenge maxnumber salt signature expiresAt } }`;
const SUBMIT = `mutation($input: SubmitNominationInput!) { submitNomination(input: $input) { received } }`;
const CREATE = `mutation { createPractice(input: { title: { bg: "Целева практика" }, status: PUBLISHED }) { id } }`;

/** The server's defaults (README "Nominations for partner sites"). */
const PER_ADDRESS_HOUR = 5;
const PER_EMAIL_DAY = 10;

/** One mailbox spelled 50 ways: invisible characters, look-alikes, fullwidth, accents, case. */
export function spellings(count: number): string[] {
  const forms = [
    (i: number) => `ivana.petrova${'\u00AD'.repeat(1 + (i % 3))}@example.org`,
    () => 'ivana.pet\u200Brova@example.org',
    () => 'ivana.petr\u200Dova@example.org',
    () => 'iva\u2060na.petrova@example.org',
    () => 'IVANA.PETROVA@EXAMPLE.ORG',
    () => 'ivаna.petrova@example.org', // Cyrillic а
    () => 'ivana.pеtrova@exаmple.org', // Cyrillic е, а
    () => 'іvana.petrova@example.org', // Cyrillic і
    () => 'ｉｖａｎａ.petrova@example.org',
    () => 'ivana.petrova@ｅｘａｍｐｌｅ.org',
    () => 'iváná.petrova@example.org',
    () => 'ivana.petro\u0301va@example.org',
    (i: number) => `ivana.petrova+flood${i}@example.org`,
    () => ' ivana.petrova@example.org ',
  ];
  return Array.from({ length: count }, (_, i) => forms[i % forms.length](i));
}

export interface FloodResult {
  tried: number;
  serverErrors: number;
  storedTotal: number;
  allowedTotal: number;
  storedReplays: number;
  storedNearDuplicates: number;
  perEmailLimit: number;
}

/** Runs `work` over `items`, `width` at a time. */
async function pool<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

/**
 * 600 submissions from 40 addresses, 100 replays of accepted proofs of work from fresh
 * addresses, and one person under 50 spellings from 50 more: what is stored must stay within
 * the per-address and per-person limits.
 */
export async function nominationFlood(url: string, staff: Record<string, string>): Promise<FloodResult> {
  const practiceId = (await gql(url, CREATE, {}, staff)).body?.data?.createPractice?.id as string;
  let serverErrors = 0;
  const note = (reply: Reply) => {
    if (reply.status >= 500 || reply.status === 0) serverErrors += 1;
    return reply;
  };
  const submit = async (address: string, email: string, altcha?: string) => {
    const headers = { 'x-forwarded-for': address };
    const proof =
      altcha ?? solvePow((await gql(url, CHALLENGE, {}, headers)).body?.data?.nominationChallenge);
    const reply = note(
      await gql(url, SUBMIT, { input: { practiceId, name: 'Наводнение', email, altcha: proof } }, headers),
    );
    return { proof, reply };
  };

  const accepted: string[] = [];
  const floods = Array.from({ length: 600 }, (_, i) => ({
    address: `198.51.100.${i % 40}`,
    email: `flood${i}@example.net`,
  }));
  await pool(floods, 8, async ({ address, email }) => {
    const { proof, reply } = await submit(address, email);
    if (reply.body?.data?.submitNomination) accepted.push(proof);
  });
  const replays = Array.from({ length: 100 }, (_, i) => ({
    address: `203.0.113.${i % 100}`,
    email: `replay${i}@example.net`,
    proof: accepted[i % Math.max(accepted.length, 1)],
  }));
  await pool(replays, 8, async ({ address, email, proof }) => {
    await submit(address, email, proof);
  });
  const people = spellings(50).map((email, i) => ({ address: `192.0.2.${i}`, email }));
  await pool(people, 8, async ({ address, email }) => {
    await submit(address, email);
  });

  const emails: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 20; page += 1) {
    const reply = await gql(
      url,
      `query($after: String) { nominations(first: 100, after: $after) { edges { node { nominatorEmail } } pageInfo { hasNextPage endCursor } } }`,
      { after },
      staff,
    );
    const connection = reply.body?.data?.nominations;
    emails.push(
      ...(connection?.edges ?? []).map((e: { node: { nominatorEmail: string } }) => e.node.nominatorEmail),
    );
    if (!connection?.pageInfo?.hasNextPage) break;
    after = connection.pageInfo.endCursor as string;
  }
  return {
    tried: floods.length + replays.length + people.length,
    serverErrors,
    storedTotal: emails.length,
    allowedTotal: 40 * PER_ADDRESS_HOUR + PER_EMAIL_DAY,
    storedReplays: emails.filter((e) => e.startsWith('replay')).length,
    storedNearDuplicates: emails.filter((e) => !e.startsWith('flood') && !e.startsWith('replay')).length,
    perEmailLimit: PER_EMAIL_DAY,
  };
}
