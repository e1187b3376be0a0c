import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  FileInput,
  Group,
  Paper,
  Radio,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconDownload, IconEye } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ImportKind } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { errorMessageKey, hasErrorCode, mapServerErrors } from '../../../shared/errors';
import {
  ACCEPT,
  checkChosenFiles,
  hasPageLanguage,
  type ImportFormValues,
  MAX_FILE_BYTES,
  MAX_FILES,
  type PageLanguage,
  readImport,
} from '../import-files';
import { ImportJobsQuery, StartImportMutation } from '../imports.graphql';
import { formatMegabytes, useImportWording } from '../useImportWording';

const KINDS: readonly ImportKind[] = ['FLGR', 'ISUN', 'CSV'];
const LANGUAGES: readonly PageLanguage[] = ['auto', 'bg', 'en'];
const TEMPLATES = ['organizations', 'practices', 'projects'] as const;

/** Kind, files, publish and language → `startImport`, then the job's page (its preview). */
export function ImportForm() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const wording = useImportWording();
  const navigate = useNavigate();
  const [values, setValues] = useState<ImportFormValues>({ kind: 'FLGR', publish: false, language: 'auto' });
  const [files, setFiles] = useState<File[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [start, { loading }] = useMutation(StartImportMutation, { refetchQueries: [ImportJobsQuery] });

  const choose = (chosen: File[]) => {
    setFiles(chosen);
    const refusal = chosen.length ? checkChosenFiles(chosen) : null;
    setProblem(refusal && wording.limit(refusal));
  };

  const submit = async () => {
    setReading(true);
    const read = await readImport(values, files).finally(() => setReading(false));
    if ('problem' in read) {
      setProblem(wording.limit(read.problem));
      return;
    }
    setProblem(null);
    try {
      const { data } = await start({ variables: { input: read.input } });
      if (data) void navigate(`/imports/${data.startImport.id}`);
    } catch (error) {
      if (hasErrorCode(error, 'UNAUTHENTICATED')) return;
      const fields = Object.values(mapServerErrors(error));
      setProblem(
        hasErrorCode(error, 'PAYLOAD_TOO_LARGE')
          ? wording.limit({ key: 'tooLargeRequest', values: {} })
          : fields.length
            ? fields.join('; ')
            : t(errorMessageKey(error)),
      );
    }
  };

  return (
    <Paper withBorder p="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Title order={2} size="h3">
            {t('imports.form.heading')}
          </Title>
          <Radio.Group
            label={t('imports.form.kind')}
            value={values.kind}
            onChange={(kind) => {
              const chosen = KINDS.find((k) => k === kind);
              if (chosen) setValues({ ...values, kind: chosen });
            }}
          >
            <Stack gap="xs" mt="xs">
              {KINDS.map((kind) => (
                <Radio
                  key={kind}
                  value={kind}
                  label={wording.kind(kind)}
                  description={t(`imports.form.kindHelp.${kind}`)}
                />
              ))}
            </Stack>
          </Radio.Group>

          {values.kind === 'CSV' && (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('imports.form.templates')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('imports.form.templatesHelp')}
              </Text>
              <Group gap="md">
                {TEMPLATES.map((name) => (
                  <Anchor key={name} href={`/import/templates/${name}.csv`} download size="sm">
                    <Group gap={4} wrap="nowrap" component="span">
                      <IconDownload size={14} aria-hidden />
                      {t(`imports.form.template.${name}`)}
                    </Group>
                  </Anchor>
                ))}
              </Group>
            </Stack>
          )}

          <FileInput
            label={t('imports.form.files')}
            placeholder={t('imports.form.filesPlaceholder')}
            description={t('imports.form.filesHelp', {
              maxFiles: MAX_FILES,
              maxSize: formatMegabytes(MAX_FILE_BYTES, language),
            })}
            multiple
            clearable
            accept={ACCEPT[values.kind]}
            value={files}
            onChange={choose}
            required
          />

          {hasPageLanguage(values.kind) && (
            <Select
              label={t('imports.form.language')}
              data={LANGUAGES.map((value) => ({ value, label: t(`imports.form.languages.${value}`) }))}
              value={values.language}
              onChange={(value) => {
                const chosen = LANGUAGES.find((l) => l === value);
                if (chosen) setValues({ ...values, language: chosen });
              }}
              allowDeselect={false}
              maw={320}
            />
          )}

          <Checkbox
            label={t('imports.form.publish')}
            description={t('imports.form.publishHelp')}
            checked={values.publish}
            onChange={(event) => setValues({ ...values, publish: event.currentTarget.checked })}
          />

          {problem && (
            <Alert color="red" icon={<IconAlertCircle />} role="alert">
              {problem}
            </Alert>
          )}

          <Group>
            <Button
              type="submit"
              leftSection={<IconEye size={16} />}
              loading={reading || loading}
              disabled={!files.length}
            >
              {t('imports.form.preview')}
            </Button>
            {reading && (
              <Text size="sm" c="dimmed" role="status">
                {t('imports.form.reading')}
              </Text>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
