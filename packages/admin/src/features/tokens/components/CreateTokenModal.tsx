import '@mantine/dates/styles.css';
import 'dayjs/locale/bg';
import { useMutation } from '@apollo/client/react';
import {
  Button,
  Group,
  Modal,
  NumberInput,
  Radio,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiTokenFieldsFragment } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { useRecordForm } from '../../../shared/forms/useRecordForm';
import { errorMessageKey, hasErrorCode, mapServerErrors } from '../../../shared/errors';
import {
  createTokenInput,
  emptyTokenForm,
  OWNER_KINDS,
  READ_SCOPES,
  sofiaToday,
  type TokenFormValues,
  tokenFormPath,
  validateTokenForm,
} from '../token-form';
import { NetworkSelect } from '../../networks';
import { OrganizationSelect } from '../../organizations';
import { CreateApiTokenMutation } from '../tokens.graphql';

interface Props {
  opened: boolean;
  onClose: () => void;
  onCreated: (result: { token: string; apiToken: ApiTokenFieldsFragment }) => void;
}

/** Issues a token to an organization or a partner network. */
export function CreateTokenModal({ opened, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [createToken, { loading }] = useMutation(CreateApiTokenMutation);
  const today = sofiaToday(new Date());
  const form = useRecordForm<TokenFormValues>(emptyTokenForm(), (values) =>
    validateTokenForm(values, sofiaToday(new Date())),
  );
  useEffect(() => {
    if (opened) form.reset();
    // Every opening starts a new token.
  }, [opened]);

  const ownerProps = {
    placeholder: t('tokens.form.ownerPlaceholder'),
    required: true,
    ...form.getInputProps('ownerId'),
  };

  const submit = form.onSubmit(async (values) => {
    try {
      const { data } = await createToken({ variables: { input: createTokenInput(values) } });
      if (data) onCreated(data.createApiToken);
    } catch (error) {
      if (hasErrorCode(error, 'UNAUTHENTICATED')) return;
      const fields = mapServerErrors(error);
      const onForm: Record<string, string> = {};
      const elsewhere: string[] = [];
      for (const [path, message] of Object.entries(fields)) {
        const field = tokenFormPath(path);
        if (field) onForm[field] = onForm[field] ? `${onForm[field]}; ${message}` : message;
        else elsewhere.push(`${path}: ${message}`);
      }
      if (Object.keys(onForm).length) form.setErrors(onForm);
      notifications.show({
        color: 'red',
        title: t('errors.title'),
        message: elsewhere.length
          ? `${t('errors.validation')} ${t('errors.otherFields', { fields: elsewhere.join('; ') })}`
          : t(errorMessageKey(error)),
      });
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('tokens.createTitle')} size="lg" centered>
      <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <TextInput
              label={t('tokens.form.name')}
              description={t('tokens.form.nameHint')}
              required
              data-autofocus
              key={form.key('name')}
              {...form.getInputProps('name')}
            />
            <Stack gap={6}>
              <Text size="sm" fw={500} id="token-owner-kind">
                {t('tokens.form.issuedTo')}
              </Text>
              <SegmentedControl
                aria-labelledby="token-owner-kind"
                data={OWNER_KINDS.map((kind) => ({ value: kind, label: t(`tokens.ownerKind.${kind}`) }))}
                value={form.values.ownerKind}
                onChange={(value) => {
                  form.setFieldValue('ownerKind', value === 'network' ? 'network' : 'organization');
                  form.setFieldValue('ownerId', null);
                }}
              />
              {form.values.ownerKind === 'organization' ? (
                <OrganizationSelect label={t('tokens.form.organization')} {...ownerProps} />
              ) : (
                <NetworkSelect label={t('tokens.form.network')} {...ownerProps} />
              )}
            </Stack>
            <DatePickerInput
              label={t('tokens.form.expiresOn')}
              description={t('tokens.form.expiresHint')}
              placeholder={t('tokens.noExpiry')}
              valueFormat="D MMMM YYYY"
              clearable
              minDate={today}
              key={form.key('expiresOn')}
              {...form.getInputProps('expiresOn')}
            />
            <Textarea
              label={t('tokens.form.origins')}
              description={t('tokens.form.originsHint')}
              placeholder={t('tokens.form.originsPlaceholder')}
              autosize
              minRows={2}
              maxRows={6}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              key={form.key('origins')}
              {...form.getInputProps('origins')}
            />
            <Radio.Group
              label={t('tokens.form.scope')}
              key={form.key('scope')}
              {...form.getInputProps('scope')}
            >
              <Stack gap="xs" mt={6}>
                {READ_SCOPES.map((scope) => (
                  <Radio
                    key={scope}
                    value={scope}
                    label={t(`tokens.scope.${scope}`)}
                    description={t(`tokens.scopeHint.${scope}`)}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <Group grow align="flex-start">
              {(['quotaPerMinute', 'quotaPerDay'] as const).map((field) => (
                <NumberInput
                  key={form.key(field)}
                  label={t(`tokens.form.${field}`)}
                  description={t('tokens.form.quotaHint')}
                  min={1}
                  allowDecimal={false}
                  allowNegative={false}
                  {...form.getInputProps(field)}
                />
              ))}
            </Group>
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={loading}>
                {t('tokens.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      </DatesProvider>
    </Modal>
  );
}
