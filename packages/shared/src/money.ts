/**
 * The fixed conversion rate of the euro changeover, 1 EUR = 1.95583 BGN, as a decimal
 * string: the server does exact arithmetic with it (Decimal), the admin shows EUR equivalents.
 */
export const BGN_PER_EUR = '1.95583';
