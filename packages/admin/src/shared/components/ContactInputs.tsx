import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type ContactField, type ContactValues } from './contact-input';

const INPUT_TYPE = { person: 'text', email: 'email', phone: 'tel', website: 'url' } as const satisfies Record<
  Exclude<ContactField, 'address'>,
  string
>;

/** Public contact details: person, e-mail, phone, website and address. */
export function ContactInputs<V extends { contact: ContactValues }>({
  form,
}: {
  form: UseFormReturnType<V>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 1, xl: 2 }} spacing="sm">
        {(Object.keys(INPUT_TYPE) as (keyof typeof INPUT_TYPE)[]).map((field) => (
          <TextInput
            key={field}
            label={t(`contact.${field}`)}
            type={INPUT_TYPE[field]}
            placeholder={field === 'website' ? t('contact.websitePlaceholder') : undefined}
            {...form.getInputProps(`contact.${field}`)}
          />
        ))}
      </SimpleGrid>
      <Textarea
        label={t('contact.address')}
        autosize
        minRows={2}
        maxRows={4}
        {...form.getInputProps('contact.address')}
      />
    </>
  );
}
