import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Group, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentStatus } from '../../gql/graphql';
import { useLanguage } from '../../i18n/useLanguage';
import { ErrorState, LoadingState } from '../../shared/components/QueryStates';
import { formatAmount, formatDecimal } from '../../shared/format';
import { ChartFigure } from './ChartFigure';
import { practicesByDistrict, projectsByFunder } from './dashboard-stats';
import { peopleServed } from './people-served';
import { useDashboardRecords } from './useDashboardRecords';

type Scope = 'published' | 'all';
const SCOPE_STATUSES: Record<Scope, ContentStatus[]> = { published: ['PUBLISHED'], all: [] };

/** Bars drawn at most; the table under each chart has every row. */
const MAX_BARS = 12;
/** Room for the category names beside horizontal bars. */
const LABEL_WIDTH = 150;

function barHeight(rows: number): number {
  return Math.max(160, Math.min(rows, MAX_BARS) * 34 + 40);
}

/** Shortens a long name for an axis label (the table has it whole). */
function short(name: string, max = 28): string {
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}

/** The dashboard's charts, in their own chunk with the charting library. */
export default function DashboardCharts() {
  const { t } = useTranslation();
  const { language, locale } = useLanguage();
  const [scope, setScope] = useState<Scope>('published');
  const records = useDashboardRecords(SCOPE_STATUSES[scope], locale);
  const { practices, projects } = records;

  const districts = useMemo(
    () => (practices ? practicesByDistrict(practices, language) : null),
    [practices, language],
  );
  const funders = useMemo(() => (projects ? projectsByFunder(projects) : null), [projects]);
  const people = useMemo(
    () => (practices && projects ? peopleServed([...practices, ...projects]) : null),
    [practices, projects],
  );

  const count = (value: number) => formatDecimal(String(value), language, 0);
  const euro = (value: number) => formatAmount(value.toFixed(2), 'EUR', language);
  const people0 = (value: string) => formatDecimal(value, language, value.includes('.') ? 2 : 0);
  const noFunder = t('dashboard.charts.noFunder');
  const noGroup = t('dashboard.charts.noTargetGroup');

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={2} size="h3">
          {t('dashboard.charts.title')}
        </Title>
        <SegmentedControl
          value={scope}
          onChange={(value) => setScope(value === 'all' ? 'all' : 'published')}
          aria-label={t('dashboard.charts.scope')}
          data={[
            { value: 'published', label: t('dashboard.charts.published') },
            { value: 'all', label: t('dashboard.charts.allStatuses') },
          ]}
        />
      </Group>
      {records.error && !practices ? (
        <ErrorState error={records.error} onRetry={records.retry} />
      ) : !districts || !funders || !people ? (
        <LoadingState />
      ) : (
        <SimpleGrid
          cols={{ base: 1, lg: 2 }}
          spacing="md"
          style={{ opacity: records.loading ? 0.6 : 1, transition: 'opacity 150ms' }}
          aria-busy={records.loading}
        >
          <ChartFigure
            title={t('dashboard.charts.byDistrict')}
            caption={t('dashboard.charts.byDistrictCaption', {
              count: practices?.length ?? 0,
              unplaced: districts.unplaced,
            })}
            empty={districts.districts.length ? null : t('dashboard.charts.empty')}
            chart={
              <BarChart
                h={barHeight(districts.districts.length)}
                data={districts.districts.slice(0, MAX_BARS).map((d) => ({ ...d, label: short(d.name) }))}
                dataKey="label"
                orientation="vertical"
                series={[{ name: 'practices', label: t('dashboard.charts.practices'), color: 'teal.6' }]}
                yAxisProps={{ width: LABEL_WIDTH }}
                xAxisProps={{ allowDecimals: false }}
                valueFormatter={count}
                withBarValueLabel
                gridAxis="none"
              />
            }
            columns={[t('dashboard.charts.district'), t('dashboard.charts.practices')]}
            rows={districts.districts.map((d) => ({ key: d.code, cells: [d.name, count(d.practices)] }))}
          />
          <ChartFigure
            title={t('dashboard.charts.byFunder')}
            caption={t('dashboard.charts.byFunderCaption', { count: projects?.length ?? 0 })}
            empty={funders.length ? null : t('dashboard.charts.empty')}
            chart={
              <BarChart
                h={barHeight(funders.length)}
                data={funders.slice(0, MAX_BARS).map((f) => ({ ...f, label: short(f.name || noFunder) }))}
                dataKey="label"
                orientation="vertical"
                series={[{ name: 'value', label: t('dashboard.charts.budgetEur'), color: 'indigo.6' }]}
                yAxisProps={{ width: LABEL_WIDTH }}
                xAxisProps={{
                  tickFormatter: (v: number) => formatDecimal(String(Math.round(v / 1000)), language, 0),
                }}
                xAxisLabel={t('dashboard.charts.thousandEur')}
                valueFormatter={euro}
                gridAxis="x"
              />
            }
            columns={[
              t('dashboard.charts.funder'),
              t('dashboard.charts.projects'),
              t('dashboard.charts.withBudget'),
              t('dashboard.charts.budgetEur'),
            ]}
            rows={funders.map((f) => ({
              key: f.key || '-',
              cells: [
                f.name || noFunder,
                count(f.projects),
                count(f.withBudget),
                formatAmount(f.budgetEur, 'EUR', language),
              ],
            }))}
          />
          <ChartFigure
            title={t('dashboard.charts.peopleServed')}
            caption={
              <>
                {t('dashboard.charts.peopleRule')}{' '}
                {t('dashboard.charts.peopleCounted', { counted: people.counted, skipped: people.skipped })}
              </>
            }
            empty={people.counted ? null : t('dashboard.charts.noPeople')}
            summary={
              <Text>
                <Text span fw={700} fz={32} c="teal.8">
                  {people0(people.total)}
                </Text>{' '}
                <Text span c="dimmed">
                  {t('dashboard.charts.peopleTotal')}
                </Text>
              </Text>
            }
            chart={
              <BarChart
                h={barHeight(people.byTargetGroup.length)}
                data={people.byTargetGroup
                  .slice(0, MAX_BARS)
                  .map((g) => ({ ...g, name: short(g.label || noGroup) }))}
                dataKey="name"
                orientation="vertical"
                series={[{ name: 'value', label: t('dashboard.charts.people'), color: 'orange.6' }]}
                yAxisProps={{ width: LABEL_WIDTH }}
                valueFormatter={(v) => formatDecimal(String(v), language, Number.isInteger(v) ? 0 : 2)}
                withBarValueLabel
                gridAxis="none"
              />
            }
            columns={[
              t('dashboard.charts.targetGroup'),
              t('dashboard.charts.indicators'),
              t('dashboard.charts.people'),
            ]}
            rows={people.byTargetGroup.map((g) => ({
              key: g.key || '-',
              cells: [g.label || noGroup, count(g.indicators), people0(g.total)],
            }))}
          />
        </SimpleGrid>
      )}
    </Stack>
  );
}
