import {
  Badge,
  Button,
  Checkbox,
  Collapse,
  Fieldset,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListFacetsFragment } from '../../gql/graphql';
import { CONTENT_STATUSES } from '../../shared/list/content-list-state';
import { ORGANIZATION_KINDS } from '../../shared/organization-kinds';
import type { ParamValue } from '../../shared/url-state';
import {
  FACET_LIMIT,
  FACET_NAMES,
  type FacetListState,
  type FacetName,
  type FacetOption,
  facetOptions,
  facetPatch,
  facetSelection,
  visibleOptions,
} from './facet-state';
import { type RecordType, statusLabel } from '../../shared/grammar';

/** Where ListPage puts the panel beside the list (its lg breakpoint); below it, above and folded. */
const WIDE = '(min-width: 75em)';

interface Props {
  /** The list query's facets (the last ones while the next load); undefined before the first. */
  facets: ListFacetsFragment | null | undefined;
  state: FacetListState;
  /** The list's filter change (URL state, back on the first page). */
  setFilters: (patch: Record<string, ParamValue>) => void;
  /** The list's query is running: the counts are about to change. */
  loading: boolean;
  /** What the list holds: its statuses agree with it. */
  type: RecordType;
}

/**
 * Counts by district, municipality, theme, target group, organization kind, year (and status,
 * funder where the server gives them) beside a content list: ticking a value filters the list,
 * and the counts follow its query. Each facet counts without its own filter, so ticking one
 * district still shows the others' counts.
 */
export function FacetsPanel({ facets, state, setFilters, loading, type }: Props) {
  const { t } = useTranslation();
  const wide = useMediaQuery(WIDE, true, { getInitialValueInEffect: false });
  // Folded on a narrow screen unless a filter only the facets set is on.
  const [open, { toggle }] = useDisclosure(state.organizationKinds.length > 0 || state.years.length > 0);
  const titleId = useId();
  const groupsId = useId();
  const selection = facetSelection(state);
  // A facet the server leaves null (statuses for the public, funders of practices) is not shown.
  const present = FACET_NAMES.filter((name) => {
    const counts = facets?.[name];
    return counts != null && (counts.length > 0 || selection[name].length > 0);
  });

  const groups = (
    <SimpleGrid cols={wide ? 1 : { base: 1, xs: 2, sm: 3 }} spacing="md" verticalSpacing="md">
      {facets ? (
        present.map((name) => (
          <FacetGroup
            key={name}
            name={name}
            type={type}
            counts={facets[name] ?? []}
            selected={selection[name]}
            onToggle={(value, checked) => setFilters(facetPatch(name, selection[name], value, checked))}
          />
        ))
      ) : (
        <Text size="sm" c="dimmed">
          {t('common.loading')}
        </Text>
      )}
    </SimpleGrid>
  );
  // How many values are ticked, on the folded panel's toggle (as "more filters" counts its own).
  const ticked = Object.values(selection).reduce((sum, values) => sum + values.length, 0);

  return (
    <Paper component="section" withBorder p="md" aria-labelledby={titleId} aria-busy={loading}>
      {wide ? (
        <Stack gap="md">
          <Title order={2} size="h5" id={titleId}>
            {t('facets.title')}
          </Title>
          {groups}
        </Stack>
      ) : (
        <>
          <Title order={2} size="h5">
            <Button
              id={titleId}
              variant="subtle"
              size="compact-sm"
              onClick={toggle}
              aria-expanded={open}
              aria-controls={groupsId}
              rightSection={
                <Group gap={6} wrap="nowrap">
                  {ticked > 0 && (
                    <Badge size="xs" circle>
                      {ticked}
                    </Badge>
                  )}
                  {open ? <IconChevronUp size={16} /> : <IconChevronDown size={16} />}
                </Group>
              }
            >
              {t('facets.title')}
            </Button>
          </Title>
          <Collapse in={open} id={groupsId}>
            <div style={{ paddingTop: 'var(--mantine-spacing-sm)' }}>{groups}</div>
          </Collapse>
        </>
      )}
    </Paper>
  );
}

interface GroupProps {
  name: FacetName;
  type: RecordType;
  counts: NonNullable<ListFacetsFragment[FacetName]>;
  selected: readonly string[];
  onToggle: (value: string, checked: boolean) => void;
}

/** One facet: its title as the legend, a checkbox "name (count)" per value, "show all" when long. */
function FacetGroup({ name, type, counts, selected, onToggle }: GroupProps) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  // The names seen, for a ticked value the counts no longer carry (the server leaves out zeros).
  const names = useRef(new Map<string, string>());
  for (const count of counts) if (count.label) names.current.set(count.value, count.label);

  const options = facetOptions(counts, selected);
  const { shown, hidden } = visibleOptions(options, expanded);
  const labelOf = (option: FacetOption): string => {
    if (name === 'statuses' && isOneOf(CONTENT_STATUSES, option.value))
      return statusLabel(t, option.value, type);
    if (name === 'organizationKinds' && isOneOf(ORGANIZATION_KINDS, option.value)) {
      return t(`organizations.kind.${option.value}`);
    }
    return option.label ?? names.current.get(option.value) ?? option.value;
  };

  return (
    <Fieldset
      variant="unstyled"
      legend={
        <Text component="span" size="sm" fw={600}>
          {t(`facets.${name}`)}
        </Text>
      }
      styles={{ legend: { marginBottom: 'var(--mantine-spacing-xs)' } }}
    >
      <Stack gap={6} id={listId}>
        {shown.map((option) => (
          <Checkbox
            key={option.value}
            size="xs"
            // The theme's md radius makes a box this small look like a radio button.
            radius="xs"
            value={option.value}
            checked={option.checked}
            onChange={(event) => onToggle(option.value, event.currentTarget.checked)}
            label={t('facets.option', { label: labelOf(option), number: option.count })}
          />
        ))}
      </Stack>
      {(hidden > 0 || (expanded && options.length > FACET_LIMIT)) && (
        <Button
          variant="subtle"
          size="compact-xs"
          mt={6}
          onClick={() => setExpanded((value) => !value)}
          aria-expanded={expanded}
          aria-controls={listId}
        >
          {expanded ? t('facets.showFewer') : t('facets.showAll', { count: options.length })}
        </Button>
      )}
    </Fieldset>
  );
}

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);
