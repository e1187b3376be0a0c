/** SQL: the membership row `alias` is in force today (joined, and not yet left). */
export function currentMembership(alias: string): string {
  return `${alias}.joined_on <= CURRENT_DATE AND (${alias}.left_on IS NULL OR ${alias}.left_on >= CURRENT_DATE)`;
}
