import type { QuestionKind } from '../../../graph-data';
import type { Mastery } from '../../../graph-data';

/** How each kind of question is named in the card and the session summary. */
export const KIND_LABELS: Record<QuestionKind, string> = {
  relation: 'Relations',
  compliance: 'Compliance',
  'not-compliant': 'Which is not compliant',
  'runs-on': 'Platforms',
  price: 'Prices',
  facet: 'Where it runs',
  definition: 'Definitions',
};

/** The mastery states as the legend and the counts name them. */
export const MASTERY_LABELS: Record<Mastery, { label: string; meaning: string }> = {
  new: { label: 'New', meaning: 'never answered' },
  learning: { label: 'Learning', meaning: 'answered, not yet known well' },
  known: { label: 'Known', meaning: 'right several times, next review in 3 weeks or more' },
  due: { label: 'Due', meaning: 'time to review again' },
};
