import type { EntityManager } from 'typeorm';
import { cleanText } from '../../common/localized';
import type { TargetGroup, TaxonomyService } from '../taxonomy';
import { Indicator } from './indicator.entity';
import type { IndicatorInput } from './indicator.inputs';

type Owner = { practiceId: string } | { projectId: string };

/** Indicators are edited as one ordered list with their practice or project. */
export class IndicatorService {
  constructor(private readonly targetGroups: TaxonomyService<TargetGroup>) {}

  async replace(
    manager: EntityManager,
    owner: Owner,
    inputs: IndicatorInput[] | null | undefined,
  ): Promise<void> {
    if (inputs === undefined) return;
    const list = inputs ?? [];
    const slugs = [...new Set(list.map((i) => i.targetGroup).filter((s): s is string => !!s))];
    const ids = await this.targetGroups.idsForSlugs(manager, slugs, (slug) =>
      list.flatMap((item, index) => (item.targetGroup === slug ? [`indicators.${index}.targetGroup`] : [])),
    );
    const idBySlug = new Map(slugs.map((slug, index) => [slug, ids[index]]));
    await manager.delete(Indicator, owner);
    if (list.length === 0) return;
    await manager.insert(
      Indicator,
      list.map((input, position) => ({
        practiceId: null,
        projectId: null,
        ...owner,
        position,
        label: cleanText(input.label),
        value: input.value,
        unit: cleanText(input.unit),
        period: input.period?.trim() || null,
        targetGroupId: input.targetGroup ? idBySlug.get(input.targetGroup)! : null,
      })),
    );
  }
}
