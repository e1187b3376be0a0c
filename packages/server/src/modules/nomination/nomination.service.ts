import type { DataSource } from 'typeorm';
import { whereIn } from '../../common/filters';
import { paginate } from '../../common/pagination/paginate';
import { Nomination } from './nomination.entity';
import type { NominationsArgs } from './nomination.inputs';

/** Read side only: public submission and moderation come with access control. */
export class NominationService {
  constructor(private readonly ds: DataSource) {}

  list(args: NominationsArgs) {
    const query = this.ds.getRepository(Nomination).createQueryBuilder('nomination');
    whereIn(query, 'practice_id', args.filter?.practiceIds);
    whereIn(query, 'status', args.filter?.statuses);
    return paginate(
      query,
      { expression: 'nomination.createdAt', sqlType: 'timestamptz', direction: args.order },
      args,
    );
  }
}
