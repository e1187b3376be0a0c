import { englishQueries } from './queries-english';
import { placeQueries } from './queries-places';
import { topicQueries } from './queries-topics';
import type { LabelledQuery } from './answers';

export { DRAFT_KEYS, type LabelledQuery } from './answers';

/** Every labelled query of the relevance test, in one order: topics, places and names, English. */
export const labelledQueries: LabelledQuery[] = [...topicQueries, ...placeQueries, ...englishQueries];
