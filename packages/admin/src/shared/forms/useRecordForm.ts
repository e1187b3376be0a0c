import { useForm } from '@mantine/form';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';

/**
 * The one way the admin builds a form: controlled (values drive the merge dialogs, previews and
 * dependent fields), checked by a pure `check` that is unit-tested without React.
 *
 * Why this style: most forms already used it, and it keeps the form component free of
 * validation code. The one validation-key convention: `check` returns, by form path
 * ("memberships.2.leftOn"), the full message key of the problem ("networks.form.leftBeforeJoined").
 * Full keys rather than names under one section's prefix, because shared checks (contact,
 * indicators, amounts) name messages of their own, and literal keys are checked against the
 * messages by the compiler.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- useForm's own bound; interfaces lack index signatures
export function useRecordForm<Values extends Record<string, any>>(
  initialValues: Values,
  check: (values: Values) => Partial<Record<string, ParseKeys>>,
) {
  const { t } = useTranslation();
  return useForm<Values>({
    mode: 'controlled',
    initialValues,
    validate: (values) =>
      Object.fromEntries(
        Object.entries(check(values)).flatMap(([path, key]) => (key ? [[path, t(key)]] : [])),
      ),
  });
}
