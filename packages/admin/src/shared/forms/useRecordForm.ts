import { useForm } from '@mantine/form';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FormSection } from './form-section';

/**
 * A controlled form whose checks name problems ("nameRequired") that the section's form
 * messages put in words (`${section}.form.nameRequired`).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- useForm's own bound; interfaces lack index signatures
export function useRecordForm<Values extends Record<string, any>>(
  section: FormSection,
  initialValues: Values,
  check: (values: Values) => Record<string, string>,
) {
  const { t } = useTranslation();
  return useForm<Values>({
    mode: 'controlled',
    initialValues,
    validate: (values) =>
      Object.fromEntries(
        Object.entries(check(values)).map(([path, problem]) => [
          path,
          t(`${section}.form.${problem}` as ParseKeys),
        ]),
      ),
  });
}
