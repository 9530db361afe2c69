import { z } from 'zod';
import { Citation, CiteInput, NodeId, RelationKindSchema } from '../model/schema';

/** One relation a tour step lights, written as it reads: from, kind, to. */
const StepRelationInput = z.strictObject({ from: NodeId, kind: RelationKindSchema, to: NodeId });

/** Authoring form of one step: what to look at and what to notice, cited. */
export const TourStepInput = z.strictObject({
  title: z.string().min(1),
  nodes: z.array(NodeId).min(1),
  relations: z.array(StepRelationInput).default([]),
  text: z.string().min(1),
  note: z.string().min(1).optional(),
  section: z.string().min(1).optional(),
  alsoCites: z.array(CiteInput).optional(),
});

/** The front matter of a tour file (a note whose first field is `tour:` instead of `id:`). */
export const TourInput = z.strictObject({
  tour: NodeId,
  title: z.string().min(1),
  summary: z.string().min(1),
  source: z.strictObject({ note: z.string().min(1), section: z.string().min(1) }),
  steps: z.array(TourStepInput).min(1),
});
export type TourInput = z.infer<typeof TourInput>;

/** A compiled tour step: the nodes to light and frame, the edge ids to light, and what to notice. */
export const TourStep = z.object({
  title: z.string(),
  nodes: z.array(z.string()),
  edges: z.array(z.string()),
  text: z.string(),
  cite: Citation,
  alsoCites: z.array(Citation).optional(),
});
export type TourStep = z.infer<typeof TourStep>;

/** A compiled guided tour. `file` is the tour's file relative to the notes folder. */
export const Tour = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  file: z.string(),
  steps: z.array(TourStep),
});
export type Tour = z.infer<typeof Tour>;
