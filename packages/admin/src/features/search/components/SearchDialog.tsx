import { useQuery } from '@apollo/client/react';
import { Box, Divider, Group, Kbd, Loader, Modal, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { type KeyboardEvent, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLanguage } from '../../../i18n/useLanguage';
import { EmptyState, ErrorState, LoadingState } from '../../../shared/components/QueryStates';
import { useSections } from '../../../shared/sections-context';
import { listCommand, moveActive } from '../search-keyboard';
import { flatItems, groupResults } from '../search-results';
import { GlobalSearchQuery } from '../search.graphql';
import { SearchResultOption } from './SearchResultOption';

/** Shorter queries match too much to be worth a request. */
const MIN_QUERY_LENGTH = 2;
/** Results in the box: enough to pick from; the lists page through the rest. */
const RESULTS = 20;
/** How long typing pauses before the box asks the server. */
const DEBOUNCE_MS = 250;

interface Props {
  opened: boolean;
  onClose: () => void;
}

/**
 * The global search: a field and the results grouped by type, as a combobox — the focus stays in
 * the field, the arrows move the active result (aria-activedescendant), Enter or a click opens it,
 * Esc closes the dialog. The query is kept between openings and selected, so typing replaces it.
 */
export default function SearchDialog({ opened, onClose }: Props) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const { recordPath } = useSections();
  const navigate = useNavigate();
  const id = useId();
  const listId = `${id}-results`;
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), DEBOUNCE_MS);
  const searching = opened && debounced.length >= MIN_QUERY_LENGTH;
  const { data, previousData, loading, error, refetch } = useQuery(GlobalSearchQuery, {
    variables: { query: debounced, locale, first: RESULTS },
    skip: !searching,
    fetchPolicy: 'cache-and-network',
  });
  // While the next answer comes, the last one stays (not a flash of nothing on every key).
  const shown = searching ? (data ?? previousData) : undefined;
  const groups = useMemo(() => groupResults(shown?.search.edges ?? [], recordPath), [shown, recordPath]);
  const items = useMemo(() => flatItems(groups), [groups]);
  const [active, setActive] = useState(0);
  // Other results (not the same ones answered again): the best one is active, so Enter opens it.
  const resultKeys = items.map((item) => item.key).join(' ');
  useEffect(() => setActive(0), [resultKeys]);

  const activeItem = items[active];
  const optionId = (key: string) => `${id}-${key}`;
  const activeId = activeItem ? optionId(activeItem.key) : undefined;
  // The arrows may move past the visible part of the list.
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const open = (path: string) => {
    onClose();
    void navigate(path);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const command = listCommand({
      key: event.key,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      altKey: event.altKey,
      shiftKey: event.shiftKey,
      isComposing: event.nativeEvent.isComposing,
    });
    if (!command) return;
    event.preventDefault();
    if (command === 'open') {
      if (activeItem) open(activeItem.path);
    } else {
      setActive((current) => moveActive(current, items.length, command));
    }
  };

  // The listbox is there (and the field says so) only with results to pick from.
  const listed = !error && items.length > 0;
  let body;
  if (!searching) {
    body = (
      <Text size="sm" c="dimmed" p="md">
        {t('search.hint')}
      </Text>
    );
  } else if (error) {
    body = (
      <Box p="md">
        <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />
      </Box>
    );
  } else if (!shown) {
    body = <LoadingState label={t('search.searching')} />;
  } else if (!listed) {
    body = (
      <EmptyState
        message={t('search.noResults', { query: debounced })}
        action={
          <Text size="sm" c="dimmed" ta="center" px="md">
            {t('search.noResultsTip')}
          </Text>
        }
      />
    );
  } else {
    body = (
      <div id={listId} role="listbox" aria-label={t('search.results')}>
        {groups.map((group) => {
          const labelId = `${id}-${group.typename}`;
          return (
            <div key={group.typename} role="group" aria-labelledby={labelId}>
              <Text id={labelId} size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="sm" pb={4}>
                {t(`search.groups.${group.typename}`)}
              </Text>
              {group.items.map((item) => (
                <SearchResultOption
                  key={item.key}
                  id={optionId(item.key)}
                  item={item}
                  active={item === activeItem}
                  onPoint={() => setActive(items.indexOf(item))}
                  onOpen={onClose}
                />
              ))}
            </div>
          );
        })}
      </div>
    );
  }

  const total = shown?.search.totalCount ?? 0;
  return (
    <Modal.Root opened={opened} onClose={onClose} size="lg" yOffset="10vh">
      <Modal.Overlay />
      {/* The dialog itself scrolls, the field and the footer stay in view: the scrolling region
          then holds the field, so it is reachable from the keyboard (no focusable inner pane). */}
      <Modal.Content aria-label={t('search.dialog')}>
        <Box pos="sticky" top={0} bg="var(--mantine-color-body)" style={{ zIndex: 1 }}>
          <TextInput
            data-autofocus
            size="md"
            variant="unstyled"
            px="sm"
            py={4}
            leftSection={<IconSearch size={18} aria-hidden />}
            rightSection={searching && loading ? <Loader size="xs" /> : undefined}
            placeholder={t('search.placeholder')}
            aria-label={t('search.label')}
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={listed}
            aria-controls={listed ? listId : undefined}
            aria-activedescendant={listed ? activeId : undefined}
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            onFocus={(event) => event.currentTarget.select()}
            onKeyDown={onKeyDown}
          />
          <Divider />
        </Box>
        <Box p={listed ? 'xs' : 0}>{body}</Box>
        <Box pos="sticky" bottom={0} bg="var(--mantine-color-body)" style={{ zIndex: 1 }}>
          <Divider />
          <Group justify="space-between" px="md" py="xs" gap="xs" wrap="wrap">
            <Text size="xs" c="dimmed" role="status">
              {shown && !error
                ? total > items.length
                  ? t('search.shown', { count: items.length, total })
                  : t('search.found', { count: total })
                : ''}
            </Text>
            <Group gap="md" aria-hidden>
              <Text size="xs" c="dimmed">
                <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> {t('search.keys.move')}
              </Text>
              <Text size="xs" c="dimmed">
                <Kbd size="xs">{t('search.keys.enter')}</Kbd> {t('search.keys.open')}
              </Text>
              <Text size="xs" c="dimmed">
                <Kbd size="xs">{t('search.keys.esc')}</Kbd> {t('search.keys.close')}
              </Text>
            </Group>
          </Group>
        </Box>
      </Modal.Content>
    </Modal.Root>
  );
}
