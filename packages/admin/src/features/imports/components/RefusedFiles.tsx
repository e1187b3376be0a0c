import { Alert, Stack, Text } from '@mantine/core';
import { IconFileAlert } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ProblemLike } from '../import-wording';
import { ProblemList } from './ProblemList';

/** Files the import could not read at all (not a page of that kind, a header no template has…). */
export function RefusedFiles({
  files,
}: {
  files: readonly { origin: string; problems: readonly ProblemLike[] }[];
}) {
  const { t } = useTranslation();
  if (!files.length) return null;
  return (
    <Alert color="red" variant="light" icon={<IconFileAlert />} title={t('imports.job.refusedFiles')}>
      <Stack gap="xs">
        {files.map((file) => (
          <div key={file.origin}>
            <Text size="sm" fw={600}>
              {file.origin}
            </Text>
            <ProblemList problems={file.problems} />
          </div>
        ))}
      </Stack>
    </Alert>
  );
}
