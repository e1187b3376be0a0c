// altcha-lib publishes its v1 protocol (the one the server checks) as `altcha-lib/v1`.
import { solveChallenge } from 'altcha-lib/v1';
import { graphql } from './api.js';

interface Challenge {
  algorithm: string;
  challenge: string;
  maxnumber: number;
  salt: string;
  signature: string;
}

/**
 * Asks the server for a proof-of-work challenge and solves it as the ALTCHA widget would,
 * returning the base64 payload a submission sends as `altcha`.
 */
export async function solvedAltcha(): Promise<string> {
  const { nominationChallenge: c } = await graphql<{ nominationChallenge: Challenge }>(
    '{ nominationChallenge { algorithm challenge maxnumber salt signature } }',
  );
  const solution = await solveChallenge(c.challenge, c.salt, c.algorithm, c.maxnumber).promise;
  if (!solution) throw new Error('the ALTCHA challenge has no solution within maxnumber');
  const payload = {
    algorithm: c.algorithm,
    challenge: c.challenge,
    number: solution.number,
    salt: c.salt,
    signature: c.signature,
  };
  return Buffer.from(JSON.stringify(payload)).toString('base64');
}
