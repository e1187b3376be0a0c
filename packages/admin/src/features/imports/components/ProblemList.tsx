import { List, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProblemLike } from '../import-wording';
import { useImportWording } from '../useImportWording';

/** What the report says about an item or a file: errors in red, warnings in orange, each worded. */
export function ProblemList({ problems }: { problems: readonly ProblemLike[] }) {
  const { t } = useTranslation();
  const wording = useImportWording();
  if (!problems.length) return null;
  return (
    <List size="sm" spacing={2} listStyleType="none" withPadding={false}>
      {problems.map((problem, index) => {
        const error = problem.severity === 'error';
        return (
          <List.Item key={`${problem.reason}-${index}`}>
            <Text size="sm" c={error ? 'red.8' : 'orange.9'}>
              <VisuallyHidden>{error ? t('imports.job.error') : t('imports.job.warning')}: </VisuallyHidden>
              {wording.problem(problem)}
            </Text>
          </List.Item>
        );
      })}
    </List>
  );
}
