import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconKeyboard } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueCountsFragment } from '../../gql/graphql';
import { useLanguage } from '../../i18n/useLanguage';
import { ErrorState } from '../../shared/components/QueryStates';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { ModerationFilters } from './components/ModerationFilters';
import { NominationQueue } from './components/NominationQueue';
import { ProposalQueue } from './components/ProposalQueue';
import { CursorPagination } from '../../shared/components/CursorPagination';
import { ShortcutHelp } from './components/ShortcutHelp';
import {
  MODERATION_TABS,
  type ModerationTab,
  moderationVariables,
  readModerationState,
  switchTab,
} from './moderation-state';
import { ModerationNominationsQuery, ModerationProposalsQuery } from './moderation.graphql';
import { useUrlParams } from '../../shared/hooks/useUrlParams';

const isTab = (value: string | null): value is ModerationTab =>
  (MODERATION_TABS as readonly (string | null)[]).includes(value);

/** /moderation: public nominations and practice proposals, oldest first, for moderators. */
export function ModerationPage() {
  const { t } = useTranslation();
  usePageTitle(t('moderation.title'));
  const [params, setParams] = useUrlParams();
  const state = useMemo(() => readModerationState(params), [params]);
  const { locale } = useLanguage();
  const variables = useMemo(() => moderationVariables(state, locale), [state, locale]);
  const [helpOpen, help] = useDisclosure(false);

  const nominations = useQuery(ModerationNominationsQuery, {
    variables,
    skip: state.tab !== 'nominations',
    fetchPolicy: 'cache-and-network',
  });
  const proposals = useQuery(ModerationProposalsQuery, {
    variables,
    skip: state.tab !== 'proposals',
    fetchPolicy: 'cache-and-network',
  });
  const active = state.tab === 'nominations' ? nominations : proposals;
  const shown = active.data ?? active.previousData;
  const counts: QueueCountsFragment | undefined = shown?.moderationQueue;
  const refresh = () => void active.refetch().catch(() => undefined);

  const nominationConnection =
    nominations.data?.moderationQueue.nominations ?? nominations.previousData?.moderationQueue.nominations;
  const proposalConnection =
    proposals.data?.moderationQueue.proposals ?? proposals.previousData?.moderationQueue.proposals;
  const pageInfo = (state.tab === 'nominations' ? nominationConnection : proposalConnection)?.pageInfo;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1} size="h2">
            {t('moderation.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('moderation.intro')}
          </Text>
        </div>
        <Button
          variant="default"
          leftSection={<IconKeyboard size={16} />}
          onClick={help.open}
          aria-keyshortcuts="?"
        >
          {t('moderation.shortcuts.button')}
        </Button>
      </Group>

      <Tabs
        value={state.tab}
        onChange={(value) => {
          if (isTab(value) && value !== state.tab) setParams((current) => switchTab(current, value));
        }}
      >
        <Tabs.List>
          <Tabs.Tab
            value="nominations"
            rightSection={
              counts ? (
                <Badge size="sm" variant="light" circle={counts.nominationCounts.pending < 10}>
                  {counts.nominationCounts.pending}
                </Badge>
              ) : undefined
            }
          >
            {t('moderation.tabs.nominations')}
          </Tabs.Tab>
          <Tabs.Tab
            value="proposals"
            rightSection={
              counts ? (
                <Badge size="sm" variant="light" circle={counts.proposalCounts.inReview < 10}>
                  {counts.proposalCounts.inReview}
                </Badge>
              ) : undefined
            }
          >
            {t('moderation.tabs.proposals')}
          </Tabs.Tab>
        </Tabs.List>
        {/* The queue is the active tab's panel, so each tab's aria-controls names a real element. */}
        <Tabs.Panel value={state.tab} pt="md">
          <Stack>
            <ModerationFilters state={state} counts={counts} />

            {active.error && !shown ? (
              <ErrorState error={active.error} onRetry={refresh} />
            ) : state.tab === 'nominations' ? (
              <NominationQueue
                connection={nominationConnection}
                loading={nominations.loading}
                state={state}
                onDecided={refresh}
                onHelp={help.open}
                paused={helpOpen}
              />
            ) : (
              <ProposalQueue
                connection={proposalConnection}
                loading={proposals.loading}
                status={state.proposalStatus}
                onDecided={refresh}
                onHelp={help.open}
                paused={helpOpen}
              />
            )}

            {pageInfo && <CursorPagination pageInfo={pageInfo} label={t('moderation.pagination')} />}
          </Stack>
        </Tabs.Panel>
      </Tabs>
      <ShortcutHelp opened={helpOpen} onClose={help.close} tab={state.tab} />
    </Stack>
  );
}
