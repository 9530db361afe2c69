import { z } from 'zod';

/**
 * Spaced-repetition state of one fact, as the SM-2 algorithm keeps it.
 * `due` is an ISO date-time; a card with no reviews is "new".
 */
export const SrsCard = z.object({
  repetitions: z.number().int().nonnegative(),
  intervalDays: z.number().nonnegative(),
  ease: z.number().min(1.3),
  due: z.string(),
  lapses: z.number().int().nonnegative(),
  lastReviewed: z.string().optional(),
});
export type SrsCard = z.infer<typeof SrsCard>;
