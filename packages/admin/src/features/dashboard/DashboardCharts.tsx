import '@mantine/charts/styles.css';
import { useQuery } from '@apollo/client/react';
import { BarChart } from '@mantine/charts';
import { Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { ErrorState, LoadingState } from '../../shared/components/QueryStates';
import { formatAmount, formatDecimal } from '../../shared/format';
import { ChartFigure } from './ChartFigure';
import { peopleDigits } from './dashboard-stats';
import { DashboardStatisticsQuery } from './dashboard.graphql';

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

/**
 * The dashboard's charts, in their own chunk with the charting library. The server counts
 * (`statistics`, published content only, the same figures partner sites get); the page only
 * draws them. Exact amounts are shown from the server's decimal strings; the bars alone are
 * drawn from numbers.
 */
export default function DashboardCharts() {
  const { t } = useTranslation();
  const { language, locale } = useLanguage();
  const { data, error, loading, refetch } = useQuery(DashboardStatisticsQuery, {
    variables: { locale },
    fetchPolicy: 'cache-and-network',
  });
  const statistics = data?.statistics;

  const count = (value: number) => formatDecimal(String(value), language, 0);
  const euro = (value: string) => formatAmount(value, 'EUR', language);
  const people = (value: string) => formatDecimal(value, language, peopleDigits(value));
  const noFunder = t('dashboard.charts.noFunder');
  const noGroup = t('dashboard.charts.noTargetGroup');

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={2} size="h3">
          {t('dashboard.charts.title')}
        </Title>
        {statistics && (
          <Text size="sm" c="dimmed">
            {t('dashboard.charts.publishedOnly', {
              practices: statistics.practiceCount,
              projects: statistics.projectCount,
            })}
          </Text>
        )}
      </Group>
      {error && !statistics ? (
        <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !statistics ? (
        <LoadingState />
      ) : (
        <SimpleGrid
          cols={{ base: 1, lg: 2 }}
          spacing="md"
          style={{ opacity: loading ? 0.6 : 1, transition: 'opacity 150ms' }}
          aria-busy={loading}
        >
          <ChartFigure
            title={t('dashboard.charts.byDistrict')}
            caption={t('dashboard.charts.byDistrictCaption', { count: statistics.practiceCount })}
            empty={statistics.practicesByDistrict.length ? null : t('dashboard.charts.empty')}
            chart={
              <BarChart
                h={barHeight(statistics.practicesByDistrict.length)}
                data={statistics.practicesByDistrict
                  .slice(0, MAX_BARS)
                  .map((d) => ({ label: short(d.district.name), practices: d.count }))}
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
            rows={statistics.practicesByDistrict.map((d) => ({
              key: d.district.code,
              cells: [d.district.name, count(d.count)],
            }))}
          />
          <ChartFigure
            title={t('dashboard.charts.byFunder')}
            caption={t('dashboard.charts.byFunderCaption', { count: statistics.projectCount })}
            empty={statistics.projectsByFunder.length ? null : t('dashboard.charts.empty')}
            chart={
              <BarChart
                h={barHeight(statistics.projectsByFunder.length)}
                data={statistics.projectsByFunder.slice(0, MAX_BARS).map((f) => ({
                  label: short(f.funder?.name ?? noFunder),
                  value: Number(f.budget.eur),
                }))}
                dataKey="label"
                orientation="vertical"
                series={[{ name: 'value', label: t('dashboard.charts.budgetEur'), color: 'indigo.6' }]}
                yAxisProps={{ width: LABEL_WIDTH }}
                xAxisProps={{
                  tickFormatter: (v: number) => formatDecimal(String(Math.round(v / 1000)), language, 0),
                }}
                xAxisLabel={t('dashboard.charts.thousandEur')}
                valueFormatter={(v) => euro(v.toFixed(2))}
                gridAxis="x"
              />
            }
            columns={[
              t('dashboard.charts.funder'),
              t('dashboard.charts.projects'),
              t('dashboard.charts.withBudget'),
              t('dashboard.charts.budgetEur'),
            ]}
            rows={statistics.projectsByFunder.map((f) => ({
              key: f.funder?.slug ?? '-',
              cells: [f.funder?.name ?? noFunder, count(f.count), count(f.budgetedCount), euro(f.budget.eur)],
            }))}
          />
          <ChartFigure
            title={t('dashboard.charts.peopleServed')}
            caption={
              <>
                {t('dashboard.charts.peopleRule')}{' '}
                {t('dashboard.charts.peopleCounted', {
                  counted: statistics.peopleServed.indicatorCount,
                  skipped: statistics.peopleServed.excludedIndicatorCount,
                })}
              </>
            }
            empty={statistics.peopleServed.indicatorCount ? null : t('dashboard.charts.noPeople')}
            summary={
              <Text>
                <Text span fw={700} fz={32} c="teal.8">
                  {people(statistics.peopleServed.total)}
                </Text>{' '}
                <Text span c="dimmed">
                  {t('dashboard.charts.peopleTotal')}
                </Text>
              </Text>
            }
            chart={
              <BarChart
                h={barHeight(statistics.peopleServed.byTargetGroup.length)}
                data={statistics.peopleServed.byTargetGroup.slice(0, MAX_BARS).map((g) => ({
                  name: short(g.targetGroup?.label ?? noGroup),
                  value: Number(g.people),
                }))}
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
            rows={statistics.peopleServed.byTargetGroup.map((g) => ({
              key: g.targetGroup?.slug ?? '-',
              cells: [g.targetGroup?.label ?? noGroup, count(g.indicatorCount), people(g.people)],
            }))}
          />
          <ChartFigure
            title={t('dashboard.charts.byYear')}
            caption={t('dashboard.charts.byYearCaption')}
            empty={statistics.practicesByYear.length ? null : t('dashboard.charts.empty')}
            chart={
              <BarChart
                h={220}
                data={statistics.practicesByYear.map((y) => ({ year: String(y.year), practices: y.count }))}
                dataKey="year"
                series={[{ name: 'practices', label: t('dashboard.charts.practices'), color: 'teal.6' }]}
                yAxisProps={{ allowDecimals: false }}
                valueFormatter={count}
                withBarValueLabel
                gridAxis="y"
              />
            }
            columns={[t('dashboard.charts.year'), t('dashboard.charts.practices')]}
            rows={statistics.practicesByYear.map((y) => ({
              key: String(y.year),
              cells: [String(y.year), count(y.count)],
            }))}
          />
          <ChartFigure
            title={t('dashboard.charts.byTheme')}
            caption={t('dashboard.charts.byThemeCaption')}
            empty={statistics.practicesByTheme.length ? null : t('dashboard.charts.empty')}
            chart={
              <BarChart
                h={barHeight(statistics.practicesByTheme.length)}
                data={statistics.practicesByTheme
                  .slice(0, MAX_BARS)
                  .map((r) => ({ label: short(r.theme.label), practices: r.count }))}
                dataKey="label"
                orientation="vertical"
                series={[{ name: 'practices', label: t('dashboard.charts.practices'), color: 'grape.6' }]}
                yAxisProps={{ width: LABEL_WIDTH }}
                xAxisProps={{ allowDecimals: false }}
                valueFormatter={count}
                withBarValueLabel
                gridAxis="none"
              />
            }
            columns={[t('dashboard.charts.theme'), t('dashboard.charts.practices')]}
            rows={statistics.practicesByTheme.map((r) => ({
              key: r.theme.slug,
              cells: [r.theme.label, count(r.count)],
            }))}
          />
          <ChartFigure
            title={t('dashboard.charts.adoptions')}
            caption={t('dashboard.charts.adoptionsCaption')}
            empty={statistics.adoptionsByDistrict.length ? null : t('dashboard.charts.noAdoptions')}
            chart={
              <BarChart
                h={barHeight(statistics.adoptionsByDistrict.length)}
                data={statistics.adoptionsByDistrict
                  .slice(0, MAX_BARS)
                  .map((d) => ({ label: short(d.district.name), adoptions: d.count }))}
                dataKey="label"
                orientation="vertical"
                series={[{ name: 'adoptions', label: t('dashboard.charts.adoptionCount'), color: 'cyan.6' }]}
                yAxisProps={{ width: LABEL_WIDTH }}
                xAxisProps={{ allowDecimals: false }}
                valueFormatter={count}
                withBarValueLabel
                gridAxis="none"
              />
            }
            columns={[
              t('dashboard.charts.district'),
              t('dashboard.charts.adoptionCount'),
              t('dashboard.charts.adoptedPractices'),
            ]}
            rows={statistics.adoptionsByDistrict.map((d) => ({
              key: d.district.code,
              cells: [d.district.name, count(d.count), count(d.practiceCount)],
            }))}
          />
        </SimpleGrid>
      )}
    </Stack>
  );
}
