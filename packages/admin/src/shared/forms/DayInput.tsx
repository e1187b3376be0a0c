import { DateInput, type DateInputProps } from '@mantine/dates';
import { parseTypedDate } from './typed-date';

/**
 * A calendar day ("2026-11-20"), shown as "20 ноември 2026"; it can also be typed as
 * "20.11.2026" or "20 ноември 2026". Needs a DatesProvider (locale) above it.
 */
export function DayInput(props: Omit<DateInputProps, 'valueFormat' | 'dateParser'>) {
  return <DateInput {...props} valueFormat="D MMMM YYYY" dateParser={parseTypedDate} />;
}
